package nl.mantelzorgkaart.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.execution.FacetCounting;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counting facet values from the ordinals in memory, kept as chars for an index of up to 65,536 values
 * and as ints past that: both count the same. A search that most records match counts the others and
 * takes them from the counts of all: the same counts again.
 */
class FacetOrdinalsTests {

	private static final FacetsConfig CONFIG = new FacetsConfig();

	static {
		CONFIG.setMultiValued(Facet.KIND.dimension(), true);
		CONFIG.setMultiValued(Facet.CARE_THEME.dimension(), true);
	}

	@ParameterizedTest(name = "ordinals kept as chars up to {0} values")
	@ValueSource(ints = { 65_536, 0 })
	void countsTheMatchesValuesAndTheFilteredDimensionSideways(int narrowValues) throws Exception {
		try (ByteBuffersDirectory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
			FacetOrdinals ordinals = new FacetOrdinals(new DefaultSortedSetDocValuesReaderState(reader, CONFIG),
					reader.maxDoc(), narrowValues);
			// Every record, and the offerings (records 0 and 1) as the kind filter lets them through.
			FacetOrdinals.Counts counts = ordinals.count(reader.leaves(), new FixedBitSet[] { records(4, 0, 1, 2, 3) },
					List.of(new FacetOrdinals.Filter(Facet.KIND, new FixedBitSet[] { records(4, 0, 1) })));

			assertThat(counts.matches()).isEqualTo(2);
			assertThat(ordinals.top(Facet.CARE_THEME, counts, 10)).containsExactly(
					new FacetOrdinals.Value("dementie", "Dementie", 2), new FacetOrdinals.Value("nah", "NAH", 1));
			// The kinds as if no kind were chosen: what choosing another would give.
			assertThat(ordinals.top(Facet.KIND, counts, 10))
				.extracting(FacetOrdinals.Value::id, FacetOrdinals.Value::count)
				.containsExactly(tuple("offering", 2), tuple("organisation", 1), tuple("term", 1));
		}
	}

	@Test
	void countsASearchMostRecordsMatchAsOneFewMatch() throws Exception {
		try (ByteBuffersDirectory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
			SearchView searcher = new SearchView(reader, CONFIG);
			Map<Facet, Query> kinds = Map.of(Facet.KIND, new TermQuery(new Term(IndexFields.KIND, "offering")));
			// "dementie": records 0, 1 and 2, three of four, counted as all four less record 3.
			FacetOrdinals.Counts most = FacetCounting.count(searcher, new TermQuery(new Term(IndexFields.ALL, "dementie")), null, kinds);
			FacetOrdinals.Counts counted = searcher.ordinals().count(reader.leaves(),
					new FixedBitSet[] { records(4, 0, 1, 2) }, List.of(new FacetOrdinals.Filter(Facet.KIND,
							new FixedBitSet[] { records(4, 0, 1) })));

			assertThat(most.matches()).isEqualTo(2);
			assertThat(most.counts()).containsExactly(counted.counts());
			assertThat(searcher.ordinals().top(Facet.KIND, most, 10))
				.extracting(FacetOrdinals.Value::id, FacetOrdinals.Value::count)
				.containsExactly(tuple("offering", 2), tuple("organisation", 1));
			// "ggz": records 2 and 3, half, counted as they are.
			assertThat(searcher.ordinals()
				.top(Facet.CARE_THEME, FacetCounting.count(searcher, new TermQuery(new Term(IndexFields.ALL, "ggz")), null, Map.of()), 10))
				.extracting(FacetOrdinals.Value::id, FacetOrdinals.Value::count)
				.containsExactly(tuple("ggz", 2), tuple("dementie", 1));
		}
	}

	/** Two offerings, an organisation and a glossary term, with their care themes as text too. */
	private static ByteBuffersDirectory index() throws Exception {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			writer.addDocument(CONFIG.build(record("offering", "dementie|Dementie", "nah|NAH")));
			writer.addDocument(CONFIG.build(record("offering", "dementie|Dementie")));
			writer.addDocument(CONFIG.build(record("organisation", "dementie|Dementie", "ggz|GGZ")));
			writer.addDocument(CONFIG.build(record("term", "ggz|GGZ")));
		}
		return directory;
	}

	private static Document record(String kind, String... themes) {
		Document document = new Document();
		document.add(new StringField(IndexFields.KIND, kind, Store.NO));
		document.add(new SortedSetDocValuesFacetField(Facet.KIND.dimension(), kind));
		for (String theme : List.of(themes)) {
			document.add(new SortedSetDocValuesFacetField(Facet.CARE_THEME.dimension(), theme));
			document.add(new TextField(IndexFields.ALL, theme.substring(0, theme.indexOf('|')), Store.NO));
		}
		return document;
	}

	private static FixedBitSet records(int size, int... records) {
		FixedBitSet bits = new FixedBitSet(size);
		for (int record : records) {
			bits.set(record);
		}
		return bits;
	}

}
