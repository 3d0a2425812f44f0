package nl.mantelzorgkaart.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A search with a filter handed to the scorers as the records they may accept finds, ranks and counts
 * what the same search with the filter as a clause does: only the records the filter lets through, and
 * none that were deleted.
 */
class FilteredSearchTests {

	/** Not ended, and an offering. */
	private static final Query OFFERINGS_NOT_ENDED = new BooleanQuery.Builder()
		.add(new MatchAllDocsQuery(), Occur.MUST)
		.add(new TermQuery(new Term(IndexFields.STATUS, "ended")), Occur.MUST_NOT)
		.add(new TermQuery(new Term(IndexFields.KIND, "offering")), Occur.FILTER)
		.build();

	private static final Query RESPITE_OR_DEMENTIA = new BooleanQuery.Builder()
		.add(new TermQuery(new Term(IndexFields.ALL, "respijtzorg")), Occur.SHOULD)
		.add(new TermQuery(new Term(IndexFields.ALL, "dementie")), Occur.SHOULD)
		.build();

	/**
	 * @param others how many organisations to add: with 60, the filter lets through fewer than one
	 *        record in {@link SearchView#FEW_RECORDS}, and leads the search instead
	 */
	@ParameterizedTest(name = "{0} other records")
	@ValueSource(ints = { 0, 60 })
	void ranksOnlyWhatTheFilterLetsThroughAsAFilterClauseWould(int others) throws Exception {
		try (ByteBuffersDirectory directory = index(false, others);
				DirectoryReader reader = DirectoryReader.open(directory)) {
			SearchView searcher = new SearchView(reader, new FacetsConfig());
			TopDocs filtered = searcher.search(RESPITE_OR_DEMENTIA, OFFERINGS_NOT_ENDED,
					new TopScoreDocCollectorManager(3, null, 3, false));
			TopDocs asClause = searcher.search(new BooleanQuery.Builder().add(RESPITE_OR_DEMENTIA, Occur.MUST)
				.add(OFFERINGS_NOT_ENDED, Occur.FILTER)
				.build(), 3);

			assertThat(names(searcher, filtered)).containsExactly("respijtzorg dementie", "respijtzorg", "dementie");
			assertThat(Arrays.stream(filtered.scoreDocs).map((hit) -> hit.doc + ":" + hit.score))
				.containsExactlyElementsOf(Arrays.stream(asClause.scoreDocs).map((hit) -> hit.doc + ":" + hit.score).toList());
			// Asked again, from the records the searcher kept: the same.
			assertThat(names(searcher, searcher.search(RESPITE_OR_DEMENTIA, OFFERINGS_NOT_ENDED,
					new TopScoreDocCollectorManager(3, null, 3, false))))
				.containsExactly("respijtzorg dementie", "respijtzorg", "dementie");
		}
	}

	@Test
	void countsOnlyWhatTheFilterLetsThrough() throws Exception {
		try (ByteBuffersDirectory directory = index(false, 0); DirectoryReader reader = DirectoryReader.open(directory)) {
			SearchView searcher = new SearchView(reader, new FacetsConfig());
			// A single term in an index without deletions: the count the term's own statistics would give
			// (4 records have "respijtzorg") is not the filtered count.
			TermQuery respite = new TermQuery(new Term(IndexFields.ALL, "respijtzorg"));

			assertThat(searcher.search(respite, OFFERINGS_NOT_ENDED, new TotalHitCountCollectorManager())).isEqualTo(2);
			assertThat(searcher.search(respite, null, new TotalHitCountCollectorManager())).isEqualTo(4);
		}
	}

	@Test
	void leavesDeletedRecordsOut() throws Exception {
		try (ByteBuffersDirectory directory = index(true, 0); DirectoryReader reader = DirectoryReader.open(directory)) {
			SearchView searcher = new SearchView(reader, new FacetsConfig());

			assertThat(names(searcher, searcher.search(RESPITE_OR_DEMENTIA, OFFERINGS_NOT_ENDED,
					new TopScoreDocCollectorManager(10, null, 10, false))))
				.containsExactly("respijtzorg dementie", "dementie");
			assertThat(searcher.search(RESPITE_OR_DEMENTIA, OFFERINGS_NOT_ENDED, new TotalHitCountCollectorManager()))
				.isEqualTo(2);
		}
	}

	/**
	 * Offerings, one ended, an organisation and {@code others} more; with {@code deleteOne}, the offering
	 * "respijtzorg" deleted.
	 */
	private static ByteBuffersDirectory index(boolean deleteOne, int others) throws Exception {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			writer.addDocument(record("1", "offering", "active", "respijtzorg dementie"));
			writer.addDocument(record("2", "offering", "active", "respijtzorg"));
			writer.addDocument(record("3", "offering", "ended", "respijtzorg dementie"));
			writer.addDocument(record("4", "organisation", "active", "respijtzorg dementie"));
			writer.addDocument(record("5", "offering", "active", "dementie"));
			writer.addDocument(record("6", "offering", "active", "dagbesteding"));
			for (int i = 0; i < others; i++) {
				writer.addDocument(record("other-" + i, "organisation", "active", "dagbesteding voor iedereen"));
			}
			if (deleteOne) {
				writer.deleteDocuments(new Term(IndexFields.ID, "2"));
			}
		}
		return directory;
	}

	private static Document record(String id, String kind, String status, String text) {
		Document document = new Document();
		document.add(new StringField(IndexFields.ID, id, Store.NO));
		document.add(new StringField(IndexFields.KIND, kind, Store.NO));
		document.add(new StringField(IndexFields.STATUS, status, Store.NO));
		document.add(new TextField(IndexFields.ALL, text, Store.YES));
		return document;
	}

	private static List<String> names(SearchView searcher, TopDocs docs) throws Exception {
		List<String> names = new ArrayList<>();
		for (ScoreDoc hit : docs.scoreDocs) {
			names.add(searcher.storedFields().document(hit.doc).get(IndexFields.ALL));
		}
		return names;
	}

}
