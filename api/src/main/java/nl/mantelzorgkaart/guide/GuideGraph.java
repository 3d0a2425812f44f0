package nl.mantelzorgkaart.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.knowledge.Term;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.taxonomy.Taxa.CareTheme;
import nl.mantelzorgkaart.taxonomy.Taxa.FundingRoute;
import nl.mantelzorgkaart.taxonomy.Taxa.RespiteType;
import nl.mantelzorgkaart.taxonomy.Taxa.SupportFunction;
import nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Component;

/**
 * The guide's and the coverage report's reads: the vocabulary with the place a question is about (one
 * query), the offerings around it with all their facts (one query), the points of contact along the area
 * chain (one query), whom to turn to at once when a night or an emergency is asked (one query) and the
 * glossary terms for an answer (one query). Everything else is Java.
 */
@Component
class GuideGraph {

	/** The vocabulary, read whole: a few dozen nodes. */
	private static final String VOCABULARY = """
			CALL () { MATCH (g:TargetGroup) OPTIONAL MATCH (g)-[:PART_OF]->(p:TargetGroup)
			          RETURN collect({group: g, parent: p.id}) AS groups }
			CALL () { MATCH (n:CareTheme) RETURN collect(n) AS careThemes }
			CALL () { MATCH (n:RespiteType) RETURN collect(n) AS respiteTypes }
			CALL () { MATCH (n:FundingRoute) RETURN collect(n) AS fundingRoutes }
			CALL () { MATCH (n:SupportFunction) RETURN collect(n) AS supportFunctions }
			CALL () { OPTIONAL MATCH (n:Area {kind: 'country'}) RETURN collect(n)[0] AS country }
			""";

	/** An area with the areas within it, the areas it lies in, and the PART_OF links below it. */
	private static final String AREA_SCOPE = VOCABULARY + """
			OPTIONAL MATCH (a:Area {id: $area})
			RETURN groups, careThemes, respiteTypes, fundingRoutes, supportFunctions, country, a,
			  COLLECT { MATCH (a)<-[:PART_OF*1..]-(x:Area) RETURN DISTINCT x } AS within,
			  COLLECT { MATCH (a)-[:PART_OF*1..]->(x:Area) RETURN DISTINCT x } AS enclosing,
			  COLLECT { MATCH (a)<-[:PART_OF*0..]-(x:Area)-[:PART_OF]->(y:Area) RETURN DISTINCT [x.id, y.id] } AS links
			""";

	/**
	 * The places within a radius of a point (regions, municipalities, districts), what lies within and
	 * around them, and the municipality nearest to the point with the areas it lies in.
	 */
	private static final String NEAR_SCOPE = VOCABULARY + """
			CALL () { MATCH (x:Area) WHERE x.kind IN $localKinds AND point.distance(x.point, $point) <= $radius
			          RETURN collect(x) AS near }
			CALL (near) { UNWIND near AS x MATCH (x)<-[:PART_OF*0..]-(y:Area) RETURN collect(DISTINCT y) AS within }
			CALL (near) { UNWIND near AS x MATCH (x)-[:PART_OF*1..]->(y:Area) RETURN collect(DISTINCT y) AS enclosing }
			CALL () { MATCH (m:Area {kind: 'municipality'}) WHERE m.point IS NOT NULL
			          WITH m ORDER BY point.distance(m.point, $point), m.id LIMIT 1 RETURN collect(m) AS nearest }
			CALL (nearest) { UNWIND nearest AS m MATCH (m)-[:PART_OF*1..]->(y:Area)
			                 RETURN collect(DISTINCT y) AS nearestEnclosing }
			RETURN groups, careThemes, respiteTypes, fundingRoutes, supportFunctions, country, near, within,
			  enclosing, nearest, nearestEnclosing
			""";

	/** The facts of each offering {@code o}: one row per offering. */
	private static final String FACTS = """
			WITH DISTINCT o WHERE o.status <> 'ended'
			RETURN o,
			  COLLECT { MATCH (o)-[:ADDRESSES]->(n:CareTheme) RETURN n.id } AS careThemes,
			  COLLECT { MATCH (o)-[:FOR]->(n:TargetGroup) RETURN n.id } AS targetGroups,
			  COLLECT { MATCH (o)-[:FULFILS]->(n:SupportFunction) RETURN n.id } AS supportFunctions,
			  COLLECT { MATCH (o)-[:GIVES_RESPITE_AS]->(n:RespiteType) RETURN n.id } AS respiteTypes,
			  COLLECT { MATCH (o)-[:FUNDED_VIA]->(n:FundingRoute) RETURN n.id } AS fundingRoutes,
			  COLLECT { MATCH (o)-[:SERVES]->(n:Area) RETURN n.id } AS servedAreas,
			  COLLECT { MATCH (o)<-[:OFFERS]-(n:Organisation) RETURN n } AS organisers,
			  CASE WHEN $point IS NULL THEN [] ELSE
			    COLLECT { MATCH (o)-[:HELD_AT]->(l:Location) WHERE l.point IS NOT NULL
			              RETURN point.distance(l.point, $point) } END AS distances
			""";

	private static final String OFFERINGS_IN_AREAS = """
			MATCH (x:Area)<-[:SERVES]-(o:Offering) WHERE x.id IN $areas
			""" + FACTS;

	/** Near a point: also what is held at a location within the radius, whatever area it serves. */
	private static final String OFFERINGS_NEAR = """
			CALL () {
			  MATCH (x:Area)<-[:SERVES]-(o:Offering) WHERE x.id IN $areas RETURN o
			  UNION
			  MATCH (l:Location) WHERE point.distance(l.point, $point) <= $radius
			  MATCH (l)<-[:HELD_AT]-(o:Offering) RETURN o
			}
			""" + FACTS;

	/**
	 * Per area of a chain: organisations that caregivers reach through an active offering of personal
	 * guidance or information for caregivers serving that area, and caregiver support centres and
	 * municipalities working there.
	 */
	private static final String CONTACTS = """
			UNWIND $areas AS areaId
			MATCH (a:Area {id: areaId})
			CALL (a) {
			  MATCH (a)<-[:SERVES]-(o:Offering)-[:FULFILS]->(f:SupportFunction)
			  WHERE f.id IN $functions AND o.status = 'active'
			    AND EXISTS { (o)-[:FOR]->(:TargetGroup)-[:PART_OF*0..]->(:TargetGroup {id: $caregivers}) }
			  MATCH (o)<-[:OFFERS]-(g:Organisation) WHERE coalesce(g.status, 'active') = 'active'
			  RETURN DISTINCT g, o
			  UNION
			  MATCH (a)<-[:ACTIVE_IN]-(g:Organisation)
			  WHERE g.kind IN $kinds AND coalesce(g.status, 'active') = 'active'
			  RETURN g, null AS o
			}
			RETURN a.id AS area, g, o,
			  COLLECT { MATCH (o)-[:FOR]->(t:TargetGroup) RETURN t.id } AS targetGroups,
			  COLLECT { MATCH (o)-[:FULFILS]->(f:SupportFunction) RETURN f.id } AS supportFunctions
			""";

	/**
	 * Per area of a chain: whom to turn to at once. Wijkteams, municipalities, caregiver support centres and
	 * out-of-hours GP posts (huisartsenposten) working there, active offerings of emergency care (noodopvang)
	 * serving it, and for the country the active offerings by phone (helplines).
	 */
	private static final String URGENT_CONTACTS = """
			UNWIND $areas AS areaId
			MATCH (a:Area {id: areaId})
			CALL (a) {
			  MATCH (a)<-[:ACTIVE_IN]-(g:Organisation)
			  WHERE coalesce(g.status, 'active') = 'active' AND (g.kind IN $kinds OR toLower(g.name) CONTAINS $gpPost)
			  RETURN g, null AS o
			  UNION
			  MATCH (a)<-[:SERVES]-(o:Offering)<-[:OFFERS]-(g:Organisation)
			  WHERE o.status = 'active' AND coalesce(g.status, 'active') = 'active'
			    AND (EXISTS { (o)-[:GIVES_RESPITE_AS]->(:RespiteType {id: $emergencyCare}) }
			         OR (a.kind = 'country' AND $byPhone IN coalesce(o.settings, [])))
			  RETURN g, o
			}
			RETURN a.id AS area, g, o,
			  o IS NOT NULL AND EXISTS { (o)-[:GIVES_RESPITE_AS]->(:RespiteType {id: $emergencyCare}) } AS emergencyCare
			ORDER BY g.name, g.id
			""";

	/** Organisations of the given kinds active in each area that the sources give a way to reach. */
	private static final String REACHABLE_DOORS = """
			UNWIND $areas AS areaId
			MATCH (a:Area {id: areaId})<-[:ACTIVE_IN]-(g:Organisation)
			WHERE coalesce(g.status, 'active') = 'active' AND g.kind IN $kinds
			  AND (g.phone IS NOT NULL OR g.email IS NOT NULL OR g.website IS NOT NULL)
			RETURN a.id AS area, g ORDER BY g.name, g.id
			""";

	private static final String TERMS = """
			MATCH (t:Term)-[:EXPLAINS]->(n)
			WHERE (n:RespiteType AND n.id IN $respiteTypes) OR (n:CareTheme AND n.id IN $careThemes)
			RETURN DISTINCT t ORDER BY toLower(t.term), t.id
			""";

	/** A possible point of contact: an organisation, the offering that makes it one (or none), and where. */
	record ContactCandidate(String areaId, Organisation organisation, Offering offering, Set<String> targetGroups,
			Set<String> supportFunctions) {

	}

	/**
	 * Someone to turn to at once: an organisation, the offering that makes it one (or none), where, and whether
	 * that offering is emergency care.
	 */
	record UrgentCandidate(String areaId, Organisation organisation, Offering offering, boolean emergencyCare) {

	}

	/** The vocabulary and a scope, read together. */
	record Context(Vocabulary vocabulary, AreaScope scope, Area country) {

	}

	private final GraphReads graph;

	GuideGraph(GraphReads graph) {
		this.graph = graph;
	}

	/** The vocabulary and the area {@code areaId}; the scope is null when there is no such area. */
	Context aroundArea(String areaId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("area", areaId);
		Record row = this.graph.one(AREA_SCOPE, parameters, (r) -> r).orElseThrow();
		Vocabulary vocabulary = vocabulary(row);
		Area country = country(row);
		if (row.get("a").isNull()) {
			return new Context(vocabulary, (areaId == null) ? AreaScope.nationalOnly(country) : null, country);
		}
		Area area = Area.from(row.get("a").asNode());
		Map<String, Area> areas = new LinkedHashMap<>();
		areas.put(area.id(), area);
		Set<String> inside = new LinkedHashSet<>();
		inside.add(area.id());
		for (Area within : areas(row.get("within"))) {
			areas.put(within.id(), within);
			inside.add(within.id());
		}
		List<Area> enclosing = areas(row.get("enclosing"));
		enclosing.sort(Comparator.comparingInt(AreaScope::remoteness).thenComparing(Area::name));
		Set<String> local = new LinkedHashSet<>(inside);
		Set<String> wider = new LinkedHashSet<>();
		for (Area around : enclosing) {
			areas.put(around.id(), around);
			(around.kind().isLocal() ? local : wider).add(around.id());
		}
		Map<String, List<String>> parents = new LinkedHashMap<>();
		for (Value link : row.get("links").values()) {
			parents.computeIfAbsent(link.get(0).asString(), (id) -> new ArrayList<>()).add(link.get(1).asString());
		}
		List<Area> chain = new ArrayList<>();
		chain.add(area);
		chain.addAll(enclosing);
		return new Context(vocabulary,
				new AreaScope(area, areas, inside, local, wider, parents, chain, null, null), country);
	}

	/** The vocabulary and the places within {@code radiusKm} of a point. */
	Context aroundPoint(double lat, double lon, double radiusKm) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("point", point(lat, lon));
		parameters.put("radius", radiusKm * 1000);
		parameters.put("localKinds", Area.Kind.storedLocalKinds());
		Record row = this.graph.one(NEAR_SCOPE, parameters, (r) -> r).orElseThrow();
		Map<String, Area> areas = new LinkedHashMap<>();
		Set<String> inside = new LinkedHashSet<>();
		for (Area within : areas(row.get("within"))) {
			areas.put(within.id(), within);
			inside.add(within.id());
		}
		Set<String> local = new LinkedHashSet<>(inside);
		Set<String> wider = new LinkedHashSet<>();
		for (Area around : areas(row.get("enclosing"))) {
			if (!inside.contains(around.id())) {
				areas.put(around.id(), around);
				(around.kind().isLocal() ? local : wider).add(around.id());
			}
		}
		List<Area> nearest = areas(row.get("nearest"));
		Area area = nearest.isEmpty() ? null : nearest.get(0);
		Area country = country(row);
		List<Area> chain = new ArrayList<>();
		// The nearest municipality's contacts are local only when something lies within the radius.
		if (area != null && (!inside.isEmpty()
				|| AreaScope.kilometres(lat, lon, area.lat(), area.lon()) <= radiusKm)) {
			chain.add(area);
			List<Area> around = areas(row.get("nearestEnclosing"));
			around.sort(Comparator.comparingInt(AreaScope::remoteness).thenComparing(Area::name));
			chain.addAll(around);
		}
		else if (country != null) {
			chain.add(country);
		}
		chain.forEach((a) -> areas.putIfAbsent(a.id(), a));
		return new Context(vocabulary(row), new AreaScope(area, areas, inside, local, wider, Map.of(), chain,
				new double[] { lat, lon }, radiusKm), country);
	}

	/** The offerings (not ended) serving the scope's areas, or near its point, with their facts. */
	List<OfferingFacts> offerings(AreaScope scope) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("areas", List.copyOf(scope.all()));
		parameters.put("point", scope.byPoint() ? point(scope.point()[0], scope.point()[1]) : null);
		if (scope.byPoint()) {
			parameters.put("radius", scope.radiusKm() * 1000);
		}
		return this.graph.list(scope.byPoint() ? OFFERINGS_NEAR : OFFERINGS_IN_AREAS, parameters, GuideGraph::facts);
	}

	/** Possible points of contact in each of the areas, in the order given. */
	List<ContactCandidate> contacts(List<String> areaIds, String caregivers) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("areas", areaIds);
		parameters.put("functions", List.of(Vocabulary.PERSONAL_GUIDANCE, Vocabulary.INFORMATION));
		parameters.put("caregivers", caregivers);
		parameters.put("kinds", List.of(Vocabulary.SUPPORT_CENTRE_KIND, Vocabulary.MUNICIPALITY_KIND));
		return this.graph.list(CONTACTS, parameters,
				(r) -> new ContactCandidate(r.get("area").asString(), Organisation.from(r.get("g").asNode()),
						r.get("o").isNull() ? null : Offering.from(r.get("o").asNode()), strings(r.get("targetGroups")),
						strings(r.get("supportFunctions"))));
	}

	/** Organisations of these kinds in each of the areas that can be reached (phone, e-mail or website). */
	List<ContactCandidate> reachableDoors(List<String> areaIds, List<String> kinds) {
		return this.graph.list(REACHABLE_DOORS, Map.of("areas", areaIds, "kinds", kinds),
				(r) -> new ContactCandidate(r.get("area").asString(), Organisation.from(r.get("g").asNode()), null,
						Set.of(), Set.of()));
	}

	/** Whom to turn to at once in each of the areas, in the order given. */
	List<UrgentCandidate> urgentContacts(List<String> areaIds) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("areas", areaIds);
		parameters.put("kinds", List.of(Vocabulary.LOCAL_TEAM_KIND, Vocabulary.MUNICIPALITY_KIND,
				Vocabulary.SUPPORT_CENTRE_KIND));
		parameters.put("gpPost", Vocabulary.GP_POST);
		parameters.put("emergencyCare", Vocabulary.EMERGENCY_CARE);
		parameters.put("byPhone", Vocabulary.BY_PHONE);
		return this.graph.list(URGENT_CONTACTS, parameters,
				(r) -> new UrgentCandidate(r.get("area").asString(), Organisation.from(r.get("g").asNode()),
						r.get("o").isNull() ? null : Offering.from(r.get("o").asNode()),
						r.get("emergencyCare").asBoolean()));
	}

	/** Glossary terms explaining any of these respite types or care themes, alphabetically. */
	List<Term> terms(Set<String> respiteTypes, Set<String> careThemes) {
		if (respiteTypes.isEmpty() && careThemes.isEmpty()) {
			return List.of();
		}
		return this.graph.list(TERMS,
				Map.of("respiteTypes", List.copyOf(respiteTypes), "careThemes", List.copyOf(careThemes)),
				(r) -> Term.from(r.get("t").asNode()));
	}

	private static OfferingFacts facts(Record row) {
		Double distance = null;
		for (Value metres : row.get("distances").values()) {
			double km = metres.asDouble() / 1000;
			distance = (distance == null) ? km : Math.min(distance, km);
		}
		List<Organisation> organisers = new ArrayList<>(
				row.get("organisers").asList((value) -> Organisation.from(value.asNode())));
		organisers.sort(Comparator.comparing(Organisation::name).thenComparing(Organisation::id));
		return new OfferingFacts(Offering.from(row.get("o").asNode()), strings(row.get("careThemes")),
				strings(row.get("targetGroups")), strings(row.get("supportFunctions")),
				strings(row.get("respiteTypes")), strings(row.get("fundingRoutes")), strings(row.get("servedAreas")),
				distance, organisers);
	}

	private static Vocabulary vocabulary(Record row) {
		Map<String, TargetGroup> groups = new LinkedHashMap<>();
		Map<String, String> parents = new LinkedHashMap<>();
		for (Value entry : row.get("groups").values()) {
			TargetGroup group = TargetGroup.from(entry.get("group").asNode());
			groups.put(group.id(), group);
			if (!entry.get("parent").isNull()) {
				parents.put(group.id(), entry.get("parent").asString());
			}
		}
		Map<String, CareTheme> themes = new LinkedHashMap<>();
		nodes(row.get("careThemes")).stream().map(CareTheme::from).sorted(Comparator.comparing(CareTheme::id))
			.forEach((theme) -> themes.put(theme.id(), theme));
		Map<String, RespiteType> respite = new LinkedHashMap<>();
		nodes(row.get("respiteTypes")).stream().map(RespiteType::from).sorted(Comparator.comparing(RespiteType::name))
			.forEach((type) -> respite.put(type.id(), type));
		Map<String, FundingRoute> routes = new LinkedHashMap<>();
		nodes(row.get("fundingRoutes")).stream().map(FundingRoute::from).sorted(Comparator.comparing(FundingRoute::id))
			.forEach((route) -> routes.put(route.id(), route));
		List<SupportFunction> functions = new ArrayList<>(nodes(row.get("supportFunctions")).stream()
			.map(SupportFunction::from)
			.toList());
		functions.sort(Comparator.comparingInt(SupportFunction::order).thenComparing(SupportFunction::id));
		return new Vocabulary(groups, parents, themes, respite, routes, List.copyOf(functions));
	}

	private static Area country(Record row) {
		return row.get("country").isNull() ? null : Area.from(row.get("country").asNode());
	}

	private static List<Area> areas(Value value) {
		return new ArrayList<>(nodes(value).stream().map(Area::from).toList());
	}

	private static List<Node> nodes(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asNode);
	}

	private static Set<String> strings(Value value) {
		return value.isNull() ? Set.of() : new java.util.TreeSet<>(value.asList(Value::asString));
	}

	private static Value point(double lat, double lon) {
		return org.neo4j.driver.Values.point(4326, lon, lat);
	}

}
