package nl.mantelzorgkaart.offering;

import java.time.LocalDate;
import java.util.List;

import nl.mantelzorgkaart.graph.Props;
import nl.mantelzorgkaart.graph.Status;
import org.neo4j.driver.types.Node;

/** A support offering, as the GraphQL {@code Offering} type shows it. */
public record Offering(String id, String name, String description, Status status, String statusNote, Integer ageMin,
		Integer ageMax, List<Setting> settings, String schedule, String cost, String howToApply, String website,
		LocalDate lastVerified) {

	/** Where an offering takes place. */
	public enum Setting {

		AT_HOME, AT_LOCATION, ONLINE, OVERNIGHT, BY_PHONE

	}

	public static Offering from(Node node) {
		return new Offering(Props.text(node, "id"), Props.text(node, "name"), Props.text(node, "description"),
				Props.enumValue(Status.class, Props.text(node, "status"), Status.ACTIVE),
				Props.text(node, "statusNote"), Props.integer(node, "ageMin"), Props.integer(node, "ageMax"),
				Props.texts(node, "settings").stream().map((s) -> Props.enumValue(Setting.class, s, null)).toList(),
				Props.text(node, "schedule"), Props.text(node, "cost"), Props.text(node, "howToApply"),
				Props.text(node, "website"), Props.date(node, "lastVerified"));
	}

}
