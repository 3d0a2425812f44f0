package nl.mantelzorgkaart.search.index;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.index.IndexEntry.FacetValue;
import nl.mantelzorgkaart.search.index.IndexEntry.GeoPoint;
import org.neo4j.driver.Record;

/**
 * An organisation as the offerings and networks that name it need it, and what its offerings are
 * about: an organisation is found by the themes, groups and kinds of help it offers, which are known
 * only once all its offerings have been read.
 */
final class OrganisationFacts {

	final String id;

	final String name;

	final String shortName;

	final String description;

	final String kind;

	final String status;

	final List<String> areas;

	final List<String> networks;

	/** Its addresses with coordinates, and each one's city (or null). */
	final List<GeoPoint> points;

	final List<String> pointCities;

	final List<String> cities;

	/** The facet values of the offerings it organises, per dimension. */
	final Map<Facet, Set<FacetValue>> offered = new EnumMap<>(Facet.class);

	/** The names and synonyms of the care themes of the offerings it organises. */
	final Set<String> offeredThemes = new LinkedHashSet<>();

	OrganisationFacts(Record row) {
		this.id = row.get("id").asString();
		this.name = row.get("name").asString();
		this.shortName = row.get("shortName").isNull() ? null : row.get("shortName").asString();
		this.description = EntryMapper.text(row, "description");
		this.kind = EntryMapper.text(row, "kind");
		this.status = row.get("status").asString();
		this.areas = EntryMapper.strings(row, "areas");
		this.networks = EntryMapper.strings(row, "networks");
		this.points = EntryMapper.points(row);
		this.pointCities = EntryMapper.pointCities(row);
		this.cities = EntryMapper.strings(row, "cities");
	}

	/** Notes what one of its offerings is about. */
	void offers(Map<Facet, List<FacetValue>> facets, List<String> themes) {
		for (Facet facet : List.of(Facet.CARE_THEME, Facet.TARGET_GROUP, Facet.SUPPORT_FUNCTION, Facet.RESPITE_TYPE,
				Facet.FUNDING_ROUTE)) {
			this.offered.computeIfAbsent(facet, (f) -> new LinkedHashSet<>()).addAll(facets.getOrDefault(facet, List.of()));
		}
		this.offeredThemes.addAll(themes);
	}

}
