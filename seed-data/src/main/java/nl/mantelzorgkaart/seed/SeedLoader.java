package nl.mantelzorgkaart.seed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.mantelzorgkaart.seed.SeedRecord.Link;

/**
 * Loads a validated dataset into Neo4j, idempotently: batched {@code UNWIND ... MERGE} per kind, one
 * transaction per batch. Loading twice gives the same graph; a changed record replaces its
 * properties and the relationships it owns; records missing from the files are reported (and only
 * deleted with {@code prune}).
 *
 * <p>
 * Labels and relationship types in the Cypher below come from {@link SeedSchema}'s constants, never
 * from file contents; every value is a parameter.
 */
public final class SeedLoader {

	/** Receives progress while a large dataset loads. */
	@FunctionalInterface
	public interface Progress {

		void loaded(SeedKind kind, int done, int total);

	}

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final int batchSize;

	private final Progress progress;

	public SeedLoader(Driver driver) {
		this(driver, null, 2_000, null);
	}

	/**
	 * @param database the Neo4j database, or {@code null} for the server's default
	 * @param batchSize records per transaction
	 * @param progress called after each batch, or {@code null} to log every 10% of a large kind
	 */
	public SeedLoader(Driver driver, String database, int batchSize, Progress progress) {
		this.driver = driver;
		this.sessionConfig = sessionConfig(database);
		this.batchSize = batchSize;
		this.progress = (progress != null) ? progress : SeedLoader::logProgress;
	}

	/**
	 * Marks a committed change of the graph: whatever derives from the graph (the search index) compares
	 * the stamp with the one it was built from. A random stamp, not a counter, so that a wiped and
	 * reloaded graph never looks like the one an index was built from.
	 */
	public static final String BUMP_REVISION = """
			MERGE (r:GraphRevision {id: 'graph'})
			SET r.revision = coalesce(r.revision, 0) + 1, r.stamp = randomUUID(), r.changedAt = datetime()""";

	/**
	 * The mark of a load under way: set before the first batch and cleared after the last, so that a load
	 * cut off half-way (a crash, {@code kill -9}) is seen at the next start and done again (issue 20). Each
	 * kind is written in batches of their own transactions; the mark makes the whole load all or nothing.
	 */
	static final String MARK = """
			MERGE (m:__SeedLoad {id: 'seed'}) SET m.state = $state, m.changedAt = datetime()""";

	/** Whether a load began in this database and did not finish. */
	public static boolean interrupted(Driver driver, String database) {
		try (Session session = driver.session(sessionConfig(database))) {
			return session.executeRead((tx) -> tx.run(
					"MATCH (m:__SeedLoad {id: 'seed'}) WHERE m.state = 'loading' RETURN count(m) > 0 AS interrupted")
				.single()
				.get("interrupted")
				.asBoolean());
		}
	}

	private static SessionConfig sessionConfig(String database) {
		return (database == null || database.isBlank()) ? SessionConfig.defaultConfig()
				: SessionConfig.forDatabase(database);
	}

	private void mark(String state) {
		try (Session session = session()) {
			session.executeWriteWithoutResult((tx) -> tx.run(MARK, Map.of("state", state)).consume());
		}
	}

	/** Validates everything, then loads; throws {@link SeedValidationException} before any write. */
	public LoadReport load(SeedDataset dataset, boolean prune) {
		long started = System.nanoTime();
		dataset.requireValid();
		Map<SeedKind, Set<String>> ids = dataset.ids();
		boolean fresh = countSeededNodes() == 0;
		mark("loading");
		Map<SeedKind, Integer> loaded = new EnumMap<>(SeedKind.class);
		for (SeedKind kind : SeedKind.values()) {
			int total = ids.get(kind).size();
			List<SeedRecord> batch = new ArrayList<>(this.batchSize);
			int[] done = { 0 };
			dataset.records(kind, (record) -> {
				batch.add(record);
				if (batch.size() == this.batchSize) {
					write(kind, batch, fresh);
					done[0] += batch.size();
					batch.clear();
					this.progress.loaded(kind, done[0], total);
				}
			});
			if (!batch.isEmpty()) {
				write(kind, batch, fresh);
				done[0] += batch.size();
				this.progress.loaded(kind, done[0], total);
			}
			loaded.put(kind, done[0]);
		}
		Map<SeedKind, List<String>> stale = staleRecords(ids, prune);
		try (Session session = session()) {
			// Addresses no record points at any more.
			session.executeWriteWithoutResult(
					(tx) -> tx.run("MATCH (l:Location) WHERE NOT (l)--() DELETE l").consume());
			session.executeWriteWithoutResult((tx) -> tx.run(BUMP_REVISION).consume());
		}
		mark("complete");
		return new LoadReport(loaded, countNodes(), countRelationships(), stale, prune,
				Duration.ofNanos(System.nanoTime() - started));
	}

	private void write(SeedKind kind, List<SeedRecord> records, boolean fresh) {
		List<Map<String, Object>> nodes = new ArrayList<>(records.size());
		Map<String, List<Map<String, Object>>> linkRows = new LinkedHashMap<>();
		List<Map<String, Object>> locationRows = new ArrayList<>();
		for (SeedRecord record : records) {
			Map<String, Object> properties = new HashMap<>(record.properties());
			properties.put("id", record.id());
			Object name = (record.properties().get("name") != null) ? record.properties().get("name")
					: record.properties().get("term");
			if (name != null) {
				// Lists sort by this indexed key, so that a page is read in index order, not sorted per request.
				properties.put("nameKey", name.toString().toLowerCase(java.util.Locale.ROOT));
			}
			nodes.add(Map.of("id", record.id(), "props", properties));
			for (Link link : record.links()) {
				linkRows.computeIfAbsent(linkQuery(kind, link), (query) -> new ArrayList<>())
					.add(Map.of("from", record.id(), "to", link.targetId(), "props", link.properties()));
			}
			for (Map<String, Object> location : record.locations()) {
				locationRows.add(Map.of("from", record.id(), "location", location));
			}
		}
		List<String> ids = records.stream().map(SeedRecord::id).toList();
		try (Session session = session()) {
			session.executeWriteWithoutResult((tx) -> {
				tx.run("""
						UNWIND $rows AS row
						MERGE (n:%s {id: row.id})
						SET n = row.props
						SET n.point = CASE WHEN row.props.lat IS NULL THEN null
						    ELSE point({latitude: row.props.lat, longitude: row.props.lon}) END
						""".formatted(kind.label()), Map.of("rows", nodes)).consume();
				if (!fresh) {
					tx.run(deleteOwnedQuery(kind), Map.of("ids", ids)).consume();
				}
				linkRows.forEach((query, rows) -> tx.run(query, Map.of("rows", rows)).consume());
				if (!locationRows.isEmpty()) {
					tx.run("""
							UNWIND $rows AS row
							MATCH (n:%s {id: row.from})
							MERGE (l:Location {id: row.location.id})
							SET l = row.location
							SET l.point = CASE WHEN row.location.lat IS NULL THEN null
							    ELSE point({latitude: row.location.lat, longitude: row.location.lon}) END
							MERGE (n)-[:%s]->(l)
							""".formatted(kind.label(), SeedSchema.locationRelationship(kind)),
							Map.of("rows", locationRows)).consume();
				}
			});
		}
	}

	private static String linkQuery(SeedKind kind, Link link) {
		String pattern = link.incoming() ? "(b)-[r:%s]->(a)" : "(a)-[r:%s]->(b)";
		// MERGE on the far end: its own record may come later in the load, and will fill the node in.
		return """
				UNWIND $rows AS row
				MATCH (a:%s {id: row.from})
				MERGE (b:%s {id: row.to})
				MERGE %s
				SET r = row.props
				""".formatted(kind.label(), link.targetKind().label(), pattern.formatted(link.type()));
	}

	/** Removes the relationships a record owns, so that a changed record's new ones replace them. */
	private static String deleteOwnedQuery(SeedKind kind) {
		Set<String> outgoing = new java.util.TreeSet<>();
		Set<String> incoming = new java.util.TreeSet<>();
		for (Field field : SeedSchema.references(kind)) {
			(field.incoming() ? incoming : outgoing).add(field.relationship());
		}
		if (kind != SeedKind.SOURCE) {
			outgoing.add(SeedSchema.CITED_IN);
		}
		if (kind == SeedKind.TERM) {
			outgoing.add(SeedSchema.EXPLAINS_RELATIONSHIP);
		}
		if (kind == SeedKind.ORGANISATION || kind == SeedKind.OFFERING) {
			outgoing.add(SeedSchema.locationRelationship(kind));
		}
		StringBuilder query = new StringBuilder("UNWIND $ids AS id MATCH (n:" + kind.label() + " {id: id})\n");
		if (!outgoing.isEmpty()) {
			query.append("CALL (n) { MATCH (n)-[r:").append(String.join("|", outgoing)).append("]->() DELETE r }\n");
		}
		if (!incoming.isEmpty()) {
			query.append("CALL (n) { MATCH (n)<-[r:").append(String.join("|", incoming)).append("]-() DELETE r }\n");
		}
		return query.append("RETURN count(*)").toString();
	}

	private Map<SeedKind, List<String>> staleRecords(Map<SeedKind, Set<String>> ids, boolean prune) {
		Map<SeedKind, List<String>> stale = new EnumMap<>(SeedKind.class);
		try (Session session = session()) {
			for (SeedKind kind : SeedKind.values()) {
				List<String> extra = session.executeRead((tx) -> tx
					.run("MATCH (n:%s) WHERE NOT n.id IN $ids RETURN n.id AS id ORDER BY id".formatted(kind.label()),
							Map.of("ids", List.copyOf(ids.get(kind))))
					.list((record) -> record.get("id").asString()));
				if (!extra.isEmpty() && prune) {
					session.executeWriteWithoutResult((tx) -> tx.run(
							"UNWIND $ids AS id MATCH (n:%s {id: id}) DETACH DELETE n".formatted(kind.label()),
							Map.of("ids", extra)).consume());
				}
				if (!extra.isEmpty()) {
					log.warn("{} {}(s) in the graph are no longer in the seed files{}: {}", extra.size(),
							kind.displayName(), prune ? " and were deleted" : "", extra);
				}
				stale.put(kind, extra);
			}
		}
		return stale;
	}

	private long countSeededNodes() {
		String labels = java.util.Arrays.stream(SeedKind.values())
			.map((kind) -> "n:" + kind.label())
			.collect(Collectors.joining(" OR "));
		try (Session session = session()) {
			return session.executeRead((tx) -> tx.run("MATCH (n) WHERE " + labels + " RETURN count(n) AS c LIMIT 1")
				.single()
				.get("c")
				.asLong());
		}
	}

	/** Nodes per label, for every kind the dataset defines plus locations. */
	public Map<String, Long> countNodes() {
		Map<String, Long> counts = new TreeMap<>();
		try (Session session = session()) {
			for (SeedKind kind : SeedKind.values()) {
				counts.put(kind.label(), session.executeRead((tx) -> tx
					.run("MATCH (n:%s) RETURN count(n) AS c".formatted(kind.label()))
					.single()
					.get("c")
					.asLong()));
			}
			counts.put("Location", session
				.executeRead((tx) -> tx.run("MATCH (n:Location) RETURN count(n) AS c").single().get("c").asLong()));
		}
		return counts;
	}

	public long countRelationships() {
		try (Session session = session()) {
			return session
				.executeRead((tx) -> tx.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong());
		}
	}

	private Session session() {
		return this.driver.session(this.sessionConfig);
	}

	private static void logProgress(SeedKind kind, int done, int total) {
		int step = Math.max(total / 10, 1);
		if (total >= 10_000 && (done % step < 2_000 || done == total)) {
			log.info("Loading {}: {} / {}", kind.folder(), done, total);
		}
	}

}
