package nl.mantelzorgkaart.offering;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.Location;
import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.graph.Sort;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.taxonomy.Taxa.CareTheme;
import nl.mantelzorgkaart.taxonomy.Taxa.FundingRoute;
import nl.mantelzorgkaart.taxonomy.Taxa.RespiteType;
import nl.mantelzorgkaart.taxonomy.Taxa.SupportFunction;
import nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code Offering} type: lookups, the filtered list, and every nested field batch-loaded. */
@Controller
class OfferingController {

	private final OfferingReads reads;

	OfferingController(OfferingReads reads) {
		this.reads = reads;
	}

	@QueryMapping
	Offering offering(@Argument String id) {
		return this.reads.offering(id);
	}

	@QueryMapping
	Connection<Offering> offerings(@Argument OfferingFilter filter, @Argument Sort sort, @Argument Integer first,
			@Argument String after) {
		return this.reads.offerings((filter != null) ? filter : OfferingFilter.NONE,
				Paging.Request.of(first, sort, after));
	}

	@BatchMapping
	Map<Offering, List<Organisation>> organisers(List<Offering> offerings) {
		// A page of search hits primes this field's loader with the organisers it read with its offerings.
		return this.reads.organisers(offerings);
	}

	@BatchMapping
	Map<Offering, List<Organisation>> coOrganisers(List<Offering> offerings) {
		return this.reads.coOrganisers(offerings);
	}

	@BatchMapping
	Map<Offering, List<CareTheme>> careThemes(List<Offering> offerings) {
		return this.reads.careThemes(offerings);
	}

	@BatchMapping
	Map<Offering, List<TargetGroup>> targetGroups(List<Offering> offerings) {
		return this.reads.targetGroups(offerings);
	}

	@BatchMapping
	Map<Offering, List<SupportFunction>> supportFunctions(List<Offering> offerings) {
		return this.reads.supportFunctions(offerings);
	}

	@BatchMapping
	Map<Offering, List<RespiteType>> respiteTypes(List<Offering> offerings) {
		return this.reads.respiteTypes(offerings);
	}

	@BatchMapping
	Map<Offering, List<FundingRoute>> fundingRoutes(List<Offering> offerings) {
		return this.reads.fundingRoutes(offerings);
	}

	@BatchMapping
	Map<Offering, List<Area>> areas(List<Offering> offerings) {
		return this.reads.areas(offerings);
	}

	@BatchMapping
	Map<Offering, List<Location>> locations(List<Offering> offerings) {
		return this.reads.locations(offerings);
	}

	@BatchMapping
	Map<Offering, List<Citation>> sources(List<Offering> offerings) {
		return this.reads.sources(offerings);
	}

}
