package nl.mantelzorgkaart.search.index;

import java.util.Map;

/**
 * The index schema: the Lucene fields of a search document, why each has its type, and the weight
 * each analysed field has in ranking. {@link DocumentMapper} writes them; the query and execution sides
 * read them.
 */
public final class IndexFields {

	/** {@code kind:id}: unique per document (ids are unique only within a kind). */
	public static final String KEY = "key";

	public static final String ID = "id";

	public static final String KIND = "kind";

	public static final String STATUS = "status";

	public static final String NAME = "name";

	public static final String ALIASES = "aliases";

	public static final String THEMES = "themes";

	public static final String LABELS = "labels";

	public static final String ORGANISERS = "organisers";

	public static final String PLACES = "places";

	public static final String DESCRIPTION = "description";

	public static final String DETAILS = "details";

	/** Explanations borrowed from the vocabulary (see {@link IndexEntry#context()}); not in {@link #ALL}. */
	public static final String CONTEXT = "context";

	/**
	 * Everything above in one field: how many of the query's words a record has, wherever. Each value
	 * also has the concept tokens of its synonyms, stacked on its last word as often as it mentions
	 * them (see {@link ConceptTokens#countedIn}): the first pass of a ranking scores those.
	 */
	public static final String ALL = "all";

	/**
	 * {@link #ALL} and {@link #CONTEXT} in one field, with the concept tokens of the synonyms the record
	 * matches (see {@link ConceptTokens}): which records a text finds, in one small query on one field
	 * (never scored).
	 */
	public static final String ANYWHERE = "anywhere";

	/** The name and the aliases in one field: what the first pass of a ranking weighs besides {@link #ALL}. */
	public static final String NAMES = "names";

	/** Words as written (folded, not stemmed): for "did you mean" and autocomplete. */
	public static final String SPELL = "spell";

	/** The name, folded, for prefix autocomplete. */
	public static final String TITLE = "title";

	/** Folded name for sorting by name. */
	public static final String SORT_NAME = "sort_name";

	/** Indexed and doc-values points of the record's addresses or area centres. */
	public static final String POINT = "point";

	public static final String POSITIONED = "positioned";

	/** Doc values: 1 when the points are the centres of the areas served, not addresses. */
	public static final String APPROXIMATE = "approximate";

	/**
	 * Doc values: where a hit sits on the results map, its latitude and longitude as the raw bits of the
	 * doubles (exact, unlike the encoded points): its first address, else the centre of the most local
	 * area it serves (see {@link IndexEntry.Pin}).
	 */
	public static final String PIN_LAT = "pin_lat";

	public static final String PIN_LON = "pin_lon";

	/** Doc values: the name of the place of the pin; absent without a pin or a name. */
	public static final String PIN_PLACE = "pin_place";

	/**
	 * The areas a record lies within: those it serves and every area they lie in (Almere Poort, Almere,
	 * Flevoland, Nederland). The area filter and facet ({@code Facet.AREA}) hold more: also every area
	 * within those it serves, where it is the wider offer; this field tells the local hits from those.
	 */
	public static final String WITHIN_AREA = "within_area";

	/**
	 * Doc values: the areas a record serves, one line each, as {@code id TAB kind TAB name TAB} and the
	 * ids of every area within it, space-separated: which of them a hit found through a narrower area
	 * serves ("voor heel Flevoland").
	 */
	public static final String SERVED_AREAS = "served_areas";

	/**
	 * Boosts of the analysed fields on top of {@link #ALL}: a word in the name or the themes says more
	 * about a record than the same word in a long description.
	 */
	public static final Map<String, Float> BOOSTS = Map.of(NAME, 3.0f, ALIASES, 3.0f, THEMES, 2.0f, LABELS, 1.5f,
			ORGANISERS, 1.0f, PLACES, 1.5f, CONTEXT, 0.5f);

	private IndexFields() {
	}

}
