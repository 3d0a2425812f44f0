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
	 * The filter as one fixed Cypher pattern over {@code n:Offering}: an absent filter is a null
	 * parameter that switches its condition off, so no query text depends on client input.
	 */
	static final String MATCH_WHERE = """
			MATCH (n:Offering)
			WHERE ($careThemes IS NULL OR EXISTS { (n)-[:ADDRESSES]->(x:CareTheme) WHERE x.id IN $careThemes })
			  AND ($targetGroups IS NULL OR EXISTS {
			        (n)-[:FOR]->(:TargetGroup)-[:PART_OF*0..]->(x:TargetGroup) WHERE x.id IN $targetGroups })
			  AND ($supportFunctions IS NULL OR EXISTS {
			        (n)-[:FULFILS]->(x:SupportFunction) WHERE x.id IN $supportFunctions })
			  AND ($respiteTypes IS NULL OR EXISTS {
			        (n)-[:GIVES_RESPITE_AS]->(x:RespiteType) WHERE x.id IN $respiteTypes })
			  AND ($fundingRoutes IS NULL OR EXISTS {
			        (n)-[:FUNDED_VIA]->(x:FundingRoute) WHERE x.id IN $fundingRoutes })
			  AND ($organisations IS NULL
			        OR EXISTS { (n)<-[:OFFERS]-(x:Organisation) WHERE x.id IN $organisations }
			        OR EXISTS { (n)-[:ORGANISED_WITH]->(x:Organisation) WHERE x.id IN $organisations })
			  AND ($networks IS NULL OR EXISTS {
			        (n)<-[:OFFERS]-(:Organisation)-[:MEMBER_OF]->(x:Network) WHERE x.id IN $networks })
			  AND ($areas IS NULL OR EXISTS { (n)-[:SERVES]->(:Area)-[:PART_OF*0..]->(x:Area) WHERE x.id IN $areas })
			  AND ($statuses IS NULL OR n.status IN $statuses)""";

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
