package nl.mantelzorgkaart.area;

import nl.mantelzorgkaart.graph.Props;
import org.neo4j.driver.types.Node;

/** An address where an offering is held or an organisation is located. */
public record Location(String id, String name, String address, String postcode, String city, Double lat, Double lon) {

	public static Location from(Node node) {
		return new Location(Props.text(node, "id"), Props.text(node, "name"), Props.text(node, "address"),
				Props.text(node, "postcode"), Props.text(node, "city"), Props.decimal(node, "lat"),
				Props.decimal(node, "lon"));
	}

}
