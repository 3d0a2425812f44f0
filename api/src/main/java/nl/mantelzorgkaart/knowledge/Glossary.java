package nl.mantelzorgkaart.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
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

	/**
	 * The term that explains each funding route of these (by id), for linking how help is paid to the
	 * glossary: one query; a route no term explains is left out; of several terms the first by name.
	 */
	public Map<String, String> termsExplainingFundingRoutes(Collection<String> routeIds) {
		if (routeIds.isEmpty()) {
			return Map.of();
		}
		Map<String, String> terms = new LinkedHashMap<>();
		this.graph.list("""
				MATCH (t:Term)-[:EXPLAINS]->(r:FundingRoute) WHERE r.id IN $ids
				RETURN r.id AS route, t.id AS term ORDER BY toLower(t.term), t.id""", Map.of("ids", List.copyOf(routeIds)),
				(r) -> terms.putIfAbsent(r.get("route").asString(), r.get("term").asString()));
		return terms;
	}

	/** The terms that explain how help is paid (those explaining a funding route), alphabetically. */
	public List<Term> paymentTerms() {
		return this.graph.list("""
				MATCH (n:Term) WHERE EXISTS { (n)-[:EXPLAINS]->(:FundingRoute) }
				RETURN n ORDER BY toLower(n.term), n.id""", Map.of(), (r) -> Term.from(r.get("n").asNode()));
	}

	/** What each term explains, as the records of their kinds, for many terms in one query. */
	public Map<Term, List<Object>> explains(List<Term> terms) {
		return this.graph.related(terms, Term::id, """
				MATCH (p:Term)-[:EXPLAINS]->(n) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY coalesce(n.name, n.id)""", (r) -> Explained.record(r.get("n").asNode()));
	}

}
