package nl.mantelzorgkaart.knowledge;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import nl.mantelzorgkaart.taxonomy.Taxa;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code Term} type: the glossary, linked both ways to what it explains. */
@Controller
class TermController {

	private final GraphReads graph;

	private final Glossary glossary;

	TermController(GraphReads graph, Glossary glossary) {
		this.graph = graph;
		this.glossary = glossary;
	}

	@QueryMapping
	Term term(@Argument String id) {
		return Lookups.byId(this.graph, "Term", "term", id, Term::from);
	}

	@QueryMapping
	List<Term> terms() {
		return this.glossary.terms();
	}

	@BatchMapping
	Map<Term, List<Object>> explains(List<Term> terms) {
		return this.glossary.explains(terms);
	}

	@BatchMapping
	Map<Term, List<Citation>> sources(List<Term> terms) {
		return Citation.of(this.graph, terms, Term::id, "Term");
	}

	@BatchMapping(typeName = "CareTheme", field = "terms")
	Map<Taxa.CareTheme, List<Term>> careThemeTerms(List<Taxa.CareTheme> themes) {
		return this.graph.related(themes, Taxa.CareTheme::id, EXPLAINED_BY.formatted("CareTheme"),
				(r) -> Term.from(r.get("n").asNode()));
	}

	@BatchMapping(typeName = "RespiteType", field = "terms")
	Map<Taxa.RespiteType, List<Term>> respiteTypeTerms(List<Taxa.RespiteType> types) {
		return this.graph.related(types, Taxa.RespiteType::id, EXPLAINED_BY.formatted("RespiteType"),
				(r) -> Term.from(r.get("n").asNode()));
	}

	@BatchMapping(typeName = "SupportFunction", field = "terms")
	Map<Taxa.SupportFunction, List<Term>> supportFunctionTerms(List<Taxa.SupportFunction> functions) {
		return this.graph.related(functions, Taxa.SupportFunction::id, EXPLAINED_BY.formatted("SupportFunction"),
				(r) -> Term.from(r.get("n").asNode()));
	}

	/** Terms explaining nodes of one label (a constant of this class). */
	private static final String EXPLAINED_BY = """
			MATCH (p:%s)<-[:EXPLAINS]-(n:Term) WHERE p.id IN $ids
			RETURN p.id AS parent, n ORDER BY toLower(n.term)""";

}
