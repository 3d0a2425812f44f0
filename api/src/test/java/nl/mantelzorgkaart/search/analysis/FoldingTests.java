package nl.mantelzorgkaart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The first steps of every chain, and all of {@link CareAnalyzers#folding()}: words split on spaces,
 * punctuation and hyphens, lower-cased, diacritics folded.
 */
class FoldingTests {

	private final Analyzer folding = Tokens.ANALYZERS.folding();

	@Test
	void diacriticsAreFoldedSoThatWordsWithAndWithoutThemMeet() {
		assertThat(Tokens.terms(this.folding, "Coördinatie Café Ruïne Financiën één"))
			.containsExactly("coordinatie", "cafe", "ruine", "financien", "een");
		assertThat(Tokens.terms(this.folding, "Coördinatie")).isEqualTo(Tokens.terms(this.folding, "coordinatie"));
	}

	@Test
	void hyphenatedWordsAreTheSameAsWordsWithASpace() {
		assertThat(Tokens.terms(this.folding, "niet-aangeboren")).containsExactly("niet", "aangeboren")
			.isEqualTo(Tokens.terms(this.folding, "niet aangeboren"));
		assertThat(Tokens.terms(this.folding, "Almere-Poort")).containsExactly("almere", "poort");
	}

	@Test
	void punctuationIsDroppedAndCaseIsLowered() {
		assertThat(Tokens.terms(this.folding, "Hulp nodig? Bel het Steunpunt (036) 123 45 67!"))
			.containsExactly("hulp", "nodig", "bel", "het", "steunpunt", "036", "123", "45", "67");
	}

	@Test
	void foldingKeepsStopWordsWholeWordsAndInflections() {
		// For spell-check and autocomplete: what the user typed, only normalised.
		assertThat(Tokens.terms(this.folding, "De Mantelzorgers van het Dementiecafé"))
			.containsExactly("de", "mantelzorgers", "van", "het", "dementiecafe");
	}

	@Test
	void normalizeLowerCasesAndFoldsForFuzzyAndPrefixTerms() {
		for (Analyzer analyzer : new Analyzer[] { this.folding, Tokens.ANALYZERS.index(), Tokens.ANALYZERS.query() }) {
			assertThat(analyzer.normalize("text", "Coördinatie").utf8ToString()).isEqualTo("coordinatie");
		}
	}

	@Test
	void theFullChainsFoldToo() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.index(), "coördinatie"))
			.isEqualTo(Tokens.terms(Tokens.ANALYZERS.index(), "COORDINATIE"));
		assertThat(Tokens.terms(Tokens.ANALYZERS.query(), "café")).isEqualTo(Tokens.terms(Tokens.ANALYZERS.index(), "cafe"));
	}

}
