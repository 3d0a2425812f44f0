package nl.mantelzorgkaart.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.Location;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import nl.mantelzorgkaart.network.Network;
import nl.mantelzorgkaart.offering.Offering;
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
