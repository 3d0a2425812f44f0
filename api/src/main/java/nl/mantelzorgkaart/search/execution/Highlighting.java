package nl.mantelzorgkaart.search.execution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.SearchResults.Snippet;
import nl.mantelzorgkaart.search.SearchResults.Snippet.Segment;
import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.search.index.SearchView;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippets of a page of hits: up to two passages of each description, the words found marked, as
 * plain-text segments (never markup, so nothing from the data reaches a page as HTML). Lucene's
 * {@link UnifiedHighlighter} finds the passages from the offsets in the postings.
 */
public final class Highlighting {

	private static final int PASSAGES = 2;

	private Highlighting() {
	}

	/**
	 * Per hit of {@code page}, its snippets: passages that follow each other in the text are one
	 * snippet; a description without a match gives its first passage unmarked.
	 *
	 * @param marked the words to mark
	 */
	public static List<List<Snippet>> of(SearchView searcher, Analyzer analyzer, Query marked, ScoreDoc[] page)
			throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		SegmentHighlighter highlighter = new SegmentHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
			.withFieldMatcher((field) -> true)
			.withFormatter(new SegmentFormatter())
			.withMaxNoHighlightPassages(1));
		int[] docs = Arrays.stream(page).mapToInt((hit) -> hit.doc).toArray();
		Map<String, Object[]> found = highlighter.passages(marked, docs);
		List<List<Snippet>> snippets = new ArrayList<>(page.length);
		for (Object snippet : found.get(IndexFields.DESCRIPTION)) {
			@SuppressWarnings("unchecked")
			List<Snippet> ofHit = (snippet != null) ? (List<Snippet>) snippet : List.of();
			snippets.add(ofHit);
		}
		return snippets;
	}

	/** Lucene's highlighter, giving the formatter's objects (snippets) rather than strings. */
	private static final class SegmentHighlighter extends UnifiedHighlighter {

		SegmentHighlighter(Builder builder) {
			super(builder);
		}

		Map<String, Object[]> passages(Query marked, int[] docs) throws IOException {
			return highlightFieldsAsObjects(new String[] { IndexFields.DESCRIPTION }, marked, docs, new int[] { PASSAGES });
		}

	}

	/**
	 * Formats passages as snippets of segments, where Lucene's {@code DefaultPassageFormatter} writes
	 * HTML: the same passages, joined where one begins where the last ended, overlapping matches merged.
	 */
	static final class SegmentFormatter extends PassageFormatter {

		@Override
		public List<Snippet> format(Passage[] passages, String content) {
			List<Snippet> snippets = new ArrayList<>();
			List<Segment> segments = new ArrayList<>();
			int pos = 0;
			for (Passage passage : passages) {
				// A new snippet unless it is the first or continues the last.
				if (passage.getStartOffset() > pos && pos > 0) {
					snippets.add(new Snippet(segments));
					segments = new ArrayList<>();
				}
				pos = passage.getStartOffset();
				for (int i = 0; i < passage.getNumMatches(); i++) {
					int start = passage.getMatchStarts()[i];
					add(segments, content, pos, start, false);
					int end = passage.getMatchEnds()[i];
					// Matches can overlap (a compound and its parts): mark them as one.
					while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
						end = Math.max(end, passage.getMatchEnds()[++i]);
					}
					end = Math.min(end, passage.getEndOffset());
					add(segments, content, start, end, true);
					pos = end;
				}
				add(segments, content, pos, Math.max(pos, passage.getEndOffset()), false);
				pos = passage.getEndOffset();
			}
			if (!segments.isEmpty()) {
				snippets.add(new Snippet(segments));
			}
			return snippets;
		}

		private static void add(List<Segment> segments, String content, int start, int end, boolean marked) {
			if (end > start) {
				segments.add(new Segment(content.substring(start, end), marked));
			}
		}

	}

}
