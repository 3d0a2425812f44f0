package nl.mantelzorgkaart.organisation;

import java.time.LocalDate;

import nl.mantelzorgkaart.graph.Props;
import nl.mantelzorgkaart.graph.Status;
import org.neo4j.driver.types.Node;

/** An organisation in the social map, as the GraphQL {@code Organisation} type shows it. */
public record Organisation(String id, String name, String shortName, String kind, String description, String website,
		String email, String phone, Status status, LocalDate lastVerified) {

	public static Organisation from(Node node) {
		return new Organisation(Props.text(node, "id"), Props.text(node, "name"), Props.text(node, "shortName"),
				Props.text(node, "kind"), Props.text(node, "description"), Props.text(node, "website"),
				Props.text(node, "email"), Props.text(node, "phone"),
				Props.enumValue(Status.class, Props.text(node, "status"), Status.ACTIVE),
				Props.date(node, "lastVerified"));
	}

}
