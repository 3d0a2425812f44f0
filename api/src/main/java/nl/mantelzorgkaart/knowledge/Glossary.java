package nl.mantelzorgkaart.knowledge;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.GraphReads;
import org.springframework.stereotype.Component;

/** The glossary (begrippenlijst): every term, and what each explains. */
@Component
public class Glossary {

	private final GraphReads graph;

	Glossary(GraphReads graph) {
		this.graph = graph;
	}

	/** Every term, alphabetically. */
	public List<Term> terms() {
		return this.graph.list("MATCH (n:Term) RETURN n ORDER BY toLower(n.term)", Map.of(),
				(r) -> Term.from(r.get("n").asNode()));
	}

	/** What each term explains, as the records of their kinds, for many terms in one query. */
	public Map<Term, List<Object>> explains(List<Term> terms) {
		return this.graph.related(terms, Term::id, """
				MATCH (p:Term)-[:EXPLAINS]->(n) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY coalesce(n.name, n.id)""", (r) -> Explained.record(r.get("n").asNode()));
	}

}
