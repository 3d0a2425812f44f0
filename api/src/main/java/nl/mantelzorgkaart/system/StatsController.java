package nl.mantelzorgkaart.system;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.GraphReads;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Answers {@code stats}: how many records of each kind the graph holds. */
@Controller
class StatsController {

	private final GraphReads graph;

	StatsController(GraphReads graph) {
		this.graph = graph;
	}

	@QueryMapping
	Stats stats() {
		// COUNT { (:Label) } is answered from Neo4j's count store, so this stays cheap at any size.
		Stats counts = this.graph.one("""
				RETURN COUNT { (:Organisation) } AS organisations, COUNT { (:Offering) } AS offerings,
				  COUNT { (:Network) } AS networks, COUNT { (:CareTheme) } AS careThemes,
				  COUNT { (:TargetGroup) } AS targetGroups, COUNT { (:SupportFunction) } AS supportFunctions,
				  COUNT { (:RespiteType) } AS respiteTypes, COUNT { (:FundingRoute) } AS fundingRoutes,
				  COUNT { (:Area) } AS areas, COUNT { (:Location) } AS locations, COUNT { (:Term) } AS terms,
				  COUNT { (:Source) } AS sources, COUNT { ()-[]->() } AS relationships
				""", Map.of(), (row) -> new Stats(row.get("organisations").asInt(), row.get("offerings").asInt(),
				row.get("networks").asInt(), row.get("careThemes").asInt(), row.get("targetGroups").asInt(),
				row.get("supportFunctions").asInt(), row.get("respiteTypes").asInt(), row.get("fundingRoutes").asInt(),
				row.get("areas").asInt(), row.get("locations").asInt(), row.get("terms").asInt(),
				row.get("sources").asInt(), row.get("relationships").asInt(), List.of()))
			.orElseThrow();
		List<String> versions = this.graph.list("""
				MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE'
				RETURN m.version AS version ORDER BY m.version
				""", Map.of(), (row) -> row.get("version").asString());
		return counts.withSchemaVersions(versions);
	}

	/** The counts, one per kind; see the {@code Stats} type in the schema. */
	record Stats(int organisations, int offerings, int networks, int careThemes, int targetGroups,
			int supportFunctions, int respiteTypes, int fundingRoutes, int areas, int locations, int terms,
			int sources, int relationships, List<String> schemaVersions) {

		Stats withSchemaVersions(List<String> versions) {
			return new Stats(this.organisations, this.offerings, this.networks, this.careThemes, this.targetGroups,
					this.supportFunctions, this.respiteTypes, this.fundingRoutes, this.areas, this.locations,
					this.terms, this.sources, this.relationships, versions);
		}

	}

}
