package nl.mantelzorgkaart.search.query;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.index.IndexFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The light ranking that picks the candidates the full ranking reorders: the text's concept tokens
 * and other words in {@link IndexFields#ALL}, the text in the names, and the close spellings; with the
 * match query at weight 0, so that it finds exactly the matches without deciding a rank.
 */
final class FirstPassQueryBuilder {

	private FirstPassQueryBuilder() {
	}

	/**
	 * @param scored the scoring fields' queries of the text (see {@link RankQueryBuilder#SCORED_FIELDS})
	 */
	static Query build(TextAnalysis analysis, Map<String, Query> scored, FieldQueries concepts, List<Query> spellings,
			Query match) {
		BooleanQuery.Builder firstPass = new BooleanQuery.Builder();
		Query all = scored.get(IndexFields.ALL);
		if (all != null) {
			// A synonym entry is one term here, its concept token, which the record has as often as it
			// mentions the entry's most frequent word: a few terms that skip well instead of dozens.
			Query allConcepts = concepts.onFields(analysis.scoredText(), IndexFields.ALL).get(IndexFields.ALL);
			firstPass.add((allConcepts != null) ? allConcepts : all, Occur.SHOULD);
		}
		Query names = scored.get(IndexFields.NAMES);
		if (names != null) {
			// What a record is called, so that "VMCA" finds the organisation of that name (and alias) among
			// the many records that mention it: one field, not two, for a first pass that skips well.
			firstPass.add(new BoostQuery(names, IndexFields.BOOSTS.get(IndexFields.NAME)), Occur.SHOULD);
		}
		spellings.forEach((fuzzy) -> firstPass.add(new BoostQuery(fuzzy, TypoExpansion.BOOST), Occur.SHOULD));
		return RankQueryBuilder.withMatches(firstPass.build(), match);
	}

}
