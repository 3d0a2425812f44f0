package nl.mantelzorgkaart.organisation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.Location;
import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.Ids;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.graph.Sort;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import nl.mantelzorgkaart.network.Network;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.organisation.OrganisationReads.ConnectionPath;
import nl.mantelzorgkaart.organisation.OrganisationReads.SharedKey;
import org.dataloader.DataLoader;
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

	private final OrganisationReads reads;

	OrganisationController(OrganisationReads reads, BatchLoaderRegistry loaders) {
		this.reads = reads;
		// sharedNetworks(with:) takes an argument, so it batches through a DataLoader keyed by both ids.
		loaders.<SharedKey, List<Network>>forName("sharedNetworks")
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> reads.sharedNetworks(keys)));
	}

	@QueryMapping
	Organisation organisation(@Argument String id) {
		return this.reads.organisation(id);
	}

	@QueryMapping
	Connection<Organisation> organisations(@Argument OrganisationFilter filter, @Argument Sort sort,
			@Argument Integer first, @Argument String after) {
		return this.reads.organisations((filter != null) ? filter : OrganisationFilter.NONE,
				Paging.Request.of(first, sort, after));
	}

	@QueryMapping
	ConnectionPath connection(@Argument String from, @Argument String to, @Argument Integer maxSteps) {
		int steps = (maxSteps != null) ? maxSteps : 8;
		if (steps < 1 || steps > MAX_CONNECTION_STEPS) {
			throw new InvalidArgumentException("maxSteps", "api.maxSteps", MAX_CONNECTION_STEPS, String.valueOf(steps));
		}
		return this.reads.connection(from, to, steps);
	}

	@SchemaMapping
	CompletableFuture<List<Network>> sharedNetworks(Organisation organisation, @Argument("with") String with,
			DataLoader<SharedKey, List<Network>> sharedNetworks) {
		Ids.require("with", with);
		return sharedNetworks.load(new SharedKey(organisation.id(), with));
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
