package nl.mantelzorgkaart.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

/**
 * Keyset paging over a Cypher pattern: validates {@code first}/{@code after}, counts all matches,
 * and fetches one page in the requested order.
 */
public final class Paging {

	/** The largest page a client may ask for. */
	public static final int MAX_PAGE_SIZE = 100;

	private Paging() {
	}

	/** The page a client asked for, checked. */
	public record Request(int first, Sort sort, Cursor after) {

		/** The keyset parameters of a page query: after which key and id, and one row more than the page. */
		public Map<String, Object> keysetParameters() {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("afterKey", (this.after != null) ? this.after.key() : null);
			parameters.put("afterId", (this.after != null) ? this.after.id() : null);
			parameters.put("limit", this.first + 1);
			return parameters;
		}

		public static Request of(Integer first, Sort sort, String after) {
			int size = (first != null) ? first : 20;
			if (size < 0) {
				throw new InvalidArgumentException("first", "api.first.negative", String.valueOf(size));
			}
			if (size > MAX_PAGE_SIZE) {
				throw new InvalidArgumentException("first", "api.first.tooLarge", MAX_PAGE_SIZE, String.valueOf(size));
			}
			Sort order = Sort.orDefault(sort);
			return new Request(size, order, Cursor.decode(after, order));
		}

	}

	/**
	 * Runs a paged read. {@code matchWhere} is a fixed Cypher fragment that binds the listed node as
	 * {@code n} (e.g. {@code MATCH (n:Offering) WHERE ...}); {@code parameters} are its values.
	 */
	public static <T> Connection<T> page(GraphReads graph, String matchWhere, Map<String, ?> parameters,
			Request request, Function<Record, T> mapper) {
		int total = (int) graph.count(matchWhere + "\nRETURN count(DISTINCT n)", parameters);
		if (request.first() == 0) {
			return new Connection<>(List.of(), new Connection.PageInfo(total > 0 && request.after() == null,
					request.after() != null, null, null), total);
		}
		boolean ascending = request.sort().direction() == Sort.Direction.ASC;
		String after = ascending ? "sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)"
				: "sortKey < $afterKey OR (sortKey = $afterKey AND n.id < $afterId)";
		String order = ascending ? "ASC" : "DESC";
		String cypher = matchWhere + """

				WITH DISTINCT n
				WITH n, %s AS sortKey
				WHERE $afterId IS NULL OR %s
				RETURN n, sortKey ORDER BY sortKey %s, n.id %s LIMIT $limit""".formatted(
				request.sort().field().keyExpression(), after, order, order);
		Map<String, Object> all = new HashMap<>(parameters);
		all.putAll(request.keysetParameters());
		List<Record> rows = graph.list(cypher, all, Function.identity());
		return connection(rows, request, total, (row) -> row.get("n").asNode(),
				(row) -> row.get("sortKey").isNull() ? "" : row.get("sortKey").asString(), mapper);
	}

	/**
	 * Assembles a page from rows fetched with one row more than asked for (whose presence says that
	 * another page follows), each row giving its node, its sort key and the value to show.
	 */
	public static <R, T> Connection<T> connection(List<R> rows, Request request, int total,
			Function<R, org.neo4j.driver.types.Node> nodeOf, Function<R, String> keyOf, Function<R, T> mapper) {
		List<Connection.Edge<T>> edges = new ArrayList<>();
		for (R row : rows.subList(0, Math.min(rows.size(), request.first()))) {
			String id = nodeOf.apply(row).get("id").asString();
			edges.add(new Connection.Edge<>(mapper.apply(row), new Cursor(request.sort(), keyOf.apply(row), id).encode()));
		}
		var pageInfo = new Connection.PageInfo(rows.size() > request.first(), request.after() != null,
				edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, pageInfo, total);
	}

}
