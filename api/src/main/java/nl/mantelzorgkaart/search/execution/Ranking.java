package nl.mantelzorgkaart.search.execution;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SearchRequest.Near;
import nl.mantelzorgkaart.search.SearchRequest.SearchSort;
import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.search.index.SearchView;
import nl.mantelzorgkaart.search.query.TextQueries;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

/**
 * The order of a search's hits: by relevance in two passes (see {@link #rank}), or sorted by distance
 * or name.
 *
 * @param query the full ranking query with the distance filter: what a hit's score and explanation are
 */
public record Ranking(SearchSort sort, Query query, boolean localFirst) {

	/** How many of the first pass's best records the full query reorders (see {@link #rank}). */
	public static final int CANDIDATES = 30;

	/** The order a request asks for, or the one that fits it: nearest first near a place, else best first. */
	public static Ranking of(SearchRequest request, TextQueries text, SearchFilters filters) {
		SearchSort sort = (request.sort() != null) ? request.sort()
				: (request.near() != null) ? SearchSort.DISTANCE : text.isEmpty() ? SearchSort.NAME : SearchSort.RELEVANCE;
		// Listing an area without text, in the default order: what is in the area first, each group by name.
		boolean localFirst = filters.withinAreas() != null && (sort == SearchSort.RELEVANCE
				|| (text.isEmpty() && request.sort() == null && sort == SearchSort.NAME));
		Query query = text.isEmpty() ? new MatchAllDocsQuery() : filters.kindsWeighed(text.rank());
		return new Ranking(sort, filters.nearby(localFirst ? filters.localFirst(query) : query), localFirst);
	}

	/** Whether the hits are ranked by relevance (and so carry their scores from ranking). */
	public boolean byRelevance(TextQueries text) {
		return this.sort == SearchSort.RELEVANCE && !text.isEmpty();
	}

	/** The first {@code wanted} hits in this order, and at least a lower bound of how many there are. */
	public TopDocs top(SearchView searcher, TextQueries text, SearchFilters filters, int wanted) throws IOException {
		if (byRelevance(text)) {
			// The first pass stays a bare disjunction, which Lucene scores with block-max skipping; the
			// weights of wider offers and organisations apply when the full query reorders the candidates.
			return rank(searcher, filters.nearby(text.firstPass()), filters.all(), wanted);
		}
		// Counted one past what is wanted, so that without an exact count one still knows whether there are more.
		return searcher.search(this.query, filters.all(), new TopFieldCollectorManager(
				fieldSort(filters.request().near(), text.isEmpty()), wanted, null, wanted + 1, false));
	}

	/**
	 * The best matches in two passes: the light first-pass query picks candidates with skipping, and the
	 * full query reorders the first {@link #CANDIDATES} of them (the rescoring window). Past the window,
	 * when a page reaches there, hits keep their first-pass order: the window is the same for every page,
	 * so paging neither repeats nor skips a hit. On the seed data every match is a candidate; at 100,000
	 * records the full query scores a few dozen instead of every match. A narrow window also ranks better
	 * there (measurements in docs/BENCHMARKS.md).
	 */
	private TopDocs rank(SearchView searcher, Query firstPass, Query filter, int wanted) throws IOException {
		int candidates = Math.max(wanted, CANDIDATES);
		TopDocs first = searcher.search(firstPass, filter,
				new TopScoreDocCollectorManager(candidates, null, Math.max(candidates, wanted + 1), false));
		int window = Math.min(CANDIDATES, first.scoreDocs.length);
		ScoreDoc[] ranked = first.scoreDocs.clone();
		// Scored in document order, as the full query's scorers advance; the hits past the window too, for
		// the score each hit shows.
		Integer[] byDoc = new Integer[ranked.length];
		Arrays.setAll(byDoc, (i) -> i);
		Arrays.sort(byDoc, Comparator.comparingInt((Integer i) -> ranked[i].doc));
		float[] scores = scores(searcher, this.query, Arrays.stream(byDoc).mapToInt((i) -> ranked[i].doc).toArray());
		for (int i = 0; i < byDoc.length; i++) {
			ranked[byDoc[i]] = new ScoreDoc(ranked[byDoc[i]].doc, Float.isNaN(scores[i]) ? 0f : scores[i]);
		}
		Arrays.sort(ranked, 0, window,
				Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt((hit) -> hit.doc));
		return new TopDocs(first.totalHits, Arrays.copyOf(ranked, Math.min(wanted, ranked.length)));
	}

	/**
	 * The scores {@code query} gives the documents {@code docs} (ascending ids), or NaN for one it does
	 * not match: for ranking a few dozen candidates with a costly query.
	 */
	static float[] scores(SearchView searcher, Query query, int[] docs) throws IOException {
		float[] scores = new float[docs.length];
		Arrays.fill(scores, Float.NaN);
		if (docs.length == 0) {
			return scores;
		}
		Weight weight = searcher.createWeight(searcher.rewrite(searcher.withKnownTerms(query)), ScoreMode.COMPLETE, 1f);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
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

	private Sort fieldSort(Near near, boolean noText) {
		SortField byName = new SortField(IndexFields.SORT_NAME, SortField.Type.STRING);
		if (this.localFirst && noText) {
			// Every local record scores 1, every wider one less: the local ones first, each group by name.
			return new Sort(SortField.FIELD_SCORE, byName);
		}
		return switch (this.sort) {
			case NAME -> new Sort(byName);
			case DISTANCE -> new Sort(LatLonDocValuesField.newDistanceSort(IndexFields.POINT, near.lat(), near.lon()),
					SortField.FIELD_SCORE, byName);
			case RELEVANCE -> noText ? new Sort(byName) : new Sort(SortField.FIELD_SCORE, byName);
		};
	}

}
