package nl.mantelzorgkaart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data files load from the classpath; a bad one fails loading with its file and line named. */
class AnalysisDataTests {

	@Test
	void theShippedDataFilesLoad() {
		CareAnalyzers analyzers = CareAnalyzers.load();
		assertThat(Tokens.terms(analyzers.query(), "NAH")).contains("hersenletsel");
	}

	@Test
	void eachLoadBuildsItsOwnIndependentAnalyzers() {
		CareAnalyzers other = CareAnalyzers.load();
		assertThat(other.index()).isNotSameAs(Tokens.ANALYZERS.index());
		assertThat(Tokens.terms(other.index(), "mantelzorgers")).isEqualTo(
				Tokens.terms(Tokens.ANALYZERS.index(), "mantelzorgers"));
	}

	@ParameterizedTest(name = "[{index}] {0}: {1}")
	@CsvSource(delimiter = '|', value = {
			"synonyms.txt | respijtzorg => adempauze => even vrij | 3",
			"synonyms.txt | respijtzorg | 3",
			"synonyms.txt | respijtzorg, de het | 3",
			"synonyms.txt | respijtzorg, , adempauze | 3",
			"synonyms.txt | respijtzorg => | 3",
			"synonyms.txt | => respijtzorg | 3",
			"stopwords.txt | de het | 3",
			"compound-parts.txt | zo | 3",
			"compound-parts.txt | mantel-zorg | 3",
			"stem-overrides.txt | kinderen kind kinder | 3",
			"stem-overrides.txt | kinderen | 3",
			"english.txt | husband partner | 3",
			"english.txt | husband = | 3",
			"english.txt | = partner | 3",
			"english.txt | husband => partner | 3",
			"english.txt | husband = partner = man | 3",
			"english.txt | husband, , wife = partner | 3",
			"english.txt | the = partner | 3",
			"english-stopwords.txt | the a | 3" })
	void aMalformedLineIsNamedByFileAndLine(String file, String badLine, int lineNumber) {
		String content = "# a comment\n\n" + badLine + "\n";
		assertThatExceptionOfType(AnalysisDataException.class)
			.isThrownBy(() -> CareAnalyzers.load(replacing("search/analysis/" + file, content)))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo("search/analysis/" + file);
				assertThat(ex.line()).isEqualTo(lineNumber);
				assertThat(ex.getMessage()).startsWith("search/analysis/" + file + " line " + lineNumber + ": ")
					.contains(badLine);
			});
	}

	@Test
	void aWordListedTwiceAsStemOverrideIsNamed() {
		assertThatExceptionOfType(AnalysisDataException.class)
			.isThrownBy(() -> CareAnalyzers.load(replacing("search/analysis/stem-overrides.txt",
					"kinderen kind\nzonen zoon\nKinderen kinder\n")))
			.withMessage("search/analysis/stem-overrides.txt line 3: 'kinderen' is listed twice (in: Kinderen kinder)");
	}

	@Test
	void aSynonymGroupOfOneIsNamed() {
		assertThatExceptionOfType(AnalysisDataException.class)
			.isThrownBy(() -> CareAnalyzers.load(replacing("search/analysis/synonyms.txt", "nah, hersenletsel\nkopp\n")))
			.withMessageStartingWith("search/analysis/synonyms.txt line 2: a group of synonyms needs two or more entries");
	}

	@Test
	void aMissingFileIsNamed() {
		assertThatExceptionOfType(AnalysisDataException.class)
			.isThrownBy(() -> CareAnalyzers.load(replacing("search/analysis/compound-parts.txt", null)))
			.withMessage("search/analysis/compound-parts.txt: not found on the classpath");
	}

	@Test
	void aFileThatIsNotUtf8IsNamed() {
		byte[] latin1 = "coördinatie\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatExceptionOfType(AnalysisDataException.class)
			.isThrownBy(() -> CareAnalyzers.load((name) -> name.endsWith("compound-parts.txt")
					? new ByteArrayInputStream(latin1) : shipped(name)))
			.withMessage("search/analysis/compound-parts.txt: not UTF-8 text");
	}

	@Test
	void entriesAreFoldedOnLoading() {
		CareAnalyzers analyzers = CareAnalyzers.load(
				replacing("search/analysis/stem-overrides.txt", "# trailing comment after entry\nCAFÉS   Café # plural\n"));
		// Without the override the stemmer keeps "cafes"; the word itself comes first, then its parts.
		assertThat(Tokens.terms(analyzers.index(), "cafés")).first().isEqualTo("cafe");
	}

	/** The shipped data files, except {@code file}, which has {@code content} (none if null). */
	private static Function<String, InputStream> replacing(String file, String content) {
		return (name) -> {
			if (!name.equals(file)) {
				return shipped(name);
			}
			return (content != null) ? new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)) : null;
		};
	}

	private static InputStream shipped(String name) {
		return AnalysisDataTests.class.getClassLoader().getResourceAsStream(name);
	}

}
