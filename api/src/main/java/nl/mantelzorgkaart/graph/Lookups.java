package nl.mantelzorgkaart.graph;

import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.types.Node;

/** Lookups of one node by id, with the id checked first and a NOT_FOUND when there is none. */
public final class Lookups {

	private Lookups() {
	}

	/**
	 * @param label a node label from the schema (a constant in the calling code, never client input)
	 * @param kind how error messages name the kind, e.g. "offering"
	 */
	public static <T> T byId(GraphReads graph, String label, String kind, String id, Function<Node, T> mapper) {
		Ids.require("id", id);
		return graph
			.one("MATCH (n:" + label + " {id: $id}) RETURN n", Map.of("id", id), (r) -> mapper.apply(r.get("n").asNode()))
			.orElseThrow(() -> new NotFoundException(kind, id));
	}

	/** Throws NOT_FOUND unless a node with this id exists. */
	public static void requireExists(GraphReads graph, String label, String kind, String argument, String id) {
		Ids.require(argument, id);
		if (graph.count("MATCH (n:" + label + " {id: $id}) RETURN count(n)", Map.of("id", id)) == 0) {
			throw new NotFoundException(kind, id);
		}
	}

}
