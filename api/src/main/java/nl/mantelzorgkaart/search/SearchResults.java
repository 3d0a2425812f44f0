package nl.mantelzorgkaart.search;

import java.util.List;

import nl.mantelzorgkaart.search.SearchRequest.SearchSort;

/**
 * One page of hits with the total, the facet counts (each dimension counted with every other active
 * filter applied, so a list of themes shows what choosing one would give) and "did you mean"
 * suggestions.
 */
public record SearchResults(List<Hit> hits, int offset, int totalCount, List<FacetCounts> facets,
		List<String> didYouMean, SearchSort sort) {

	/**
	 * One record found.
	 *
	 * @param snippets passages of the description with the matching words in {@code <mark>}, HTML-escaped
	 * @param distanceKm distance to the nearest of its positions, when searching near a place
	 * @param distanceIsApproximate whether that position is an area's centre rather than an address
	 * @param explanation how the score was computed, when asked for
	 */
	public record Hit(SearchKind kind, String id, String name, float score, List<String> snippets, Double distanceKm,
			boolean distanceIsApproximate, String explanation) {

	}

	/** The counts of one dimension. */
	public record FacetCounts(Facet dimension, List<FacetCount> values) {

	}

	/** How many hits one value would give, and whether it is selected now. */
	public record FacetCount(String value, String label, int count, boolean selected) {

	}

}
