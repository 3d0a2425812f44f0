package nl.mantelzorgkaart.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A query with the statistics the searcher keeps per term finds and scores what the query itself
 * does, without the terms no record has: the many synonyms of a care concept that no record of a
 * field mentions.
 */
class KnownTermsTests {

	/** "respijtzorg", "adempauze" or "dementie", or "even vrij" together; the coverage of "dementie". */
	private static final Query RESPITE_FOR_DEMENTIA = new BooleanQuery.Builder()
		.add(new DisjunctionMaxQuery(List.of(term("respijtzorg"), new BoostQuery(term("adempauze"), 0.8f),
				new BooleanQuery.Builder().add(term("even"), Occur.MUST).add(term("vrij"), Occur.MUST).build()), 0.1f),
				Occur.SHOULD)
		.add(term("dementie"), Occur.SHOULD)
		.add(new BoostQuery(new ConstantScoreQuery(term("dementie")), 3f), Occur.SHOULD)
		.build();

	@Test
	void findsAndScoresAsTheQueryItselfWithoutTheTermsNoRecordHas() throws Exception {
		try (ByteBuffersDirectory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
			SearchView searcher = new SearchView(reader, new FacetsConfig());
			Query known = searcher.withKnownTerms(RESPITE_FOR_DEMENTIA);
			TopDocs expected = searcher.search(RESPITE_FOR_DEMENTIA, 10);
			TopDocs actual = searcher.search(known, 10);

			assertThat(actual.totalHits.value).isEqualTo(4);
			assertThat(Arrays.stream(actual.scoreDocs).map((hit) -> hit.doc + ":" + hit.score))
				.containsExactlyElementsOf(Arrays.stream(expected.scoreDocs).map((hit) -> hit.doc + ":" + hit.score).toList());
			// No record has "adempauze" or "vrij", so "even vrij" cannot match either.
			assertThat(terms(known)).containsExactlyInAnyOrder("respijtzorg", "dementie");
			// Asked again, from the statistics kept: the same query.
			assertThat(searcher.withKnownTerms(RESPITE_FOR_DEMENTIA)).isEqualTo(known);
		}
	}

	@Test
	void aQueryThatNeedsATermNoRecordHasMatchesNothing() throws Exception {
		try (ByteBuffersDirectory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
			SearchView searcher = new SearchView(reader, new FacetsConfig());
			Query needsAbsent = new BooleanQuery.Builder().add(term("dementie"), Occur.SHOULD)
				.add(term("adempauze"), Occur.FILTER)
				.build();

			assertThat(searcher.count(searcher.withKnownTerms(needsAbsent))).isZero();
			assertThat(searcher.count(needsAbsent)).isZero();
			// An exclusion of a term no record has excludes nothing.
			assertThat(searcher.count(searcher.withKnownTerms(new BooleanQuery.Builder().add(term("dementie"), Occur.MUST)
				.add(term("adempauze"), Occur.MUST_NOT)
				.build()))).isEqualTo(3);
		}
	}

	private static ByteBuffersDirectory index() throws Exception {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			for (String text : List.of("respijtzorg dementie", "respijtzorg", "dementie even weg", "dementie",
					"dagbesteding")) {
				Document document = new Document();
				document.add(new TextField(IndexFields.ALL, text, Store.NO));
				writer.addDocument(document);
			}
		}
		return directory;
	}

	private static TermQuery term(String text) {
		return new TermQuery(new Term(IndexFields.ALL, text));
	}

	private static Set<String> terms(Query query) {
		Set<Term> terms = new HashSet<>();
		query.visit(QueryVisitor.termCollector(terms));
		Set<String> texts = new HashSet<>();
		terms.forEach((term) -> texts.add(term.text()));
		return texts;
	}

}
