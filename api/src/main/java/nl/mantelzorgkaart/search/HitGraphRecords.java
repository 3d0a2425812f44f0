package nl.mantelzorgkaart.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLContext;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.knowledge.Explained;
import nl.mantelzorgkaart.offering.OfferingReads;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.search.SearchResults.Hit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The graph records behind a page of search hits: offerings with their organisers, organisations,
 * networks and glossary terms, one query per kind. The read can start as soon as the search has ranked
 * its page ({@link #readAhead}), on a thread of its own, so that the round trip to the graph overlaps
 * the facet counts and snippets the search works out meanwhile; the {@code record} field then takes
 * what was read ({@link #records}).
 */
@Component
class HitRecords implements DisposableBean {

	/** Where a request keeps the reads started for its searches (a request can hold several searches). */
	private static final String READS_AHEAD = HitRecords.class.getName() + ".readsAhead";

	private final GraphReads graph;

	private final OfferingReads offerings;

	/** A few threads: a read mostly waits for the database. When all are busy, a page reads when asked. */
	private final ThreadPoolExecutor readers;

	HitRecords(GraphReads graph, OfferingReads offerings) {
		this.graph = graph;
		this.offerings = offerings;
		AtomicInteger threads = new AtomicInteger();
		this.readers = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(64), (task) -> {
			Thread thread = new Thread(task, "search-records-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}, new ThreadPoolExecutor.AbortPolicy());
		this.readers.allowCoreThreadTimeOut(true);
	}

	/** Starts reading the records of a ranked page (ids by kind), for {@link #records} to pick up. */
	void readAhead(Map<SearchKind, List<String>> idsByKind, GraphQLContext context) {
		if (idsByKind.isEmpty()) {
			return;
		}
		CompletableFuture<Read> read;
		try {
			read = CompletableFuture.supplyAsync(() -> read(idsByKind), this.readers);
		}
		catch (RejectedExecutionException ex) {
			return; // every reader is busy: the records are read when the field asks for them
		}
		context.<Queue<CompletableFuture<Read>>>computeIfAbsent(READS_AHEAD, (key) -> new ConcurrentLinkedQueue<>())
			.add(read);
	}

	/**
	 * Each hit's record: from the reads started ahead where they have it, else read now (in one query per
	 * kind). Leaves the offerings' organisers in the request for {@code Offering.organisers}.
	 */
	Map<Hit, Object> records(List<Hit> hits, GraphQLContext context) {
		Map<String, Object> records = new HashMap<>();
		Map<String, List<Organisation>> organisers = new HashMap<>();
		Queue<CompletableFuture<Read>> ahead = context.get(READS_AHEAD);
		if (ahead != null) {
			for (CompletableFuture<Read> read : ahead) {
				Read done = join(read);
				records.putAll(done.records());
				organisers.putAll(done.organisers());
			}
		}
		Map<SearchKind, List<String>> missing = new EnumMap<>(SearchKind.class);
		for (Hit hit : hits) {
			if (!records.containsKey(key(hit.kind(), hit.id()))) {
				missing.computeIfAbsent(hit.kind(), (kind) -> new ArrayList<>()).add(hit.id());
			}
		}
		if (!missing.isEmpty()) {
			Read read = read(missing);
			records.putAll(read.records());
			organisers.putAll(read.organisers());
		}
		context.put(OfferingReads.READ_ORGANISERS, organisers);
		Map<Hit, Object> result = new LinkedHashMap<>();
		for (Hit hit : hits) {
			Object record = records.get(key(hit.kind(), hit.id()));
			if (record != null) {
				result.put(hit, record);
			}
		}
		return result;
	}

	private Read read(Map<SearchKind, List<String>> idsByKind) {
		Map<String, Object> records = new HashMap<>();
		Map<String, List<Organisation>> organisers = new HashMap<>();
		idsByKind.forEach((kind, ids) -> {
			if (kind == SearchKind.OFFERING) {
				this.offerings.withOrganisers(ids).forEach((id, read) -> {
					records.put(key(kind, id), read.offering());
					organisers.put(id, read.organisers());
				});
				return;
			}
			this.graph
				.list("MATCH (n:" + kind.label() + ") WHERE n.id IN $ids RETURN n", Map.of("ids", ids),
						(row) -> row.get("n").asNode())
				.forEach((node) -> records.put(key(kind, node.get("id").asString()), Explained.record(node)));
		});
		return new Read(records, organisers);
	}

	private static Read join(CompletableFuture<Read> read) {
		try {
			return read.join();
		}
		catch (CompletionException ex) {
			// The database's own error, as if the field had read it itself.
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private static String key(SearchKind kind, String id) {
		return kind.key() + ":" + id;
	}

	@Override
	public void destroy() {
		this.readers.shutdownNow();
	}

	/** Records by kind and id, and the offerings' organisers by offering id. */
	private record Read(Map<String, Object> records, Map<String, List<Organisation>> organisers) {

	}

}
