package nl.mantelzorgkaart.search;

/**
 * The dimensions a search can be filtered on and counted by. Values are graph ids; areas and target
 * groups are indexed with all their ancestors, so that filtering on Almere finds what serves its
 * districts and filtering on jonge mantelzorgers finds what is for its age bands.
 */
public enum Facet {

	KIND("kinds", "kind", null), CARE_THEME("careThemes", "care theme", "CareTheme"),
	TARGET_GROUP("targetGroups", "target group", "TargetGroup"),
	SUPPORT_FUNCTION("supportFunctions", "support function", "SupportFunction"),
	RESPITE_TYPE("respiteTypes", "respite type", "RespiteType"),
	FUNDING_ROUTE("fundingRoutes", "funding route", "FundingRoute"), AREA("areas", "area", "Area"),
	ORGANISATION("organisations", "organisation", "Organisation"), NETWORK("networks", "network", "Network");

	private final String argument;

	private final String displayName;

	private final String graphLabel;

	Facet(String argument, String displayName, String graphLabel) {
		this.argument = argument;
		this.displayName = displayName;
		this.graphLabel = graphLabel;
	}

	/** The graph label of the nodes this dimension's values are, or null for {@link #KIND} (no nodes). */
	public String graphLabel() {
		return this.graphLabel;
	}

	/** The dimension whose values are nodes with this graph label, or null for none. */
	public static Facet ofGraphLabel(String label) {
		for (Facet facet : values()) {
			if (label != null && label.equals(facet.graphLabel)) {
				return facet;
			}
		}
		return null;
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
