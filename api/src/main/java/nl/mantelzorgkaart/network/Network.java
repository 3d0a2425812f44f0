package nl.mantelzorgkaart.network;

import java.time.LocalDate;

import nl.mantelzorgkaart.graph.Props;
import nl.mantelzorgkaart.graph.Status;
import org.neo4j.driver.types.Node;

/** A network, care chain or partnership, as the GraphQL {@code Network} type shows it. */
public record Network(String id, String name, String description, String kind, Status status,
		LocalDate lastVerified) {

	public static Network from(Node node) {
		return new Network(Props.text(node, "id"), Props.text(node, "name"), Props.text(node, "description"),
				Props.text(node, "kind"), Props.enumValue(Status.class, Props.text(node, "status"), Status.ACTIVE),
				Props.date(node, "lastVerified"));
	}

}
