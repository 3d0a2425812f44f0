package nl.mantelzorgkaart.search;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.search.SearchResults.Hit;
import org.springframework.stereotype.Component;

/**
 * Questions about the graph in a search text: "wie organiseren Eigen Tijd", "welke partners werken samen
 * in het ketennetwerk KOPP-KOV Almere", "partners van Versa Welzijn", "Which organisations form the wijkteam
 * consortium in Almere?". The search finds the record asked about; the answer is what the graph says of
 * it: an offering's organisers, a network's members, an organisation's partners. The front doors show it
 * as a card above the hits.
 */
@Component
public class GraphQuestions {

	/** What a text asks of a record. */
	public enum Relation {

		/** Who organises an offering (its organiser and co-organisers). */
		ORGANISERS,
		/** Who is in a network (its members and coordinator). */
		MEMBERS,
		/** Whom an organisation works with (partnerships a source states, and the members of its networks). */
		PARTNERS

	}

	/**
	 * The answer to a graph question.
	 *
	 * @param about the hit the question is about
	 * @param organisations what the graph says, by name
	 */
	public record Answer(Relation relation, Hit about, List<Organisation> organisations) {

	}

	/** A question word, Dutch or English, as the text starts or goes on. */
	private static final Pattern ASKS = Pattern.compile(
			"\\b(wie|welke|met wie|door wie|who|which|whom|partners? (van|of)|leden van|members of|samenwerkingspartners)\\b");

	private static final Pattern ORGANISING = Pattern.compile(
			"\\b(organiseer\\w*|organiseren|organiseert|georganiseerd|organi[sz]e[sd]?|organi[sz]ing|bied\\w*|biedt|"
					+ "aangeboden|offers?|offered|runs?|provides?|verzorg\\w*|achter)\\b");

	private static final Pattern TOGETHER = Pattern.compile(
			"\\b(samen\\w*|partners?|partijen|leden|members?|part|form|forms|vormen|vormt|zitten|zit|doen mee|doet mee|"
					+ "deelnemers|betrokken|involved|work with|works with|cooperate\\w*|collaborate\\w*)\\b");

	/** How far down the first page the record asked about may be. */
	static final int LOOK_AT = 3;

	/** The most organisations an answer names. */
	static final int MAX_ORGANISATIONS = 20;

	private static final String ORGANISERS = """
			MATCH (o:Offering {id: $id})
			CALL { WITH o MATCH (g:Organisation)-[:OFFERS]->(o) RETURN g, 0 AS lead
			       UNION WITH o MATCH (o)-[:ORGANISED_WITH]->(g:Organisation) RETURN g, 1 AS lead }
			WITH g, min(lead) AS lead ORDER BY lead, g.name
			RETURN g LIMIT $max""";

	private static final String MEMBERS = """
			MATCH (n:Network {id: $id})
			CALL { WITH n MATCH (n)-[:COORDINATED_BY]->(g:Organisation) RETURN g, 0 AS lead
			       UNION WITH n MATCH (g:Organisation)-[:MEMBER_OF]->(n) RETURN g, 1 AS lead }
			WITH g, min(lead) AS lead ORDER BY lead, g.name
			RETURN g LIMIT $max""";

	private static final String PARTNERS = """
			MATCH (p:Organisation {id: $id})
			CALL { WITH p MATCH (p)-[:PARTNERS_WITH]-(g:Organisation) RETURN g, 0 AS lead
			       UNION WITH p MATCH (p)-[:MEMBER_OF]->(:Network)<-[:MEMBER_OF]-(g:Organisation) WHERE g <> p
			       RETURN g, 1 AS lead
			       UNION WITH p MATCH (p)-[:OFFERS]->(:Offering)-[:ORGANISED_WITH]->(g:Organisation) WHERE g <> p
			       RETURN g, 1 AS lead }
			WITH g, min(lead) AS lead ORDER BY lead, g.name
			RETURN g LIMIT $max""";

	private final GraphReads graph;

	GraphQuestions(GraphReads graph) {
		this.graph = graph;
	}

	/**
	 * What a text asks of the graph, if it asks: who organises, who is in, who works with. Null for a text
	 * that asks none of these.
	 */
	public static Relation asked(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		if (!ASKS.matcher(folded).find()) {
			return null;
		}
		if (ORGANISING.matcher(folded).find()) {
			return Relation.ORGANISERS;
		}
		return TOGETHER.matcher(folded).find() ? Relation.MEMBERS : null;
	}

	/**
	 * The answer to a text's graph question from the hits the search gave for it, or null when it asks
	 * none or its record is not among the first hits. The record is the first of the kind the question
	 * fits (an offering for organisers, a network for members, an organisation for partners), else the
	 * first hit that has an answer.
	 */
	public Answer answer(String text, List<Hit> hits) {
		Relation asked = asked(text);
		if (asked == null || hits.isEmpty()) {
			return null;
		}
		List<Hit> first = hits.subList(0, Math.min(LOOK_AT, hits.size()));
		SearchKind fits = (asked == Relation.ORGANISERS) ? SearchKind.OFFERING : SearchKind.NETWORK;
		Hit about = first.stream().filter((hit) -> hit.kind() == fits).findFirst().orElse(null);
		if (about == null && asked == Relation.MEMBERS) {
			about = first.stream().filter((hit) -> hit.kind() == SearchKind.ORGANISATION).findFirst().orElse(null);
		}
		if (about == null) {
			about = first.get(0);
		}
		Relation relation = switch (about.kind()) {
			case OFFERING -> Relation.ORGANISERS;
			case NETWORK -> Relation.MEMBERS;
			case ORGANISATION -> Relation.PARTNERS;
			case TERM -> null;
		};
		if (relation == null) {
			return null;
		}
		String cypher = switch (relation) {
			case ORGANISERS -> ORGANISERS;
			case MEMBERS -> MEMBERS;
			case PARTNERS -> PARTNERS;
		};
		List<Organisation> organisations = this.graph.list(cypher, Map.of("id", about.id(), "max", MAX_ORGANISATIONS),
				(row) -> Organisation.from(row.get("g").asNode()));
		return organisations.isEmpty() ? null : new Answer(relation, about, organisations);
	}

}
