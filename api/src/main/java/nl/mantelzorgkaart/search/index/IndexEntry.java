package nl.mantelzorgkaart.search.index;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchKind;

/**
 * What the index holds of one graph record (an offering, organisation, network or glossary term), as
 * read from the graph: the input of {@link DocumentMapper}. Text fields each have their own job in
 * ranking; facet values are graph ids with their display names.
 *
 * @param name the name (or the glossary word)
 * @param aliases short names and other words for the same thing
 * @param description the long text (a glossary term's definition)
 * @param themes names and synonyms of the care themes addressed
 * @param labels names of target groups, support functions, respite types and funding routes
 * @param organisers names of the organisations behind it
 * @param places names of the areas and cities where it is
 * @param details cost, schedule and how to apply
 * @param context words of the vocabulary that explain what it is, though the record does not use them: the
 *        descriptions of its support functions and respite types and the glossary terms that explain its
 *        themes, groups, functions and kinds of respite (so "lotgenotencontact" finds a discussion group)
 * @param facets the values per dimension (already expanded with ancestors)
 * @param points where it is, for distance: its addresses, else the centres of the areas it serves that
 *        stand in for an address; empty when unknown
 * @param hasAddress whether {@code points} are addresses rather than area centres
 * @param pin where the results map shows it, or null
 * @param reach the areas it lies within and those it serves (for an area filter that looks both ways)
 */
public record IndexEntry(SearchKind kind, String id, String name, List<String> aliases, String description,
		List<String> themes, List<String> labels, List<String> organisers, List<String> places, List<String> details,
		List<String> context, Map<Facet, List<FacetValue>> facets, List<GeoPoint> points, boolean hasAddress, Pin pin,
		String status, AreaReach reach) {

	/** An entry in no area (a glossary term, or a record serving none). */
	public IndexEntry(SearchKind kind, String id, String name, List<String> aliases, String description,
			List<String> themes, List<String> labels, List<String> organisers, List<String> places, List<String> details,
			List<String> context, Map<Facet, List<FacetValue>> facets, List<GeoPoint> points, boolean hasAddress, Pin pin,
			String status) {
		this(kind, id, name, aliases, description, themes, labels, organisers, places, details, context, facets, points,
				hasAddress, pin, status, AreaReach.NONE);
	}

	/**
	 * Where a record is, for an area filter that looks both ways: the areas it lies within (those it
	 * serves and every area they lie in) and the areas it serves with every area within each.
	 */
	public record AreaReach(List<String> within, List<ServedArea> served) {

		public static final AreaReach NONE = new AreaReach(List.of(), List.of());

	}

	/**
	 * An area a record serves.
	 *
	 * @param kind the stored kind ({@code municipality}, {@code province}, {@code country}, ...), or null
	 * @param inside the ids of every area that lies within it, at any depth
	 */
	public record ServedArea(String id, String name, String kind, List<String> inside) {

	}

	/** A value of a facet dimension: the graph id and what users read. */
	public record FacetValue(String id, String label) {

	}

	/** WGS84 coordinates. */
	public record GeoPoint(double lat, double lon) {

	}

	/**
	 * Where the results map puts a record and the place named with it: its first address (and that
	 * address's city), else the centre of the most local area it serves (and that area's name).
	 *
	 * @param place the city or area name, or null
	 */
	public record Pin(GeoPoint point, String place) {

	}

}
