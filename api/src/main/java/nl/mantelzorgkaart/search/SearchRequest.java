package nl.mantelzorgkaart.search;

import java.util.List;
import java.util.Map;

/**
 * One search, checked: what a caregiver typed, the filters (values within a dimension combine with
 * OR, dimensions with AND), an optional position, the order and the page.
 *
 * @param text the words as typed; blank lists everything the filters let through
 * @param filters graph ids per dimension
 * @param near where the caregiver is, or null
 * @param includeEnded whether offerings that stopped are found too
 * @param offset how many hits to skip (from the {@code after} cursor)
 * @param explain whether each hit carries the explanation of its score
 */
public record SearchRequest(String text, Map<Facet, List<String>> filters, Near near, boolean includeEnded,
		SearchSort sort, int first, int offset, boolean explain) {

	/** A position and the radius around it. */
	public record Near(double lat, double lon, double radiusKm) {

	}

	/** The order of hits. */
	public enum SearchSort {

		/** Best match first. */
		RELEVANCE,
		/** Nearest first (needs {@code near}). */
		DISTANCE,
		/** Alphabetical. */
		NAME

	}

}
