package nl.mantelzorgkaart.seed;

import java.util.List;
import java.util.Map;

/**
 * A validated record, ready for the graph: node properties, the relationships it owns, and its
 * locations (which become nodes of their own).
 */
public record SeedRecord(SeedKind kind, String id, String file, Map<String, Object> properties, List<Link> links,
		List<Map<String, Object>> locations) {

	/** A relationship this record owns, to a node of {@code targetKind} with id {@code targetId}. */
	public record Link(String type, boolean incoming, SeedKind targetKind, String targetId,
			Map<String, Object> properties) {

	}

}
