package nl.mantelzorgkaart.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** Marks the synonym filter's output as keywords: a concept token is final, no compound parts, no stem. */
final class SynonymKeywordFilter extends KeywordMarkerFilter {

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	SynonymKeywordFilter(TokenStream input) {
		super(input);
	}

	@Override
	protected boolean isKeyword() {
		return SynonymGraphFilter.TYPE_SYNONYM.equals(this.type.type());
	}

}
