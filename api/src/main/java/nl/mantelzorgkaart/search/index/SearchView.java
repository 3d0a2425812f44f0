package nl.mantelzorgkaart.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.mantelzorgkaart.search.Facet;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The searcher of one state of the index, with what is derived from that state and kept while it is
 * searched: every record's facet values as ordinals ({@link FacetOrdinals}), the records of the
 * filters searches use ({@link DocSet}s), the statistics of the terms looked up ({@link KnownTerms}),
 * and the facet counts of every record per filter.
 */
public final class SearchView extends IndexSearcher {

	/** How many filters' records a searcher keeps (their size: docs/BENCHMARKS.md, "Search internals"). */
	static final int KEPT_FILTERS = 64;

	/** A filter that lets through fewer than one record in this many leads the search (see {@link #search}). */
	static final int FEW_RECORDS = 16;

	/** How many filters' counts of every value a searcher keeps (their size: docs/BENCHMARKS.md). */
	static final int KEPT_COUNTS = 16;

	private final FacetOrdinals ordinals;

	private final Map<Facet, Map<String, String>> labels = new EnumMap<>(Facet.class);

	private final KnownTerms knownTerms = new KnownTerms(this);

	/** Per filter, the live records it lets through. Evicted on the caller's thread: no pool needed. */
	private final Cache<Query, DocSet> docSets = Caffeine.newBuilder()
		.maximumSize(KEPT_FILTERS)
		.executor(Runnable::run)
		.build();

	/** Per filter and dimension filters, the facet counts of every record they let through. */
	private final Cache<List<Object>, FacetOrdinals.Counts> everyCount = Caffeine.newBuilder()
		.maximumSize(KEPT_COUNTS)
		.executor(Runnable::run)
		.build();

	public SearchView(IndexReader reader, FacetsConfig config) throws IOException {
		super(reader);
		FacetOrdinals ordinals = null;
		// Without a record with a facet value there is nothing to count (and no doc values to read).
		if (reader.numDocs() > 0 && reader instanceof DirectoryReader
				&& FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
			ordinals = new FacetOrdinals(new DefaultSortedSetDocValuesReaderState(reader, config), reader.maxDoc());
		}
		this.ordinals = ordinals;
		for (Facet facet : Facet.values()) {
			this.labels.put(facet, (ordinals != null) ? ordinals.labels(facet) : Map.of());
		}
	}

	/**
	 * Searches {@code query} among the records {@code filter} lets through (every record when it is
	 * null). The filter's records are worked out once per searcher and filter: the same few filters
	 * (status, kind, area) serve most searches. When they are many, they are no clause of the query but
	 * the only records its scorers may accept: so a ranking disjunction stays a bare disjunction, which
	 * Lucene 9 scores with block-max skipping (MaxScore); next to a required or prohibited clause it
	 * scores document at a time (WAND), much slower (docs/BENCHMARKS.md). When they are few (one
	 * small place), they lead the search as a required clause, and the query visits only them.
	 */
	public <C extends Collector, T> T search(Query query, Query filter, CollectorManager<C, T> manager)
			throws IOException {
		query = withKnownTerms(query);
		if (filter == null) {
			return search(query, manager);
		}
		DocSet records = docSet(filter);
		if (records.count() * FEW_RECORDS < getIndexReader().maxDoc()) {
			return search(new BooleanQuery.Builder().add(query, Occur.MUST).add(records, Occur.FILTER).build(), manager);
		}
		C collector = manager.newCollector();
		Weight weight = createWeight(rewrite(query), collector.scoreMode(), 1f);
		// No setWeight: a count that a collector could take from the weight would not know the filter.
		List<LeafReaderContext> leaves = getIndexReader().leaves();
		for (int i = 0; i < leaves.size(); i++) {
			LeafCollector leafCollector;
			try {
				leafCollector = collector.getLeafCollector(leaves.get(i));
			}
			catch (CollectionTerminatedException ex) {
				continue; // nothing of interest in this segment
			}
			BulkScorer scorer = weight.bulkScorer(leaves.get(i));
			if (scorer != null) {
				try {
					scorer.score(leafCollector, records.bits()[i]);
				}
				catch (CollectionTerminatedException ex) {
					// the collector has what it needs from this segment
				}
			}
			leafCollector.finish();
		}
		return manager.reduce(List.of(collector));
	}

	/** The live records, per segment, that {@code query} finds among those {@code filter} lets through. */
	public FixedBitSet[] docs(Query query, Query filter) throws IOException {
		return search(query, filter, DocSetCollector.manager(getIndexReader().leaves()));
	}

	/** The live records that {@code filter} lets through, worked out once per searcher and filter. */
	public DocSet docSet(Query filter) {
		return this.docSets.get(filter, (key) -> {
			try {
				FixedBitSet[] bits = docs(key, null);
				return new DocSet(bits, Arrays.stream(bits).mapToInt(FixedBitSet::cardinality).sum());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** See {@link KnownTerms#of}. */
	public Query withKnownTerms(Query query) throws IOException {
		return this.knownTerms.of(query);
	}

	/**
	 * The facet counts of every record a filter and dimension filters let through, counted once per
	 * searcher and key by {@code count}.
	 */
	public FacetOrdinals.Counts everyCount(List<Object> key, java.util.function.Supplier<FacetOrdinals.Counts> count) {
		return this.everyCount.get(key, (ignored) -> count.get());
	}

	/** Every record's facet values, or null when the index is empty. */
	public FacetOrdinals ordinals() {
		return this.ordinals;
	}

	/** The ids and labels of every value of a dimension in the index. */
	public Map<String, String> labels(Facet facet) {
		return this.labels.get(facet);
	}

}
