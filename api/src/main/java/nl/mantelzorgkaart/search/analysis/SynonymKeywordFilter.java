package nl.mantelzorgkaart.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Marks the concept tokens of the synonym filter's output as keywords: a concept token ("#respijtzorg") is
 * final, no compound parts, no stem. Dutch words that an English entry stands for are analysed as typed.
 */
final class SynonymKeywordFilter extends KeywordMarkerFilter {

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	SynonymKeywordFilter(TokenStream input) {
		super(input);
	}

	@Override
	protected boolean isKeyword() {
		return SynonymGraphFilter.TYPE_SYNONYM.equals(this.type.type()) && this.term.length() > 0
				&& this.term.charAt(0) == '#';
	}

}
