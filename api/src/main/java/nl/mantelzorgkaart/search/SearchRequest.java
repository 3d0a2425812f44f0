package nl.mantelzorgkaart.search;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search, checked by {@link SearchRequestValidator}: what a caregiver typed, the filters (values
 * within a dimension combine with OR, dimensions with AND), an optional position, the order and the page.
 *
 * @param text the words as typed; blank lists everything the filters let through
 * @param filters graph ids per dimension
 * @param near where the caregiver is, or null
 * @param includeEnded whether offerings that stopped are found too
 * @param sort the order asked for, or null for the one that fits (see the execution's ranking)
 * @param offset how many hits to skip
 * @param explain whether each hit carries the explanation of its score
 * @param parts what to work out besides the ranked hits: each costs a pass over every match
 */
public record SearchRequest(String text, Map<Facet, List<String>> filters, Near near, boolean includeEnded,
		SearchSort sort, int first, int offset, boolean explain, Set<Part> parts) {

	/** The same search for {@code text} in these areas (the places its text named). */
	SearchRequest inPlaces(String text, List<String> areas) {
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		filters.putAll(this.filters);
		if (!areas.isEmpty()) {
			filters.put(Facet.AREA, List.copyOf(areas));
		}
		return new SearchRequest(text, filters, this.near, this.includeEnded, this.sort, this.first, this.offset,
				this.explain, this.parts);
	}

	/** Whether the hits leave glossary terms out (no kind filter), to show them apart as explanations. */
	public boolean termsApart() {
		List<String> kinds = this.filters.get(Facet.KIND);
		return kinds == null || kinds.isEmpty();
	}

	/** The longest search text: longer is not a search but a pasted document. */
	public static final int MAX_TEXT_LENGTH = 500;

	/** The most words a search text may have. */
	public static final int MAX_WORDS = 40;

	/** How deep one search can be paged: past this, filters narrow better than paging. */
	public static final int MAX_DEPTH = 1_000;

	/** The widest "near me" radius, in km. */
	public static final double MAX_RADIUS_KM = 300;

	/** A search that works out everything: the count, the facets, the snippets, the suggestions. */
	public SearchRequest(String text, Map<Facet, List<String>> filters, Near near, boolean includeEnded,
			SearchSort sort, int first, int offset, boolean explain) {
		this(text, filters, near, includeEnded, sort, first, offset, explain, EnumSet.allOf(Part.class));
	}

	/** What a search can work out besides the ranked hits. */
	public enum Part {

		/** The exact number of matches (without it, {@link SearchResults#totalCount()} is a lower bound). */
		TOTAL,
		/** The counts per facet value. */
		FACETS,
		/** Highlighted snippets per hit. */
		SNIPPETS,
		/** "Did you mean": the text with its unknown words spelled as the index has them. */
		SUGGESTIONS,
		/**
		 * The glossary terms that explain words of the text, shown apart from the hits ("Wat is logeerzorg?")
		 * when no kind filter is set: a caregiver cannot act on a term, so the default search never ranks one.
		 */
		EXPLANATIONS

	}

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
