package nl.mantelzorgkaart.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.Ids;

/** The {@code NetworkFilter} input: filters combine with AND, values within one with OR. */
public record NetworkFilter(List<String> areas, List<String> careThemes, List<String> members) {

	static final String MATCH_WHERE = """
			MATCH (n:Network)
			WHERE ($areas IS NULL OR EXISTS { (n)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..]->(x:Area) WHERE x.id IN $areas })
			  AND ($careThemes IS NULL OR EXISTS { (n)-[:ADDRESSES]->(x:CareTheme) WHERE x.id IN $careThemes })
			  AND ($members IS NULL OR EXISTS { (n)<-[:MEMBER_OF]-(x:Organisation) WHERE x.id IN $members })""";

	static final NetworkFilter NONE = new NetworkFilter(null, null, null);

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("areas", Ids.requireAll("filter.areas", this.areas));
		parameters.put("careThemes", Ids.requireAll("filter.careThemes", this.careThemes));
		parameters.put("members", Ids.requireAll("filter.members", this.members));
		return parameters;
	}

}
