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
import java.util.HashMap;
import java.util.HexFormat;
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
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
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
	static final int DOCUMENT_VERSION = 7;

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
		// What a hit shows (see HitFields) is in doc values, not stored with the description.
		document.add(new StringField(Fields.ID, record.id(), Store.NO));
		document.add(new BinaryDocValuesField(Fields.ID, new BytesRef(record.id())));
		document.add(new StringField(Fields.KIND, record.kind().key(), Store.NO));
		document.add(new SortedDocValuesField(Fields.KIND, new BytesRef(record.kind().key())));
		document.add(new StringField(Fields.STATUS, record.status(), Store.YES));
		document.add(new TextField(Fields.NAME, record.name(), Store.NO));
		document.add(new BinaryDocValuesField(Fields.NAME, new BytesRef(record.name())));
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
		}
		document.add(new StringField(Fields.POSITIONED, record.points().isEmpty() ? "no" : "yes", Store.NO));
		document.add(new NumericDocValuesField(Fields.APPROXIMATE, record.approximatePosition() ? 1 : 0));
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

	/** Splits an indexed facet value into its id and label. */
	static String[] splitLabel(String value) {
		int separator = value.indexOf(LABEL_SEPARATOR);
		return (separator < 0) ? new String[] { value, value }
				: new String[] { value.substring(0, separator), value.substring(separator + 1) };
	}

}
