package nl.mantelzorgkaart.offering;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.Location;
import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.taxonomy.Taxa.CareTheme;
import nl.mantelzorgkaart.taxonomy.Taxa.FundingRoute;
import nl.mantelzorgkaart.taxonomy.Taxa.RespiteType;
import nl.mantelzorgkaart.taxonomy.Taxa.SupportFunction;
import nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup;
import org.springframework.stereotype.Component;

/**
 * Reads of offerings and what they link to, each for many offerings in one query: shared by the GraphQL
 * controller (as batch mappings) and the web pages.
 */
@Component
public class OfferingReads {

	private final GraphReads graph;

	OfferingReads(GraphReads graph) {
		this.graph = graph;
	}

	/** One offering; NOT_FOUND when there is none. */
	public Offering offering(String id) {
		return Lookups.byId(this.graph, "Offering", "offering", id, Offering::from);
	}

	/** One page of the offerings that pass the filter, in the request's order. */
	public Connection<Offering> offerings(OfferingFilter filter, Paging.Request request) {
		Map<String, Object> parameters = filter.parameters();
		return Paging.page(this.graph, OfferingFilter.matchWhere(parameters), parameters, request,
				(row) -> Offering.from(row.get("n").asNode()));
	}

	/**
	 * Offerings by id with their organisers, in one query: for a page of search hits, which nearly
	 * always shows who offers each.
	 */
	public Map<String, WithOrganisers> withOrganisers(Collection<String> ids) {
		Map<String, WithOrganisers> result = new LinkedHashMap<>();
		this.graph.list("""
				MATCH (n:Offering) WHERE n.id IN $ids
				RETURN n, COLLECT { MATCH (n)<-[:OFFERS]-(o:Organisation) RETURN o ORDER BY o.name } AS organisers""",
				Map.of("ids", List.copyOf(ids)),
				(row) -> new WithOrganisers(Offering.from(row.get("n").asNode()),
						row.get("organisers").asList((value) -> Organisation.from(value.asNode()))))
			.forEach((read) -> result.put(read.offering().id(), read));
		return result;
	}

	/** An offering and its organisers, by name. */
	public record WithOrganisers(Offering offering, List<Organisation> organisers) {

	}

	public Map<Offering, List<Organisation>> organisers(List<Offering> offerings) {
		return this.graph.related(offerings, Offering::id, """
				MATCH (p:Offering)<-[:OFFERS]-(n:Organisation) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Organisation.from(r.get("n").asNode()));
	}

	public Map<Offering, List<Organisation>> coOrganisers(List<Offering> offerings) {
		return this.graph.related(offerings, Offering::id, """
				MATCH (p:Offering)-[:ORGANISED_WITH]->(n:Organisation) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Organisation.from(r.get("n").asNode()));
	}

	public Map<Offering, List<CareTheme>> careThemes(List<Offering> offerings) {
		return this.graph.related(offerings, Offering::id, """
				MATCH (p:Offering)-[:ADDRESSES]->(n:CareTheme) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> CareTheme.from(r.get("n").asNode()));
	}

	public Map<Offering, List<TargetGroup>> targetGroups(List<Offering> offerings) {
		return this.graph.related(offerings, Offering::id, """
				MATCH (p:Offering)-[:FOR]->(n:TargetGroup) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> TargetGroup.from(r.get("n").asNode()));
	}

	public Map<Offering, List<SupportFunction>> supportFunctions(List<Offering> offerings) {
		return this.graph.related(offerings, Offering::id, """
				MATCH (p:Offering)-[:FULFILS]->(n:SupportFunction) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.order""", (r) -> SupportFunction.from(r.get("n").asNode()));
	}

	public Map<Offering, List<RespiteType>> respiteTypes(List<Offering> offerings) {
		return this.graph.related(offerings, Offering::id, """
				MATCH (p:Offering)-[:GIVES_RESPITE_AS]->(n:RespiteType) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> RespiteType.from(r.get("n").asNode()));
	}

	public Map<Offering, List<FundingRoute>> fundingRoutes(List<Offering> offerings) {
		return this.graph.related(offerings, Offering::id, """
				MATCH (p:Offering)-[:FUNDED_VIA]->(n:FundingRoute) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> FundingRoute.from(r.get("n").asNode()));
	}

	public Map<Offering, List<Area>> areas(List<Offering> offerings) {
		return areas(offerings, Offering::id);
	}

	/** The areas of offerings given by id, for pages that have only the ids (search hits). */
	public Map<String, List<Area>> areasById(List<String> ids) {
		return areas(ids, Function.identity());
	}

	private <P> Map<P, List<Area>> areas(Collection<P> parents, Function<P, String> idOf) {
		return this.graph.related(parents, idOf, """
				MATCH (p:Offering)-[:SERVES]->(n:Area) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Area.from(r.get("n").asNode()));
	}

	public Map<Offering, List<Location>> locations(List<Offering> offerings) {
		return locations(offerings, Offering::id);
	}

	/** The locations of offerings given by id, for pages that have only the ids (search hits). */
	public Map<String, List<Location>> locationsById(List<String> ids) {
		return locations(ids, Function.identity());
	}

	private <P> Map<P, List<Location>> locations(Collection<P> parents, Function<P, String> idOf) {
		return this.graph.related(parents, idOf, """
				MATCH (p:Offering)-[:HELD_AT]->(n:Location) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.id""", (r) -> Location.from(r.get("n").asNode()));
	}

	public Map<Offering, List<Citation>> sources(List<Offering> offerings) {
		return Citation.of(this.graph, offerings, Offering::id, "Offering");
	}

}
