package nl.mantelzorgkaart.area;

import nl.mantelzorgkaart.graph.Props;
import org.neo4j.driver.types.Node;

/** An area: country, province, region, municipality (gemeente), district (wijk) or neighbourhood. */
public record Area(String id, String name, Kind kind, Double lat, Double lon) {

	/** Kinds of area, largest first. */
	public enum Kind {

		COUNTRY, PROVINCE, REGION, MUNICIPALITY, DISTRICT, NEIGHBOURHOOD

	}

	public static Area from(Node node) {
		return new Area(Props.text(node, "id"), Props.text(node, "name"),
				Props.enumValue(Kind.class, Props.text(node, "kind"), Kind.MUNICIPALITY), Props.decimal(node, "lat"),
				Props.decimal(node, "lon"));
	}

}
