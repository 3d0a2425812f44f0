package nl.mantelzorgkaart.network;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.Ids;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.graph.Sort;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import nl.mantelzorgkaart.network.NetworkReads.OfferingsKey;
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

	private final NetworkReads reads;

	NetworkController(NetworkReads reads, BatchLoaderRegistry loaders) {
		this.reads = reads;
		loaders.<OfferingsKey, List<Offering>>forName("networkOfferings")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> reads.memberOfferings(keys)));
	}

	@QueryMapping
	Network network(@Argument String id) {
		return this.reads.network(id);
	}

	@QueryMapping
	Connection<Network> networks(@Argument NetworkFilter filter, @Argument Sort sort, @Argument Integer first,
			@Argument String after) {
		return this.reads.networks((filter != null) ? filter : NetworkFilter.NONE, Paging.Request.of(first, sort, after));
	}

	@SchemaMapping
	CompletableFuture<List<Offering>> offerings(Network network, @Argument String careTheme,
			DataLoader<OfferingsKey, List<Offering>> networkOfferings) {
		if (careTheme != null) {
			Ids.require("careTheme", careTheme);
		}
		return networkOfferings.load(new OfferingsKey(network.id(), careTheme));
	}

	@BatchMapping
	Map<Network, List<Organisation>> members(List<Network> networks) {
		return this.reads.members(networks);
	}

	@BatchMapping
	Map<Network, List<CareTheme>> careThemes(List<Network> networks) {
		return this.reads.careThemes(networks);
	}

	@BatchMapping
	Map<Network, List<Area>> areas(List<Network> networks) {
		return this.reads.areas(networks);
	}

	@BatchMapping
	Map<Network, List<Citation>> sources(List<Network> networks) {
		return this.reads.sources(networks);
	}

	@BatchMapping
	Map<Network, Organisation> coordinator(List<Network> networks) {
		return this.reads.coordinator(networks);
	}

}
