package nl.mantelzorgkaart.area;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.graph.Props;
import org.springframework.stereotype.Component;

/** Reads of areas: one by id, all of a kind, or the places to choose from. */
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

	/** A place a search or page can be limited to, and how deep it lies in the list (a district: 1). */
	public record Place(Area area, int depth) {

	}

	/**
	 * The places people look for help in, in hierarchy order: the regions (groups of municipalities such
	 * as the HBEL-gemeenten), then each municipality followed by its districts; each group by name.
	 */
	public List<Place> places() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kinds", List.of(Props.stored(Area.Kind.REGION), Props.stored(Area.Kind.MUNICIPALITY),
				Props.stored(Area.Kind.DISTRICT)));
		parameters.put("municipality", Props.stored(Area.Kind.MUNICIPALITY));
		List<Map.Entry<Area, String>> rows = this.graph.list("""
				MATCH (n:Area) WHERE n.kind IN $kinds
				RETURN n, head([(n)-[:PART_OF]->(m:Area) WHERE m.kind = $municipality | m.id]) AS municipality
				ORDER BY n.name""", parameters,
				(r) -> Map.entry(Area.from(r.get("n").asNode()),
						r.get("municipality").isNull() ? "" : r.get("municipality").asString()));
		List<Place> places = new ArrayList<>();
		rows.stream()
			.filter((row) -> row.getKey().kind() == Area.Kind.REGION)
			.forEach((row) -> places.add(new Place(row.getKey(), 0)));
		for (Map.Entry<Area, String> row : rows) {
			if (row.getKey().kind() == Area.Kind.MUNICIPALITY) {
				places.add(new Place(row.getKey(), 0));
				rows.stream()
					.filter((district) -> district.getKey().kind() == Area.Kind.DISTRICT
							&& district.getValue().equals(row.getKey().id()))
					.forEach((district) -> places.add(new Place(district.getKey(), 1)));
			}
		}
		return places;
	}

	/** Every area of a kind (all areas for null), by name. */
	public List<Area> areas(Area.Kind kind) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("kind", (kind != null) ? Props.stored(kind) : null);
		return this.graph.list("MATCH (n:Area) WHERE $kind IS NULL OR n.kind = $kind RETURN n ORDER BY n.name",
				parameters, (r) -> Area.from(r.get("n").asNode()));
	}

}
