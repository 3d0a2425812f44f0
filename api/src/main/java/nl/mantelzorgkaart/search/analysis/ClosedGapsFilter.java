package nl.mantelzorgkaart.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Closes the position gaps that the stop filter leaves, so that dropped stop words do not count as
 * words between the words kept: the phrase "hulp huishouding" matches "hulp in de huishouding". The
 * synonym file needs this too: Lucene's synonym parser rejects an entry whose words are not
 * consecutive, so the entry "vrij van de zorg" is stored as the two words "vrij zorg", and the
 * synonym filter matches it against "vrij van de zorg" in a query.
 */
final class ClosedGapsFilter extends TokenFilter {

	private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

	ClosedGapsFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		if (this.positionIncrement.getPositionIncrement() > 1) {
			this.positionIncrement.setPositionIncrement(1);
		}
		return true;
	}

}
