package nl.mantelzorgkaart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inflections of a word share its stem (Snowball Dutch stemmer, with fixed stems from
 * {@code stem-overrides.txt} where the stemmer goes wrong).
 */
class StemmingTests {

	@ParameterizedTest(name = "{0} and {1} share a stem")
	@CsvSource({ "mantelzorger, mantelzorgers", "vrijwilliger, vrijwilligers", "ouderen, oudere", "kind, kinderen",
			"kind, kindje", "zoon, zonen", "man, mannen", "zus, zussen", "cafe, cafés", "logeren, logeert",
			"logeren, logeer", "lotgenoot, lotgenoten", "groep, groepen", "probleem, problemen",
			"ondersteuning, ondersteunen", "dementie, dementerende", "psychisch, psychische",
			"echtgenoot, echtgenote", "zorg, zorgen", "jong, jonge" })
	void inflectionsShareAStem(String one, String other) {
		assertThat(stem(one)).isEqualTo(stem(other));
	}

	@Test
	void theStemmerNoLongerMistakesASonForTheSun() {
		// Snowball makes "zon" of zoon; the override keeps the two apart.
		assertThat(stem("zoon")).isEqualTo("zoon").isNotEqualTo(stem("zon"));
	}

	@Test
	void childrenAndChildShareTheStemOfTheSingular() {
		// Snowball makes "kinder" of kinderen but keeps kind.
		assertThat(stem("kinderen")).isEqualTo("kind");
	}

	@Test
	void theMunicipalityHuizenIsNotAHouse() {
		assertThat(stem("Huizen")).isEqualTo("huizen").isNotEqualTo(stem("huis"));
	}

	@Test
	void aCafeKeepsItsName() {
		// Snowball makes "caf" of cafe but leaves cafes alone.
		assertThat(stem("café")).isEqualTo("cafe");
		assertThat(stem("cafés")).isEqualTo("cafe");
	}

	@Test
	void differentWordsKeepDifferentStems() {
		assertThat(stem("mantelzorg")).isNotEqualTo(stem("mantelzorger"));
		assertThat(stem("dementie")).isNotEqualTo(stem("dag"));
		assertThat(stem("vrij")).isNotEqualTo(stem("vrijwilliger"));
	}

	@Test
	void theFoldingChainDoesNotStem() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.folding(), "vrijwilligers kinderen"))
			.containsExactly("vrijwilligers", "kinderen");
	}

	/** The stem of a word that is no compound (the first term the index chain emits). */
	private static String stem(String word) {
		return Tokens.terms(Tokens.ANALYZERS.index(), word).get(0);
	}

}
