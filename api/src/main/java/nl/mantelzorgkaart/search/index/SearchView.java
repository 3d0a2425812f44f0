package nl.mantelzorgkaart.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A searcher of one state of the index, with what searches need of it besides Lucene's own: every
 * record's facet values as ordinals in memory and, per dimension, the ids and labels of every value;
 * the records of the filters searches use, and the facet counts of every record per filter.
 */
public final class SearchView extends IndexSearcher {

	/** How many filters' records a searcher keeps: 16 KB each at 128,000 records. */
	static final int KEPT_FILTERS = 64;

	/**
	 * A filter that lets through fewer than one record in this many leads the search (see
	 * {@link #search(Query, Query, CollectorManager)}).
	 */
	static final int FEW_RECORDS = 16;

	/** How many filters' counts of every value a searcher keeps: 120 KB each at 30,000 values. */
	static final int KEPT_COUNTS = 16;

	/** How many terms' statistics a searcher keeps; past that it starts again. */
	static final int KEPT_TERMS = 50_000;

	private final FacetOrdinals ordinals;

	/** Per term, its statistics (and where it is) in this state of the index, looked up once. */
	private final Map<Term, TermStates> termStates = new ConcurrentHashMap<>();

	private final Map<Facet, Map<String, String>> labels = new EnumMap<>(Facet.class);

	/** Per filter, the live records it lets through; the most recently used are kept. */
	private final Map<Query, Records> accepted = recentlyUsed(KEPT_FILTERS);

	/**
	 * Per filter and dimension filters, the facet counts of every record the filter lets through; the
	 * most recently used are kept.
	 */
	private final Map<List<Object>, FacetOrdinals.Counts> everyCount = recentlyUsed(KEPT_COUNTS);

	SearchView(IndexReader reader, FacetsConfig config) throws IOException {
		super(reader);
		FacetOrdinals ordinals = null;
		// Without a record with a facet value there is nothing to count (and no doc values to read).
		if (reader.numDocs() > 0 && DirectoryReader.class.isInstance(reader)
				&& FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
			ordinals = new FacetOrdinals(new DefaultSortedSetDocValuesReaderState(reader, config), reader.maxDoc());
		}
		this.ordinals = ordinals;
		for (Facet facet : Facet.values()) {
			this.labels.put(facet, (ordinals != null) ? ordinals.labels(facet) : Map.of());
		}
	}

	/** A map that keeps the {@code size} entries used most recently; safe to share between threads. */
	private static <K, V> Map<K, V> recentlyUsed(int size) {
		return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > size;
			}
		});
	}

	/**
	 * Searches {@code query} among the records {@code filter} lets through (every record when it is
	 * null). The filter's records are worked out once per searcher and filter: the same few filters
	 * (status, kind, area) serve most searches. When they are many, they are no clause of the query but
	 * the only records its scorers may accept: so a ranking disjunction stays a bare disjunction, which
	 * Lucene 9 scores with block-max skipping (MaxScore); next to a required or prohibited clause it
	 * scores document at a time (WAND), three times as slow at 100,000 records. When they are few (one
	 * small place), they lead the search as a required clause, and the query visits only them.
	 */
	<C extends Collector, T> T search(Query query, Query filter, CollectorManager<C, T> manager)
			throws IOException {
		query = withKnownTerms(query);
		if (filter == null) {
			return search(query, manager);
		}
		Records records = accepted(filter);
		if (records.count() * FEW_RECORDS < getIndexReader().maxDoc()) {
			return search(new BooleanQuery.Builder().add(query, Occur.MUST).add(records, Occur.FILTER).build(), manager);
		}
		C collector = manager.newCollector();
		Weight weight = createWeight(rewrite(query), collector.scoreMode(), 1f);
		// No setWeight: a count that a collector could take from the weight would not know the filter.
		List<LeafReaderContext> leaves = getIndexReader().leaves();
		for (int i = 0; i < leaves.size(); i++) {
			LeafReaderContext leaf = leaves.get(i);
			LeafCollector leafCollector;
			try {
				leafCollector = collector.getLeafCollector(leaf);
			}
			catch (CollectionTerminatedException ex) {
				continue; // nothing of interest in this segment
			}
			BulkScorer scorer = weight.bulkScorer(leaf);
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

	/**
	 * Counts the facet values of the records {@code query} finds among those {@code filter} lets through
	 * (every record when it is null), with the dimension filters as {@link FacetOrdinals#count}
	 * applies them: sideways. When most of the records match (a text with a common word), the counts
	 * are those of every record the filter lets through (kept per filter) less those of the few records
	 * that do not match: at 100,000 records, counting the values of 120,000 matches is most of a
	 * search's work.
	 */
	FacetOrdinals.Counts facetCounts(Query query, Query filter, Map<Facet, Query> dimensions) throws IOException {
		Query within = (filter != null) ? filter : new MatchAllDocsQuery();
		Records records = accepted(within);
		List<FacetOrdinals.Filter> filters = new ArrayList<>();
		for (Map.Entry<Facet, Query> dimension : dimensions.entrySet()) {
			filters.add(new FacetOrdinals.Filter(dimension.getKey(), accepted(dimension.getValue()).bits()));
		}
		List<LeafReaderContext> leaves = getIndexReader().leaves();
		FixedBitSet[] matches = records(query, within);
		long found = Arrays.stream(matches).mapToLong(FixedBitSet::cardinality).sum();
		if (found * 2 <= records.count()) {
			return this.ordinals.count(leaves, matches, filters);
		}
		FixedBitSet[] rest = new FixedBitSet[leaves.size()];
		for (int i = 0; i < rest.length; i++) {
			rest[i] = records.bits()[i].clone();
			rest[i].andNot(matches[i]);
		}
		List<Object> key = List.of(within, new EnumMap<>(dimensions));
		FacetOrdinals.Counts every = this.everyCount.get(key);
		if (every == null) {
			every = this.ordinals.count(leaves, records.bits(), filters);
			this.everyCount.put(key, every);
		}
		return every.minus(this.ordinals.count(leaves, rest, filters));
	}

	/**
	 * The same query (the same matches and scores) with the statistics of each term from those this
	 * searcher keeps, and without the terms no record has and the alternatives that need one of them. A
	 * care concept in a text spells out dozens of alternatives over eight fields, most of them in no
	 * record of a field; looking each up for every search cost about as much as ranking did.
	 */
	Query withKnownTerms(Query query) throws IOException {
		Query known = knownOrNull(query);
		return (known != null) ? known : new MatchNoDocsQuery();
	}

	/** {@link #withKnownTerms}, or null for a query no record matches. */
	private Query knownOrNull(Query query) throws IOException {
		if (query instanceof TermQuery termQuery) {
			Term term = termQuery.getTerm();
			TermStates states = this.termStates.get(term);
			if (states == null) {
				states = TermStates.build(this, term, true);
				if (this.termStates.size() >= KEPT_TERMS) {
					this.termStates.clear();
				}
				this.termStates.put(term, states);
			}
			return (states.docFreq() == 0) ? null : new TermQuery(term, states);
		}
		if (query instanceof BoostQuery boosted) {
			Query known = knownOrNull(boosted.getQuery());
			return (known != null) ? new BoostQuery(known, boosted.getBoost()) : null;
		}
		if (query instanceof ConstantScoreQuery constant) {
			Query known = knownOrNull(constant.getQuery());
			return (known != null) ? new ConstantScoreQuery(known) : null;
		}
		if (query instanceof DisjunctionMaxQuery alternatives) {
			List<Query> known = new ArrayList<>();
			for (Query alternative : alternatives.getDisjuncts()) {
				Query knownAlternative = knownOrNull(alternative);
				if (knownAlternative != null) {
					known.add(knownAlternative);
				}
			}
			return known.isEmpty() ? null : new DisjunctionMaxQuery(known, alternatives.getTieBreakerMultiplier());
		}
		if (query instanceof BooleanQuery bool) {
			BooleanQuery.Builder known = new BooleanQuery.Builder();
			int matching = 0;
			int optional = 0;
			for (BooleanClause clause : bool.clauses()) {
				Query knownClause = knownOrNull(clause.getQuery());
				if (knownClause == null) {
					if (clause.isRequired()) {
						return null; // a clause no record matches, that every match needs
					}
					continue; // an optional clause or an exclusion that changes nothing
				}
				known.add(knownClause, clause.getOccur());
				matching += (clause.getOccur() != Occur.MUST_NOT) ? 1 : 0;
				optional += (clause.getOccur() == Occur.SHOULD) ? 1 : 0;
			}
			if (matching == 0 || optional < bool.getMinimumNumberShouldMatch()) {
				return null;
			}
			return known.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch()).build();
		}
		return query;
	}

	/** The live records that {@code filter} lets through. */
	private Records accepted(Query filter) throws IOException {
		Records kept = this.accepted.get(filter);
		if (kept != null) {
			return kept;
		}
		FixedBitSet[] bits = records(filter, null);
		Records records = new Records(bits, Arrays.stream(bits).mapToInt(FixedBitSet::cardinality).sum());
		this.accepted.put(filter, records);
		return records;
	}

	/** The live records, per segment, that {@code query} finds among those {@code filter} lets through. */
	private FixedBitSet[] records(Query query, Query filter) throws IOException {
		List<LeafReaderContext> leaves = getIndexReader().leaves();
		return search(query, filter, new CollectorManager<RecordsCollector, FixedBitSet[]>() {
			@Override
			public RecordsCollector newCollector() {
				return new RecordsCollector(leaves);
			}

			@Override
			public FixedBitSet[] reduce(Collection<RecordsCollector> collectors) {
				return collectors.iterator().next().records;
			}
		});
	}

	/**
	 * The scores {@code query} gives the records {@code docs} (ascending ids), or NaN for a record it
	 * does not match: for ranking a few hundred candidates with a costly query.
	 */
	float[] scores(Query query, int[] docs) throws IOException {
		float[] scores = new float[docs.length];
		Arrays.fill(scores, Float.NaN);
		if (docs.length == 0) {
			return scores;
		}
		Weight weight = createWeight(rewrite(withKnownTerms(query)), ScoreMode.COMPLETE, 1f);
		List<LeafReaderContext> leaves = getIndexReader().leaves();
		Scorer scorer = null;
		DocIdSetIterator iterator = null;
		int leafIndex = -1;
		for (int i = 0; i < docs.length; i++) {
			int index = ReaderUtil.subIndex(docs[i], leaves);
			LeafReaderContext leaf = leaves.get(index);
			if (index != leafIndex) {
				leafIndex = index;
				scorer = weight.scorer(leaf);
				iterator = (scorer != null) ? scorer.iterator() : null;
			}
			int target = docs[i] - leaf.docBase;
			if (iterator != null && iterator.docID() < target) {
				iterator.advance(target);
			}
			if (iterator != null && iterator.docID() == target) {
				scores[i] = scorer.score();
			}
		}
		return scores;
	}

	/** Every record's facet values, or null when the index is empty. */
	FacetOrdinals ordinals() {
		return this.ordinals;
	}

	/** The ids and labels of every value of a dimension in the index. */
	Map<String, String> labels(Facet facet) {
		return this.labels.get(facet);
	}

	/**
	 * The live records a filter lets through, per segment, and how many: a query that matches them (at a
	 * constant score), for a search they lead.
	 */
	static final class Records extends Query {

		private final FixedBitSet[] bits;

		private final int count;

		Records(FixedBitSet[] bits, int count) {
			this.bits = bits;
			this.count = count;
		}

		FixedBitSet[] bits() {
			return this.bits;
		}

		int count() {
			return this.count;
		}

		@Override
		public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
			return new ConstantScoreWeight(this, boost) {
				@Override
				public Scorer scorer(LeafReaderContext context) {
					FixedBitSet records = Records.this.bits[context.ord];
					return new ConstantScoreScorer(this, score(), scoreMode,
							new BitSetIterator(records, records.cardinality()));
				}

				@Override
				public boolean isCacheable(LeafReaderContext context) {
					return false; // kept by the searcher already
				}
			};
		}

		@Override
		public void visit(QueryVisitor visitor) {
			visitor.visitLeaf(this);
		}

		@Override
		public String toString(String field) {
			return "records(" + this.count + ")";
		}

		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

	}

	/** Collects which records a query finds, per segment (one collector for all segments). */
	private static final class RecordsCollector extends SimpleCollector {

		private final FixedBitSet[] records;

		private FixedBitSet leaf;

		RecordsCollector(List<LeafReaderContext> leaves) {
			this.records = new FixedBitSet[leaves.size()];
			for (LeafReaderContext leaf : leaves) {
				this.records[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
			}
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) {
			this.leaf = this.records[context.ord];
		}

		@Override
		public void collect(int doc) {
			this.leaf.set(doc);
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

}
