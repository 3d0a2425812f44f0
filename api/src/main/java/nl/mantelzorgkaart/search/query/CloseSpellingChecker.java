package nl.mantelzorgkaart.search.query;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Lucene's {@link DirectSpellChecker} (the same settings, scores and order of suggestions) with its
 * candidates found by {@link CloseSpellings} rather than by Levenshtein automata, which take
 * milliseconds to build for a long misspelt word.
 */
public final class CloseSpellingChecker extends DirectSpellChecker {

	@Override
	protected Collection<ScoreTerm> suggestSimilar(Term term, int numSug, IndexReader reader, int docfreq,
			int editDistance, float accuracy, CharsRefBuilder spare) throws IOException {
		Terms terms = MultiTerms.getTerms(reader, term.field());
		if (terms == null) {
			return List.of();
		}
		TermsEnum spellings = CloseSpellings.spellings(terms, term.text(), editDistance,
				Math.max(getMinPrefix(), editDistance - 1));
		BoostAttribute similarity = spellings.attributes().getAttribute(BoostAttribute.class);
		BytesRef word = new BytesRef(term.text());
		PriorityQueue<ScoreTerm> best = new PriorityQueue<>();
		BytesRef candidate;
		while ((candidate = spellings.next()) != null) {
			float score = similarity.getBoost();
			if ((best.size() >= numSug && score <= best.peek().boost) || word.bytesEquals(candidate)) {
				continue;
			}
			int frequency = spellings.docFreq();
			if (frequency <= docfreq) {
				continue;
			}
			String text = null;
			if (getDistance() != INTERNAL_LEVENSHTEIN) {
				spare.copyUTF8Bytes(candidate);
				text = spare.toString();
				score = getDistance().getDistance(term.text(), text);
			}
			if (score < accuracy) {
				continue;
			}
			ScoreTerm suggestion = new ScoreTerm();
			suggestion.term = BytesRef.deepCopyOf(candidate);
			suggestion.boost = score;
			suggestion.docfreq = frequency;
			suggestion.termAsString = text;
			suggestion.score = score;
			best.offer(suggestion);
			if (best.size() > numSug) {
				best.poll();
			}
		}
		return best;
	}

}
