package nl.mantelzorgkaart.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counting facet values from the ordinals in memory, kept as chars for an index of up to 65,536 values
 * and as ints past that: both count the same.
 */
class FacetOrdinalsTests {

	@ParameterizedTest(name = "ordinals kept as chars up to {0} values")
	@ValueSource(ints = { 65_536, 0 })
	void countsTheMatchesValuesAndTheFilteredDimensionSideways(int narrowValues) throws Exception {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued(Facet.KIND.dimension(), true);
		config.setMultiValued(Facet.CARE_THEME.dimension(), true);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
				writer.addDocument(config.build(record("offering", "dementie|Dementie", "nah|NAH")));
				writer.addDocument(config.build(record("offering", "dementie|Dementie")));
				writer.addDocument(config.build(record("organisation", "dementie|Dementie", "ggz|GGZ")));
				writer.addDocument(config.build(record("term", "ggz|GGZ")));
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				FacetOrdinals ordinals = new FacetOrdinals(new DefaultSortedSetDocValuesReaderState(reader, config),
						reader.maxDoc(), narrowValues);
				int offering = ordinals.ordinal(Facet.KIND, "offering");
				FacetOrdinals.Counts counts = new IndexSearcher(reader).search(new MatchAllDocsQuery(),
						ordinals.counter(Map.of(Facet.KIND, new int[] { offering })));

				assertThat(counts.matches()).isEqualTo(2);
				assertThat(ordinals.top(Facet.CARE_THEME, counts, 10)).containsExactly(
						new FacetOrdinals.Value("dementie", "Dementie", 2), new FacetOrdinals.Value("nah", "NAH", 1));
				// The kinds as if no kind were chosen: what choosing another would give.
				assertThat(ordinals.top(Facet.KIND, counts, 10))
					.extracting(FacetOrdinals.Value::id, FacetOrdinals.Value::count)
					.containsExactly(tuple("offering", 2), tuple("organisation", 1), tuple("term", 1));
			}
		}
	}

	private static Document record(String kind, String... themes) {
		Document document = new Document();
		document.add(new SortedSetDocValuesFacetField(Facet.KIND.dimension(), kind));
		for (String theme : List.of(themes)) {
			document.add(new SortedSetDocValuesFacetField(Facet.CARE_THEME.dimension(), theme));
		}
		return document;
	}

}
