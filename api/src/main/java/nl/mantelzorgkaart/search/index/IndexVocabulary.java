package nl.mantelzorgkaart.search.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.search.index.IndexEntry.FacetValue;
import nl.mantelzorgkaart.search.index.IndexEntry.GeoPoint;
import nl.mantelzorgkaart.search.index.IndexEntry.Pin;
import nl.mantelzorgkaart.search.places.PlaceNames;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Names, synonyms, parents, kinds and centres of the taxonomy, the areas and the networks, by graph
 * label and id: what the index entries of records are described with.
 */
final class IndexVocabulary {

	/** The most values one record's ids expand to with their ancestors; more means a cycle in the data. */
	private static final int MAX_VALUES = 256;

	private final Map<String, Entry> entries = new HashMap<>();

	/** The areas directly within each area, by id: made when first asked, after every row is added. */
	private Map<String, List<String>> children;

	/** Adds one row of {@link GraphEntries}' vocabulary query. */
	void add(Record row) {
		Entry entry = new Entry(row.get("id").asString(),
				row.get("name").isNull() ? row.get("id").asString() : row.get("name").asString(),
				row.get("synonyms").asList(Value::asString), Area.Kind.fromStored(text(row, "kind")),
				row.get("parents").asList(Value::asString),
				row.get("lat").isNull() ? null : new GeoPoint(row.get("lat").asDouble(), row.get("lon").asDouble()),
				text(row, "description"), row.get("explainedBy").asList(Value::asString),
				row.get("postcodes").asList(Value::asString));
		this.entries.put(row.get("label").asString() + ":" + entry.id, entry);
	}

	private static String text(Record row, String key) {
		return row.get(key).isNull() ? null : row.get(key).asString();
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

	/**
	 * Facet values for ids, optionally with every ancestor: every area or group they lie in, along each of
	 * their parents (Huizen lies in its province and in the region of the HBEL-gemeenten), each value once.
	 */
	List<FacetValue> values(String label, List<String> ids, boolean withAncestors) {
		Map<String, FacetValue> values = new LinkedHashMap<>();
		Deque<String> next = new ArrayDeque<>(ids);
		while (!next.isEmpty() && values.size() < MAX_VALUES) {
			String current = next.poll();
			Entry entry = this.entries.get(label + ":" + current);
			if (values.putIfAbsent(current, new FacetValue(current, (entry != null) ? entry.name : current)) == null
					&& withAncestors && entry != null) {
				next.addAll(entry.parents);
			}
		}
		return new ArrayList<>(values.values());
	}

	/**
	 * The area facet values of a record serving {@code areas}: every area an area filter finds it by. Those
	 * the areas lie in (a record for Almere Poort is in Almere, Flevoland, Nederland), and every area within
	 * them (a record for all of Flevoland serves Almere and Almere Poort too: the wider offer).
	 */
	List<FacetValue> areaReach(List<String> areas) {
		Map<String, FacetValue> values = new LinkedHashMap<>();
		values("Area", areas, true).forEach((value) -> values.put(value.id(), value));
		for (String id : areas) {
			for (String inside : inside(id)) {
				Entry entry = this.entries.get("Area:" + inside);
				values.putIfAbsent(inside, new FacetValue(inside, (entry != null) ? entry.name : inside));
			}
		}
		return new ArrayList<>(values.values());
	}

	/** What a record serving {@code areas} lies within and serves (see {@link IndexEntry.AreaReach}). */
	IndexEntry.AreaReach reach(List<String> areas) {
		if (areas.isEmpty()) {
			return IndexEntry.AreaReach.NONE;
		}
		List<String> within = values("Area", areas, true).stream().map(FacetValue::id).toList();
		List<IndexEntry.ServedArea> served = new ArrayList<>();
		for (String id : areas) {
			Entry entry = this.entries.get("Area:" + id);
			served.add(new IndexEntry.ServedArea(id, (entry != null) ? entry.name : id,
					(entry != null && entry.kind != null) ? entry.kind.stored() : null, inside(id)));
		}
		return new IndexEntry.AreaReach(within, served);
	}

	/** Every area that lies within an area, at any depth (each once, none for an area without parts). */
	private List<String> inside(String area) {
		if (this.children == null) {
			Map<String, List<String>> children = new HashMap<>();
			this.entries.forEach((key, entry) -> {
				if (key.startsWith("Area:")) {
					entry.parents.forEach((parent) -> children.computeIfAbsent(parent, (k) -> new ArrayList<>()).add(entry.id));
				}
			});
			this.children = children;
		}
		Set<String> inside = new LinkedHashSet<>();
		Deque<String> next = new ArrayDeque<>(this.children.getOrDefault(area, List.of()));
		while (!next.isEmpty() && inside.size() < MAX_VALUES) {
			String current = next.poll();
			if (!current.equals(area) && inside.add(current)) {
				next.addAll(this.children.getOrDefault(current, List.of()));
			}
		}
		return new ArrayList<>(inside);
	}

	/**
	 * Names of the areas and the areas they lie in, as long as they are local: every Almere offering lies
	 * in Flevoland, so the province's name would say nothing about a record.
	 */
	List<String> placeNames(List<String> areas) {
		Set<String> names = new LinkedHashSet<>();
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> next = new ArrayDeque<>(areas);
		while (!next.isEmpty() && seen.size() < MAX_VALUES) {
			String current = next.poll();
			Entry entry = this.entries.get("Area:" + current);
			if (!seen.add(current) || entry == null || (entry.kind != null && !entry.kind.isLocal())) {
				continue;
			}
			names.add(entry.name);
			next.addAll(entry.parents);
		}
		return new ArrayList<>(names);
	}

	/**
	 * The places a search text can name: every area but the country, by its names and synonyms; the
	 * 4-digit postcodes the areas' sources give, each with the smallest area that has it (a district over
	 * its municipality); and the postcodes of our records' addresses that no area gives, each with the area
	 * of its city. A postcode that two areas outside each other both claim names neither.
	 *
	 * @param cities the postcodes of addresses and the city of each
	 */
	PlaceNames placeNames(Map<String, String> cities) {
		List<PlaceNames.Place> places = new ArrayList<>();
		Map<String, String> byName = new HashMap<>();
		this.entries.forEach((key, entry) -> {
			if (!key.startsWith("Area:") || entry.kind == Area.Kind.COUNTRY) {
				return;
			}
			List<String> names = new ArrayList<>(PlaceNames.namesOf(entry.id, entry.name));
			entry.synonyms.stream().filter((synonym) -> !names.contains(synonym)).forEach(names::add);
			places.add(new PlaceNames.Place(entry.id, (entry.kind != null) ? entry.kind.stored() : null, names,
					(entry.centre != null) ? entry.centre.lat() : null, (entry.centre != null) ? entry.centre.lon() : null));
			// A city's name is the municipality's, over a district or region of the same name.
			String name = entry.name.toLowerCase(Locale.ROOT);
			if (!byName.containsKey(name) || entry.kind == Area.Kind.MUNICIPALITY) {
				byName.put(name, entry.id);
			}
		});
		places.sort(Comparator.comparing(PlaceNames.Place::id));
		Map<String, String> postcodes = new TreeMap<>();
		Set<String> ambiguous = new HashSet<>();
		this.entries.forEach((key, entry) -> {
			if (!key.startsWith("Area:")) {
				return;
			}
			Set<String> around = entry.postcodes.isEmpty() ? Set.of() : ancestors(entry.id);
			for (String postcode : entry.postcodes) {
				String before = postcodes.get(postcode);
				if (before == null || around.contains(before)) {
					postcodes.put(postcode, entry.id);
				}
				else if (!before.equals(entry.id) && !ancestors(before).contains(entry.id)) {
					ambiguous.add(postcode);
				}
			}
		});
		Set<String> given = new HashSet<>(postcodes.keySet());
		cities.forEach((postcode, city) -> {
			String digits = postcode.replaceAll("\\D", "");
			String area = byName.get(city.toLowerCase(Locale.ROOT));
			if (digits.length() != 4 || area == null || given.contains(digits)) {
				return;
			}
			String before = postcodes.putIfAbsent(digits, area);
			if (before != null && !before.equals(area)) {
				ambiguous.add(digits);
			}
		});
		ambiguous.forEach(postcodes::remove);
		return new PlaceNames(places, postcodes);
	}

	/** Every area an area lies in, through its parents and regions. */
	private Set<String> ancestors(String areaId) {
		Set<String> found = new HashSet<>();
		List<String> next = new ArrayList<>(List.of(areaId));
		while (!next.isEmpty()) {
			Entry entry = this.entries.get("Area:" + next.remove(next.size() - 1));
			if (entry != null) {
				entry.parents.stream().filter(found::add).forEach(next::add);
			}
		}
		return found;
	}

	/** Centres of the areas among these that stand in for an address: where a record without one is, roughly. */
	List<GeoPoint> centres(List<String> areas) {
		List<GeoPoint> centres = new ArrayList<>();
		for (String id : areas) {
			Entry entry = this.entries.get("Area:" + id);
			if (entry != null && entry.centre != null && entry.kind != null && entry.kind.centreStandsInForAddress()) {
				centres.add(entry.centre);
			}
		}
		return centres;
	}

	/** The centre and name of the most local of these areas that is local and has a centre, or null. */
	Pin pin(List<String> areas) {
		Entry best = null;
		for (String id : areas) {
			Entry entry = this.entries.get("Area:" + id);
			// The most local kind; of equally local areas, the first by name (as the detail pages list them).
			if (entry != null && entry.centre != null && entry.kind != null && entry.kind.isLocal()
					&& (best == null || entry.kind.compareTo(best.kind) > 0
							|| (entry.kind == best.kind && entry.name.compareTo(best.name) < 0))) {
				best = entry;
			}
		}
		return (best != null) ? new Pin(best.centre, best.name) : null;
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

	private record Entry(String id, String name, List<String> synonyms, Area.Kind kind, List<String> parents,
			GeoPoint centre, String description, List<String> explainedBy, List<String> postcodes) {

	}

}
