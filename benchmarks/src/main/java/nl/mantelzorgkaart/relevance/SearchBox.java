package nl.mantelzorgkaart.relevance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SearchResults;
import nl.mantelzorgkaart.search.SocialMapSearch;

/**
 * The default search as the search box runs it, for judging: no kind filter, the area filter only where a
 * question has one, the first page; the hits as {@code <kind>:<id>}, then the glossary terms the page shows
 * apart ({@code term:<id>}), which {@link RelevanceJudgements} scores as explanations, not as hits.
 */
public final class SearchBox {

	private SearchBox() {
	}

	/** The first {@code size} hits and the explanations, with nothing else worked out. */
	public static List<String> ranking(SocialMapSearch search, String text, String area, int size) {
		return ranking(search, text, area, size, EnumSet.noneOf(SearchRequest.Part.class));
	}

	/** The same, working out the given parts too (the explanations always). */
	public static List<String> ranking(SocialMapSearch search, String text, String area, int size,
			Set<SearchRequest.Part> parts) {
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		if (area != null) {
			filters.put(Facet.AREA, List.of(area));
		}
		Set<SearchRequest.Part> asked = EnumSet.of(SearchRequest.Part.EXPLANATIONS);
		asked.addAll(parts);
		SearchResults results = search.search(new SearchRequest(text, filters, null, false, null, size, 0, false, asked));
		List<String> ranking = new ArrayList<>();
		results.hits().forEach((hit) -> ranking.add(hit.kind().key() + ":" + hit.id()));
		results.explanations().forEach((term) -> ranking.add(term.kind().key() + ":" + term.id()));
		return ranking;
	}

}
