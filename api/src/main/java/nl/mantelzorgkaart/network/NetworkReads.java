package nl.mantelzorgkaart.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.taxonomy.Taxa.CareTheme;
import org.springframework.stereotype.Component;

/**
 * Reads of networks and what they link to, each for many networks in one query: shared by the GraphQL
 * controller (as batch mappings) and the web pages.
 */
@Component
public class NetworkReads {

	private final GraphReads graph;

	NetworkReads(GraphReads graph) {
		this.graph = graph;
	}

	/** A network and an optional care theme: what its members offer (for that theme). */
	public record OfferingsKey(String network, String careTheme) {

	}

	/** One network; NOT_FOUND when there is none. */
	public Network network(String id) {
		return Lookups.byId(this.graph, "Network", "network", id, Network::from);
	}

	/** One page of the networks that pass the filter, in the request's order. */
	public Connection<Network> networks(NetworkFilter filter, Paging.Request request) {
		return Paging.page(this.graph, NetworkFilter.MATCH_WHERE, filter.parameters(), request,
				(row) -> Network.from(row.get("n").asNode()));
	}

	public Map<OfferingsKey, List<Offering>> memberOfferings(Set<OfferingsKey> keys) {
		List<Map<String, Object>> pairs = keys.stream().map((key) -> {
			Map<String, Object> pair = new HashMap<>();
			pair.put("network", key.network());
			pair.put("theme", key.careTheme());
			return pair;
		}).toList();
		Map<OfferingsKey, List<Offering>> result = new HashMap<>();
		keys.forEach((key) -> result.put(key, new ArrayList<>()));
		this.graph.list("""
				UNWIND $pairs AS pair
				MATCH (:Network {id: pair.network})<-[:MEMBER_OF]-(:Organisation)-[:OFFERS]->(n:Offering)
				WHERE pair.theme IS NULL OR EXISTS { (n)-[:ADDRESSES]->(:CareTheme {id: pair.theme}) }
				WITH DISTINCT pair, n
				RETURN pair.network AS network, pair.theme AS theme, n ORDER BY n.name""", Map.of("pairs", pairs), (r) -> r)
			.forEach((r) -> result
				.get(new OfferingsKey(r.get("network").asString(), r.get("theme").isNull() ? null : r.get("theme").asString()))
				.add(Offering.from(r.get("n").asNode())));
		return result;
	}

	public Map<Network, List<Organisation>> members(List<Network> networks) {
		return this.graph.related(networks, Network::id, """
				MATCH (p:Network)<-[:MEMBER_OF]-(n:Organisation) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Organisation.from(r.get("n").asNode()));
	}

	public Map<Network, Organisation> coordinator(List<Network> networks) {
		return this.graph.relatedOne(networks, Network::id, """
				MATCH (p:Network)-[:COORDINATED_BY]->(n:Organisation) WHERE p.id IN $ids
				RETURN p.id AS parent, n""", (r) -> Organisation.from(r.get("n").asNode()));
	}

	public Map<Network, List<CareTheme>> careThemes(List<Network> networks) {
		return this.graph.related(networks, Network::id, """
				MATCH (p:Network)-[:ADDRESSES]->(n:CareTheme) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> CareTheme.from(r.get("n").asNode()));
	}

	public Map<Network, List<Area>> areas(List<Network> networks) {
		return this.graph.related(networks, Network::id, """
				MATCH (p:Network)-[:ACTIVE_IN]->(n:Area) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Area.from(r.get("n").asNode()));
	}

	public Map<Network, List<Citation>> sources(List<Network> networks) {
		return Citation.of(this.graph, networks, Network::id, "Network");
	}

}
