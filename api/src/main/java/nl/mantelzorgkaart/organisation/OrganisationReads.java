package nl.mantelzorgkaart.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.Location;
import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import nl.mantelzorgkaart.network.Network;
import nl.mantelzorgkaart.offering.Offering;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.springframework.stereotype.Component;

/**
 * Reads of organisations and what they link to, each for many organisations in one query: shared by the
 * GraphQL controller (as batch mappings) and the web pages.
 */
@Component
public class OrganisationReads {

	private final GraphReads graph;

	OrganisationReads(GraphReads graph) {
		this.graph = graph;
	}

	/** One organisation; NOT_FOUND when there is none. */
	public Organisation organisation(String id) {
		return Lookups.byId(this.graph, "Organisation", "organisation", id, Organisation::from);
	}

	/** One page of the organisations that pass the filter, in the request's order. */
	public Connection<Organisation> organisations(OrganisationFilter filter, Paging.Request request) {
		return Paging.page(this.graph, OrganisationFilter.MATCH_WHERE, filter.parameters(), request,
				(row) -> Organisation.from(row.get("n").asNode()));
	}

	/**
	 * The shortest path from one organisation to another through networks and partnerships, of at most
	 * {@code steps} (a checked number) relationships; null when there is none. NOT_FOUND for an unknown
	 * organisation.
	 */
	ConnectionPath connection(String from, String to, int steps) {
		Lookups.requireExists(this.graph, "Organisation", "organisation", "from", from);
		Lookups.requireExists(this.graph, "Organisation", "organisation", "to", to);
		if (from.equals(to)) {
			throw new InvalidArgumentException("to", "api.connection.same");
		}
		// A path bound must be a literal in Cypher; steps is a checked integer, not client text.
		String cypher = """
				MATCH path = shortestPath((:Organisation {id: $from})-[:MEMBER_OF|PARTNERS_WITH*..%d]-(:Organisation {id: $to}))
				RETURN path""".formatted(steps);
		return this.graph.one(cypher, Map.of("from", from, "to", to), (r) -> toConnectionPath(r.get("path").asPath()))
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

	/** One organisation and the other one of a {@code sharedNetworks(with:)} question. */
	record SharedKey(String organisation, String other) {

	}

	/** The networks each pair of organisations are both members of, for many pairs in one query. */
	Map<SharedKey, List<Network>> sharedNetworks(Set<SharedKey> keys) {
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

	public Map<Organisation, List<Offering>> offerings(List<Organisation> organisations) {
		return this.graph.related(organisations, Organisation::id, """
				MATCH (p:Organisation)-[:OFFERS]->(n:Offering) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Offering.from(r.get("n").asNode()));
	}

	public Map<Organisation, List<Offering>> coOrganisedOfferings(List<Organisation> organisations) {
		return this.graph.related(organisations, Organisation::id, """
				MATCH (p:Organisation)<-[:ORGANISED_WITH]-(n:Offering) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Offering.from(r.get("n").asNode()));
	}

	public Map<Organisation, List<Network>> networks(List<Organisation> organisations) {
		return this.graph.related(organisations, Organisation::id, """
				MATCH (p:Organisation)-[:MEMBER_OF]->(n:Network) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Network.from(r.get("n").asNode()));
	}

	public Map<Organisation, List<Organisation>> partners(List<Organisation> organisations) {
		return this.graph.related(organisations, Organisation::id, """
				MATCH (p:Organisation)-[:PARTNERS_WITH]-(n:Organisation) WHERE p.id IN $ids
				WITH DISTINCT p, n
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Organisation.from(r.get("n").asNode()));
	}

	public Map<Organisation, List<Area>> areas(List<Organisation> organisations) {
		return areas(organisations, Organisation::id);
	}

	/** The areas of organisations given by id, for pages that have only the ids (search hits). */
	public Map<String, List<Area>> areasById(List<String> ids) {
		return areas(ids, Function.identity());
	}

	private <P> Map<P, List<Area>> areas(Collection<P> parents, Function<P, String> idOf) {
		return this.graph.related(parents, idOf, """
				MATCH (p:Organisation)-[:ACTIVE_IN]->(n:Area) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Area.from(r.get("n").asNode()));
	}

	public Map<Organisation, List<Location>> locations(List<Organisation> organisations) {
		return locations(organisations, Organisation::id);
	}

	/** The locations of organisations given by id, for pages that have only the ids (search hits). */
	public Map<String, List<Location>> locationsById(List<String> ids) {
		return locations(ids, Function.identity());
	}

	private <P> Map<P, List<Location>> locations(Collection<P> parents, Function<P, String> idOf) {
		return this.graph.related(parents, idOf, """
				MATCH (p:Organisation)-[:LOCATED_AT]->(n:Location) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.id""", (r) -> Location.from(r.get("n").asNode()));
	}

	public Map<Organisation, List<Citation>> sources(List<Organisation> organisations) {
		return Citation.of(this.graph, organisations, Organisation::id, "Organisation");
	}

}
