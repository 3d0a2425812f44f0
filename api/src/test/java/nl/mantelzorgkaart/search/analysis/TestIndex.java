package nl.mantelzorgkaart.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Test helper: a few documents indexed in memory with {@link CareAnalyzers#index()}, searched the way
 * the application will: {@link QueryBuilder} over {@link CareAnalyzers#query()}, words joined with
 * SHOULD.
 */
final class TestIndex {

	private static final String FIELD = "text";

	private final IndexSearcher searcher;

	private TestIndex(IndexSearcher searcher) {
		this.searcher = searcher;
	}

	/** Indexes each text under its id. */
	static TestIndex of(Map<String, String> textsById) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Tokens.ANALYZERS.index()))) {
			for (Map.Entry<String, String> entry : textsById.entrySet()) {
				Document document = new Document();
				document.add(new StringField("id", entry.getKey(), Field.Store.YES));
				document.add(new TextField(FIELD, entry.getValue(), Field.Store.NO));
				writer.addDocument(document);
			}
			writer.commit();
			return new TestIndex(new IndexSearcher(DirectoryReader.open(directory)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The query {@code text} becomes; {@code null} if nothing of it is left after analysis. */
	static Query query(String text) {
		return new QueryBuilder(Tokens.ANALYZERS.query()).createBooleanQuery(FIELD, text, BooleanClause.Occur.SHOULD);
	}

	/** The ids of the documents found for {@code text}, best first. */
	List<String> search(String text) {
		return search(query(text));
	}

	/** The ids of the documents that contain {@code text} as a phrase (or a synonym of it). */
	List<String> searchPhrase(String text) {
		return search(new QueryBuilder(Tokens.ANALYZERS.query()).createPhraseQuery(FIELD, text));
	}

	private List<String> search(Query query) {
		List<String> ids = new ArrayList<>();
		if (query == null) {
			return ids;
		}
		try {
			for (ScoreDoc hit : this.searcher.search(query, 100).scoreDocs) {
				ids.add(this.searcher.storedFields().document(hit.doc).get("id"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ids;
	}

}
