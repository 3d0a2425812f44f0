package nl.mantelzorgkaart.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.index.IndexEntry;
import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.search.index.SearchIndex;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the translator makes of a text: ages, typos, one query per field. */
class QueryTranslatorTests {

	@TempDir
	Path directory;

	@Test
	void aCompoundOfIndexedWordsIsNoTypoButAMisspeltOneIs() {
		try (SearchIndex index = new SearchIndex(this.directory, CareAnalyzers.load())) {
			index.rebuild((records) -> {
				records.accept(new IndexEntry(SearchKind.OFFERING, "workshop", "Workshop voor professionals",
						List.of(), "Een cursus over dementie.", List.of(), List.of(), List.of(), List.of(), List.of(),
						List.of(), Map.of(), List.of(), false, null, "active"));
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

	@ParameterizedTest(name = "\"{0}\" on every field as if built for that field")
	@ValueSource(strings = { "even vrij van de zorg voor mijn man met dementie", "young carers support",
			"mantelzorgondersteuning", "logeren zoon autisme", "KOPP/KOV", "de" })
	void aTextsQueryCopiedOntoAnotherFieldIsTheQueryBuiltForIt(String text) {
		CareAnalyzers analyzers = CareAnalyzers.load();
		for (var analyzer : List.of(analyzers.query(), analyzers.concepts())) {
			Map<String, Query> copied = new FieldQueries(analyzer).onFields(text,
					IndexFields.ALL, IndexFields.NAME, IndexFields.THEMES, IndexFields.ANYWHERE);
			for (String field : List.of(IndexFields.NAME, IndexFields.THEMES, IndexFields.ANYWHERE)) {
				assertThat(copied.get(field)).as(field)
					.isEqualTo(new FieldQueries(analyzer).onFields(text, field).get(field));
			}
			assertThat(copied.isEmpty()).isEqualTo(text.equals("de"));
		}
	}

	@ParameterizedTest(name = "\"{0}\" also searches \"{1}\"")
	@CsvSource(delimiter = '|', value = { "mijn dochter van 14 zorgt mee | tiener jonge",
			"logeren voor mijn zoon van 8 met autisme | kind", "mijn vader van 82 met dementie | ouderen",
			"een 15-jarige mantelzorger | tiener jonge", "zoon 10 jaar | kind" })
	void anAgeAddsItsAgeGroup(String text, String words) {
		assertThat(TextAnalysis.ageWords(text)).isEqualTo(" " + words);
	}

	@ParameterizedTest(name = "\"{0}\" names no age")
	@CsvSource(delimiter = '|', value = { "hulp binnen een straal van 10 km", "respijtzorg dementie",
			"een bijdrage van 50 euro", "mijn vader van 40" })
	void otherNumbersAreNoAge(String text) {
		assertThat(TextAnalysis.ageWords(text)).isEmpty();
	}

}
