package nl.mantelzorgkaart.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.search.analysis.AnalyzedText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Concept tokens stand for a synonym entry's whole expansion: a record has one exactly when the
 * spelled-out synonyms would find it, so the small match query finds the same records (checked on the
 * judged queries, where the judged set lives: {@code JudgedQueryMatchTests} in the benchmarks module).
 */
@IntegrationTest
class ConceptTokensTests {

	@Autowired
	SearchIndex index;

	@ParameterizedTest(name = "\"{0}\" has {1}")
	@CsvSource(delimiter = '|', value = { "Even vrij van de zorg, een weekend weg | #respijtzorg",
			"Wij bieden respijt aan wie voor een ander zorgt | #respijtzorg",
			// "dagopvang" is also searched as its parts: a text with both words has its concept.
			"Opvang op de dag dat u werkt | #dagbesteding", "Een logeerhuis aan zee | #logeren",
			"Voor mensen met alzheimer | #dementie" })
	void aTextGetsTheConceptOfEverySynonymItHas(String text, String concept) {
		assertThat(conceptsOf(text)).contains(concept);
	}

	@ParameterizedTest(name = "\"{0}\" has no {1}")
	@CsvSource(delimiter = '|', value = { "Een cursus over de zorg voor een ander | #respijtzorg",
			"Vrij parkeren bij de ingang | #respijtzorg", "Opvang voor vluchtelingen | #dagbesteding" })
	void aTextWithoutTheSynonymsHasNoConcept(String text, String concept) {
		assertThat(conceptsOf(text)).doesNotContain(concept);
	}

	@Test
	void inTheRankedTextAConceptCountsAsOftenAsItsMostMentionedWordAndLeavesThePositionsAlone() {
		Analyzer analyzer = new ConceptTokens(this.index.analyzers()).countedIn(this.index.analyzers().index());
		String text = "Respijtzorg thuis: respijtzorg in het weekend en even vrij bij dementie";
		List<String> tokens = AnalyzedText.tokens(analyzer, IndexFields.ALL, text);
		assertThat(tokens.stream().filter("#respijtzorg"::equals)).hasSize(2);
		assertThat(tokens.stream().filter("#dementie"::equals)).hasSize(1);
		// Stacked on the last word: a phrase over the words still finds them where they are.
		assertThat(tokens.stream().filter((token) -> !token.startsWith("#")).toList())
			.isEqualTo(AnalyzedText.tokens(this.index.analyzers().index(), IndexFields.ALL, text));
		List<Integer> increments = positionIncrements(analyzer, text);
		assertThat(increments.subList(increments.size() - 3, increments.size())).containsOnly(0);
		assertThat(AnalyzedText.tokens(analyzer, IndexFields.ALL, "Een cursus over de zorg voor een ander"))
			.doesNotContain("#respijtzorg");
	}

	private static List<Integer> positionIncrements(Analyzer analyzer, String text) {
		List<Integer> increments = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(IndexFields.ALL, text)) {
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				increments.add(increment.getPositionIncrement());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return increments;
	}

	private List<String> conceptsOf(String text) {
		Analyzer analyzer = new ConceptTokens(this.index.analyzers()).addedTo(this.index.analyzers().index());
		return AnalyzedText.tokens(analyzer, IndexFields.ANYWHERE, text).stream()
			.filter((token) -> token.startsWith("#"))
			.toList();
	}

}
