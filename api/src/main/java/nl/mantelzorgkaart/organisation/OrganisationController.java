package nl.mantelzorgkaart.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.Location;
import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Ids;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.graph.Sort;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import nl.mantelzorgkaart.network.Network;
import nl.mantelzorgkaart.offering.Offering;
import org.dataloader.DataLoader;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The {@code Organisation} type: lookups, the filtered list, the graph questions (partners, shared
 * networks, the shortest connection between two organisations), and batch-loaded nested fields.
 */
@Controller
class OrganisationController {

	/** The longest connection path a client may ask for. */
	static final int MAX_CONNECTION_STEPS = 12;

	private final GraphReads graph;

	private final OrganisationReads reads;

	OrganisationController(GraphReads graph, OrganisationReads reads, BatchLoaderRegistry loaders) {
		this.graph = graph;
		this.reads = reads;
		// sharedNetworks(with:) takes an argument, so it batches through a DataLoader keyed by both ids.
		loaders.<SharedKey, List<Network>>forName("sharedNetworks")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> sharedNetworks(keys)));
	}

	/** One organisation and the other one of a {@code sharedNetworks(with:)} question. */
	record SharedKey(String organisation, String other) {

	}

	@QueryMapping
	Organisation organisation(@Argument String id) {
		return this.reads.organisation(id);
	}

	@QueryMapping
	Connection<Organisation> organisations(@Argument OrganisationFilter filter, @Argument Sort sort,
			@Argument Integer first, @Argument String after) {
		Paging.Request request = Paging.Request.of(first, sort, after);
		OrganisationFilter effective = (filter != null) ? filter : OrganisationFilter.NONE;
		return Paging.page(this.graph, OrganisationFilter.MATCH_WHERE, effective.parameters(), request,
				(row) -> Organisation.from(row.get("n").asNode()));
	}

	@QueryMapping
	ConnectionPath connection(@Argument String from, @Argument String to, @Argument Integer maxSteps) {
		int steps = (maxSteps != null) ? maxSteps : 8;
		if (steps < 1 || steps > MAX_CONNECTION_STEPS) {
			throw new InvalidArgumentException("maxSteps",
					"'maxSteps' must be 1 to " + MAX_CONNECTION_STEPS + ", got " + steps);
		}
		Lookups.requireExists(this.graph, "Organisation", "organisation", "from", from);
		Lookups.requireExists(this.graph, "Organisation", "organisation", "to", to);
		if (from.equals(to)) {
			throw new InvalidArgumentException("to", "'from' and 'to' are the same organisation");
		}
		// A path bound must be a literal in Cypher; steps is a checked integer, not client text.
		String cypher = """
				MATCH (a:Organisation {id: $from}), (b:Organisation {id: $to})
				MATCH path = shortestPath((a)-[:MEMBER_OF|PARTNERS_WITH*..%d]-(b))
				RETURN path""".formatted(steps);
		return this.graph.one(cypher, Map.of("from", from, "to", to), (r) -> r.get("path").asPath())
			.map(OrganisationController::toConnectionPath)
			.orElse(null);
	}

	private static ConnectionPath toConnectionPath(Path path) {
		List<ConnectionPath.Step> steps = new ArrayList<>();
		List<String> types = new ArrayList<>();
		path.relationships().forEach((relationship) -> types.add(relationship.type()));
		int index = 0;
		for (Node node : path.nodes()) {
			String via = (index == 0) ? null : types.get(index - 1);
			if (node.hasLabel("Organisation")) {
				steps.add(new ConnectionPath.Step(Organisation.from(node), null, via));
			}
			else {
				steps.add(new ConnectionPath.Step(null, Network.from(node), via));
			}
			index++;
		}
		return new ConnectionPath(path.length(), steps);
	}

	/** A path between two organisations through networks and partnerships. */
	record ConnectionPath(int length, List<Step> steps) {

		record Step(Organisation organisation, Network network, String via) {

		}

	}

	@SchemaMapping
	CompletableFuture<List<Network>> sharedNetworks(Organisation organisation, @Argument("with") String with,
			DataLoader<SharedKey, List<Network>> sharedNetworks) {
		Ids.require("with", with);
		return sharedNetworks.load(new SharedKey(organisation.id(), with));
	}

	private Map<SharedKey, List<Network>> sharedNetworks(Set<SharedKey> keys) {
		List<Map<String, String>> pairs = keys.stream()
			.map((key) -> Map.of("organisation", key.organisation(), "other", key.other()))
			.toList();
		Map<SharedKey, List<Network>> result = new HashMap<>();
		keys.forEach((key) -> result.put(key, new ArrayList<>()));
		this.graph.list("""
				UNWIND $pairs AS pair
				MATCH (:Organisation {id: pair.organisation})-[:MEMBER_OF]->(n:Network)<-[:MEMBER_OF]-(:Organisation {id: pair.other})
				RETURN pair.organisation AS organisation, pair.other AS other, n ORDER BY n.name""",
				Map.of("pairs", pairs), (r) -> r)
			.forEach((r) -> result
				.get(new SharedKey(r.get("organisation").asString(), r.get("other").asString()))
				.add(Network.from(r.get("n").asNode())));
		return result;
	}

	@BatchMapping
	Map<Organisation, List<Offering>> offerings(List<Organisation> organisations) {
		return this.reads.offerings(organisations);
	}

	@BatchMapping
	Map<Organisation, List<Offering>> coOrganisedOfferings(List<Organisation> organisations) {
		return this.reads.coOrganisedOfferings(organisations);
	}

	@BatchMapping
	Map<Organisation, List<Network>> networks(List<Organisation> organisations) {
		return this.reads.networks(organisations);
	}

	@BatchMapping
	Map<Organisation, List<Organisation>> partners(List<Organisation> organisations) {
		return this.reads.partners(organisations);
	}

	@BatchMapping
	Map<Organisation, List<Area>> areas(List<Organisation> organisations) {
		return this.reads.areas(organisations);
	}

	@BatchMapping
	Map<Organisation, List<Location>> locations(List<Organisation> organisations) {
		return this.reads.locations(organisations);
	}

	@BatchMapping
	Map<Organisation, List<Citation>> sources(List<Organisation> organisations) {
		return this.reads.sources(organisations);
	}

}
