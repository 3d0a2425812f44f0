package nl.mantelzorgkaart.knowledge;

import java.util.List;

import nl.mantelzorgkaart.graph.Props;
import org.neo4j.driver.types.Node;

/** A glossary term (begrip) explaining a word of caregiver support. */
public record Term(String id, String term, String definition, List<String> synonyms) {

	public static Term from(Node node) {
		return new Term(Props.text(node, "id"), Props.text(node, "term"), Props.text(node, "definition"),
				Props.texts(node, "synonyms"));
	}

}
