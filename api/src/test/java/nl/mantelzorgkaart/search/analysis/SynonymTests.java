package nl.mantelzorgkaart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Care synonyms from {@code synonyms.txt} expand query text, one test per group; indexed text is
 * never expanded.
 */
class SynonymTests {

	@ParameterizedTest(name = "[{index}] {0} also searches {1}")
	@CsvSource(delimiter = '|', value = {
			// respite care
			"adempauze | respijtzorg", "even vrij | respijtzorg ontlast", "vrij van de zorg | respijtzorg adempauz",
			"ontlasten | vervang zorg", "respite | respijtzorg", "respite care | respijt",
			// acquired brain injury
			"NAH | aangebor hersenletsel", "niet-aangeboren hersenletsel | nah",
			// children of parents with mental illness or addiction
			"KOPP | kind ouder psychisch problem verslav kov", "kinderen van ouders met verslaving | kopp",
			// dementia
			"alzheimer | dementie geheugenproblem vergeetacht", "vergeetachtig | dementie", "dementia | dementie",
			// mental health care
			"GGZ | psychisch problem psychiatrie geestelijk gezondheidszorg", "psychische problemen | ggz",
			// short stays
			"logeren | logeerzorg logeerhuis logeeropvang overnacht", "overnachten | loger",
			// day care
			"dagopvang | dagbested dagactiviteit", "day care | dagbested dagopvang",
			// buddy
			"buddy | maatj", "maatje | buddy",
			// young carers
			"young carers | jong mantelzorger", "jonge mantelzorger | young carer",
			// carers
			"caregiver | mantelzorger", "informal carer | mantelzorger", "mantelzorgers | carer",
			// partner
			"man | vrouw partner echtgenot", "echtgenote | man",
			// children
			"zoon | dochter kind", "kinderen | zoon dochter", "dochter | zoon",
			// parents
			"moeder | vader", "moeders | vader",
			// autism
			"ASS | autism autismespectrumstoornis", "autism | ass autism",
			// intellectual disability
			"LVB | verstand beperk vg", "VG | lvb",
			// help in the house
			"schoonmaakhulp | huishoud hulp", "hulp in de huishouding | schoonmaakhulp",
			// volunteers
			"volunteer | vrijwilliger", "vrijwilligers | volunter",
			// peer support
			"support group | lotgenotencontact lotgenot contact", "contact met lotgenoten | lotgenotencontact",
			// support for carers
			"caregiver support | mantelzorgondersteun", "mantelzorgondersteuning | mantelzorger caregiver",
			// peers, and the groups they meet in
			"deelgenoten | lotgenot", "lotgenotencontact | gespreksgroep deelgenootgroep",
			// working carers, work and employers
			"working carers | werkend mantelzorger", "fulltime | werk", "werkgeverschap | werkgever",
			// what professionals learn, and who they are
			"signaleren | herkenn", "beroepskrachten | professional",
			// a carer's statement and priority for housing
			"mantelzorgverklaring | bewijs mantelzorg", "voorrang | urgentie",
			// paperwork, the local point of contact, depression
			"formulieren | regelwerk", "mantelzorgsteunpunt | mantelzorgconsulent", "depressief | ggz psychisch" })
	void aGroupMemberAlsoSearchesTheOthers(String query, String expected) {
		assertThat(Tokens.termSet(Tokens.ANALYZERS.query(), query)).contains(expected.split(" "));
	}

	@TestFactory
	Stream<DynamicTest> everyEntryFindsAnOfferingWithAnyOtherEntryOfItsGroup() throws IOException {
		// The whole file, through both chains: each group's entries become offerings, and searching
		// any one entry must find all of them, whatever stop words, stems and compounds they contain.
		List<DynamicTest> tests = new ArrayList<>();
		for (String line : synonymLines()) {
			if (line.contains("=>")) {
				// A mapping: each entry on the left finds every entry on the right.
				String[] sides = line.split("=>");
				List<String> targets = Arrays.stream(sides[1].split(",")).map(String::strip).toList();
				Map<String, String> offerings = new LinkedHashMap<>();
				targets.forEach((entry) -> offerings.put(entry, entry));
				TestIndex index = TestIndex.of(offerings);
				for (String entry : sides[0].split(",")) {
					tests.add(DynamicTest.dynamicTest("'" + entry.strip() + "' finds " + targets,
							() -> assertThat(index.search(entry.strip())).containsAll(targets)));
				}
				continue;
			}
			List<String> group = Arrays.stream(line.split(",")).map(String::strip).toList();
			Map<String, String> offerings = new LinkedHashMap<>();
			group.forEach((entry) -> offerings.put(entry, entry));
			offerings.put("unrelated", "Juridisch spreekuur over testamenten en erfrecht.");
			TestIndex index = TestIndex.of(offerings);
			for (String entry : group) {
				tests.add(DynamicTest.dynamicTest("'" + entry + "' finds " + group,
						() -> assertThat(index.search(entry)).containsExactlyInAnyOrderElementsOf(group)));
			}
		}
		assertThat(tests).hasSizeGreaterThan(80);
		return tests.stream();
	}

	@Test
	void indexedTextIsNotExpanded() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.index(), "NAH")).containsExactly("nah");
		assertThat(Tokens.terms(Tokens.ANALYZERS.index(), "alzheimer")).containsExactly("alzheimer");
	}

	@Test
	void synonymsMatchWordsAsTypedWhateverTheirCaseDiacriticsOrHyphens() {
		assertThat(Tokens.termSet(Tokens.ANALYZERS.query(), "Niet Aangeboren Hersenletsel")).contains("nah");
		assertThat(Tokens.termSet(Tokens.ANALYZERS.query(), "Alzheimer")).contains("dementie");
	}

	@Test
	void aMultiWordSynonymAsksForAllItsWords() {
		assertThat(TestIndex.query("NAH")).hasToString(
				"((+(text:aangebor)^0.8 +(text:hersenletsel)^0.8) (text:hersenletsel)^0.8 "
						+ "(+(text:acquired)^0.8 +(text:brain)^0.8 +(text:injury)^0.8) text:nah (text:strok)^0.8)");
	}

	@Test
	void synonymsWeighLessThanTheWordTyped() {
		assertThat(TestIndex.query("alzheimer").toString()).contains("text:alzheimer", "(text:dementie)^0.8")
			.doesNotContain("(text:alzheimer)^");
	}

	/** The groups of the shipped synonym file, without comments. */
	private static List<String> synonymLines() throws IOException {
		try (InputStream in = SynonymTests.class.getClassLoader().getResourceAsStream(AnalysisData.SYNONYMS)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map((line) -> line.replaceAll("#.*", "").strip())
				.filter((line) -> !line.isEmpty())
				.toList();
		}
	}

	@Test
	void aWordOutsideTheGroupsIsLeftAlone() {
		assertThat(Tokens.terms(Tokens.ANALYZERS.query(), "blokzorg")).containsExactly("blokzorg");
	}

}
