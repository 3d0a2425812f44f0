package nl.mantelzorgkaart.search.query;

import java.util.List;

import nl.mantelzorgkaart.search.index.IndexFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Which records a text finds: its matching words on {@link IndexFields#ANYWHERE}, where a synonym entry
 * is one concept token that stands for its whole expansion, and the close spellings of its unknown
 * words. Every clause of the ranking query matches a matching word in {@code all} or {@code context},
 * both of which are in {@code anywhere}, or is a close spelling: so this query finds the same records
 * as the ranking, in a few terms on one field.
 */
final class MatchQueryBuilder {

	private MatchQueryBuilder() {
	}

	static Query build(TextAnalysis analysis, FieldQueries concepts, List<Query> spellings) {
		BooleanQuery.Builder match = new BooleanQuery.Builder();
		concepts.onFields(analysis.matchingText(), IndexFields.ANYWHERE)
			.values()
			.forEach((field) -> match.add(field, Occur.SHOULD));
		spellings.forEach((fuzzy) -> match.add(fuzzy, Occur.SHOULD));
		return match.build();
	}

}
