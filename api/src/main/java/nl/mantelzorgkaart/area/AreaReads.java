package nl.mantelzorgkaart.area;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.graph.Props;
import org.springframework.stereotype.Component;

/** Reads of areas: one by id, or all of a kind. */
@Component
public class AreaReads {

	private final GraphReads graph;

	AreaReads(GraphReads graph) {
		this.graph = graph;
	}

	/** One area; NOT_FOUND when there is none. */
	public Area area(String id) {
		return Lookups.byId(this.graph, "Area", "area", id, Area::from);
	}

	/** Every area of a kind (all areas for null), by name. */
	public List<Area> areas(Area.Kind kind) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kind", (kind != null) ? Props.stored(kind) : null);
		return this.graph.list("MATCH (n:Area) WHERE $kind IS NULL OR n.kind = $kind RETURN n ORDER BY n.name",
				parameters, (r) -> Area.from(r.get("n").asNode()));
	}

}
