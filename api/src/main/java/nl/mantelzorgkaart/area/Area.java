package nl.mantelzorgkaart.area;

import java.util.Arrays;
import java.util.List;

import nl.mantelzorgkaart.graph.Props;
import org.neo4j.driver.types.Node;

/** An area: country, province, region, municipality (gemeente), district (wijk) or neighbourhood. */
public record Area(String id, String name, Kind kind, Double lat, Double lon) {

	/**
	 * Kinds of area, largest first. The rules about what a kind of area means for help offered in it
	 * live here, and only here: the guide, the coverage report, the search index and the pages use them.
	 */
	public enum Kind {

		COUNTRY, PROVINCE, REGION, MUNICIPALITY, DISTRICT, NEIGHBOURHOOD;

		/**
		 * Whether help for an area of this kind is local to the places within it: a region such as the
		 * HBEL-gemeenten, a municipality, a district. Help for a province or the whole country is wider.
		 */
		public boolean isLocal() {
			return ordinal() >= REGION.ordinal();
		}

		/**
		 * Whether the centre of an area of this kind can stand in for an address when searching near a
		 * point: a municipality's centre is near its inhabitants, a region's or province's is not.
		 */
		public boolean centreStandsInForAddress() {
			return ordinal() >= MUNICIPALITY.ordinal();
		}

		/** How the graph stores the kind ({@code municipality}). */
		public String stored() {
			return Props.stored(this);
		}

		/** The kind the graph stores as {@code stored}, or null for none or an unknown one. */
		public static Kind fromStored(String stored) {
			return (stored == null) ? null
					: Arrays.stream(values()).filter((kind) -> kind.stored().equals(stored)).findFirst().orElse(null);
		}

		/** The stored names of the local kinds, for Cypher parameters. */
		public static List<String> storedLocalKinds() {
			return Arrays.stream(values()).filter(Kind::isLocal).map(Kind::stored).toList();
		}

	}

	public static Area from(Node node) {
		return new Area(Props.text(node, "id"), Props.text(node, "name"),
				Props.enumValue(Kind.class, Props.text(node, "kind"), Kind.MUNICIPALITY), Props.decimal(node, "lat"),
				Props.decimal(node, "lon"));
	}

}
