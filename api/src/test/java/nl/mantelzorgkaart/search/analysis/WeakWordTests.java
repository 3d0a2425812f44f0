package nl.mantelzorgkaart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BoostAttribute;
import org.junit.jupiter.api.Test;

/**
 * Words that only say whom someone cares for ("moeder", "zoon") weigh less in a query than the help
 * asked for, so "werk en zorg voor mijn moeder" is about work and care, not about mothers.
 */
class WeakWordTests {

	@Test
	void relationWordsWeighLessThanTheRestOfTheQuery() throws IOException {
		Map<String, Float> weights = weights("zorg voor mijn moeder");
		assertThat(weights.get("zorg")).isEqualTo(1f);
		assertThat(weights.get("moeder")).isEqualTo(CareAnalyzers.WEAK_WORD_WEIGHT);
	}

	@Test
	void theirSynonymsWeighLessToo() throws IOException {
		// "moeder" has "vader" as a synonym: still a relation word, at the weight of a synonym as well.
		assertThat(weights("moeder").get("vader")).isLessThan(CareAnalyzers.WEAK_WORD_WEIGHT);
	}

	@Test
	void theWeightIsAskedByWordAsFolded() {
		assertThat(Tokens.ANALYZERS.weight("dochter")).isEqualTo(CareAnalyzers.WEAK_WORD_WEIGHT);
		assertThat(Tokens.ANALYZERS.weight("dementie")).isEqualTo(1f);
		// Words that name a kind of help or a target group keep their full weight.
		assertThat(Tokens.ANALYZERS.weight("partner")).isEqualTo(1f);
		assertThat(Tokens.ANALYZERS.weight("kind")).isEqualTo(1f);
	}

	@Test
	void indexedTextIsUnchanged() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.index(), "moeder")).containsExactly("moeder");
	}

	private static Map<String, Float> weights(String text) throws IOException {
		Map<String, Float> weights = new LinkedHashMap<>();
		try (TokenStream stream = Tokens.ANALYZERS.query().tokenStream("all", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			BoostAttribute boost = stream.addAttribute(BoostAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				weights.put(term.toString(), boost.getBoost());
			}
			stream.end();
		}
		return weights;
	}

}
