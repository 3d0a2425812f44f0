package nl.mantelzorgkaart.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The API's one way to read the graph: parameterised Cypher through Spring Data Neo4j's client,
 * counted, so that a test can prove that nested fields cost a constant number of round trips.
 */
@Component
public class GraphReads {

	private final Neo4jClient neo4j;

	private final AtomicLong roundTrips = new AtomicLong();

	public GraphReads(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Database round trips made so far by this application. */
	public long roundTrips() {
		return this.roundTrips.get();
	}

	public <T> List<T> list(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		this.roundTrips.incrementAndGet();
		return new ArrayList<>(this.neo4j.query(cypher)
			.bindAll(new java.util.HashMap<String, Object>(parameters))
			.fetchAs(Object.class)
			.mappedBy((types, record) -> mapper.apply(record))
			.all()
			.stream()
			.map((value) -> {
				@SuppressWarnings("unchecked")
				T typed = (T) value;
				return typed;
			})
			.toList());
	}

	public <T> Optional<T> one(String cypher, Map<String, ?> parameters, Function<Record, T> mapper) {
		List<T> results = list(cypher, parameters, mapper);
		return results.isEmpty() ? Optional.empty() : Optional.of(results.get(0));
	}

	public long count(String cypher, Map<String, ?> parameters) {
		return one(cypher, parameters, (record) -> record.get(0).asLong()).orElse(0L);
	}

	/**
	 * Loads a relationship for many parents in one query. The query receives {@code $ids} and returns
	 * rows of {@code parent} (the parent's id) and whatever {@code mapper} reads; every parent gets a
	 * list, empty when it has no related nodes, in the order the query returns them.
	 */
	public <P, T> Map<P, List<T>> related(Collection<P> parents, Function<P, String> idOf, String cypher,
			Function<Record, T> mapper) {
		return related(parents, idOf, cypher, Map.of(), mapper);
	}

	public <P, T> Map<P, List<T>> related(Collection<P> parents, Function<P, String> idOf, String cypher,
			Map<String, ?> parameters, Function<Record, T> mapper) {
		Map<String, List<T>> byId = new LinkedHashMap<>();
		List<String> ids = parents.stream().map(idOf).distinct().toList();
		Map<String, Object> all = new LinkedHashMap<>(parameters);
		all.put("ids", ids);
		for (Record record : list(cypher, all, Function.identity())) {
			byId.computeIfAbsent(record.get("parent").asString(), (id) -> new ArrayList<>()).add(mapper.apply(record));
		}
		Map<P, List<T>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			result.put(parent, byId.getOrDefault(idOf.apply(parent), List.of()));
		}
		return result;
	}

	/** Like {@link #related}, for a relationship with at most one node per parent. */
	public <P, T> Map<P, T> relatedOne(Collection<P> parents, Function<P, String> idOf, String cypher,
			Function<Record, T> mapper) {
		Map<P, T> result = new LinkedHashMap<>();
		related(parents, idOf, cypher, mapper).forEach((parent, values) -> {
			if (!values.isEmpty()) {
				result.put(parent, values.get(0));
			}
		});
		return result;
	}

}
