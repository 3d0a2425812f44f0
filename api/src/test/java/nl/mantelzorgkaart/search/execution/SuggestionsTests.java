package nl.mantelzorgkaart.search.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.index.IndexEntry;
import nl.mantelzorgkaart.search.index.SearchIndex;
import nl.mantelzorgkaart.search.query.QueryTranslator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Bedoelde u": which words are corrected, and to what. */
class SuggestionsTests {

	@TempDir
	Path directory;

	SearchIndex index;

	QueryTranslator translator;

	Suggestions suggestions;

	@BeforeEach
	void indexRecords() {
		this.index = new SearchIndex(this.directory, CareAnalyzers.load());
		this.index.rebuild((records) -> {
			record(records, "gesprekstafel", "Gesprekstafel dementie", "Praten met mantelzorgers van iemand met dementie.");
			record(records, "vriendenkring", "Vriendenkring dementie", "Samen op stap met dementie.");
			record(records, "kansen-1", "Kansen voor jongeren", "Kansen en talenten.");
			record(records, "kansen-2", "Nieuwe kansen", "Meer kansen in de wijk.");
			record(records, "plan-1", "Plan van aanpak", "Een plan voor de wijk.");
			record(records, "plan-2", "Zorgplan", "Het plan en de uitvoering.");
			record(records, "uur", "Een uur vrij", "Een uur vrij van de zorg.");
			record(records, "boten-1", "Boten", "Varen met boten.");
			record(records, "boten-2", "Boten op het water", "Boten en schepen.");
			record(records, "boer-1", "Boer", "Zorg op de boer.");
			record(records, "boer-2", "De boer", "Een dag bij de boer.");
			record(records, "boer-3", "Bij de boer", "Met de boer mee.");
			record(records, "uniek", "Zorgboerderij Xyloot", "Xyloot is een naam.");
			return "test";
		});
		this.translator = new QueryTranslator(this.index.analyzers());
		this.suggestions = new Suggestions(this.translator);
	}

	@AfterEach
	void close() {
		this.index.close();
	}

	@Test
	void aMisspeltWordIsSpelledAsTheRecordsSpellIt() {
		assertThat(didYouMean("dementi lotgenoten")).containsExactly("dementie lotgenoten");
	}

	@Test
	void aWordOfTheCareVocabularyIsNeverCorrected() {
		// "kanker" is a word of the care lexicon (english.txt: cancer) that no record here names; "kansen" is one
		// letter away and in two records.
		assertThat(didYouMean("kanker")).isEmpty();
		// "paar" is a word of "paar uur"; "plan" is one edit away and in two records.
		assertThat(didYouMean("paar uur vrij")).isEmpty();
		// English words of the lexicon and English function words are no typos either.
		assertThat(didYouMean("I look after my husband")).isEmpty();
	}

	@Test
	void aSuggestionThatFindsFewerRecordsThanTheTextIsNotMade() {
		// "boter" is closest to "boten" (2 records), but as typed its close spellings also find "boer" (3 more).
		assertThat(didYouMean("boter")).isEmpty();
	}

	@Test
	void aWordOfOneRecordIsNoSuggestion() {
		// "xyloot" is the name in one record: not a word a caregiver would recognise.
		assertThat(didYouMean("xylootje")).isEmpty();
	}

	private List<String> didYouMean(String text) {
		return this.index.withSearcher((searcher) -> {
			try {
				return this.suggestions.didYouMean(searcher.getIndexReader(), this.translator.translate(text, searcher));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static void record(Consumer<IndexEntry> records, String id, String name, String description) {
		records.accept(new IndexEntry(SearchKind.OFFERING, id, name, List.of(), description, List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), false, null, "active"));
	}

}
