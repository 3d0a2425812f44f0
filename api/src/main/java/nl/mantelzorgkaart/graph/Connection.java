package nl.mantelzorgkaart.graph;

import java.util.List;

/** A Relay connection: one page of nodes with their cursors, page information and the total count. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

	/** One node with its cursor. */
	public record Edge<T>(T node, String cursor) {

	}

	/** Relay page information. */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

	}

}
