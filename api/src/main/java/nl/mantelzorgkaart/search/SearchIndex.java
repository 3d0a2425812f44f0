package nl.mantelzorgkaart.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import nl.mantelzorgkaart.search.IndexedRecord.FacetValue;
import nl.mantelzorgkaart.search.IndexedRecord.GeoPoint;
import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The one owner of the Lucene index: it alone holds the {@link IndexWriter} and the
 * {@link SearcherManager}. The index is derived from the graph; its commit records which graph state
 * ({@code stamp}) and which document schema and analysis ({@code schema}) it was built with, so that a
 * stale or incompatible index is detected, not guessed at.
 */
public final class SearchIndex implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	/** Raise when documents or fields change: an index built by another version is rebuilt. */
	static final int DOCUMENT_VERSION = 6;

	private static final String SCHEMA_KEY = "schema";

	private static final String STAMP_KEY = "stamp";

	/**
	 * The description: stored, and with each word's offsets in the postings, so that a snippet marks the
	 * words found without analysing the text again.
	 */
	private static final FieldType DESCRIPTION_TYPE = new FieldType(TextField.TYPE_STORED);

	static {
		DESCRIPTION_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		DESCRIPTION_TYPE.freeze();
	}

	/** Separates a facet value's id from its label; ids are slugs and never contain it. */
	static final char LABEL_SEPARATOR = '|';

	private final Path path;

	private final Directory directory;

	private final CareAnalyzers analyzers;

	private final FacetsConfig facetsConfig = new FacetsConfig();

	private final String schema;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/**
	 * The most clauses one query may have. A search of 40 words, each with its synonyms and compound
	 * parts, over every weighted field, needs a few thousand; Lucene's default of 1,024 would turn such
	 * a search into an error.
	 */
	static final int MAX_QUERY_CLAUSES = 16_384;

	public SearchIndex(Path path, CareAnalyzers analyzers) {
		if (IndexSearcher.getMaxClauseCount() < MAX_QUERY_CLAUSES) {
			IndexSearcher.setMaxClauseCount(MAX_QUERY_CLAUSES);
		}
		this.path = path;
		this.analyzers = analyzers;
		for (Facet facet : Facet.values()) {
			this.facetsConfig.setMultiValued(facet.dimension(), true);
		}
		this.schema = DOCUMENT_VERSION + "/" + Version.LATEST + "/" + analysisFingerprint();
		try {
			Files.createDirectories(path);
			this.directory = FSDirectory.open(path);
			ConceptTokens concepts = new ConceptTokens(analyzers);
			Analyzer perField = new PerFieldAnalyzerWrapper(analyzers.index(), Map.of(Fields.SPELL, analyzers.folding(),
					Fields.TITLE, analyzers.folding(), Fields.ANYWHERE, concepts.addedTo(analyzers.index()), Fields.ALL,
					concepts.countedIn(analyzers.index())));
			IndexWriterConfig config = new IndexWriterConfig(perField)
				.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
				.setRAMBufferSizeMB(64);
			this.writer = new IndexWriter(this.directory, config);
			this.searchers = new SearcherManager(this.writer, new SearcherFactory() {
				@Override
				public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
					return new SearchView(reader, SearchIndex.this.facetsConfig);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index in " + path
					+ " (delete the directory to have it rebuilt from the graph)", ex);
		}
	}

	/** The analyzers documents were indexed with; queries must use the matching query analyzer. */
	public CareAnalyzers analyzers() {
		return this.analyzers;
	}

	FacetsConfig facetsConfig() {
		return this.facetsConfig;
	}

	public Path path() {
		return this.path;
	}

	/**
	 * The graph stamp the index was built from, or empty when the index is missing, empty or was built
	 * with another document schema or analysis (so it must be rebuilt).
	 */
	public String builtStamp() {
		Map<String, String> data = commitData();
		if (!this.schema.equals(data.get(SCHEMA_KEY))) {
			return "";
		}
		return data.getOrDefault(STAMP_KEY, "");
	}

	private Map<String, String> commitData() {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = this.writer.getLiveCommitData();
		if (live != null) {
			live.forEach((entry) -> data.put(entry.getKey(), entry.getValue()));
		}
		return data;
	}

	/**
	 * Replaces the whole index with what {@code source} hands over, in one commit: searches see the old
	 * index until the new one is complete.
	 *
	 * @param source reads the records (giving each to the consumer) and returns the graph stamp read
	 * @return the number of documents indexed
	 */
	public synchronized int rebuild(Function<Consumer<IndexedRecord>, String> source) {
		try {
			this.writer.deleteAll();
			int[] count = { 0 };
			IOException[] failure = { null };
			String stamp = source.apply((record) -> {
				if (failure[0] != null) {
					return;
				}
				try {
					this.writer.addDocument(this.facetsConfig.build(document(record)));
					count[0]++;
				}
				catch (IOException ex) {
					failure[0] = ex;
				}
			});
			if (failure[0] != null) {
				throw failure[0];
			}
			// One segment: the index is rebuilt whole and only read in between, and facet counts over one
			// segment need no mapping of ordinals across segments (the largest cost of a search at 100k).
			this.writer.forceMerge(1);
			this.writer.setLiveCommitData(Map.of(SCHEMA_KEY, this.schema, STAMP_KEY, stamp).entrySet());
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
			return count[0];
		}
		catch (IOException | RuntimeException ex) {
			try {
				this.writer.rollback();
			}
			catch (IOException rollbackFailure) {
				ex.addSuppressed(rollbackFailure);
			}
			throw new IllegalStateException("Rebuilding the search index in " + this.path + " failed", ex);
		}
	}

	/** Runs {@code work} on the current searcher, released afterwards. */
	public <T> T withSearcher(Function<SearchView, T> work) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return work.apply((SearchView) searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Number of documents searchable now. */
	public int size() {
		return withSearcher((searcher) -> searcher.getIndexReader().numDocs());
	}

	@Override
	public synchronized void close() {
		try {
			this.searchers.close();
			this.writer.close();
			this.directory.close();
		}
		catch (IOException ex) {
			log.warn("Closing the search index in {} failed", this.path, ex);
		}
	}

	private Document document(IndexedRecord record) {
		Document document = new Document();
		document.add(new StringField(Fields.KEY, record.kind().key() + ":" + record.id(), Store.NO));
		document.add(new StringField(Fields.ID, record.id(), Store.YES));
		document.add(new StringField(Fields.KIND, record.kind().key(), Store.YES));
		document.add(new StringField(Fields.STATUS, record.status(), Store.YES));
		document.add(new TextField(Fields.NAME, record.name(), Store.YES));
		document.add(new Field(Fields.DESCRIPTION, record.description(), DESCRIPTION_TYPE));
		document.add(new SortedDocValuesField(Fields.SORT_NAME,
				new BytesRef(record.name().toLowerCase(Locale.ROOT))));
		addText(document, Fields.ALIASES, record.aliases());
		List<String> names = new ArrayList<>();
		names.add(record.name());
		names.addAll(record.aliases());
		addText(document, Fields.NAMES, names);
		addText(document, Fields.THEMES, record.themes());
		addText(document, Fields.LABELS, record.labels());
		addText(document, Fields.ORGANISERS, record.organisers());
		addText(document, Fields.PLACES, record.places());
		addText(document, Fields.DETAILS, record.details());
		addText(document, Fields.CONTEXT, record.context());
		List<String> all = new ArrayList<>(names);
		all.addAll(record.themes());
		all.addAll(record.labels());
		all.addAll(record.organisers());
		all.addAll(record.places());
		all.add(record.description());
		all.addAll(record.details());
		addText(document, Fields.ALL, all);
		// One text, so that its concept tokens are those of the whole record.
		List<String> anywhere = new ArrayList<>(all);
		anywhere.addAll(record.context());
		addText(document, Fields.ANYWHERE, List.of(String.join("\n", anywhere.stream().filter(Objects::nonNull).toList())));
		List<String> spelling = new ArrayList<>(names);
		spelling.addAll(record.themes());
		spelling.addAll(record.labels());
		spelling.add(record.description());
		addText(document, Fields.SPELL, spelling);
		addText(document, Fields.TITLE, List.of(record.name()));
		for (GeoPoint point : record.points()) {
			document.add(new LatLonPoint(Fields.POINT, point.lat(), point.lon()));
			document.add(new LatLonDocValuesField(Fields.POINT, point.lat(), point.lon()));
			document.add(new StoredField(Fields.LAT, point.lat()));
			document.add(new StoredField(Fields.LON, point.lon()));
		}
		document.add(new StringField(Fields.POSITIONED, record.points().isEmpty() ? "no" : "yes", Store.NO));
		document.add(new StoredField(Fields.APPROXIMATE, record.approximatePosition() ? 1 : 0));
		if (record.lastVerified() != null) {
			document.add(new StoredField(Fields.LAST_VERIFIED, record.lastVerified().toString()));
		}
		record.facets().forEach((facet, values) -> {
			for (FacetValue value : values) {
				document.add(new StringField(facet.filterField(), value.id(), Store.NO));
				String label = value.label().isBlank() ? value.id() : value.label();
				document.add(new SortedSetDocValuesFacetField(facet.dimension(),
						value.id() + LABEL_SEPARATOR + label));
			}
		});
		return document;
	}

	private static void addText(Document document, String field, List<String> values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				document.add(new TextField(field, value, Store.NO));
			}
		}
	}

	/** A hash of the analysis data files: changing a compound dictionary changes what is indexed. */
	private static String analysisFingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			Resource[] resources = new PathMatchingResourcePatternResolver(SearchIndex.class.getClassLoader())
				.getResources("classpath*:search/analysis/**");
			Arrays.sort(resources, (a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
			for (Resource resource : resources) {
				if (resource.isReadable()) {
					digest.update(String.valueOf(resource.getFilename()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
					try (InputStream in = resource.getInputStream()) {
						digest.update(in.readAllBytes());
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest(), 0, 8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the search analysis data files", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A searcher with what faceting needs of its reader: every record's facet values as ordinals in
	 * memory and, per dimension, the ids and labels of every value in the index.
	 */
	public static final class SearchView extends IndexSearcher {

		/** How many filters' records a searcher keeps: 16 KB each at 128,000 records. */
		static final int KEPT_FILTERS = 64;

		/**
		 * A filter that lets through fewer than one record in this many leads the search (see
		 * {@link #search(Query, Query, CollectorManager)}).
		 */
		static final int FEW_RECORDS = 16;

		private final FacetOrdinals ordinals;

		private final Map<Facet, Map<String, String>> labels = new EnumMap<>(Facet.class);

		/** How many filters' counts of every value a searcher keeps: 120 KB each at 30,000 values. */
		static final int KEPT_COUNTS = 16;

		/** Per filter, the live records it lets through; the most recently used are kept. */
		private final Map<Query, Records> accepted = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Query, Records> eldest) {
				return size() > KEPT_FILTERS;
			}
		};

		/**
		 * Per filter and dimension filters, the facet counts of every record the filter lets through; the
		 * most recently used are kept.
		 */
		private final Map<List<Object>, FacetOrdinals.Counts> everyCount = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<List<Object>, FacetOrdinals.Counts> eldest) {
				return size() > KEPT_COUNTS;
			}
		};

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
			FixedBitSet[] matches = search(query, within, new CollectorManager<RecordsCollector, FixedBitSet[]>() {
				@Override
				public RecordsCollector newCollector() {
					return new RecordsCollector(leaves);
				}

				@Override
				public FixedBitSet[] reduce(Collection<RecordsCollector> collectors) {
					return collectors.iterator().next().records;
				}
			});
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
			FacetOrdinals.Counts every;
			synchronized (this.everyCount) {
				every = this.everyCount.get(key);
			}
			if (every == null) {
				every = this.ordinals.count(leaves, records.bits(), filters);
				synchronized (this.everyCount) {
					this.everyCount.put(key, every);
				}
			}
			return every.minus(this.ordinals.count(leaves, rest, filters));
		}

		/** The live records that {@code filter} lets through. */
		private Records accepted(Query filter) throws IOException {
			synchronized (this.accepted) {
				Records kept = this.accepted.get(filter);
				if (kept != null) {
					return kept;
				}
			}
			Weight weight = createWeight(rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
			List<LeafReaderContext> leaves = getIndexReader().leaves();
			FixedBitSet[] bits = new FixedBitSet[leaves.size()];
			int count = 0;
			for (int i = 0; i < leaves.size(); i++) {
				LeafReaderContext leaf = leaves.get(i);
				FixedBitSet accepted = new FixedBitSet(leaf.reader().maxDoc());
				BulkScorer scorer = weight.bulkScorer(leaf);
				if (scorer != null) {
					scorer.score(new LeafCollector() {
						@Override
						public void setScorer(Scorable scorable) {
							// only which records, not how well
						}

						@Override
						public void collect(int doc) {
							accepted.set(doc);
						}
					}, leaf.reader().getLiveDocs());
				}
				bits[i] = accepted;
				count += accepted.cardinality();
			}
			Records records = new Records(bits, count);
			synchronized (this.accepted) {
				this.accepted.put(filter, records);
			}
			return records;
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
			Weight weight = createWeight(rewrite(query), ScoreMode.COMPLETE, 1f);
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

	/** Splits an indexed facet value into its id and label. */
	static String[] splitLabel(String value) {
		int separator = value.indexOf(LABEL_SEPARATOR);
		return (separator < 0) ? new String[] { value, value }
				: new String[] { value.substring(0, separator), value.substring(separator + 1) };
	}

}
