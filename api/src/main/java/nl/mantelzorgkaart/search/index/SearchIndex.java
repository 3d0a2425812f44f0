package nl.mantelzorgkaart.search.index;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.places.PlaceNames;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of the Lucene index: it alone holds the {@link IndexWriter} and the
 * {@link SearcherManager}. The index is derived from the graph; its commit records which graph state
 * ({@code stamp}) and which document schema and analysis ({@code schema}, see {@link IndexSchema}) it
 * was built with, so that a stale or incompatible index is detected, not guessed at.
 */
public final class SearchIndex implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private static final String SCHEMA_KEY = "schema";

	private static final String STAMP_KEY = "stamp";

	private static final String PLACES_KEY = "places";

	/** The places a search text can name, as the last complete build found them. */
	private volatile PlaceNames places = PlaceNames.NONE;

	/**
	 * The most clauses one query may have. A search of 40 words, each with its synonyms and compound
	 * parts, over every weighted field, needs a few thousand; Lucene's default of 1,024 would turn such
	 * a search into an error.
	 */
	static final int MAX_QUERY_CLAUSES = 16_384;

	private final Path path;

	private final Directory directory;

	private final CareAnalyzers analyzers;

	private final DocumentMapper documents = new DocumentMapper();

	private final String schema = IndexSchema.current();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	public SearchIndex(Path path, CareAnalyzers analyzers) {
		if (IndexSearcher.getMaxClauseCount() < MAX_QUERY_CLAUSES) {
			IndexSearcher.setMaxClauseCount(MAX_QUERY_CLAUSES);
		}
		this.path = path;
		this.analyzers = analyzers;
		IndexWriter writer;
		SearcherManager searchers;
		try {
			Files.createDirectories(path);
			this.directory = FSDirectory.open(path);
			try {
				writer = openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
				searchers = openSearchers(writer);
			}
			catch (LockObtainFailedException ex) {
				throw new IllegalStateException("The search index in " + path + " is in use by another running"
						+ " instance of the application. Stop that one first, or give this one a data directory of its own"
						+ " (MANTELZORGKAART_DATA_DIR); do not delete the directory, it belongs to the running one.", ex);
			}
			catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
					| NoSuchFileException ex) {
				// The index is derived from the graph: a damaged one is started again empty and rebuilt from it.
				log.warn("The search index in {} is damaged ({}); starting it again empty, to be rebuilt from the graph",
						path, ex.toString());
				deleteIndexFiles(path);
				writer = openWriter(IndexWriterConfig.OpenMode.CREATE);
				searchers = openSearchers(writer);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index in " + path
					+ " (is the directory writable, and the disk not full?)", ex);
		}
		this.writer = writer;
		this.searchers = searchers;
		if (!builtStamp().isEmpty()) {
			this.places = PlaceNames.decode(commitData().get(PLACES_KEY));
		}
	}

	private IndexWriter openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
		return new IndexWriter(this.directory,
				new IndexWriterConfig(fieldAnalyzers(this.analyzers)).setOpenMode(mode).setRAMBufferSizeMB(64));
	}

	private SearcherManager openSearchers(IndexWriter writer) throws IOException {
		try {
			return new SearcherManager(writer, new SearcherFactory() {
				@Override
				public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
					return new SearchView(reader, SearchIndex.this.documents.facetsConfig());
				}
			});
		}
		catch (IOException | RuntimeException ex) {
			writer.rollback();
			throw ex;
		}
	}

	/**
	 * Deletes Lucene's own files from the index directory (segments, segment files, the lock), nothing
	 * else: the directory may be one a user named, holding other files.
	 */
	private static void deleteIndexFiles(Path path) throws IOException {
		try (var files = Files.list(path)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith("segments") || name.startsWith("_") || name.equals("write.lock")
						|| name.startsWith("pending_segments")) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/** The places a search text can name (areas and postcodes), from the graph the index was built from. */
	public PlaceNames places() {
		return this.places;
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
	 * Which analysis each field is indexed with: words as written for spelling and autocomplete, the
	 * index chain with concept tokens added for {@code anywhere} and counted for {@code all}.
	 */
	private static Analyzer fieldAnalyzers(CareAnalyzers analyzers) {
		ConceptTokens concepts = new ConceptTokens(analyzers);
		return new PerFieldAnalyzerWrapper(analyzers.index(),
				Map.of(IndexFields.SPELL, analyzers.folding(), IndexFields.TITLE, analyzers.folding(),
						IndexFields.ANYWHERE, concepts.addedTo(analyzers.index()), IndexFields.ALL,
						concepts.countedIn(analyzers.index())));
	}

	/** The analyzers documents were indexed with; queries must use the matching query analyzer. */
	public CareAnalyzers analyzers() {
		return this.analyzers;
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
		return this.schema.equals(data.get(SCHEMA_KEY)) ? data.getOrDefault(STAMP_KEY, "") : "";
	}

	/**
	 * Replaces the whole index with what {@code source} hands over, in one commit: searches see the old
	 * index until the new one is complete.
	 *
	 * @param source reads the entries (giving each to the sink, and the places) and returns the graph stamp read
	 * @return the number of documents indexed
	 */
	public synchronized int rebuild(Function<Sink, String> source) {
		try {
			this.writer.deleteAll();
			int[] count = { 0 };
			PlaceNames[] places = { PlaceNames.NONE };
			String stamp = source.apply(new Sink() {
				@Override
				public void accept(IndexEntry entry) {
					try {
						SearchIndex.this.writer.addDocument(SearchIndex.this.documents.document(entry));
						count[0]++;
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}

				@Override
				public void places(PlaceNames names) {
					places[0] = names;
				}
			});
			// One segment: the index is rebuilt whole and only read in between, and facet counts over one
			// segment need no mapping of ordinals across segments (the largest cost of a search at 100k).
			this.writer.forceMerge(1);
			this.writer.setLiveCommitData(
					Map.of(SCHEMA_KEY, this.schema, STAMP_KEY, stamp, PLACES_KEY, places[0].encode()).entrySet());
			this.writer.commit();
			this.places = places[0];
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

	/** What a rebuild's source hands over: every entry, and the places a search text can name. */
	public interface Sink extends Consumer<IndexEntry> {

		/** The places a search text can name; none when never called. */
		void places(PlaceNames names);

	}

	/** Runs {@code work} on the current searcher, released afterwards. */
	public <T> T withSearcher(Function<SearchView, T> work) {
		SearchView searcher = acquire();
		try {
			return work.apply(searcher);
		}
		finally {
			release(searcher);
		}
	}

	/** The current searcher, for work that spans several steps; hand it back with {@link #release}. */
	public SearchView acquire() {
		try {
			return (SearchView) this.searchers.acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Hands back a searcher from {@link #acquire}. */
	public void release(SearchView searcher) {
		try {
			this.searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

}
