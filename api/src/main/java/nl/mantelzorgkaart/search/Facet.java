package nl.mantelzorgkaart.search;

/**
 * The dimensions a search can be filtered on and counted by. Values are graph ids; areas and target
 * groups are indexed with all their ancestors, so that filtering on Almere finds what serves its
 * districts and filtering on jonge mantelzorgers finds what is for its age bands.
 */
public enum Facet {

	KIND("kinds", "kind", null, null),
	CARE_THEME("careThemes", "care theme", "CareTheme", "MATCH (n:CareTheme) WHERE n.id IN $ids RETURN n.id AS id"),
	TARGET_GROUP("targetGroups", "target group", "TargetGroup",
			"MATCH (n:TargetGroup) WHERE n.id IN $ids RETURN n.id AS id"),
	SUPPORT_FUNCTION("supportFunctions", "support function", "SupportFunction",
			"MATCH (n:SupportFunction) WHERE n.id IN $ids RETURN n.id AS id"),
	RESPITE_TYPE("respiteTypes", "respite type", "RespiteType",
			"MATCH (n:RespiteType) WHERE n.id IN $ids RETURN n.id AS id"),
	FUNDING_ROUTE("fundingRoutes", "funding route", "FundingRoute",
			"MATCH (n:FundingRoute) WHERE n.id IN $ids RETURN n.id AS id"),
	AREA("areas", "area", "Area", "MATCH (n:Area) WHERE n.id IN $ids RETURN n.id AS id"),
	ORGANISATION("organisations", "organisation", "Organisation",
			"MATCH (n:Organisation) WHERE n.id IN $ids RETURN n.id AS id"),
	NETWORK("networks", "network", "Network", "MATCH (n:Network) WHERE n.id IN $ids RETURN n.id AS id");

	private final String argument;

	private final String displayName;

	private final String graphLabel;

	private final String existingIds;

	/**
	 * @param existingIds which of some ids ({@code $ids}) are nodes of the label: a constant query beside
	 *        the label it names, so that the dimension and its label have one home
	 */
	Facet(String argument, String displayName, String graphLabel, String existingIds) {
		this.argument = argument;
		this.displayName = displayName;
		this.graphLabel = graphLabel;
		this.existingIds = existingIds;
	}

	/** The Cypher that returns which of {@code $ids} are nodes of this dimension ({@code id}), or null for {@link #KIND}. */
	public String existingIds() {
		return this.existingIds;
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
