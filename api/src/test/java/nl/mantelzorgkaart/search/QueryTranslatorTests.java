package nl.mantelzorgkaart.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the translator makes of a text: ages, typos. */
class QueryTranslatorTests {

	@TempDir
	Path directory;

	@Test
	void aCompoundOfIndexedWordsIsNoTypoButAMisspeltOneIs() {
		try (SearchIndex index = new SearchIndex(this.directory, CareAnalyzers.load())) {
			index.rebuild((records) -> {
				records.accept(new IndexedRecord(SearchKind.OFFERING, "workshop", "Workshop voor professionals",
						List.of(), "Een cursus over dementie.", List.of(), List.of(), List.of(), List.of(), List.of(),
						List.of(), Map.of(), List.of(), false, "active", null));
				return "test";
			});
			QueryTranslator translator = new QueryTranslator(index.analyzers());
			index.withSearcher((searcher) -> {
				// No record has "dementiecursus", but every part of it: no close spellings are looked for.
				assertThat(translator.translate("dementiecursus", searcher).unknownWords()).isEmpty();
				assertThat(translator.translate("dementiecurzus", searcher).unknownWords()).containsExactly("dementiecurzus");
				assertThat(translator.translate("dementi", searcher).unknownWords()).containsExactly("dementi");
				return null;
			});
		}
	}

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
