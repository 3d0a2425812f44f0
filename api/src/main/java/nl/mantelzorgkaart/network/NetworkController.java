package nl.mantelzorgkaart.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Ids;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.graph.Sort;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.taxonomy.Taxa.CareTheme;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code Network} type: who is in it and what its members offer, batch-loaded. */
@Controller
class NetworkController {

	private final GraphReads graph;

	NetworkController(GraphReads graph, BatchLoaderRegistry loaders) {
		this.graph = graph;
		loaders.<OfferingsKey, List<Offering>>forName("networkOfferings")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> memberOfferings(keys)));
	}

	/** A network and the optional care theme of a {@code network.offerings(careTheme:)} question. */
	record OfferingsKey(String network, String careTheme) {

	}

	@QueryMapping
	Network network(@Argument String id) {
		return Lookups.byId(this.graph, "Network", "network", id, Network::from);
	}

	@QueryMapping
	Connection<Network> networks(@Argument NetworkFilter filter, @Argument Sort sort, @Argument Integer first,
			@Argument String after) {
		Paging.Request request = Paging.Request.of(first, sort, after);
		NetworkFilter effective = (filter != null) ? filter : NetworkFilter.NONE;
		return Paging.page(this.graph, NetworkFilter.MATCH_WHERE, effective.parameters(), request,
				(row) -> Network.from(row.get("n").asNode()));
	}

	@SchemaMapping
	CompletableFuture<List<Offering>> offerings(Network network, @Argument String careTheme,
			DataLoader<OfferingsKey, List<Offering>> networkOfferings) {
		if (careTheme != null) {
			Ids.require("careTheme", careTheme);
		}
		return networkOfferings.load(new OfferingsKey(network.id(), careTheme));
	}

	private Map<OfferingsKey, List<Offering>> memberOfferings(Set<OfferingsKey> keys) {
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

	@BatchMapping
	Map<Network, List<Organisation>> members(List<Network> networks) {
		return this.graph.related(networks, Network::id, """
				MATCH (p:Network)<-[:MEMBER_OF]-(n:Organisation) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Organisation.from(r.get("n").asNode()));
	}

	@BatchMapping
	Map<Network, Organisation> coordinator(List<Network> networks) {
		return this.graph.relatedOne(networks, Network::id, """
				MATCH (p:Network)-[:COORDINATED_BY]->(n:Organisation) WHERE p.id IN $ids
				RETURN p.id AS parent, n""", (r) -> Organisation.from(r.get("n").asNode()));
	}

	@BatchMapping
	Map<Network, List<CareTheme>> careThemes(List<Network> networks) {
		return this.graph.related(networks, Network::id, """
				MATCH (p:Network)-[:ADDRESSES]->(n:CareTheme) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> CareTheme.from(r.get("n").asNode()));
	}

	@BatchMapping
	Map<Network, List<Area>> areas(List<Network> networks) {
		return this.graph.related(networks, Network::id, """
				MATCH (p:Network)-[:ACTIVE_IN]->(n:Area) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Area.from(r.get("n").asNode()));
	}

	@BatchMapping
	Map<Network, List<Citation>> sources(List<Network> networks) {
		return Citation.of(this.graph, networks, Network::id, "Network");
	}

}
