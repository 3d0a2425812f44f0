package nl.mantelzorgkaart.search.index;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.index.IndexEntry.FacetValue;
import nl.mantelzorgkaart.search.index.IndexEntry.GeoPoint;
import nl.mantelzorgkaart.search.index.IndexEntry.Pin;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Maps the rows of {@link GraphEntries}' queries to index entries: what each kind of record is found
 * by (its own text, the vocabulary it is described with, its organisers, its places) and where it is.
 */
final class EntryMapper {

	/** The columns of an offering row that hold each dimension's ids, in the order labels are built. */
	private static final Map<Facet, String> OFFERING_COLUMNS = new LinkedHashMap<>();

	static {
		OFFERING_COLUMNS.put(Facet.CARE_THEME, "careThemes");
		OFFERING_COLUMNS.put(Facet.TARGET_GROUP, "targetGroups");
		OFFERING_COLUMNS.put(Facet.SUPPORT_FUNCTION, "supportFunctions");
		OFFERING_COLUMNS.put(Facet.RESPITE_TYPE, "respiteTypes");
		OFFERING_COLUMNS.put(Facet.FUNDING_ROUTE, "fundingRoutes");
	}

	private final IndexVocabulary vocabulary;

	private final Map<String, OrganisationFacts> organisations;

	EntryMapper(IndexVocabulary vocabulary, Map<String, OrganisationFacts> organisations) {
		this.vocabulary = vocabulary;
		this.organisations = organisations;
	}

	IndexEntry offering(Record row) {
		Map<Facet, List<FacetValue>> facets = kindFacet(SearchKind.OFFERING);
		OFFERING_COLUMNS.forEach((facet, column) -> putAll(facets, facet,
				this.vocabulary.values(facet.graphLabel(), strings(row, column), facet == Facet.TARGET_GROUP)));
		List<String> themes = names(Facet.CARE_THEME, strings(row, "careThemes"));
		List<String> labels = new ArrayList<>(names(Facet.RESPITE_TYPE, strings(row, "respiteTypes")));
		for (Facet facet : List.of(Facet.TARGET_GROUP, Facet.SUPPORT_FUNCTION, Facet.FUNDING_ROUTE)) {
			labels.addAll(names(facet, facets.getOrDefault(facet, List.of()).stream().map(FacetValue::id).toList()));
		}
		// The vocabulary that explains what it is: the descriptions of its functions and kinds of respite,
		// and the glossary words of everything it is described with.
		List<String> context = new ArrayList<>();
		for (Facet facet : List.of(Facet.SUPPORT_FUNCTION, Facet.RESPITE_TYPE, Facet.CARE_THEME, Facet.TARGET_GROUP)) {
			boolean described = facet == Facet.SUPPORT_FUNCTION || facet == Facet.RESPITE_TYPE;
			strings(row, OFFERING_COLUMNS.get(facet))
				.forEach((id) -> context.addAll(this.vocabulary.explanation(facet.graphLabel(), id, described)));
		}
		List<String> areas = strings(row, "areas");
		putAll(facets, Facet.AREA, this.vocabulary.areaReach(areas));
		List<String> organiserNames = new ArrayList<>();
		List<FacetValue> organiserValues = new ArrayList<>();
		Set<String> networkIds = new LinkedHashSet<>();
		List<OrganisationFacts> organisers = strings(row, "organisations").stream()
			.map(this.organisations::get)
			.filter((organisation) -> organisation != null)
			.toList();
		for (OrganisationFacts organisation : organisers) {
			organiserNames.add(organisation.name);
			if (organisation.shortName != null) {
				organiserNames.add(organisation.shortName);
			}
			organiserValues.add(new FacetValue(organisation.id, organisation.name));
			networkIds.addAll(organisation.networks);
		}
		putAll(facets, Facet.ORGANISATION, organiserValues);
		putAll(facets, Facet.NETWORK, this.vocabulary.values("Network", new ArrayList<>(networkIds), false));
		organisers.forEach((organisation) -> organisation.offers(facets, themes));
		List<String> details = new ArrayList<>();
		for (String key : List.of("cost", "schedule", "howToApply")) {
			if (!row.get(key).isNull()) {
				details.add(row.get(key).asString());
			}
		}
		List<String> places = new ArrayList<>(this.vocabulary.placeNames(areas));
		places.addAll(strings(row, "cities"));
		return located(new IndexEntry(SearchKind.OFFERING, row.get("id").asString(), row.get("name").asString(),
				List.of(), text(row, "description"), themes, labels, organiserNames, places, details, context, facets,
				List.of(), false, null, row.get("status").asString()), points(row), pointCities(row), areas);
	}

	IndexEntry organisation(OrganisationFacts organisation) {
		Map<Facet, List<FacetValue>> facets = kindFacet(SearchKind.ORGANISATION);
		organisation.offered.forEach((facet, values) -> facets.put(facet, new ArrayList<>(values)));
		putAll(facets, Facet.AREA, this.vocabulary.areaReach(organisation.areas));
		putAll(facets, Facet.ORGANISATION, List.of(new FacetValue(organisation.id, organisation.name)));
		putAll(facets, Facet.NETWORK, this.vocabulary.values("Network", organisation.networks, false));
		List<String> labels = new ArrayList<>();
		labels.add(organisation.kind);
		for (Facet facet : List.of(Facet.RESPITE_TYPE, Facet.SUPPORT_FUNCTION, Facet.TARGET_GROUP)) {
			facets.getOrDefault(facet, List.of()).forEach((value) -> labels.add(value.label()));
		}
		List<String> places = new ArrayList<>(this.vocabulary.placeNames(organisation.areas));
		places.addAll(organisation.cities);
		return located(new IndexEntry(SearchKind.ORGANISATION, organisation.id, organisation.name,
				(organisation.shortName != null) ? List.of(organisation.shortName) : List.of(), organisation.description,
				new ArrayList<>(organisation.offeredThemes), labels, List.of(), places, List.of(), List.of(), facets,
				List.of(), false, null, organisation.status), organisation.points, organisation.pointCities,
				organisation.areas);
	}

	IndexEntry network(Record row) {
		String id = row.get("id").asString();
		Map<Facet, List<FacetValue>> facets = kindFacet(SearchKind.NETWORK);
		List<String> careThemes = strings(row, "careThemes");
		putAll(facets, Facet.CARE_THEME, this.vocabulary.values("CareTheme", careThemes, false));
		List<String> areas = strings(row, "areas");
		putAll(facets, Facet.AREA, this.vocabulary.areaReach(areas));
		List<FacetValue> members = new ArrayList<>();
		for (String memberId : new LinkedHashSet<>(strings(row, "organisations"))) {
			OrganisationFacts member = this.organisations.get(memberId);
			if (member != null) {
				members.add(new FacetValue(member.id, member.name));
			}
		}
		putAll(facets, Facet.ORGANISATION, members);
		putAll(facets, Facet.NETWORK, this.vocabulary.values("Network", List.of(id), false));
		return new IndexEntry(SearchKind.NETWORK, id, row.get("name").asString(), List.of(), text(row, "description"),
				names(Facet.CARE_THEME, careThemes), List.of(), members.stream().map(FacetValue::label).toList(),
				this.vocabulary.placeNames(areas), List.of(), List.of(), facets, List.of(), false, null,
				row.get("status").asString(), this.vocabulary.reach(areas));
	}

	IndexEntry term(Record row) {
		Map<Facet, List<FacetValue>> facets = kindFacet(SearchKind.TERM);
		List<String> themes = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (Value explained : row.get("explains").values()) {
			String label = explained.get(0).asString();
			String explainedId = explained.get(1).asString();
			Facet facet = Facet.ofGraphLabel(label);
			if (facet != null && OFFERING_COLUMNS.containsKey(facet)) {
				putAll(facets, facet, this.vocabulary.values(label, List.of(explainedId), false));
				(facet == Facet.CARE_THEME ? themes : labels).addAll(this.vocabulary.namesAndSynonyms(label, explainedId));
			}
			else if (Facet.ORGANISATION == facet && this.organisations.containsKey(explainedId)) {
				labels.add(this.organisations.get(explainedId).name);
			}
		}
		return new IndexEntry(SearchKind.TERM, row.get("id").asString(), row.get("name").asString(),
				strings(row, "synonyms"), text(row, "description"), themes, labels, List.of(), List.of(), List.of(),
				List.of(), facets, List.of(), false, null, "active");
	}

	/**
	 * The entry with where it is: its addresses, else (for distance) the centres of the areas it serves
	 * that stand in for an address; on the map, its first address or the most local area it serves.
	 */
	private IndexEntry located(IndexEntry entry, List<GeoPoint> addresses, List<String> cities, List<String> areas) {
		boolean hasAddress = !addresses.isEmpty();
		List<GeoPoint> points = hasAddress ? addresses : this.vocabulary.centres(areas);
		Pin pin = hasAddress ? new Pin(addresses.get(0), cities.get(0)) : this.vocabulary.pin(areas);
		return new IndexEntry(entry.kind(), entry.id(), entry.name(), entry.aliases(), entry.description(),
				entry.themes(), entry.labels(), entry.organisers(), entry.places(), entry.details(), entry.context(),
				entry.facets(), points, hasAddress, pin, entry.status(), this.vocabulary.reach(areas));
	}

	/** The names and synonyms of the vocabulary entries of a dimension with these ids. */
	private List<String> names(Facet facet, List<String> ids) {
		List<String> names = new ArrayList<>();
		ids.forEach((id) -> names.addAll(this.vocabulary.namesAndSynonyms(facet.graphLabel(), id)));
		return names;
	}

	private static Map<Facet, List<FacetValue>> kindFacet(SearchKind kind) {
		Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
		facets.put(Facet.KIND, List.of(new FacetValue(kind.key(), kind.label())));
		return facets;
	}

	private static void putAll(Map<Facet, List<FacetValue>> facets, Facet facet, List<FacetValue> values) {
		if (!values.isEmpty()) {
			facets.computeIfAbsent(facet, (f) -> new ArrayList<>()).addAll(values);
		}
	}

	/** The coordinates of the rows' {@code points} column: {@code [lat, lon, city]} per address. */
	static List<GeoPoint> points(Record row) {
		List<GeoPoint> points = new ArrayList<>();
		for (Value point : row.get("points").values()) {
			points.add(new GeoPoint(point.get(0).asDouble(), point.get(1).asDouble()));
		}
		return points;
	}

	/** The city of each address in the {@code points} column, or null. */
	static List<String> pointCities(Record row) {
		List<String> cities = new ArrayList<>();
		for (Value point : row.get("points").values()) {
			cities.add(point.get(2).isNull() ? null : point.get(2).asString());
		}
		return cities;
	}

	static List<String> strings(Record row, String key) {
		return row.get(key).isNull() ? List.of() : row.get(key).asList(Value::asString);
	}

	static String text(Record row, String key) {
		return row.get(key).isNull() ? "" : row.get(key).asString();
	}

}
