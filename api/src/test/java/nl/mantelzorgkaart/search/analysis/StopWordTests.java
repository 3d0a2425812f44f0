package nl.mantelzorgkaart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dutch stop words are dropped from indexed text and queries; care words never are. */
class StopWordTests {

	@Test
	void aQuestionIsReducedToItsSubject() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.index(), "wat is blokzorg")).containsExactly("blokzorg", "zorg");
		assertThat(Tokens.terms(Tokens.ANALYZERS.query(), "Wat is blokzorg?")).containsExactly("blokzorg");
	}

	@Test
	void searchBoxWordsAreDropped() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.index(), "Waar vind ik hulp voor onze moeder?"))
			.containsExactly("vind", "hulp", "moeder");
	}

	@ParameterizedTest
	@ValueSource(strings = { "even", "vrij", "zorg", "man", "vrouw", "hulp", "kind", "ouder", "partner", "thuis" })
	void careWordsAreKept(String word) {
		assertThat(Tokens.terms(Tokens.ANALYZERS.index(), word)).isNotEmpty();
		assertThat(Tokens.terms(Tokens.ANALYZERS.query(), word)).isNotEmpty();
	}

	@Test
	void stopWordsAreNotInTheFoldingChain() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.folding(), "wat is blokzorg")).containsExactly("wat", "is", "blokzorg");
	}

	@Test
	void textOfOnlyStopWordsGivesNoQuery() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.query(), "wat is het")).isEmpty();
		assertThat(TestIndex.query("wat is het")).isNull();
	}

}
