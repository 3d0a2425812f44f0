package nl.mantelzorgkaart.guide;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.area.Area;

/**
 * Where a question is about, resolved against the area hierarchy: the areas whose offerings count as
 * local (the area, the areas within it, and the regions and municipality it lies in), the areas whose
 * offerings count as wider (its province and the country), and the chain of areas to look for a point of
 * contact in, nearest first.
 *
 * @param area the area asked for, or the municipality nearest to the point; null when neither was given
 * @param areas every area named here, by id
 * @param inside the area and the areas within it (for a point: the areas within the radius and within those)
 * @param local the areas whose offerings are local: {@code inside} and the enclosing regions, municipalities
 * and districts
 * @param wider the enclosing provinces and the country
 * @param parents for each area of {@code inside}, the areas it is PART_OF
 * @param contactChain where to look for a point of contact, nearest first
 * @param point the point asked for ({lat, lon}), or null
 * @param radiusKm the radius around the point, or null
 */
record AreaScope(Area area, Map<String, Area> areas, Set<String> inside, Set<String> local, Set<String> wider,
		Map<String, List<String>> parents, List<Area> contactChain, double[] point, Double radiusKm) {

	/** No place given: only what serves the whole country. */
	static AreaScope nationalOnly(Area country) {
		Map<String, Area> areas = new LinkedHashMap<>();
		Set<String> wider = new LinkedHashSet<>();
		if (country != null) {
			areas.put(country.id(), country);
			wider.add(country.id());
		}
		return new AreaScope(null, areas, Set.of(), Set.of(), wider, Map.of(),
				(country != null) ? List.of(country) : List.of(), null, null);
	}

	/** How near an area is as a place of service: 0 for a neighbourhood up to 5 for the country. */
	static int remoteness(Area area) {
		return Area.Kind.NEIGHBOURHOOD.ordinal() - area.kind().ordinal();
	}

	boolean byPoint() {
		return this.point != null;
	}

	/** Every area whose offerings the question reads. */
	Set<String> all() {
		Set<String> all = new LinkedHashSet<>(this.local);
		all.addAll(this.wider);
		return all;
	}

	/** Kilometres from the point to an area's centre, or null without a point or a centre. */
	Double kilometresTo(Area target) {
		if (this.point == null || target == null || target.lat() == null || target.lon() == null) {
			return null;
		}
		return kilometres(this.point[0], this.point[1], target.lat(), target.lon());
	}

	/** Great-circle distance (haversine) in kilometres. */
	static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

}
