package nl.mantelzorgkaart.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An age in the search text adds the words of its age group to the search. */
class QueryTranslatorTests {

	@ParameterizedTest(name = "\"{0}\" also searches \"{1}\"")
	@CsvSource(delimiter = '|', value = { "mijn dochter van 14 zorgt mee | tiener jonge",
			"logeren voor mijn zoon van 8 met autisme | kind", "mijn vader van 82 met dementie | ouderen",
			"een 15-jarige mantelzorger | tiener jonge", "zoon 10 jaar | kind" })
	void anAgeAddsItsAgeGroup(String text, String words) {
		assertThat(QueryTranslator.ageWords(text)).isEqualTo(" " + words);
	}

	@ParameterizedTest(name = "\"{0}\" names no age")
	@CsvSource(delimiter = '|', value = { "hulp binnen een straal van 10 km", "respijtzorg dementie",
			"een bijdrage van 50 euro", "mijn vader van 40" })
	void otherNumbersAreNoAge(String text) {
		assertThat(QueryTranslator.ageWords(text)).isEmpty();
	}

}
