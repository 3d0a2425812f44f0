package nl.mantelzorgkaart.search.execution;

import java.io.IOException;
import java.util.Arrays;

import nl.mantelzorgkaart.search.index.SearchView;
import nl.mantelzorgkaart.search.query.TextQueries;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The glossary terms that explain a text, for the box above the hits ("Wat is logeerzorg?"): the best
 * matching terms, ranked as hits would be, whatever the place filters (a word means the same
 * everywhere). A second term is shown only when it matches nearly as well as the first, so that a
 * question about one word is not answered with two.
 */
public final class Explanations {

	/** The most terms shown. */
	public static final int MAX = 2;

	/** How close to the best term's score a further term must come to be shown too. */
	static final float CLOSE_TO_BEST = 0.6f;

	private Explanations() {
	}

	/** The terms to show for a text with words, best first; none when no term matches. */
	public static ScoreDoc[] best(SearchView searcher, TextQueries text) throws IOException {
		TopDocs top = searcher.search(text.rank(), SearchFilters.TERMS,
				new TopScoreDocCollectorManager(MAX, null, MAX, false));
		if (top.scoreDocs.length == 0) {
			return top.scoreDocs;
		}
		float best = top.scoreDocs[0].score;
		return Arrays.stream(top.scoreDocs).filter((hit) -> hit.score >= best * CLOSE_TO_BEST).toArray(ScoreDoc[]::new);
	}

}
