package nl.mantelzorgkaart.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Close spellings find what Lucene's fuzzy query and spell checker find, in the same order. */
class CloseSpellingsTests {

	private static final List<String> VOCABULARY = List.of("dementie", "dement", "demente", "dementiecafe",
			"mantelzorg", "mantelzorger", "mantelzorgers", "mantelzorgconsulent", "mantelzorgcompliment",
			"mantelzorgmakelaar", "respijtzorg", "respijt", "logeerzorg", "logeerhuis", "dagbesteding", "dagopvang",
			"zorg", "zorgen", "hulp", "huis", "thuis", "ondersteuning", "ondersteun", "overnachting", "overnachten",
			"coordinatie", "cooerdinatie", "kind", "kinderen", "wind", "kint", "mantelzorgt", "mantelzog");

	private static Directory directory;

	private static DirectoryReader reader;

	@BeforeAll
	static void index() throws IOException {
		directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			for (int i = 0; i < VOCABULARY.size(); i++) {
				// Words in different numbers of documents, so that the spell checker's order by frequency shows.
				for (int copy = 0; copy <= i % 4; copy++) {
					Document document = new Document();
					document.add(new StringField("word", VOCABULARY.get(i), Field.Store.NO));
					writer.addDocument(document);
				}
			}
		}
		reader = DirectoryReader.open(directory);
	}

	@AfterAll
	static void close() throws IOException {
		reader.close();
		directory.close();
	}

	@ParameterizedTest(name = "\"{0}\" within {1} edits")
	@CsvSource({ "dementi,1", "dementi,2", "mantelzorgconsulnt,2", "mantelzorgcomplement,2", "mantelzorgr,2",
			"respijtzorgg,2", "logeerzorgg,2", "dagbestedng,2", "zorg,1", "kidn,1", "kind,2", "ondersteunnig,2",
			"coordinatie,2", "overnacht,2", "x,1", "zzzz,2" })
	void findTheSpellingsOfAFuzzyQueryWithItsWeights(String word, int edits) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		for (int prefix : new int[] { 0, 1, 2 }) {
			assertThat(searcher.rewrite(new CloseSpellings(new Term("word", word), edits, prefix, 30)))
				.as("prefix %d", prefix)
				.isEqualTo(searcher.rewrite(new FuzzyQuery(new Term("word", word), edits, prefix, 30, true)));
		}
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "dementi", "mantelzorgconsulnt", "mantelzorgr", "respijtzorgg", "logeerzorgg", "kidn",
			"dagbestedng", "ovrnachting", "zzzz" })
	void suggestWhatTheDirectSpellCheckerSuggests(String word) throws IOException {
		Term term = new Term("word", word);
		SuggestWord[] ours = new CloseSpellingChecker().suggestSimilar(term, 3, reader,
				SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
		SuggestWord[] lucenes = new DirectSpellChecker().suggestSimilar(term, 3, reader,
				SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
		assertThat(Arrays.stream(ours).map((suggestion) -> suggestion.string + " " + suggestion.freq).toList())
			.isEqualTo(Arrays.stream(lucenes).map((suggestion) -> suggestion.string + " " + suggestion.freq).toList());
	}

	@ParameterizedTest(name = "\"{0}\" to \"{1}\": {2}")
	@CsvSource({ "dementie,dementie,0", "dementi,dementie,1", "dmeentie,dementie,1", "demnetie,dementie,1",
			"dementie,dementia,1", "zorg,zrgo,2", "mantelzorg,zorg,3", "abc,'',3" })
	void countASwapOfNeighboursAsOneEdit(String a, String b, int expected) {
		int[] first = a.codePoints().toArray();
		int[] second = b.codePoints().toArray();
		assertThat(CloseSpellings.distance(first, first.length, second, second.length, 2)).isEqualTo(Math.min(expected, 3));
	}

}
