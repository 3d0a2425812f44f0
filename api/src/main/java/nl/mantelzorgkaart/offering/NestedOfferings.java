package nl.mantelzorgkaart.offering;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.graph.Sort;
import org.dataloader.DataLoader;
import org.neo4j.driver.Value;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The paged {@code offerings(first, after)} field of themes, target groups, functions, respite types,
 * funding routes and areas. All parents asked for in one request load together: one count and one
 * page query per distinct (relation, first, after), however many parents there are.
 */
@Component
public class NestedOfferings {

	/** How a parent reaches its offerings; each is a fixed pattern from {@code (p)} to {@code (n:Offering)}. */
	public enum Relation {

		CARE_THEME("MATCH (p:CareTheme {id: pid})<-[:ADDRESSES]-(n:Offering)"),
		TARGET_GROUP("MATCH (p:TargetGroup {id: pid})<-[:PART_OF*0..]-(:TargetGroup)<-[:FOR]-(n:Offering)"),
		SUPPORT_FUNCTION("MATCH (p:SupportFunction {id: pid})<-[:FULFILS]-(n:Offering)"),
		RESPITE_TYPE("MATCH (p:RespiteType {id: pid})<-[:GIVES_RESPITE_AS]-(n:Offering)"),
		FUNDING_ROUTE("MATCH (p:FundingRoute {id: pid})<-[:FUNDED_VIA]-(n:Offering)"),
		AREA("MATCH (p:Area {id: pid})<-[:PART_OF*0..]-(:Area)<-[:SERVES]-(n:Offering)");

		private final String pattern;

		Relation(String pattern) {
			this.pattern = pattern;
		}

	}

	record Key(Relation relation, String parentId, int first, String after) {

	}

	private static final String LOADER = "nestedOfferings";

	private final GraphReads graph;

	NestedOfferings(GraphReads graph, BatchLoaderRegistry loaders) {
		this.graph = graph;
		loaders.<Key, Connection<Offering>>forName(LOADER)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> load(keys)));
	}

	/** Queues one parent's page; checks the paging arguments first. */
	public CompletableFuture<Connection<Offering>> load(DataLoader<Key, Connection<Offering>> loader, Relation relation,
			String parentId, Integer first, String after) {
		Paging.Request request = Paging.Request.of(first, Sort.DEFAULT, after);
		return loader.load(new Key(relation, parentId, request.first(), after));
	}

	private Map<Key, Connection<Offering>> load(Set<Key> keys) {
		Map<Key, Connection<Offering>> result = new HashMap<>();
		Map<List<Object>, List<Key>> groups = keys.stream()
			.collect(Collectors.groupingBy((key) -> java.util.Arrays.asList(key.relation(), key.first(), key.after()),
					LinkedHashMap::new, Collectors.toList()));
		groups.forEach((group, members) -> result.putAll(loadGroup(members)));
		return result;
	}

	private Map<Key, Connection<Offering>> loadGroup(List<Key> keys) {
		Key sample = keys.get(0);
		Paging.Request request = Paging.Request.of(sample.first(), Sort.DEFAULT, sample.after());
		List<String> ids = keys.stream().map(Key::parentId).distinct().toList();
		Map<String, Integer> totals = new HashMap<>();
		this.graph.list("UNWIND $ids AS pid\n" + sample.relation().pattern + "\nRETURN pid, count(DISTINCT n) AS total",
				Map.of("ids", ids), (r) -> r)
			.forEach((r) -> totals.put(r.get("pid").asString(), r.get("total").asInt()));
		Map<String, List<Value>> pages = new HashMap<>();
		if (request.first() > 0) {
			Map<String, Object> parameters = request.keysetParameters();
			parameters.put("ids", ids);
			this.graph.list("UNWIND $ids AS pid\n" + sample.relation().pattern + """

					WITH DISTINCT pid, n
					WITH pid, n, toLower(n.name) AS sortKey
					WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)
					WITH pid, n, sortKey ORDER BY sortKey, n.id
					WITH pid, collect({n: n, sortKey: sortKey}) AS rows
					RETURN pid, rows[0..$limit] AS page""", parameters, (r) -> r)
				.forEach((r) -> pages.put(r.get("pid").asString(), r.get("page").asList((v) -> v)));
		}
		Map<Key, Connection<Offering>> result = new HashMap<>();
		for (Key key : keys) {
			result.put(key, Paging.connection(pages.getOrDefault(key.parentId(), List.of()), request,
					totals.getOrDefault(key.parentId(), 0), (row) -> row.get("n").asNode(),
					(row) -> row.get("sortKey").asString(), (row) -> Offering.from(row.get("n").asNode())));
		}
		return result;
	}

}
