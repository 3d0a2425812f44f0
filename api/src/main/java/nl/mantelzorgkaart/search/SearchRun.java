package nl.mantelzorgkaart.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.mantelzorgkaart.search.SearchRequest.Part;
import nl.mantelzorgkaart.search.SearchResults.FacetCounts;
import nl.mantelzorgkaart.search.SearchResults.Hit;
import nl.mantelzorgkaart.search.SearchResults.AreaName;
import nl.mantelzorgkaart.search.SearchResults.PlaceInText;
import nl.mantelzorgkaart.search.SearchResults.Snippet;
import nl.mantelzorgkaart.search.SearchResults.WiderArea;
import nl.mantelzorgkaart.search.index.DocSet;
import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.execution.Explanations;
import nl.mantelzorgkaart.search.execution.FacetCounting;
import nl.mantelzorgkaart.search.execution.Highlighting;
import nl.mantelzorgkaart.search.execution.HitValues;
import nl.mantelzorgkaart.search.execution.MatchReasons;
import nl.mantelzorgkaart.search.execution.Ranking;
import nl.mantelzorgkaart.search.execution.SearchFilters;
import nl.mantelzorgkaart.search.execution.Suggestions;
import nl.mantelzorgkaart.search.index.FacetOrdinals;
import nl.mantelzorgkaart.search.index.SearchView;
import nl.mantelzorgkaart.search.query.TextQueries;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TotalHitCountCollectorManager;

/**
 * One search on one state of the index, in two steps: ranked when started (see
 * {@link SocialMapSearch#start}), so that {@link #page()} is known at once; the rest when
 * {@link #finish()}ed. Holds its searcher until closed.
 */
public final class SearchRun implements AutoCloseable {

	private final SearchView searcher;

	private final Runnable release;

	private final SearchRequest request;

	private final TextQueries text;

	private final CareAnalyzers analyzers;

	private final Suggestions suggestions;

	private final SearchFilters filters;

	private final Ranking ranking;

	private final TopDocs top;

	private final ScoreDoc[] page;

	private final List<HitValues> values;

	/** The glossary terms shown apart from the hits, best first (see {@link Part#EXPLANATIONS}). */
	private final ScoreDoc[] explaining;

	private final List<HitValues> explainingValues;

	/** The places the text named, which the request is limited to, or null. */
	private final PlaceInText placeInText;

	/** The area nothing matched in, when this run looks outside it; null otherwise. */
	private final AreaName nearestOutside;

	SearchRun(SearchView searcher, Runnable release, SearchRequest request, TextQueries text, CareAnalyzers analyzers,
			Suggestions suggestions, PlaceInText placeInText, AreaName nearestOutside) throws IOException {
		this.placeInText = placeInText;
		this.nearestOutside = nearestOutside;
		this.searcher = searcher;
		this.release = release;
		this.request = request;
		this.text = text;
		this.analyzers = analyzers;
		this.suggestions = suggestions;
		this.filters = SearchFilters.of(request, !text.isEmpty());
		this.ranking = Ranking.of(request, text, this.filters);
		this.top = this.ranking.top(searcher, text, this.filters, Math.max(1, request.offset() + request.first()));
		this.page = (request.offset() >= this.top.scoreDocs.length) ? new ScoreDoc[0]
				: Arrays.copyOfRange(this.top.scoreDocs, request.offset(),
						Math.min(this.top.scoreDocs.length, request.offset() + request.first()));
		this.values = HitValues.read(searcher.getIndexReader(), Arrays.stream(this.page).mapToInt((hit) -> hit.doc).toArray());
		this.explaining = (request.termsApart() && !text.isEmpty() && request.parts().contains(Part.EXPLANATIONS))
				? Explanations.best(searcher, text) : new ScoreDoc[0];
		this.explainingValues = HitValues.read(searcher.getIndexReader(),
				Arrays.stream(this.explaining).mapToInt((hit) -> hit.doc).toArray());
	}

	/** The glossary terms to show apart from the hits, as soon as they are ranked. */
	public List<HitValues> explanations() {
		return this.explainingValues;
	}

	/** Whether the first page has no hit: nothing matched at all. */
	boolean foundNothing() {
		return this.request.offset() == 0 && this.page.length == 0;
	}

	/** The request this run searched. */
	SearchRequest request() {
		return this.request;
	}

	/** The text as the index reads it. */
	TextQueries text() {
		return this.text;
	}

	/** The page's records in rank order, as soon as they are ranked. */
	public List<HitValues> page() {
		return this.values;
	}

	/** The results: the page's hits and what the request asked for besides them. */
	public SearchResults finish() {
		try {
			Query match = this.filters.nearby(this.text.isEmpty() ? new MatchAllDocsQuery() : this.text.match());
			FacetOrdinals.Counts counts = null;
			int total = -1;
			if (this.request.parts().contains(Part.FACETS) && this.searcher.ordinals() != null) {
				counts = FacetCounting.count(this.searcher, match, this.filters.withoutDimensions(), this.filters.dimensions());
				total = counts.matches();
			}
			else if (this.request.parts().contains(Part.TOTAL)) {
				total = this.searcher.search(match, this.filters.all(), new TotalHitCountCollectorManager());
			}
			if (total < 0) {
				// A lower bound, past offset + first whenever there are more hits than this page.
				total = (int) this.top.totalHits.value;
			}
			List<FacetCounts> facets = (counts != null) ? FacetCounting.list(this.searcher, this.request.filters(), counts)
					: List.of();
			List<String> didYouMean = this.request.parts().contains(Part.SUGGESTIONS)
					? this.suggestions.didYouMean(this.searcher.getIndexReader(), this.text) : List.of();
			return new SearchResults(hits(this.page, this.values), this.request.offset(), total, facets, didYouMean,
					this.ranking.sort(), hits(this.explaining, this.explainingValues), this.placeInText, this.nearestOutside);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<Hit> hits(ScoreDoc[] page, List<HitValues> values) throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		if (page == this.page && !this.text.isEmpty() && !this.ranking.byRelevance(this.text)) {
			// Hits sorted by distance or name carry no score unless asked for; the page's are computed here.
			TopFieldCollector.populateScores(page, this.searcher, this.ranking.query());
		}
		List<List<Snippet>> snippets = this.request.parts().contains(Part.SNIPPETS)
				? Highlighting.of(this.searcher, this.analyzers.index(),
						this.text.isEmpty() ? new MatchAllDocsQuery() : this.text.highlight().get(), page)
				: List.of();
		Query within = this.filters.withinAreas();
		DocSet local = (within != null) ? this.searcher.docSet(within) : null;
		List<String> areas = this.request.filters().getOrDefault(Facet.AREA, List.of());
		MatchReasons reasons = new MatchReasons(this.analyzers, this.request.text());
		List<Hit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			HitValues record = values.get(i);
			WiderArea wider = (local != null && !local.contains(this.searcher.getIndexReader().leaves(), page[i].doc))
					? record.widerArea(areas) : null;
			Double distance = (this.request.near() != null) ? record.distanceKm(this.request.near()) : null;
			String explanation = (this.request.explain() && page == this.page)
					? this.searcher.explain(this.ranking.query(), page[i].doc).toString() : null;
			float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
			hits.add(new Hit(record.kind(), record.id(), record.name(), score,
					snippets.isEmpty() ? List.of() : snippets.get(i), distance, distance != null && record.approximate(),
					explanation, record.pin(), wider, reasons.of(this.searcher.ordinals(), page[i].doc)));
		}
		return hits;
	}

	@Override
	public void close() {
		this.release.run();
	}

}
