package nl.mantelzorgkaart.search;

import java.util.Map;

/** The Lucene fields of a search document and the weight each analysed field has in ranking. */
final class Fields {

	/** {@code kind:id}: unique per document (ids are unique only within a kind). */
	static final String KEY = "key";

	static final String ID = "id";

	static final String KIND = "kind";

	static final String STATUS = "status";

	static final String NAME = "name";

	static final String ALIASES = "aliases";

	static final String THEMES = "themes";

	static final String LABELS = "labels";

	static final String ORGANISERS = "organisers";

	static final String PLACES = "places";

	static final String DESCRIPTION = "description";

	static final String DETAILS = "details";

	/** Explanations borrowed from the vocabulary (see {@link IndexedRecord#context()}); not in {@link #ALL}. */
	static final String CONTEXT = "context";

	/**
	 * Everything above in one field: how many of the query's words a record has, wherever. Each value
	 * also has the concept tokens of its synonyms, stacked on its last word as often as it mentions
	 * them (see {@link ConceptTokens#countedIn}): the first pass of a ranking scores those.
	 */
	static final String ALL = "all";

	/**
	 * {@link #ALL} and {@link #CONTEXT} in one field, with the concept tokens of the synonyms the record
	 * matches (see {@link ConceptTokens}): which records a text finds, in one small query on one field
	 * (never scored).
	 */
	static final String ANYWHERE = "anywhere";

	/** The name and the aliases in one field: what the first pass of a ranking weighs besides {@link #ALL}. */
	static final String NAMES = "names";

	/** Words as written (folded, not stemmed): for "did you mean" and autocomplete. */
	static final String SPELL = "spell";

	/** The name, folded, for prefix autocomplete. */
	static final String TITLE = "title";

	/** Folded name for sorting by name. */
	static final String SORT_NAME = "sort_name";

	/** Indexed and doc-values points of the record's addresses or area centres. */
	static final String POINT = "point";

	static final String POSITIONED = "positioned";

	static final String APPROXIMATE = "approximate";

	static final String LAST_VERIFIED = "last_verified";

	/**
	 * Boosts of the analysed fields on top of {@link #ALL}: a word in the name or the themes says more
	 * about a record than the same word in a long description.
	 */
	static final Map<String, Float> BOOSTS = Map.of(NAME, 3.0f, ALIASES, 3.0f, THEMES, 2.0f, LABELS, 1.5f,
			ORGANISERS, 1.0f, PLACES, 1.5f, CONTEXT, 0.5f);

	private Fields() {
	}

}
