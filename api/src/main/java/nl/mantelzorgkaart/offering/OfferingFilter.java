package nl.mantelzorgkaart.offering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.Ids;
import nl.mantelzorgkaart.graph.Props;
import nl.mantelzorgkaart.graph.Status;

/**
 * The {@code OfferingFilter} input. Every filter is optional; filters combine with AND, the values
 * within one filter with OR. Areas and target groups include what lies within them.
 */
public record OfferingFilter(List<String> careThemes, List<String> targetGroups, List<String> supportFunctions,
		List<String> respiteTypes, List<String> fundingRoutes, List<String> organisations, List<String> networks,
		List<String> areas, List<Status> statuses) {

	/**
	 * How each filter narrows the offerings {@code n}: as a starting pattern (to read only the
	 * offerings the filter can match) and as a condition. Every piece is a constant of this class;
	 * clients only ever supply parameter values.
	 */
	private enum Part {

		AREAS("areas", "MATCH (x:Area) WHERE x.id IN $areas\nMATCH (x)<-[:PART_OF*0..]-(:Area)<-[:SERVES]-(n:Offering)",
				"EXISTS { (n)-[:SERVES]->(:Area)-[:PART_OF*0..]->(x:Area) WHERE x.id IN $areas }"),
		ORGANISATIONS("organisations", null, "(EXISTS { (n)<-[:OFFERS]-(x:Organisation) WHERE x.id IN $organisations }"
				+ " OR EXISTS { (n)-[:ORGANISED_WITH]->(x:Organisation) WHERE x.id IN $organisations })"),
		NETWORKS("networks",
				"MATCH (x:Network) WHERE x.id IN $networks\nMATCH (x)<-[:MEMBER_OF]-(:Organisation)-[:OFFERS]->(n:Offering)",
				"EXISTS { (n)<-[:OFFERS]-(:Organisation)-[:MEMBER_OF]->(x:Network) WHERE x.id IN $networks }"),
		CARE_THEMES("careThemes", "MATCH (x:CareTheme)<-[:ADDRESSES]-(n:Offering) WHERE x.id IN $careThemes",
				"EXISTS { (n)-[:ADDRESSES]->(x:CareTheme) WHERE x.id IN $careThemes }"),
		RESPITE_TYPES("respiteTypes", "MATCH (x:RespiteType)<-[:GIVES_RESPITE_AS]-(n:Offering) WHERE x.id IN $respiteTypes",
				"EXISTS { (n)-[:GIVES_RESPITE_AS]->(x:RespiteType) WHERE x.id IN $respiteTypes }"),
		TARGET_GROUPS("targetGroups",
				"MATCH (x:TargetGroup) WHERE x.id IN $targetGroups\nMATCH (x)<-[:PART_OF*0..]-(:TargetGroup)<-[:FOR]-(n:Offering)",
				"EXISTS { (n)-[:FOR]->(:TargetGroup)-[:PART_OF*0..]->(x:TargetGroup) WHERE x.id IN $targetGroups }"),
		FUNDING_ROUTES("fundingRoutes", "MATCH (x:FundingRoute)<-[:FUNDED_VIA]-(n:Offering) WHERE x.id IN $fundingRoutes",
				"EXISTS { (n)-[:FUNDED_VIA]->(x:FundingRoute) WHERE x.id IN $fundingRoutes }"),
		SUPPORT_FUNCTIONS("supportFunctions",
				"MATCH (x:SupportFunction)<-[:FULFILS]-(n:Offering) WHERE x.id IN $supportFunctions",
				"EXISTS { (n)-[:FULFILS]->(x:SupportFunction) WHERE x.id IN $supportFunctions }"),
		STATUSES("statuses", null, "n.status IN $statuses");

		private final String parameter;

		private final String start;

		private final String condition;

		Part(String parameter, String start, String condition) {
			this.parameter = parameter;
			this.start = start;
			this.condition = condition;
		}

	}

	/**
	 * The Cypher that binds every matching offering as {@code n}: it starts from the most selective
	 * filter present (parts are listed most selective first) and checks the others.
	 */
	static String matchWhere(Map<String, Object> parameters) {
		Part anchor = null;
		List<String> conditions = new java.util.ArrayList<>();
		for (Part part : Part.values()) {
			if (parameters.get(part.parameter) == null) {
				continue;
			}
			if (anchor == null && part.start != null) {
				anchor = part;
			}
			else {
				conditions.add(part.condition);
			}
		}
		String match = (anchor != null) ? anchor.start : "MATCH (n:Offering)";
		if (conditions.isEmpty()) {
			return match;
		}
		// The anchor's own WHERE may already be there: continue it with WITH so both stay readable.
		return match + "\nWITH DISTINCT n WHERE " + String.join("\n  AND ", conditions);
	}

	/** The query parameters, with every id checked. */
	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("careThemes", Ids.requireAll("filter.careThemes", this.careThemes));
		parameters.put("targetGroups", Ids.requireAll("filter.targetGroups", this.targetGroups));
		parameters.put("supportFunctions", Ids.requireAll("filter.supportFunctions", this.supportFunctions));
		parameters.put("respiteTypes", Ids.requireAll("filter.respiteTypes", this.respiteTypes));
		parameters.put("fundingRoutes", Ids.requireAll("filter.fundingRoutes", this.fundingRoutes));
		parameters.put("organisations", Ids.requireAll("filter.organisations", this.organisations));
		parameters.put("networks", Ids.requireAll("filter.networks", this.networks));
		parameters.put("areas", Ids.requireAll("filter.areas", this.areas));
		parameters.put("statuses", (this.statuses != null) ? this.statuses.stream().map(Props::stored).toList() : null);
		return parameters;
	}

	static final OfferingFilter NONE = new OfferingFilter(null, null, null, null, null, null, null, null, null);

}
