package nl.mantelzorgkaart.search.index;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Reads the graph as the entries the index holds: organisations, offerings, networks and glossary
 * terms, with their themes, groups, functions, respite types, funding routes, areas, organisers,
 * networks and positions ({@link EntryMapper} makes the entries). Streams offerings, so that 100,000
 * of them do not sit in memory at once; everything is read in one read transaction, so the index
 * matches one state of the graph.
 */
final class GraphEntries {

	private static final String STAMP = "OPTIONAL MATCH (r:GraphRevision {id: 'graph'}) RETURN r.stamp AS stamp";

	private static final String VOCABULARY = """
			MATCH (n) WHERE n:CareTheme OR n:TargetGroup OR n:SupportFunction OR n:RespiteType OR n:FundingRoute
			   OR n:Area OR n:Network
			RETURN head([l IN labels(n) WHERE l <> 'Node']) AS label, n.id AS id, n.name AS name,
			       coalesce(n.synonyms, []) AS synonyms, n.kind AS kind, n.lat AS lat, n.lon AS lon,
			       coalesce(n.postcodes, []) AS postcodes,
			       [(n)-[:PART_OF]->(p) | p.id] AS parents, n.description AS description,
			       reduce(words = [], t IN [(t:Term)-[:EXPLAINS]->(n) | t] | words + t.term + coalesce(t.synonyms, []))
			         AS explainedBy""";

	private static final String ORGANISATIONS = """
			MATCH (g:Organisation)
			RETURN g.id AS id, g.name AS name, g.shortName AS shortName, g.description AS description,
			       g.kind AS kind, coalesce(g.status, 'active') AS status,
			       [(g)-[:ACTIVE_IN]->(a) | a.id] AS areas, [(g)-[:MEMBER_OF]->(n) | n.id] AS networks,
			       COLLECT { MATCH (g)-[:LOCATED_AT]->(l) WHERE l.lat IS NOT NULL RETURN [l.lat, l.lon, l.city] ORDER BY l.id }
			         AS points,
			       [(g)-[:LOCATED_AT]->(l) WHERE l.city IS NOT NULL | l.city] AS cities""";

	private static final String OFFERINGS = """
			MATCH (o:Offering)
			RETURN o.id AS id, o.name AS name, o.description AS description, coalesce(o.status, 'active') AS status,
			       o.cost AS cost, o.schedule AS schedule, o.howToApply AS howToApply,
			       [(o)-[:ADDRESSES]->(t) | t.id] AS careThemes, [(o)-[:FOR]->(t) | t.id] AS targetGroups,
			       [(o)-[:FULFILS]->(t) | t.id] AS supportFunctions, [(o)-[:GIVES_RESPITE_AS]->(t) | t.id] AS respiteTypes,
			       [(o)-[:FUNDED_VIA]->(t) | t.id] AS fundingRoutes, [(o)-[:SERVES]->(a) | a.id] AS areas,
			       [(g)-[:OFFERS]->(o) | g.id] + [(o)-[:ORGANISED_WITH]->(g) | g.id] AS organisations,
			       COLLECT { MATCH (o)-[:HELD_AT]->(l) WHERE l.lat IS NOT NULL RETURN [l.lat, l.lon, l.city] ORDER BY l.id }
			         AS points,
			       [(o)-[:HELD_AT]->(l) WHERE l.city IS NOT NULL | l.city] AS cities""";

	private static final String NETWORKS = """
			MATCH (n:Network)
			RETURN n.id AS id, n.name AS name, n.description AS description, coalesce(n.status, 'active') AS status,
			       [(n)-[:ADDRESSES]->(t) | t.id] AS careThemes, [(n)-[:ACTIVE_IN]->(a) | a.id] AS areas,
			       [(g)-[:MEMBER_OF]->(n) | g.id] + [(n)-[:COORDINATED_BY]->(g) | g.id] AS organisations""";

	private static final String TERMS = """
			MATCH (t:Term)
			RETURN t.id AS id, t.term AS name, t.definition AS description, coalesce(t.synonyms, []) AS synonyms,
			       [(t)-[:EXPLAINS]->(n) | [head([l IN labels(n) WHERE l <> 'Node']), n.id]] AS explains""";

	/** The postcodes of the addresses in our records, with the city each is in. */
	private static final String POSTCODES = """
			MATCH (l:Location) WHERE l.postcode IS NOT NULL AND l.city IS NOT NULL
			RETURN DISTINCT l.postcode AS postcode, l.city AS city""";

	private final Driver driver;

	private final SessionConfig sessionConfig;

	GraphEntries(Driver driver, SessionConfig sessionConfig) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
	}

	/** The stamp of the graph's latest committed change, or an empty string before any. */
	String stamp() {
		try (Session session = this.driver.session(this.sessionConfig)) {
			return session.executeRead(GraphEntries::stamp);
		}
	}

	private static String stamp(TransactionContext tx) {
		Value stamp = tx.run(STAMP).single().get("stamp");
		return stamp.isNull() ? "" : stamp.asString();
	}

	/** Reads every entry and hands it to {@code sink}; returns the stamp of the graph read. */
	String read(SearchIndex.Sink sink) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			return session.executeRead((tx) -> {
				String stamp = stamp(tx);
				IndexVocabulary vocabulary = new IndexVocabulary();
				tx.run(VOCABULARY).forEachRemaining(vocabulary::add);
				Map<String, String> cities = new LinkedHashMap<>();
				tx.run(POSTCODES).forEachRemaining((row) -> cities.put(row.get("postcode").asString(), row.get("city").asString()));
				sink.places(vocabulary.placeNames(cities));
				Map<String, OrganisationFacts> organisations = new LinkedHashMap<>();
				tx.run(ORGANISATIONS).forEachRemaining((row) -> {
					OrganisationFacts organisation = new OrganisationFacts(row);
					organisations.put(organisation.id, organisation);
				});
				EntryMapper entries = new EntryMapper(vocabulary, organisations);
				// Offerings first: an organisation is found by what its offerings are about.
				tx.run(OFFERINGS).forEachRemaining((row) -> sink.accept(entries.offering(row)));
				organisations.values().forEach((organisation) -> sink.accept(entries.organisation(organisation)));
				tx.run(NETWORKS).forEachRemaining((row) -> sink.accept(entries.network(row)));
				tx.run(TERMS).forEachRemaining((row) -> sink.accept(entries.term(row)));
				return stamp;
			});
		}
	}

}
