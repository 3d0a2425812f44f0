package nl.mantelzorgkaart.search;

import java.util.List;

import nl.mantelzorgkaart.search.SearchRequest.SearchSort;

/**
 * One page of hits with the total, the facet counts (each dimension counted with every other active
 * filter applied, so a list of themes shows what choosing one would give), "did you mean" suggestions
 * and the glossary terms that explain the text, apart from the hits.
 *
 * @param explanations glossary terms explaining words of the text, best first: shown above the hits
 *        ("Wat is logeerzorg?") when no kind filter is set, never among them
 * @param placeInText the places the text named and the search was limited to ("in Almere"), or null
 * @param nearestOutside when nothing matched in the area searched: that area, and the hits are the nearest
 *        matches outside it, nearest first; null otherwise
 */
public record SearchResults(List<Hit> hits, int offset, int totalCount, List<FacetCounts> facets,
		List<String> didYouMean, SearchSort sort, List<Hit> explanations, PlaceInText placeInText,
		AreaName nearestOutside) {

	/** Results of a text that names no place. */
	public SearchResults(List<Hit> hits, int offset, int totalCount, List<FacetCounts> facets, List<String> didYouMean,
			SearchSort sort, List<Hit> explanations) {
		this(hits, offset, totalCount, facets, didYouMean, sort, explanations, null, null);
	}

	public SearchResults(List<Hit> hits, int offset, int totalCount, List<FacetCounts> facets, List<String> didYouMean,
			SearchSort sort, List<Hit> explanations, PlaceInText placeInText) {
		this(hits, offset, totalCount, facets, didYouMean, sort, explanations, placeInText, null);
	}

	/**
	 * The places a search text named, which the search was limited to as an area filter is: "in Almere",
	 * shown so that the user can take it off (searching {@code textWithout} without the place).
	 *
	 * @param areas the areas named (id and name), in the order of the text; empty when only an unknown
	 *        postcode was given
	 * @param words the words that named them, as typed
	 * @param textWithout the text without those words: what was searched for in the places
	 * @param unknownPostcode a postcode of the text that we know no area of (our sources give the
	 *        postcodes of our records' addresses only), or null
	 */
	public record PlaceInText(List<AreaName> areas, List<String> words, String textWithout, String unknownPostcode) {

	}

	/** An area's id and name. */
	public record AreaName(String id, String name) {

	}

	/**
	 * One record found, with what a page shows of it.
	 *
	 * @param snippets passages of the description with the matching words marked
	 * @param distanceKm distance to the nearest of its positions, when searching near a place
	 * @param distanceIsApproximate whether that position is an area's centre rather than an address
	 * @param explanation how the score was computed, when asked for
	 * @param pin where the results map shows it, or null
	 * @param widerArea with an area filter, the wider area it serves that the filtered one lies in, when it
	 *        is not in the filtered area itself; null for a local hit and without an area filter
	 * @param matchedOn why it matched: its care themes, kinds of help and groups that the text asks for
	 */
	public record Hit(SearchKind kind, String id, String name, float score, List<Snippet> snippets, Double distanceKm,
			boolean distanceIsApproximate, String explanation, Pin pin, WiderArea widerArea, List<MatchReason> matchedOn) {

		/** A hit with no wider area. */
		public Hit(SearchKind kind, String id, String name, float score, List<Snippet> snippets, Double distanceKm,
				boolean distanceIsApproximate, String explanation, Pin pin) {
			this(kind, id, name, score, snippets, distanceKm, distanceIsApproximate, explanation, pin, null, List.of());
		}

		public Hit(SearchKind kind, String id, String name, float score, List<Snippet> snippets, Double distanceKm,
				boolean distanceIsApproximate, String explanation, Pin pin, WiderArea widerArea) {
			this(kind, id, name, score, snippets, distanceKm, distanceIsApproximate, explanation, pin, widerArea, List.of());
		}

	}

	/** A value of a record that the text asks for: why it matched ("Dementie"). */
	public record MatchReason(Facet dimension, String value, String label) {

	}

	/**
	 * The wider area a hit serves, found through an area within it: "voor heel Flevoland", "landelijk".
	 *
	 * @param kind the stored kind of area ({@code country}, {@code province}, {@code region}, ...), or null
	 */
	public record WiderArea(String id, String name, String kind) {

		/** Whether it is the whole country: "landelijk". */
		public boolean national() {
			return "country".equals(this.kind);
		}

	}

	/** A passage of a record's text as runs of text, each marked as a match of the search or not. */
	public record Snippet(List<Segment> segments) {

		/**
		 * The snippet as the API gives it: HTML with the text escaped and the marked runs in {@code <mark>},
		 * escaped as Lucene's {@code DefaultPassageFormatter} does for the API's first clients: the markup
		 * characters {@code & < > " ' /} as entities, the rest as it is.
		 */
		public String toHtml() {
			StringBuilder html = new StringBuilder();
			for (Segment segment : this.segments) {
				html.append(segment.marked() ? "<mark>" : "");
				for (int i = 0; i < segment.text().length(); i++) {
					char ch = segment.text().charAt(i);
					switch (ch) {
						case '&' -> html.append("&amp;");
						case '<' -> html.append("&lt;");
						case '>' -> html.append("&gt;");
						case '"' -> html.append("&quot;");
						case '\'' -> html.append("&#x27;");
						case '/' -> html.append("&#x2F;");
						default -> html.append(ch);
					}
				}
				html.append(segment.marked() ? "</mark>" : "");
			}
			return html.toString();
		}

		/** A run of plain text (never markup), marked or not. */
		public record Segment(String text, boolean marked) {

		}

	}

	/**
	 * Where a hit sits on the results map: its address, or the centre of the most local area it serves
	 * (approximate), with the city or area to name beside it.
	 *
	 * @param place the city or area, or null
	 */
	public record Pin(double lat, double lon, String place, boolean approximate) {

	}

	/** The counts of one dimension. */
	public record FacetCounts(Facet dimension, List<FacetCount> values) {

	}

	/** How many hits one value would give, and whether it is selected now. */
	public record FacetCount(String value, String label, int count, boolean selected) {

	}

}
