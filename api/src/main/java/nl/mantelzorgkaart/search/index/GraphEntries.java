package nl.mantelzorgkaart.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import nl.mantelzorgkaart.search.IndexedRecord.FacetValue;
import nl.mantelzorgkaart.search.IndexedRecord.GeoPoint;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/**
 * Reads the graph as the records the index holds: organisations, offerings, networks and glossary
 * terms, with their themes, groups, functions, respite types, funding routes, areas (expanded with
 * their ancestors), organisers, networks and positions. Streams offerings, so that 100,000 of them do
 * not sit in memory at once; everything is read in one read transaction, so the index matches one
 * state of the graph.
 */
final class GraphDocuments {

	/** Area kinds whose centre stands in for an address: "near me" means little for a whole province. */
	private static final Set<String> LOCAL_AREA_KINDS = Set.of("municipality", "district", "neighbourhood");

	/** Areas too wide to name in the places text: every Almere offering lies in Flevoland. */
	private static final Set<String> WIDE_AREA_KINDS = Set.of("country", "province");

	private final Driver driver;

	private final SessionConfig sessionConfig;

	GraphDocuments(Driver driver, SessionConfig sessionConfig) {
		this.driver = driver;
		this.sessionConfig = sessionConfig;
	}

	/** The stamp of the graph's latest committed change, or an empty string before any. */
	String stamp() {
		try (Session session = this.driver.session(this.sessionConfig)) {
			return session.executeRead((tx) -> {
				var result = tx.run("OPTIONAL MATCH (r:GraphRevision {id: 'graph'}) RETURN r.stamp AS stamp");
				Value stamp = result.single().get("stamp");
				return stamp.isNull() ? "" : stamp.asString();
			});
		}
	}

	/** Reads every record and hands it to {@code sink}; returns the stamp of the graph read. */
	String read(Consumer<IndexedRecord> sink) {
		try (Session session = this.driver.session(this.sessionConfig)) {
			return session.executeRead((tx) -> {
				Value stampValue = tx.run("OPTIONAL MATCH (r:GraphRevision {id: 'graph'}) RETURN r.stamp AS stamp")
					.single()
					.get("stamp");
				Vocabulary vocabulary = new Vocabulary();
				tx.run(VOCABULARY).forEachRemaining(vocabulary::add);
				Map<String, Organisation> organisations = new LinkedHashMap<>();
				tx.run(ORGANISATIONS).forEachRemaining((row) -> {
					Organisation organisation = new Organisation(row);
					organisations.put(organisation.id, organisation);
				});
				tx.run(OFFERINGS).forEachRemaining((row) -> sink.accept(offering(row, vocabulary, organisations)));
				for (Organisation organisation : organisations.values()) {
					sink.accept(organisation(organisation, vocabulary, organisations));
				}
				tx.run(NETWORKS).forEachRemaining((row) -> sink.accept(network(row, vocabulary, organisations)));
				tx.run(TERMS).forEachRemaining((row) -> sink.accept(term(row, vocabulary, organisations)));
				return stampValue.isNull() ? "" : stampValue.asString();
			});
		}
	}

	private static final String VOCABULARY = """
			MATCH (n) WHERE n:CareTheme OR n:TargetGroup OR n:SupportFunction OR n:RespiteType OR n:FundingRoute
			   OR n:Area OR n:Network
			RETURN head([l IN labels(n) WHERE l <> 'Node']) AS label, n.id AS id, n.name AS name,
			       coalesce(n.synonyms, []) AS synonyms, n.kind AS kind, n.lat AS lat, n.lon AS lon,
			       head([(n)-[:PART_OF]->(p) | p.id]) AS parent, n.description AS description,
			       reduce(words = [], t IN [(t:Term)-[:EXPLAINS]->(n) | t] | words + t.term + coalesce(t.synonyms, []))
			         AS explainedBy""";

	private static final String ORGANISATIONS = """
			MATCH (g:Organisation)
			RETURN g.id AS id, g.name AS name, g.shortName AS shortName, g.description AS description,
			       g.kind AS kind, coalesce(g.status, 'active') AS status, g.lastVerified AS lastVerified,
			       [(g)-[:ACTIVE_IN]->(a) | a.id] AS areas, [(g)-[:MEMBER_OF]->(n) | n.id] AS networks,
			       [(g)-[:LOCATED_AT]->(l) WHERE l.lat IS NOT NULL | [l.lat, l.lon]] AS points,
			       [(g)-[:LOCATED_AT]->(l) WHERE l.city IS NOT NULL | l.city] AS cities""";

	private static final String OFFERINGS = """
			MATCH (o:Offering)
			RETURN o.id AS id, o.name AS name, o.description AS description, coalesce(o.status, 'active') AS status,
			       o.lastVerified AS lastVerified, o.cost AS cost, o.schedule AS schedule, o.howToApply AS howToApply,
			       [(o)-[:ADDRESSES]->(t) | t.id] AS careThemes, [(o)-[:FOR]->(t) | t.id] AS targetGroups,
			       [(o)-[:FULFILS]->(t) | t.id] AS supportFunctions, [(o)-[:GIVES_RESPITE_AS]->(t) | t.id] AS respiteTypes,
			       [(o)-[:FUNDED_VIA]->(t) | t.id] AS fundingRoutes, [(o)-[:SERVES]->(a) | a.id] AS areas,
			       [(g)-[:OFFERS]->(o) | g.id] + [(o)-[:ORGANISED_WITH]->(g) | g.id] AS organisations,
			       [(o)-[:HELD_AT]->(l) WHERE l.lat IS NOT NULL | [l.lat, l.lon]] AS points,
			       [(o)-[:HELD_AT]->(l) WHERE l.city IS NOT NULL | l.city] AS cities""";

	private static final String NETWORKS = """
			MATCH (n:Network)
			RETURN n.id AS id, n.name AS name, n.description AS description, coalesce(n.status, 'active') AS status,
			       n.lastVerified AS lastVerified, [(n)-[:ADDRESSES]->(t) | t.id] AS careThemes,
			       [(n)-[:ACTIVE_IN]->(a) | a.id] AS areas,
			       [(g)-[:MEMBER_OF]->(n) | g.id] + [(n)-[:COORDINATED_BY]->(g) | g.id] AS organisations""";

	private static final String TERMS = """
			MATCH (t:Term)
			RETURN t.id AS id, t.term AS name, t.definition AS description, coalesce(t.synonyms, []) AS synonyms,
			       t.lastVerified AS lastVerified,
			       [(t)-[:EXPLAINS]->(n) | [head([l IN labels(n) WHERE l <> 'Node']), n.id]] AS explains""";

	private IndexedRecord offering(Record row, Vocabulary vocabulary, Map<String, Organisation> organisations) {
		String id = row.get("id").asString();
		Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
		facets.put(Facet.KIND, List.of(kindValue(SearchKind.OFFERING)));
		List<String> themes = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (String theme : strings(row, "careThemes")) {
			themes.addAll(vocabulary.namesAndSynonyms("CareTheme", theme));
		}
		putAll(facets, Facet.CARE_THEME, vocabulary.values("CareTheme", strings(row, "careThemes"), false));
		putAll(facets, Facet.TARGET_GROUP, vocabulary.values("TargetGroup", strings(row, "targetGroups"), true));
		putAll(facets, Facet.SUPPORT_FUNCTION,
				vocabulary.values("SupportFunction", strings(row, "supportFunctions"), false));
		putAll(facets, Facet.RESPITE_TYPE, vocabulary.values("RespiteType", strings(row, "respiteTypes"), false));
		putAll(facets, Facet.FUNDING_ROUTE, vocabulary.values("FundingRoute", strings(row, "fundingRoutes"), false));
		for (String respiteType : strings(row, "respiteTypes")) {
			labels.addAll(vocabulary.namesAndSynonyms("RespiteType", respiteType));
		}
		for (String label : List.of("TargetGroup", "SupportFunction", "FundingRoute")) {
			Facet facet = switch (label) {
				case "TargetGroup" -> Facet.TARGET_GROUP;
				case "SupportFunction" -> Facet.SUPPORT_FUNCTION;
				default -> Facet.FUNDING_ROUTE;
			};
			facets.getOrDefault(facet, List.of())
				.forEach((value) -> labels.addAll(vocabulary.namesAndSynonyms(label, value.id())));
		}
		List<String> context = new ArrayList<>();
		for (String label : List.of("SupportFunction", "RespiteType")) {
			String key = (label.equals("SupportFunction")) ? "supportFunctions" : "respiteTypes";
			for (String vocabularyId : strings(row, key)) {
				context.addAll(vocabulary.explanation(label, vocabularyId, true));
			}
		}
		for (String label : List.of("CareTheme", "TargetGroup")) {
			String key = (label.equals("CareTheme")) ? "careThemes" : "targetGroups";
			for (String vocabularyId : strings(row, key)) {
				context.addAll(vocabulary.explanation(label, vocabularyId, false));
			}
		}
		List<String> areas = strings(row, "areas");
		putAll(facets, Facet.AREA, vocabulary.values("Area", areas, true));
		List<String> organiserIds = strings(row, "organisations");
		List<String> organiserNames = new ArrayList<>();
		List<FacetValue> organiserValues = new ArrayList<>();
		Set<String> networkIds = new LinkedHashSet<>();
		for (String organiserId : organiserIds) {
			Organisation organisation = organisations.get(organiserId);
			if (organisation == null) {
				continue;
			}
			organiserNames.add(organisation.name);
			if (organisation.shortName != null) {
				organiserNames.add(organisation.shortName);
			}
			organiserValues.add(new FacetValue(organisation.id, organisation.name));
			networkIds.addAll(organisation.networks);
		}
		putAll(facets, Facet.ORGANISATION, organiserValues);
		putAll(facets, Facet.NETWORK, vocabulary.values("Network", new ArrayList<>(networkIds), false));
		// What an organisation's own document is found by: the themes, groups and kinds of help it offers.
		for (String organiserId : organiserIds) {
			Organisation organisation = organisations.get(organiserId);
			if (organisation != null) {
				for (Facet facet : List.of(Facet.CARE_THEME, Facet.TARGET_GROUP, Facet.SUPPORT_FUNCTION,
						Facet.RESPITE_TYPE, Facet.FUNDING_ROUTE)) {
					organisation.offered.computeIfAbsent(facet, (f) -> new LinkedHashSet<>())
						.addAll(facets.getOrDefault(facet, List.of()));
				}
				organisation.offeredThemes.addAll(themes);
			}
		}
		List<GeoPoint> points = points(row);
		boolean approximate = points.isEmpty();
		if (approximate) {
			points = vocabulary.centres(areas);
		}
		List<String> details = new ArrayList<>();
		for (String key : List.of("cost", "schedule", "howToApply")) {
			if (!row.get(key).isNull()) {
				details.add(row.get(key).asString());
			}
		}
		return new IndexedRecord(SearchKind.OFFERING, id, row.get("name").asString(), List.of(),
				text(row, "description"), themes, labels, organiserNames, places(vocabulary, areas, row), details,
				context, facets, points, approximate && !points.isEmpty(), row.get("status").asString(), date(row));
	}

	private IndexedRecord organisation(Organisation organisation, Vocabulary vocabulary,
			Map<String, Organisation> organisations) {
		Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
		facets.put(Facet.KIND, List.of(kindValue(SearchKind.ORGANISATION)));
		organisation.offered.forEach((facet, values) -> facets.put(facet, new ArrayList<>(values)));
		putAll(facets, Facet.AREA, vocabulary.values("Area", organisation.areas, true));
		putAll(facets, Facet.ORGANISATION, List.of(new FacetValue(organisation.id, organisation.name)));
		putAll(facets, Facet.NETWORK, vocabulary.values("Network", organisation.networks, false));
		List<String> labels = new ArrayList<>();
		labels.add(organisation.kind);
		for (Facet facet : List.of(Facet.RESPITE_TYPE, Facet.SUPPORT_FUNCTION, Facet.TARGET_GROUP)) {
			facets.getOrDefault(facet, List.of()).forEach((value) -> labels.add(value.label()));
		}
		List<GeoPoint> points = organisation.points;
		boolean approximate = points.isEmpty();
		if (approximate) {
			points = vocabulary.centres(organisation.areas);
		}
		List<String> places = new ArrayList<>(vocabulary.placeNames(organisation.areas));
		places.addAll(organisation.cities);
		return new IndexedRecord(SearchKind.ORGANISATION, organisation.id, organisation.name,
				(organisation.shortName != null) ? List.of(organisation.shortName) : List.of(),
				organisation.description, new ArrayList<>(organisation.offeredThemes), labels, List.of(), places,
				List.of(), List.of(), facets, points, approximate && !points.isEmpty(), organisation.status,
				organisation.lastVerified);
	}

	private IndexedRecord network(Record row, Vocabulary vocabulary, Map<String, Organisation> organisations) {
		String id = row.get("id").asString();
		Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
		facets.put(Facet.KIND, List.of(kindValue(SearchKind.NETWORK)));
		List<String> careThemes = strings(row, "careThemes");
		putAll(facets, Facet.CARE_THEME, vocabulary.values("CareTheme", careThemes, false));
		List<String> areas = strings(row, "areas");
		putAll(facets, Facet.AREA, vocabulary.values("Area", areas, true));
		List<FacetValue> members = new ArrayList<>();
		List<String> memberNames = new ArrayList<>();
		for (String memberId : new LinkedHashSet<>(strings(row, "organisations"))) {
			Organisation member = organisations.get(memberId);
			if (member != null) {
				members.add(new FacetValue(member.id, member.name));
				memberNames.add(member.name);
			}
		}
		putAll(facets, Facet.ORGANISATION, members);
		putAll(facets, Facet.NETWORK, vocabulary.values("Network", List.of(id), false));
		List<String> themes = new ArrayList<>();
		for (String theme : careThemes) {
			themes.addAll(vocabulary.namesAndSynonyms("CareTheme", theme));
		}
		return new IndexedRecord(SearchKind.NETWORK, id, row.get("name").asString(), List.of(),
				text(row, "description"), themes, List.of(), memberNames, vocabulary.placeNames(areas), List.of(),
				List.of(), facets, List.of(), false, row.get("status").asString(), date(row));
	}

	private IndexedRecord term(Record row, Vocabulary vocabulary, Map<String, Organisation> organisations) {
		Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
		facets.put(Facet.KIND, List.of(kindValue(SearchKind.TERM)));
		List<String> themes = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (Value explained : row.get("explains").values()) {
			String label = explained.get(0).asString();
			String explainedId = explained.get(1).asString();
			Facet facet = switch (label) {
				case "CareTheme" -> Facet.CARE_THEME;
				case "TargetGroup" -> Facet.TARGET_GROUP;
				case "SupportFunction" -> Facet.SUPPORT_FUNCTION;
				case "RespiteType" -> Facet.RESPITE_TYPE;
				case "FundingRoute" -> Facet.FUNDING_ROUTE;
				default -> null;
			};
			if (facet != null) {
				putAll(facets, facet, vocabulary.values(label, List.of(explainedId), false));
				(facet == Facet.CARE_THEME ? themes : labels).addAll(vocabulary.namesAndSynonyms(label, explainedId));
			}
			else if ("Organisation".equals(label) && organisations.containsKey(explainedId)) {
				labels.add(organisations.get(explainedId).name);
			}
		}
		return new IndexedRecord(SearchKind.TERM, row.get("id").asString(), row.get("name").asString(),
				strings(row, "synonyms"), text(row, "description"), themes, labels, List.of(), List.of(), List.of(),
				List.of(), facets, List.of(), false, "active", date(row));
	}

	private static FacetValue kindValue(SearchKind kind) {
		return new FacetValue(kind.key(), kind.label());
	}

	private static void putAll(Map<Facet, List<FacetValue>> facets, Facet facet, List<FacetValue> values) {
		if (!values.isEmpty()) {
			facets.computeIfAbsent(facet, (f) -> new ArrayList<>()).addAll(values);
		}
	}

	private static List<String> places(Vocabulary vocabulary, List<String> areas, Record row) {
		List<String> places = new ArrayList<>(vocabulary.placeNames(areas));
		places.addAll(strings(row, "cities"));
		return places;
	}

	private static List<GeoPoint> points(Record row) {
		List<GeoPoint> points = new ArrayList<>();
		for (Value point : row.get("points").values()) {
			points.add(new GeoPoint(point.get(0).asDouble(), point.get(1).asDouble()));
		}
		return points;
	}

	private static List<String> strings(Record row, String key) {
		return row.get(key).isNull() ? List.of() : row.get(key).asList(Value::asString);
	}

	private static String text(Record row, String key) {
		return row.get(key).isNull() ? "" : row.get(key).asString();
	}

	private static java.time.LocalDate date(Record row) {
		return row.get("lastVerified").isNull() ? null : row.get("lastVerified").asLocalDate();
	}

	/** An organisation as offerings and networks refer to it, and what its offerings are about. */
	private static final class Organisation {

		final String id;

		final String name;

		final String shortName;

		final String description;

		final String kind;

		final String status;

		final java.time.LocalDate lastVerified;

		final List<String> areas;

		final List<String> networks;

		final List<GeoPoint> points;

		final List<String> cities;

		final Map<Facet, Set<FacetValue>> offered = new EnumMap<>(Facet.class);

		final Set<String> offeredThemes = new LinkedHashSet<>();

		Organisation(Record row) {
			this.id = row.get("id").asString();
			this.name = row.get("name").asString();
			this.shortName = row.get("shortName").isNull() ? null : row.get("shortName").asString();
			this.description = text(row, "description");
			this.kind = text(row, "kind");
			this.status = row.get("status").asString();
			this.lastVerified = date(row);
			this.areas = strings(row, "areas");
			this.networks = strings(row, "networks");
			this.points = points(row);
			this.cities = strings(row, "cities");
		}

	}

	/** Names, synonyms, parents and centres of the taxonomy, areas and networks, by label and id. */
	private static final class Vocabulary {

		private final Map<String, Entry> entries = new HashMap<>();

		void add(Record row) {
			Entry entry = new Entry(row.get("id").asString(), row.get("name").isNull() ? row.get("id").asString()
					: row.get("name").asString(), row.get("synonyms").asList(Value::asString),
					row.get("kind").isNull() ? null : row.get("kind").asString(),
					row.get("parent").isNull() ? null : row.get("parent").asString(),
					row.get("lat").isNull() ? null : new GeoPoint(row.get("lat").asDouble(), row.get("lon").asDouble()),
					row.get("description").isNull() ? null : row.get("description").asString(),
					row.get("explainedBy").asList(Value::asString));
			this.entries.put(row.get("label").asString() + ":" + entry.id, entry);
		}

		List<String> namesAndSynonyms(String label, String id) {
			Entry entry = this.entries.get(label + ":" + id);
			if (entry == null) {
				return List.of();
			}
			List<String> names = new ArrayList<>();
			names.add(entry.name);
			names.addAll(entry.synonyms);
			return names;
		}

		/** Facet values for ids, optionally with every ancestor (each value once). */
		List<FacetValue> values(String label, List<String> ids, boolean withAncestors) {
			Map<String, FacetValue> values = new LinkedHashMap<>();
			for (String id : ids) {
				String current = id;
				int guard = 0;
				while (current != null && guard++ < 32) {
					Entry entry = this.entries.get(label + ":" + current);
					values.putIfAbsent(current, new FacetValue(current, (entry != null) ? entry.name : current));
					current = (withAncestors && entry != null) ? entry.parent : null;
				}
			}
			return new ArrayList<>(values.values());
		}

		/** Names of the areas and their ancestors up to, not including, the province. */
		List<String> placeNames(List<String> areas) {
			Set<String> names = new LinkedHashSet<>();
			for (String id : areas) {
				String current = id;
				int guard = 0;
				while (current != null && guard++ < 32) {
					Entry entry = this.entries.get("Area:" + current);
					if (entry == null || WIDE_AREA_KINDS.contains(entry.kind)) {
						break;
					}
					names.add(entry.name);
					current = entry.parent;
				}
			}
			return new ArrayList<>(names);
		}

		/** Centres of the local areas among these: where a record without an address is, roughly. */
		List<GeoPoint> centres(List<String> areas) {
			List<GeoPoint> centres = new ArrayList<>();
			for (String id : areas) {
				Entry entry = this.entries.get("Area:" + id);
				if (entry != null && entry.centre != null && LOCAL_AREA_KINDS.contains(entry.kind)) {
					centres.add(entry.centre);
				}
			}
			return centres;
		}

		/**
		 * What explains a vocabulary entry: the glossary terms (and their synonyms) that explain it and,
		 * where asked, its own description.
		 */
		List<String> explanation(String label, String id, boolean withDescription) {
			Entry entry = this.entries.get(label + ":" + id);
			if (entry == null) {
				return List.of();
			}
			List<String> words = new ArrayList<>(entry.explainedBy);
			if (withDescription && entry.description != null) {
				words.add(entry.description);
			}
			return words;
		}

		private record Entry(String id, String name, List<String> synonyms, String kind, String parent,
				GeoPoint centre, String description, List<String> explainedBy) {

		}

	}

}
