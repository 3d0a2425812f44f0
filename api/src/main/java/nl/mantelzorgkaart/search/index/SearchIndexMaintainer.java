package nl.mantelzorgkaart.search.index;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import nl.mantelzorgkaart.search.SearchSettings;
import nl.mantelzorgkaart.system.Neo4jSettings;
import nl.mantelzorgkaart.system.Sessions;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Keeps the index derived from the graph: at start-up (before the web server accepts requests) it
 * rebuilds the index when it is missing, was built with another schema or analysis, or from another
 * graph state; after that it checks the graph's stamp periodically, and code that writes the graph
 * calls {@link #refresh()} when its transaction has committed.
 */
@Component
public class SearchIndexMaintainer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintainer.class);

	private final SearchIndex index;

	private final GraphEntries graph;

	private final SearchSettings settings;

	/** One daemon thread for the periodic check; its own, so that no other task can delay it. */
	private final ThreadPoolTaskScheduler checks = new ThreadPoolTaskScheduler();

	private volatile ScheduledFuture<?> check;

	private volatile boolean running;

	SearchIndexMaintainer(SearchIndex index, Driver driver, Neo4jSettings neo4j, SearchSettings settings) {
		this.index = index;
		this.graph = new GraphEntries(driver, Sessions.config(neo4j.database()));
		this.settings = settings;
		this.checks.setThreadNamePrefix("search-index-check-");
		this.checks.setDaemon(true);
	}

	/** Brings the index up to date with the graph if it is not; returns whether it rebuilt. */
	public synchronized boolean refresh() {
		String built = this.index.builtStamp();
		String current = this.graph.stamp();
		if (!built.isEmpty() && built.equals(current)) {
			return false;
		}
		log.info(built.isEmpty() ? "The search index is missing or was built differently: building it from the graph"
				: "The graph changed since the search index was built: rebuilding it");
		rebuild();
		return true;
	}

	/** Rebuilds the whole index from the graph, whatever its state. */
	public synchronized int rebuild() {
		long started = System.nanoTime();
		int documents = this.index.rebuild(this.graph::read);
		log.info("Indexed {} records for search in {} ms ({})", documents,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), this.index.path());
		return documents;
	}

	@Override
	public void start() {
		if (this.settings.rebuild()) {
			rebuild();
		}
		else {
			refresh();
		}
		Duration interval = this.settings.checkInterval();
		if (!interval.isZero()) {
			this.checks.initialize();
			this.check = this.checks.scheduleWithFixedDelay(this::checkQuietly, Instant.now().plus(interval), interval);
		}
		this.running = true;
	}

	private void checkQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			log.warn("Checking the search index against the graph failed; searches use the last index", ex);
		}
	}

	@Override
	public void stop() {
		ScheduledFuture<?> check = this.check;
		this.check = null;
		if (check != null) {
			check.cancel(true);
			this.checks.shutdown();
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Before the web server (which starts in a later phase) accepts the first search. */
	@Override
	public int getPhase() {
		return 0;
	}

}
