package nl.mantelzorgkaart.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.index.IndexEntry;
import nl.mantelzorgkaart.search.index.SearchIndex;
import nl.mantelzorgkaart.search.index.IndexFields;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word written in two is read as the one word the records write, and two words run together as the two
 * words the records write, so that they find what the word written right finds.
 */
class WordsWrittenApartOrTogetherTests {

	@TempDir
	Path directory;

	SearchIndex index;

	QueryTranslator translator;

	@BeforeEach
	void indexRecords() {
		this.index = new SearchIndex(this.directory, CareAnalyzers.load());
		this.index.rebuild((records) -> {
			record(records, "respijtzorg", "Respijtzorg thuis", "Een vrijwilliger neemt de zorg even over.");
			record(records, "zorg-thuis", "Zorg thuis", "Wijkverpleging en persoonlijke zorg.");
			record(records, "zorg-algemeen", "Zorg voor elkaar", "Zorg en welzijn in de wijk.");
			record(records, "dagbesteding", "Dagbesteding De Boerderij", "Een zinvolle dag voor mensen met dementie.");
			record(records, "gesprekstafel", "Gesprekstafel", "Praten met andere mantelzorgers.");
			record(records, "wandeling", "Mantelzorgwandeling", "Samen wandelen.");
			record(records, "wandelen", "Wandeling voor mantelzorgers", "Mantelzorg en een wandeling door het park.");
			record(records, "eigen-tijd", "Eigen Tijd", "Tijd voor uzelf terwijl een vrijwilliger bij uw naaste is.");
			return "test";
		});
		this.translator = new QueryTranslator(this.index.analyzers());
	}

	@AfterEach
	void close() {
		this.index.close();
	}

	@ParameterizedTest(name = "\"{0}\" is read as \"{1}\"")
	@CsvSource(delimiter = '|', value = {
			// the parts of a compound written apart
			"respijt zorg | respijtzorg", "dag besteding voor mijn moeder | dagbesteding voor mijn moeder",
			// two words run together
			"eigentijd | eigen tijd",
			// left alone: both words are words of the records and "wandeling" is no known part
			"mantelzorg wandeling | mantelzorg wandeling",
			// left alone: no record writes "zorgthuis"
			"zorg thuis | zorg thuis" })
	void aWordWrittenApartOrRunTogetherIsReadAsTheRecordsWriteIt(String typed, String read) {
		assertThat(analysis(typed).words()).containsExactly(read.split(" "));
	}

	@Test
	void aCompoundWrittenApartFindsWhatTheCompoundFinds() {
		withSearcher((searcher) -> {
			// Written apart, "zorg" alone would find every record with "zorg" in it.
			assertThat(ids(searcher, "respijt zorg")).isEqualTo(ids(searcher, "respijtzorg")).contains("respijtzorg")
				.doesNotContain("zorg-algemeen");
			assertThat(ids(searcher, "eigentijd")).contains("eigen-tijd");
		});
	}

	@Test
	void aWordThatIsNotReadOtherwiseIsLeftAsTyped() {
		assertThat(analysis("Respijtzorg in Almere").text()).isEqualTo("Respijtzorg in Almere");
	}

	private TextAnalysis analysis(String text) {
		TextAnalysis[] analysis = new TextAnalysis[1];
		withSearcher((searcher) -> analysis[0] = TextAnalysis.of(text, this.index.analyzers(), searcher.getIndexReader()));
		return analysis[0];
	}

	private List<String> ids(IndexSearcher searcher, String text) {
		try {
			TextQueries queries = this.translator.translate(text, searcher);
			List<String> ids = new java.util.ArrayList<>();
			for (var hit : searcher.search(queries.match(), 100).scoreDocs) {
				BinaryDocValues values = MultiDocValues.getBinaryValues(searcher.getIndexReader(), IndexFields.ID);
				values.advanceExact(hit.doc);
				ids.add(values.binaryValue().utf8ToString());
			}
			return ids.stream().sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void withSearcher(java.util.function.Consumer<IndexSearcher> action) {
		this.index.withSearcher((searcher) -> {
			action.accept(searcher);
			return null;
		});
	}

	private static void record(java.util.function.Consumer<IndexEntry> records, String id, String name, String description) {
		records.accept(new IndexEntry(SearchKind.OFFERING, id, name, List.of(), description, List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), false, null, "active"));
	}

}
