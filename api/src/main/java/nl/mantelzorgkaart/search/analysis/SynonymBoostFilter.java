package nl.mantelzorgkaart.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Gives the words that {@link SynonymGraphFilter} added a lower query boost than the words typed,
 * so that documents with the user's own words rank above documents with only a synonym.
 */
final class SynonymBoostFilter extends TokenFilter {

	private final float synonymBoost;

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	private final BoostAttribute boost = addAttribute(BoostAttribute.class);

	SynonymBoostFilter(TokenStream input, float synonymBoost) {
		super(input);
		this.synonymBoost = synonymBoost;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		if (SynonymGraphFilter.TYPE_SYNONYM.equals(this.type.type())) {
			this.boost.setBoost(this.boost.getBoost() * this.synonymBoost);
		}
		return true;
	}

}
