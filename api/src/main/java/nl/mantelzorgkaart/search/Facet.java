package nl.mantelzorgkaart.search;

/**
 * The dimensions a search can be filtered on and counted by. Values are graph ids; areas and target
 * groups are indexed with all their ancestors, so that filtering on Almere finds what serves its
 * districts and filtering on jonge mantelzorgers finds what is for its age bands.
 */
public enum Facet {

	KIND("kinds", "kind"), CARE_THEME("careThemes", "care theme"), TARGET_GROUP("targetGroups", "target group"),
	SUPPORT_FUNCTION("supportFunctions", "support function"), RESPITE_TYPE("respiteTypes", "respite type"),
	FUNDING_ROUTE("fundingRoutes", "funding route"), AREA("areas", "area"), ORGANISATION("organisations", "organisation"),
	NETWORK("networks", "network");

	private final String argument;

	private final String displayName;

	Facet(String argument, String displayName) {
		this.argument = argument;
		this.displayName = displayName;
	}

	/** The field of the GraphQL {@code SearchFilter} input that filters on this dimension. */
	public String argument() {
		return this.argument;
	}

	/** How error messages name a value of this dimension. */
	public String displayName() {
		return this.displayName;
	}

	/** The Lucene facet dimension name (also the keyword field's suffix). */
	public String dimension() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The indexed keyword field that filters use. */
	public String filterField() {
		return "f_" + dimension();
	}

}
