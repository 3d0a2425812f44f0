package nl.mantelzorgkaart.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Closes the position gaps that a stop filter leaves, for synonym entries: Lucene's synonym parser
 * rejects an entry whose words are not consecutive, and the synonym filter matches words one after
 * another regardless of gaps, so "vrij van de zorg" is stored as the two words "vrij zorg".
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
