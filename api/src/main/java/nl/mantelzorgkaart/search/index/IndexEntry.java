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
 */
public record IndexEntry(SearchKind kind, String id, String name, List<String> aliases, String description,
		List<String> themes, List<String> labels, List<String> organisers, List<String> places, List<String> details,
		List<String> context, Map<Facet, List<FacetValue>> facets, List<GeoPoint> points, boolean hasAddress, Pin pin,
		String status) {

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
