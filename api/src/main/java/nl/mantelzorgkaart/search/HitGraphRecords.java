package nl.mantelzorgkaart.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.knowledge.Explained;
import nl.mantelzorgkaart.offering.OfferingReads;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.search.execution.HitValues;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The graph records behind a page of search hits, for the API's {@code SearchHit.record}: offerings
 * with their organisers, organisations, networks and glossary terms, one query per kind for the whole
 * page. The read starts as soon as the search has ranked its page, on a thread of its own, so that the
 * round trip to the graph overlaps the facet counts and snippets the search works out meanwhile.
 */
@Component
class HitGraphRecords implements DisposableBean {

	private final GraphReads graph;

	private final OfferingReads offerings;

	/** A few threads: a read mostly waits for the database. When all are busy, a page reads when asked. */
	private final ThreadPoolTaskExecutor readers = new ThreadPoolTaskExecutor();

	HitGraphRecords(GraphReads graph, OfferingReads offerings) {
		this.graph = graph;
		this.offerings = offerings;
		this.readers.setCorePoolSize(2);
		this.readers.setMaxPoolSize(2);
		this.readers.setQueueCapacity(64);
		this.readers.setAllowCoreThreadTimeOut(true);
		this.readers.setDaemon(true);
		this.readers.setThreadNamePrefix("search-records-");
		this.readers.initialize();
	}

	/** Starts reading the records of a ranked page; what it returns gives them when asked. */
	PageRecords readAhead(List<HitValues> page) {
		Map<SearchKind, List<String>> idsByKind = new EnumMap<>(SearchKind.class);
		page.forEach((hit) -> idsByKind.computeIfAbsent(hit.kind(), (kind) -> new ArrayList<>()).add(hit.id()));
		Supplier<Read> read = () -> read(idsByKind);
		try {
			return new PageRecords(CompletableFuture.supplyAsync(read, this.readers));
		}
		catch (TaskRejectedException ex) {
			// Every reader is busy: the records are read now, on the request's own thread.
			return new PageRecords(CompletableFuture.completedFuture(read.get()));
		}
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
			this.graph.list(kind.recordsById(), Map.of("ids", ids), (row) -> row.get("n").asNode())
				.forEach((node) -> records.put(key(kind, node.get("id").asString()), Explained.record(node)));
		});
		return new Read(records, organisers);
	}

	private static String key(SearchKind kind, String id) {
		return kind.key() + ":" + id;
	}

	@Override
	public void destroy() {
		this.readers.shutdown();
	}

	/** Records by kind and id, and the offerings' organisers by offering id. */
	record Read(Map<String, Object> records, Map<String, List<Organisation>> organisers) {

		/** The record of a hit, or null when the graph no longer has it. */
		Object record(SearchKind kind, String id) {
			return this.records.get(key(kind, id));
		}

	}

	/** The records of one page, being read. */
	static final class PageRecords {

		private final CompletableFuture<Read> read;

		PageRecords(CompletableFuture<Read> read) {
			this.read = read;
		}

		/** What was read, waiting for it if need be; the database's own error if it failed. */
		Read get() {
			try {
				return this.read.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw ex;
			}
		}

	}

}
