package nl.mantelzorgkaart.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Drops a token that repeats the term and position length of an earlier token at the same position,
 * keeping the highest boost of the two. After stemming, a word, its compound parts and its synonyms
 * often end up as the same term ("huishoudelijke" and its part "huishoudelijk" both become
 * "huishoud"); without this filter such a term would count twice in a document's term frequency and
 * weigh twice in a query.
 */
final class DuplicateAlternativesFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

	private final PositionLengthAttribute positionLength = addAttribute(PositionLengthAttribute.class);

	private final BoostAttribute boost = addAttribute(BoostAttribute.class);

	/** The distinct tokens of the position being passed on, in input order. */
	private final List<Alternative> group = new ArrayList<>();

	private final Map<String, Alternative> byKey = new HashMap<>();

	private int next;

	/** The first token of the following position, read ahead; {@code null} if none. */
	private State lookahead;

	private boolean exhausted;

	DuplicateAlternativesFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (this.next == this.group.size() && !fillGroup()) {
			return false;
		}
		Alternative alternative = this.group.get(this.next++);
		restoreState(alternative.state);
		this.boost.setBoost(alternative.boost);
		return true;
	}

	/** Reads all tokens of the next position; false at the end of the input. */
	private boolean fillGroup() throws IOException {
		this.group.clear();
		this.byKey.clear();
		this.next = 0;
		if (this.lookahead != null) {
			restoreState(this.lookahead);
			this.lookahead = null;
		}
		else if (this.exhausted || !this.input.incrementToken()) {
			this.exhausted = true;
			return false;
		}
		add();
		while (this.input.incrementToken()) {
			if (this.positionIncrement.getPositionIncrement() > 0) {
				this.lookahead = captureState();
				return true;
			}
			add();
		}
		this.exhausted = true;
		return true;
	}

	private void add() {
		String key = this.term + "\u0000" + this.positionLength.getPositionLength();
		Alternative earlier = this.byKey.get(key);
		if (earlier != null) {
			earlier.boost = Math.max(earlier.boost, this.boost.getBoost());
			return;
		}
		Alternative alternative = new Alternative(captureState(), this.boost.getBoost());
		this.group.add(alternative);
		this.byKey.put(key, alternative);
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.group.clear();
		this.byKey.clear();
		this.next = 0;
		this.lookahead = null;
		this.exhausted = false;
	}

	private static final class Alternative {

		final State state;

		float boost;

		Alternative(State state, float boost) {
			this.state = state;
			this.boost = boost;
		}

	}

}
