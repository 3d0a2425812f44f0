package nl.mantelzorgkaart.search.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.index.FacetOrdinals;
import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.search.index.SearchView;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facet counts the search works out in one pass over the values held in memory are those Lucene's
 * own {@link DrillSideways} over {@code SortedSetDocValuesFacetCounts} gives: the matches' values per
 * dimension, and each filtered dimension counted as if it were not filtered. Measured against it in
 * docs/BENCHMARKS.md; this shows the answers are the same, for few matches and for most.
 */
class FacetCountingTests {

	private static final List<Facet> DIMENSIONS = List.of(Facet.KIND, Facet.CARE_THEME, Facet.AREA);

	private static final String[][] VALUES = { { "offering", "organisation", "term" },
			{ "dementie", "autisme", "ggz", "nah", "kanker" }, { "almere", "huizen", "laren", "eemnes", "blaricum" } };

	@ParameterizedTest(name = "text word \"{0}\", filtered on {1}")
	@CsvSource({ "rare, kind=offering", "rare, care_theme=dementie;area=almere", "common, kind=offering",
			"common, care_theme=dementie;area=huizen;kind=organisation", "common, ''", "rare, ''" })
	void countsWhatLucenesDrillSidewaysCounts(String word, String filters) throws Exception {
		FacetsConfig config = new FacetsConfig();
		DIMENSIONS.forEach((facet) -> config.setMultiValued(facet.dimension(), true));
		try (ByteBuffersDirectory directory = index(config); DirectoryReader reader = DirectoryReader.open(directory)) {
			SearchView searcher = new SearchView(reader, config);
			Query text = new TermQuery(new Term(IndexFields.ALL, word));
			Map<Facet, Query> dimensions = new EnumMap<>(Facet.class);
			DrillDownQuery drillDown = new DrillDownQuery(config, text);
			for (String filter : filters.isEmpty() ? new String[0] : filters.split(";")) {
				String[] dimensionAndValue = filter.split("=");
				Facet facet = DIMENSIONS.stream().filter((f) -> f.dimension().equals(dimensionAndValue[0])).findFirst().orElseThrow();
				dimensions.put(facet, new TermQuery(new Term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME,
						FacetsConfig.pathToString(facet.dimension(), new String[] { dimensionAndValue[1] }))));
				drillDown.add(facet.dimension(), dimensionAndValue[1]);
			}

			FacetOrdinals.Counts ours = FacetCounting.count(searcher, text, null, dimensions);
			DrillSidewaysResult lucene = new DrillSideways(searcher, config,
					new DefaultSortedSetDocValuesReaderState(reader, config)).search(drillDown, 10);

			assertThat(ours.matches()).isEqualTo(lucene.hits.totalHits.value);
			for (Facet facet : DIMENSIONS) {
				Map<String, Integer> expected = new TreeMap<>();
				FacetResult result = lucene.facets.getTopChildren(100, facet.dimension());
				if (result != null) {
					for (LabelAndValue value : result.labelValues) {
						expected.put(value.label, value.value.intValue());
					}
				}
				Map<String, Integer> actual = new TreeMap<>();
				searcher.ordinals().top(facet, ours, 100).forEach((value) -> actual.put(value.id(), value.count()));
				assertThat(actual).as(facet.dimension()).isEqualTo(expected);
			}
		}
	}

	/** 400 records with random values; "common" in nine in ten, "rare" in one in ten. */
	private static ByteBuffersDirectory index(FacetsConfig config) throws Exception {
		Random random = new Random(42);
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			for (int doc = 0; doc < 400; doc++) {
				Document document = new Document();
				document.add(new StringField(IndexFields.ALL, (random.nextInt(10) == 0) ? "rare" : "other", Store.NO));
				if (random.nextInt(10) != 0) {
					document.add(new StringField(IndexFields.ALL, "common", Store.NO));
				}
				for (int d = 0; d < DIMENSIONS.size(); d++) {
					int count = (d == 0) ? 1 : random.nextInt(3);
					for (int i = 0; i < count; i++) {
						document.add(new SortedSetDocValuesFacetField(DIMENSIONS.get(d).dimension(),
								VALUES[d][random.nextInt(VALUES[d].length)]));
					}
				}
				writer.addDocument(config.build(document));
			}
		}
		return directory;
	}

}
