package nl.mantelzorgkaart.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.Ids;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.graph.Props;
import nl.mantelzorgkaart.graph.Status;
import nl.mantelzorgkaart.seed.SeedSchema;

/** The {@code OrganisationFilter} input: filters combine with AND, values within one with OR. */
public record OrganisationFilter(List<String> areas, List<String> networks, List<String> careThemes,
		List<String> kinds, List<Status> statuses) {

	static final String MATCH_WHERE = """
			MATCH (n:Organisation)
			WHERE ($areas IS NULL OR EXISTS { (n)-[:ACTIVE_IN]->(:Area)-[:PART_OF*0..]->(x:Area) WHERE x.id IN $areas })
			  AND ($networks IS NULL OR EXISTS { (n)-[:MEMBER_OF]->(x:Network) WHERE x.id IN $networks })
			  AND ($careThemes IS NULL OR EXISTS {
			        (n)-[:OFFERS]->(:Offering)-[:ADDRESSES]->(x:CareTheme) WHERE x.id IN $careThemes })
			  AND ($kinds IS NULL OR n.kind IN $kinds)
			  AND ($statuses IS NULL OR n.status IN $statuses)""";

	static final OrganisationFilter NONE = new OrganisationFilter(null, null, null, null, null);

	Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("areas", Ids.requireAll("filter.areas", this.areas));
		parameters.put("networks", Ids.requireAll("filter.networks", this.networks));
		parameters.put("careThemes", Ids.requireAll("filter.careThemes", this.careThemes));
		if (this.kinds != null) {
			List<String> known = List.of(SeedSchema.ORGANISATION_KINDS);
			for (String kind : this.kinds) {
				if (!known.contains(kind)) {
					throw new InvalidArgumentException("filter.kinds", "api.organisationKind", kind, String.valueOf(known));
				}
			}
		}
		parameters.put("kinds", this.kinds);
		parameters.put("statuses", (this.statuses != null) ? this.statuses.stream().map(Props::stored).toList() : null);
		return parameters;
	}

}
