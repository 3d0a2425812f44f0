package nl.mantelzorgkaart.search;

import static org.assertj.core.api.Assertions.assertThat;

import nl.mantelzorgkaart.search.GraphQuestions.Relation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which texts ask the graph a question, Dutch and English, and which are plain searches. */
class GraphQuestionsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"wie organiseren Eigen Tijd | ORGANISERS",
			"Wie organiseert de Week van de Jonge Mantelzorger? | ORGANISERS",
			"door wie wordt het alzheimer café georganiseerd | ORGANISERS",
			"who organises the Alzheimer café in Almere | ORGANISERS",
			"welke partners werken samen in het ketennetwerk KOPP-KOV Almere | MEMBERS",
			"Which organisations form the wijkteam consortium in Almere? | MEMBERS",
			"partners van versa welzijn | MEMBERS",
			"met wie werkt de VMCA samen | MEMBERS",
			"Who is part of the dementia care chain in Almere? | MEMBERS" })
	void aQuestionAboutTheGraphIsRecognised(String text, Relation relation) {
		assertThat(GraphQuestions.asked(text)).isEqualTo(relation);
	}

	@ParameterizedTest
	@ValueSource(strings = { "dementie almere", "logeren voor mijn zoon met autisme", "wat is respijtzorg",
			"even vrij van de zorg voor mijn man met dementie", "samen eten met andere mantelzorgers", "" })
	void aPlainSearchAsksNothing(String text) {
		assertThat(GraphQuestions.asked(text)).isNull();
	}

}
