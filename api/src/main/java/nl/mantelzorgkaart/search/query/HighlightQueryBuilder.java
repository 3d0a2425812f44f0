package nl.mantelzorgkaart.search.query;

import java.util.List;

import nl.mantelzorgkaart.search.index.IndexFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The words to mark in a snippet: those of the match query, with each concept spelled out (a snippet
 * marks "adempauze" for a search of "respijtzorg"), and the close spellings.
 */
final class HighlightQueryBuilder {

	private HighlightQueryBuilder() {
	}

	/** @param words the query chain's builder (synonyms spelled out, not concept tokens) */
	static Query build(TextAnalysis analysis, FieldQueries words, List<Query> spellings) {
		BooleanQuery.Builder marked = new BooleanQuery.Builder();
		words.onFields(analysis.matchingText(), IndexFields.ANYWHERE).values().forEach((field) -> marked.add(field, Occur.SHOULD));
		spellings.forEach((fuzzy) -> marked.add(fuzzy, Occur.SHOULD));
		return marked.build();
	}

}
