package nl.mantelzorgkaart.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.taxonomy.Taxa.SupportFunction;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The full ranking of a text. It adds up, per word: matches anywhere in the record ({@code all}), extra
 * weight for the name, aliases, themes, labels, organisers and places ({@link IndexFields#BOOSTS}), a
 * fixed reward per word the record has (coverage), the words near each other as typed (proximity), and
 * close spellings of unknown words at a low weight; then a small lead for a steady point of contact.
 */
final class RankQueryBuilder {

	/** The fields the text is scored on, built in one analysis: {@code all}, the boosted fields, the names. */
	static final String[] SCORED_FIELDS;

	static {
		List<String> fields = new ArrayList<>();
		fields.add(IndexFields.ALL);
		fields.addAll(IndexFields.BOOSTS.keySet());
		fields.add(IndexFields.NAMES);
		SCORED_FIELDS = fields.toArray(String[]::new);
	}

	private static final float PHRASE_BOOST = 1.5f;

	private static final float NAME_PHRASE_BOOST = 2.0f;

	/** What matching one more of the query's words is worth (see {@link #addCoverage}). */
	private static final float COVERAGE_BOOST = 3.0f;

	/** What being a point of contact adds to a score: enough to decide a near tie, not more. */
	static final float POINT_OF_CONTACT_BOOST = 1.0f;

	private RankQueryBuilder() {
	}

	/**
	 * @param scored the text's query per scored field
	 * @param concepts the concept chain's builder, for the coverage reward
	 */
	static Query build(TextAnalysis analysis, Map<String, Query> scored, FieldQueries concepts, List<Query> spellings,
			Query match, CareAnalyzers analyzers) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		Query all = scored.get(IndexFields.ALL);
		if (all != null) {
			query.add(all, Occur.SHOULD);
		}
		for (Map.Entry<String, Float> boosted : IndexFields.BOOSTS.entrySet()) {
			Query field = scored.get(boosted.getKey());
			if (field != null) {
				query.add(new BoostQuery(field, boosted.getValue()), Occur.SHOULD);
			}
		}
		if (analysis.words().size() > 1) {
			addCoverage(analysis, concepts, analyzers, query);
			// Proximity of the words as typed (stemmed, without their synonyms or compound parts): phrases
			// over the synonym graph would be one phrase per path through it, thousands for a long
			// sentence, and compound parts would let "mantelzorgvriendelijk werkgeverschap" match the
			// phrase "mantelzorg en werk".
			Query phrase = typedPhrase(analyzers, IndexFields.ALL, analysis.text(), 2);
			if (phrase != null) {
				query.add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD);
			}
			Query namePhrase = typedPhrase(analyzers, IndexFields.NAME, analysis.text(), 1);
			if (namePhrase != null) {
				query.add(new BoostQuery(namePhrase, NAME_PHRASE_BOOST), Occur.SHOULD);
			}
		}
		spellings.forEach((fuzzy) -> query.add(new BoostQuery(fuzzy, TypoExpansion.BOOST), Occur.SHOULD));
		// Of the records a text matches about equally well, a steady point of contact for carers comes
		// first: for "mantelzorg Eemnes" that is the consultant who can help with anything.
		return new BooleanQuery.Builder().add(withMatches(query.build(), match), Occur.MUST)
			.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(
					new Term(Facet.SUPPORT_FUNCTION.filterField(), SupportFunction.POINT_OF_CONTACT))),
					POINT_OF_CONTACT_BOOST), Occur.SHOULD)
			.build();
	}

	/**
	 * A ranking whose matches are those of the match query, exactly as counted. At a weight of 0 the
	 * match query never decides a rank, so the search can skip what it alone finds.
	 */
	static Query withMatches(Query ranking, Query match) {
		return new BooleanQuery.Builder().add(ranking, Occur.SHOULD).add(new BoostQuery(match, 0f), Occur.SHOULD).build();
	}

	/**
	 * Rewards a record for each of the query's words it matches anywhere (in its text or in the
	 * vocabulary that explains it), at a fixed amount per word: of two records, the one that answers
	 * "respijtzorg", "dementie" and "Almere" ranks above one that matches "dementie" strongly but not the
	 * rest. Summed field scores alone let one rare word in a name outweigh the others. An unknown word
	 * counts where the record has one of its close spellings.
	 */
	private static void addCoverage(TextAnalysis analysis, FieldQueries concepts, CareAnalyzers analyzers,
			BooleanQuery.Builder query) {
		for (String word : analysis.matchingWords()) {
			// A typo covers its word where a record has a close spelling of it: "dementi" in "dementi lotgenoten
			// mantelzorgers almere" counts for the dementia groups as "lotgenoten" and "almere" count.
			Query anywhere = analysis.unknownWords().contains(word) ? TypoExpansion.closeSpellings(analysis, word)
					: concepts.onFields(word, IndexFields.ANYWHERE).get(IndexFields.ANYWHERE);
			if (anywhere == null) {
				continue; // a stop word
			}
			query.add(new BoostQuery(new ConstantScoreQuery(anywhere), COVERAGE_BOOST * analyzers.weight(word)),
					Occur.SHOULD);
		}
	}

	/** The words of a text as indexed, in their places, as a phrase; null for fewer than two words. */
	private static Query typedPhrase(CareAnalyzers analyzers, String field, String text, int slop) {
		PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
		int terms = 0;
		try (TokenStream stream = analyzers.index().tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				if (increment.getPositionIncrement() == 0) {
					continue; // a compound's part, stacked on the word
				}
				position += increment.getPositionIncrement();
				phrase.add(new Term(field, term.toString()), position);
				terms++;
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return (terms < 2) ? null : phrase.build();
	}

}
