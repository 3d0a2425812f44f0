package nl.mantelzorgkaart.area;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.offering.NestedOfferings;
import nl.mantelzorgkaart.offering.Offering;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code Area} and {@code Location} types: the area hierarchy and what is offered within it. */
@Controller
class AreaController {

	private final GraphReads graph;

	private final NestedOfferings nestedOfferings;

	private final AreaReads reads;

	AreaController(GraphReads graph, NestedOfferings nestedOfferings, AreaReads reads) {
		this.graph = graph;
		this.reads = reads;
		this.nestedOfferings = nestedOfferings;
	}

	@QueryMapping
	Area area(@Argument String id) {
		return this.reads.area(id);
	}

	@QueryMapping
	Location location(@Argument String id) {
		return Lookups.byId(this.graph, "Location", "location", id, Location::from);
	}

	@QueryMapping
	List<Area> areas(@Argument Area.Kind kind) {
		return this.reads.areas(kind);
	}

	/** The tree parent; a municipality is also PART_OF the regions it belongs to, which come last. */
	@BatchMapping
	Map<Area, Area> parent(List<Area> areas) {
		return this.graph.relatedOne(areas, Area::id, """
				MATCH (p:Area)-[:PART_OF]->(n:Area) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.kind = 'region', n.id""", (r) -> Area.from(r.get("n").asNode()));
	}

	@BatchMapping
	Map<Area, List<Area>> regions(List<Area> areas) {
		return this.graph.related(areas, Area::id, """
				MATCH (p:Area)-[:PART_OF]->(n:Area {kind: 'region'}) WHERE p.id IN $ids AND p.kind <> 'region'
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Area.from(r.get("n").asNode()));
	}

	@BatchMapping
	Map<Area, List<Area>> children(List<Area> areas) {
		return this.graph.related(areas, Area::id, """
				MATCH (p:Area)<-[:PART_OF]-(n:Area) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.name""", (r) -> Area.from(r.get("n").asNode()));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	@SchemaMapping(typeName = "Area", field = "offerings")
	CompletableFuture<Connection<Offering>> offerings(Area area, @Argument Integer first, @Argument String after,
			DataLoader<Object, Connection<Offering>> nestedOfferings) {
		return this.nestedOfferings.load((DataLoader) nestedOfferings, NestedOfferings.Relation.AREA, area.id(), first,
				after);
	}

}
