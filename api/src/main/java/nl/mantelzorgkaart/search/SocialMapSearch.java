package nl.mantelzorgkaart.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.SearchResults.AreaName;
import nl.mantelzorgkaart.search.SearchResults.PlaceInText;
import nl.mantelzorgkaart.search.execution.Autocomplete;
import nl.mantelzorgkaart.search.execution.Autocomplete.Completion;
import nl.mantelzorgkaart.search.execution.Suggestions;
import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.search.index.SearchIndex;
import nl.mantelzorgkaart.search.index.SearchView;
import nl.mantelzorgkaart.search.places.PlaceNames;
import nl.mantelzorgkaart.search.query.QueryTranslator;
import nl.mantelzorgkaart.search.query.TextQueries;
import org.apache.lucene.index.Term;
import org.springframework.stereotype.Service;

/**
 * Runs checked searches on the index: the front doors' one entry to the search. A search is translated
 * and ranked by {@link #start}, which hands back the ranked page at once; {@link SearchRun#finish} then
 * works out the count, facets, snippets and suggestions, so that a front door can read the page's
 * records from the graph meanwhile.
 */
@Service
public class SocialMapSearch {

	private final SearchIndex index;

	private final QueryTranslator translator;

	private final Suggestions suggestions;

	public SocialMapSearch(SearchIndex index) {
		this.index = index;
		this.translator = new QueryTranslator(index.analyzers());
		this.suggestions = new Suggestions(this.translator);
	}

	/** Runs one checked search whole. */
	public SearchResults search(SearchRequest request) {
		try (SearchRun run = start(request)) {
			return run.finish();
		}
	}

	/**
	 * Translates and ranks one checked search; close the run when done with it. Places the text names
	 * ("dementie almere", "1315") limit the search as an area filter would, unless it has one: an area
	 * chosen is what the user meant.
	 */
	public SearchRun start(SearchRequest request) {
		SearchView searcher = this.index.acquire();
		try {
			PlaceInText place = null;
			TextQueries text = null;
			if (request.filters().getOrDefault(Facet.AREA, List.of()).isEmpty()) {
				PlaceNames.Found found = this.index.places().find(request.text(), (word) -> known(searcher, word));
				if (found.any()) {
					place = new PlaceInText(
							found.areas().stream().map((area) -> new AreaName(area.id(), area.name())).toList(),
							found.words(), found.rest(), found.unknownPostcode());
					text = this.translator.translate(found.rest(), searcher);
					// A text that is only about a place it names ("wat zijn de HBEL-gemeenten") keeps its words;
					// a postcode alone lists what is there.
					boolean named = found.words().stream().anyMatch((word) -> !Character.isDigit(word.charAt(0)));
					String searched = (text.isEmpty() && !found.areas().isEmpty() && named) ? request.text() : found.rest();
					if (!searched.equals(found.rest())) {
						text = this.translator.translate(searched, searcher);
					}
					request = request.inPlaces(searched, found.areas().stream().map(PlaceNames.Place::id).toList());
				}
			}
			if (text == null) {
				text = this.translator.translate(request.text(), searcher);
			}
			SearchRun run = new SearchRun(searcher, () -> this.index.release(searcher), request, text,
					this.index.analyzers(), this.suggestions, place, null);
			return run.foundNothing() ? nearestOutside(run, searcher, place) : run;
		}
		catch (IOException ex) {
			this.index.release(searcher);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			this.index.release(searcher);
			throw ex;
		}
	}

	/** How far outside an area the search looks when nothing in it matches, in km from its centre. */
	public static final double OUTSIDE_RADIUS_KM = 50;

	/**
	 * When a text matches nothing in the area searched, the nearest matches outside it: the same search
	 * without the area, within {@link #OUTSIDE_RADIUS_KM} of the area's centre, nearest first. The run
	 * itself when it has no area or text, the area no centre, or nothing matches nearby either.
	 */
	private SearchRun nearestOutside(SearchRun run, SearchView searcher, PlaceInText place) throws IOException {
		SearchRequest request = run.request();
		List<String> areas = request.filters().getOrDefault(Facet.AREA, List.of());
		if (areas.isEmpty() || run.text().isEmpty() || request.near() != null) {
			return run;
		}
		PlaceNames.Place area = this.index.places().place(areas.get(0));
		if (area == null || area.lat() == null) {
			return run;
		}
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		filters.putAll(request.filters());
		filters.remove(Facet.AREA);
		SearchRequest outside = new SearchRequest(request.text(), filters,
				new SearchRequest.Near(area.lat(), area.lon(), OUTSIDE_RADIUS_KM), request.includeEnded(),
				SearchRequest.SearchSort.DISTANCE, request.first(), 0, request.explain(), request.parts());
		// One of the two runs is handed back, and releases the searcher when closed; the other is dropped.
		SearchRun nearby = new SearchRun(searcher, () -> this.index.release(searcher), outside, run.text(),
				this.index.analyzers(), this.suggestions, place, new AreaName(area.id(), area.name()));
		return nearby.foundNothing() ? run : nearby;
	}

	/** Whether the index has the word as written in any record (so it is no misspelt place name). */
	private static boolean known(SearchView searcher, String word) {
		try {
			return searcher.getIndexReader().docFreq(new Term(IndexFields.SPELL, word)) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Names that complete a checked prefix, at most {@code first}. */
	public List<Completion> complete(String prefix, int first) {
		return this.index.withSearcher((searcher) -> {
			try {
				return Autocomplete.complete(searcher, this.index.analyzers(), prefix, first);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
