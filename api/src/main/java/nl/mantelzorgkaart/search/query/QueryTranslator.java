package nl.mantelzorgkaart.search.query;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.index.IndexFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Turns what a caregiver typed into the queries a search runs: one analysis of the text
 * ({@link TextAnalysis}), the close spellings of its unknown words ({@link TypoExpansion}), then one
 * builder per query (match, first pass, rank, highlight). The text is only ever analysed, never parsed
 * as Lucene syntax: brackets, quotes, {@code AND}, {@code *} are ordinary characters.
 */
public final class QueryTranslator {

	private final CareAnalyzers analyzers;

	public QueryTranslator(CareAnalyzers analyzers) {
		this.analyzers = analyzers;
	}

	/** The queries of a text against the state of the index {@code searcher} reads. */
	public TextQueries translate(String text, IndexSearcher searcher) {
		TextAnalysis analysis = TextAnalysis.of(text, this.analyzers, searcher.getIndexReader());
		// One builder per chain: each remembers the synonym queries it built, to copy them onto more fields.
		FieldQueries words = new FieldQueries(this.analyzers.query());
		FieldQueries concepts = new FieldQueries(this.analyzers.concepts());
		Map<String, Query> scored = words.onFields(analysis.scoredText(), RankQueryBuilder.SCORED_FIELDS);
		List<Query> spellings = TypoExpansion.of(analysis, searcher);
		if (scored.get(IndexFields.ALL) == null && spellings.isEmpty()) {
			return new TextQueries(null, null, null, null, analysis.words(), analysis.unknownWords());
		}
		Query match = MatchQueryBuilder.build(analysis, concepts, spellings);
		return new TextQueries(RankQueryBuilder.build(analysis, scored, concepts, spellings, match, this.analyzers), match,
				FirstPassQueryBuilder.build(analysis, scored, concepts, spellings, match),
				() -> HighlightQueryBuilder.build(analysis, words, spellings), analysis.words(), analysis.unknownWords());
	}

}
