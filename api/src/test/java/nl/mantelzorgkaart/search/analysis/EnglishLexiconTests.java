package nl.mantelzorgkaart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The English care lexicon ({@code english.txt}): an English word or phrase searches the Dutch concept it
 * means with the concept's synonym group, a Dutch word also searches the English entries that mean it, and
 * English function words ({@code english-stopwords.txt}) are not searched at all.
 */
class EnglishLexiconTests {

	@ParameterizedTest(name = "[{index}] {0} searches {1}")
	@CsvSource(delimiter = '|', value = {
			// the issue's examples
			"husband | partner man echtgenot", "wife | partner vrouw", "day care | dagbested dagopvang",
			"respite | respijtzorg adempauz", "young carer | jong mantelzorger", "sit with | aanwezigheidszorg oppas",
			"a few hours off | even vrij respijtzorg adempauz", "volunteer | vrijwilliger", "at home | thuis",
			"dementia | dementie alzheimer", "peer support | lotgenotencontact lotgenot contact",
			// care themes, target groups, respite types, support functions, funding
			"cancer | kanker oncologie", "stroke | beroert nah hersenletsel", "loneliness | eenzam",
			"learning disability | verstand beperk lvb", "day centre | dagbested dagactiviteit",
			"nursing home | verpleeghuis", "care broker | mantelzorgmakelar", "emotional support | emotionel steun",
			"older carers | ouder mantelzorger", "free of charge | gratis", "supplementary insurance | aanvull verzeker",
			"personal budget | pgb persoonsgebond budget", "paperwork | regelwerk formulier",
			// verbs and phrases
			"look after | zorg", "someone to talk to | gesprek prat", "meet other carers | ontmoet bijeenkomst" })
	void anEnglishEntrySearchesTheDutchConceptAndItsGroup(String english, String dutch) {
		assertThat(Tokens.termSet(Tokens.ANALYZERS.query(), english)).contains(dutch.split(" "));
	}

	@ParameterizedTest(name = "[{index}] {0} also searches {1}")
	@CsvSource(delimiter = '|', value = { "partner | husband wif spous", "echtgenote | husband",
			"respijtzorg | break breather", "dementie | forgetful", "ggz | depressed" })
	void aDutchWordAlsoSearchesTheEnglishEntriesThatMeanIt(String dutch, String english) {
		assertThat(Tokens.termSet(Tokens.ANALYZERS.query(), dutch)).contains(english.split(" "));
	}

	@Test
	void aDutchWordDoesNotSearchEnglishPhrases() {
		// "a few hours off" means "even vrij", but a Dutch text hardly has it: the group's words stay one term query.
		assertThat(Tokens.termSet(Tokens.ANALYZERS.query(), "respijtzorg")).doesNotContain("few");
		assertThat(TestIndex.query("praten").toString()).startsWith("Synonym(");
	}

	@Test
	void theIssuesEnglishQuestionSearchesItsDutchTwinsWordsAndNoFunctionWords() {
		List<String> terms = Tokens.terms(Tokens.ANALYZERS.query(),
				"I look after my husband with dementia in Almere and need a few hours off - "
						+ "is there a volunteer who can sit with him at home?");
		assertThat(terms).contains("partner", "dementie", "almer", "respijtzorg", "vrijwilliger", "aanwezigheidszorg",
				"thuis")
			.doesNotContain("i", "my", "with", "a", "is", "there", "who", "can", "him", "need");
	}

	@Test
	void englishFunctionWordsAreDroppedFromIndexedTextToo() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.index(), "the walk for the carers")).containsExactly("walk", "carer");
	}

	@Test
	void englishEntriesOfOneDutchGroupShareItsConcept() {
		// "husband" joins the group of "partner": one concept token for both, so a record that has one has both.
		assertThat(Tokens.terms(Tokens.ANALYZERS.concepts(), "husband"))
			.isEqualTo(Tokens.terms(Tokens.ANALYZERS.concepts(), "partner"));
	}

	@Test
	void anEnglishPhraseStandsForTheConceptOfItsDutchGroupAndAWordOfNoGroupForItself() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.concepts(), "a few hours off"))
			.containsAll(Tokens.terms(Tokens.ANALYZERS.concepts(), "respijtzorg"));
		// "aanwezigheidszorg" is in no group: "sit with" stands for the word, stemmed as typed, no concept of its own.
		assertThat(Tokens.terms(Tokens.ANALYZERS.concepts(), "sit with")).contains("aanwezigheidszorg")
			.noneMatch((term) -> term.startsWith("#sit"));
	}

	@Test
	void anEnglishEntryIsStillSearchedAsTypedBesideItsConcepts() {
		// "help" means "hulp": records that write "help" itself (English, or the Dutch verb) are found by the
		// concept chain as by the query chain; so are those with the words of an English phrase.
		assertThat(Tokens.terms(Tokens.ANALYZERS.concepts(), "help")).contains("help", "hulp");
		assertThat(Tokens.terms(Tokens.ANALYZERS.concepts(), "a few hours off")).contains("#respijtzorg", "few", "hour",
				"off");
	}

	@Test
	void theLinesOfTheLexiconDoNotDependOnTheirOrder() {
		String lexicon = "husband = partner\nwife = partner\n";
		String reversed = "wife = partner\nhusband = partner\n";
		assertThat(Tokens.termSet(load(lexicon).query(), "husband"))
			.isEqualTo(Tokens.termSet(load(reversed).query(), "husband"))
			.contains("wif", "vrouw");
	}

	@Test
	void aDutchEntryInNoGroupIsSearchedByItsEnglishEntriesAndStaysOneTerm() {
		CareAnalyzers analyzers = load("blocks of care, blockcare = blokzorg\n");
		assertThat(Tokens.termSet(analyzers.query(), "blocks of care")).contains("blokzorg");
		assertThat(Tokens.termSet(analyzers.query(), "blockcare")).contains("blokzorg");
		assertThat(Tokens.terms(analyzers.query(), "blokzorg")).containsExactly("blokzorg");
	}

	@TestFactory
	Stream<DynamicTest> everyEnglishEntryFindsAnOfferingWithEachDutchEntryItMeans() throws IOException {
		// The whole lexicon through both chains: each line's Dutch entries become offerings, and searching
		// any of its English entries must find all of them, whatever stop words, stems and compounds they hold.
		List<DynamicTest> tests = new ArrayList<>();
		for (String line : lexiconLines()) {
			String[] sides = line.split("=");
			List<String> english = Arrays.stream(sides[0].split(",")).map(String::strip).toList();
			List<String> dutch = Arrays.stream(sides[1].split(",")).map(String::strip).toList();
			Map<String, String> offerings = new LinkedHashMap<>();
			dutch.forEach((entry) -> offerings.put(entry, entry));
			offerings.put("unrelated", "Juridisch spreekuur over testamenten en erfrecht.");
			TestIndex index = TestIndex.of(offerings);
			for (String entry : english) {
				tests.add(DynamicTest.dynamicTest("'" + entry + "' finds " + dutch,
						() -> assertThat(index.search(entry)).containsAll(dutch).doesNotContain("unrelated")));
			}
		}
		assertThat(tests).hasSizeGreaterThan(300);
		return tests.stream();
	}

	/** The analyzers with the shipped data files, the English lexicon replaced by {@code lexicon}. */
	private static CareAnalyzers load(String lexicon) {
		return CareAnalyzers.load((name) -> name.equals(AnalysisData.ENGLISH)
				? new ByteArrayInputStream(lexicon.getBytes(StandardCharsets.UTF_8))
				: EnglishLexiconTests.class.getClassLoader().getResourceAsStream(name));
	}

	/** The lines of the shipped lexicon, without comments. */
	private static List<String> lexiconLines() throws IOException {
		try (InputStream in = EnglishLexiconTests.class.getClassLoader().getResourceAsStream(AnalysisData.ENGLISH)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map((line) -> line.replaceAll("#.*", "").strip())
				.filter((line) -> !line.isEmpty())
				.toList();
		}
	}

}
