package nl.mantelzorgkaart.search.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.mantelzorgkaart.search.SearchResults.Snippet;
import nl.mantelzorgkaart.search.SearchResults.Snippet.Segment;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.search.index.SearchView;

/**
 * Snippets are the passages Lucene's highlighter picks, as plain-text segments: the same passages,
 * the same words marked, as its {@link DefaultPassageFormatter} writes them in HTML, and markup in the
 * data stays text.
 */
class HighlightingTests {

	private static final String[] DESCRIPTIONS = { "Voor mantelzorgers van iemand met dementie & NAH <b>vet</b>.",
			"Respijtzorg geeft rust. Daarna een heel lang verhaal dat niets zegt over het onderwerp, en nog meer woorden"
					+ " die de passage vullen tot ver voorbij de grens van één passage, zodat er twee komen. Dementie komt"
					+ " hier pas aan het eind terug, met respijtzorg erbij.",
			"Geen enkel gezocht woord hierin.", "dementie dementie dementie" };

	@Test
	void marksTheWordsLucenesFormatterMarksInTheSamePassages() throws Exception {
		Query marked = new BooleanQuery.Builder().add(new TermQuery(new Term(IndexFields.DESCRIPTION, "dementie")), Occur.SHOULD)
			.add(new TermQuery(new Term(IndexFields.DESCRIPTION, "respijtzorg")), Occur.SHOULD)
			.build();
		try (ByteBuffersDirectory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
			SearchView searcher = new SearchView(reader, new FacetsConfig());
			ScoreDoc[] page = new ScoreDoc[DESCRIPTIONS.length];
			Arrays.setAll(page, (i) -> new ScoreDoc(i, 1f));
			List<List<Snippet>> ours = Highlighting.of(searcher, new StandardAnalyzer(), marked, page);
			String[] lucene = UnifiedHighlighter.builder(searcher, new StandardAnalyzer())
				.withFieldMatcher((field) -> true)
				.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u2029", true))
				.withMaxNoHighlightPassages(1)
				.build()
				.highlight(IndexFields.DESCRIPTION, marked,
						new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page), 2);

			for (int i = 0; i < page.length; i++) {
				List<String> html = new ArrayList<>();
				ours.get(i).forEach((snippet) -> html.add(snippet.toHtml()));
				assertThat(String.join("\u2029", html)).as(DESCRIPTIONS[i]).isEqualTo(lucene[i]);
			}
			assertThat(ours.get(1)).as("two passages far apart are two snippets").hasSize(2);
			assertThat(ours.get(2)).as("no match: the first passage, unmarked").hasSize(1);
			assertThat(ours.get(2).get(0).segments()).noneMatch(Segment::marked);
			assertThat(ours.get(0).get(0).segments()).containsExactly(
					new Segment("Voor mantelzorgers van iemand met ", false), new Segment("dementie", true),
					new Segment(" & NAH <b>vet</b>.", false));
		}
	}

	@Test
	void aSearchWithoutWordsGivesEachRecordItsFirstPassageUnmarked() throws Exception {
		try (ByteBuffersDirectory directory = index(); DirectoryReader reader = DirectoryReader.open(directory)) {
			SearchView searcher = new SearchView(reader, new FacetsConfig());
			List<List<Snippet>> snippets = Highlighting.of(searcher, new StandardAnalyzer(), new MatchAllDocsQuery(),
					new ScoreDoc[] { new ScoreDoc(0, 1f) });

			assertThat(snippets.get(0)).singleElement()
				.satisfies((snippet) -> assertThat(snippet.segments()).containsExactly(new Segment(DESCRIPTIONS[0], false)));
		}
	}

	private static ByteBuffersDirectory index() throws Exception {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (String description : DESCRIPTIONS) {
				Document document = new Document();
				document.add(new Field(IndexFields.DESCRIPTION, description, type));
				writer.addDocument(document);
			}
		}
		return directory;
	}

}
