package nl.mantelzorgkaart.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Lowers the query weight of words that say whom someone cares for ("moeder", "man", "zoon"). In "ik
 * werk fulltime en zorg voor mijn moeder" the relation is context, not the help asked for; at full
 * weight a rare word like "moeder" would put a theatre play called "Mijn moeder is een mens" above the
 * help for working carers. The words still count, just less than the rest of the query.
 */
final class WeakWordFilter extends TokenFilter {

	private final CharArraySet weakWords;

	private final float weight;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final BoostAttribute boost = addAttribute(BoostAttribute.class);

	WeakWordFilter(TokenStream input, CharArraySet weakWords, float weight) {
		super(input);
		this.weakWords = weakWords;
		this.weight = weight;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		if (this.weakWords.contains(this.term.buffer(), 0, this.term.length())) {
			this.boost.setBoost(this.boost.getBoost() * this.weight);
		}
		return true;
	}

}
