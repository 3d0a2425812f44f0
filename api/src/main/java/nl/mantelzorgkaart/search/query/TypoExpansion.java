package nl.mantelzorgkaart.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import nl.mantelzorgkaart.search.index.IndexFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The close spellings of the words the index does not know, so that a typo still finds something: for
 * each unknown word whose own stem no record has, the indexed terms within one edit (two from eight
 * letters on) that share its first letter, expanded once here for the queries that use them.
 */
final class TypoExpansion {

	/** Words shorter than this are not corrected: too many short words are one edit apart. */
	private static final int MIN_LENGTH = 4;

	/** The weight of a close spelling in the rankings: a typo still finds something, exact words rank first. */
	static final float BOOST = 0.4f;

	/** How many of the closest spellings a word expands to. */
	private static final int MAX_SPELLINGS = 30;

	private TypoExpansion() {
	}

	/**
	 * The query for the close spellings of an unknown word's stem in {@link IndexFields#ALL}, not yet
	 * rewritten; null for a word too short to correct or without terms.
	 */
	static Query closeSpellings(TextAnalysis analysis, String word) {
		List<String> terms = analysis.ownTerms().get(word);
		if (terms == null || terms.isEmpty() || terms.get(0).length() < MIN_LENGTH) {
			return null;
		}
		String stem = terms.get(0);
		return new CloseSpellings(new Term(IndexFields.ALL, stem), (stem.length() >= 8) ? 2 : 1, 1, MAX_SPELLINGS);
	}

	/** One query per unknown word with close spellings, each matching those spellings. */
	static List<Query> of(TextAnalysis analysis, IndexSearcher searcher) {
		List<Query> spellings = new ArrayList<>();
		try {
			// Per word as typed, so that a word typed twice weighs twice, as its other queries do.
			for (String word : analysis.words()) {
				if (!analysis.unknownWords().contains(word)) {
					continue;
				}
				List<String> terms = analysis.ownTerms().get(word);
				// The word's own stem (parts of a compound come after it): the one a typo is in.
				for (String stem : terms.subList(0, Math.min(1, terms.size()))) {
					if (searcher.getIndexReader().docFreq(new Term(IndexFields.ALL, stem)) == 0) {
						Query close = closeSpellings(analysis, word);
						if (close != null) {
							spellings.add(searcher.rewrite(close));
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return spellings;
	}

}
