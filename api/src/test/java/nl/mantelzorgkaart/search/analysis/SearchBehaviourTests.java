package nl.mantelzorgkaart.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a caregiver notices: a handful of offerings indexed with {@link CareAnalyzers#index()} and
 * searched with {@link CareAnalyzers#query()}, in everyday words that differ from the offering's own.
 */
class SearchBehaviourTests {

	private static final Map<String, String> OFFERINGS = new LinkedHashMap<>();

	static {
		OFFERINGS.put("respijt-dementie", "Respijtzorg bij dementie. Een vrijwilliger neemt een dagdeel de zorg over "
				+ "voor uw naaste met dementie, zodat u tijd voor uzelf hebt.");
		OFFERINGS.put("nah", "Steunpunt voor mensen met niet-aangeboren hersenletsel en hun naasten.");
		OFFERINGS.put("kopp", "Steungroep voor kinderen van ouders met psychische problemen.");
		OFFERINGS.put("ggz", "Inloopspreekuur van de wijk voor volwassenen met psychische problemen.");
		OFFERINGS.put("blokzorg", "Blokzorg: een ervaren zorgverlener woont een paar dagen bij u in.");
		OFFERINGS.put("logeerzorg-autisme", "Logeerzorg voor kinderen met autisme, in een vertrouwde omgeving.");
		OFFERINGS.put("dagbesteding-autisme", "Dagbesteding voor jongeren met autisme.");
		OFFERINGS.put("mantelzorgers-ondersteuning", "Ondersteuning voor mantelzorgers: advies en een luisterend oor.");
		OFFERINGS.put("lotgenoten", "Praatgroep: contact met lotgenoten die ook voor een naaste zorgen.");
		OFFERINGS.put("coordinatie", "Coördinatie van vrijwilligers in Almere-Poort.");
		OFFERINGS.put("dementiecafe", "Dementiecafé: elke maand een avond met uitleg en ontmoeting.");
		OFFERINGS.put("mantelzorgcafe", "Mantelzorgcafe Lelystad, koffie en een praatje.");
		OFFERINGS.put("thuiszorg", "Thuiszorg en wijkverpleging: zorg bij u thuis.");
		OFFERINGS.put("huishouding", "Hulp in de huishouding wanneer u zelf de zorg niet meer aankunt.");
		OFFERINGS.put("besteding-van-de-dag", "Een zinvolle besteding van de dag voor ouderen.");
	}

	private static TestIndex index;

	@BeforeAll
	static void indexOfferings() {
		index = TestIndex.of(OFFERINGS);
	}

	@Test
	void timeOffFromCaringForAHusbandWithDementiaFindsRespiteCareForDementia() {
		assertThat(index.search("even vrij van de zorg voor mijn man met dementie")).first()
			.isEqualTo("respijt-dementie");
	}

	@Test
	void anAbbreviationFindsTheWordsItStandsFor() {
		assertThat(index.search("NAH")).first().isEqualTo("nah");
		assertThat(index.search("KOPP")).first().isEqualTo("kopp");
	}

	@Test
	void alzheimerFindsDementia() {
		assertThat(index.search("alzheimer")).first().isEqualTo("respijt-dementie");
		assertThat(index.search("alzheimer")).contains("dementiecafe");
	}

	@Test
	void ggzFindsMentalHealthProblems() {
		assertThat(index.search("GGZ")).contains("ggz", "kopp").doesNotContain("nah", "thuiszorg");
	}

	@Test
	void aQuestionFindsItsSubject() {
		assertThat(index.search("wat is blokzorg")).containsExactly("blokzorg");
	}

	@Test
	void aStayForASonWithAutismFindsShortStaysForChildrenWithAutism() {
		assertThat(index.search("logeren zoon autisme")).first().isEqualTo("logeerzorg-autisme");
		assertThat(index.search("logeren zoon autisme")).contains("dagbesteding-autisme");
	}

	@Test
	void aCompoundFindsItsPartsWrittenApart() {
		assertThat(index.search("mantelzorgondersteuning")).first().isEqualTo("mantelzorgers-ondersteuning");
		assertThat(index.search("lotgenotencontact")).first().isEqualTo("lotgenoten");
	}

	@Test
	void partsWrittenApartFindTheCompound() {
		assertThat(index.search("ondersteuning mantelzorg")).first().isEqualTo("mantelzorgers-ondersteuning");
		assertThat(index.search("respijt")).containsExactly("respijt-dementie");
		assertThat(index.search("logeren")).containsExactly("logeerzorg-autisme");
	}

	@Test
	void dayCareAndTheDayWrittenOutFindEachOther() {
		assertThat(index.search("dagbesteding")).contains("dagbesteding-autisme", "besteding-van-de-dag");
		assertThat(index.search("besteding van de dag")).contains("dagbesteding-autisme", "besteding-van-de-dag");
		assertThat(index.search("dag besteding")).contains("dagbesteding-autisme", "besteding-van-de-dag");
	}

	@Test
	void respiteCareFindsRespite() {
		assertThat(TestIndex.of(Map.of("respijt", "Respijt voor wie zorgt.")).search("respijtzorg"))
			.containsExactly("respijt");
	}

	@Test
	void diacriticsDoNotMatter() {
		assertThat(index.search("coordinatie")).containsExactly("coordinatie");
		assertThat(index.search("coördinatie")).containsExactly("coordinatie");
		assertThat(index.search("café")).contains("dementiecafe", "mantelzorgcafe");
		assertThat(index.search("cafe")).contains("dementiecafe", "mantelzorgcafe");
	}

	@Test
	void hyphenatedPlacesAndConditionsMatchWordsApart() {
		assertThat(index.search("Almere Poort")).containsExactly("coordinatie");
		assertThat(index.search("niet aangeboren hersenletsel")).first().isEqualTo("nah");
	}

	@Test
	void theOfferingNamedAfterTheQueryRanksAboveLooselyRelatedOnes() {
		assertThat(index.search("dementie café")).first().isEqualTo("dementiecafe");
		assertThat(index.search("dementiecafé")).first().isEqualTo("dementiecafe");
		assertThat(index.search("thuiszorg")).first().isEqualTo("thuiszorg");
	}

	@Test
	void phrasesSkipStopWordsAndFollowSynonymsAndCompounds() {
		assertThat(index.searchPhrase("hulp huishouding")).containsExactly("huishouding");
		assertThat(index.searchPhrase("hulp in de huishouding")).containsExactly("huishouding");
		assertThat(index.searchPhrase("schoonmaakhulp")).containsExactly("huishouding");
		assertThat(index.searchPhrase("contact lotgenoten")).containsExactly("lotgenoten");
		assertThat(index.searchPhrase("lotgenotencontact")).containsExactly("lotgenoten");
		assertThat(index.searchPhrase("kinderen ouders psychische problemen")).containsExactly("kopp");
		assertThat(index.searchPhrase("KOPP")).containsExactly("kopp");
		assertThat(index.searchPhrase("psychische kinderen")).isEmpty();
		TestIndex respite = TestIndex.of(Map.of("vrij", "Even vrij van de zorg, een weekend lang."));
		assertThat(respite.searchPhrase("adempauze")).containsExactly("vrij");
	}

	@Test
	void theWordTypedRanksAboveItsSynonym() {
		TestIndex both = TestIndex.of(Map.of("alzheimer", "Alzheimer Café in de bibliotheek.", "dementie",
				"Dementie Café in de bibliotheek."));
		assertThat(both.search("alzheimer")).containsExactly("alzheimer", "dementie");
		assertThat(both.search("dementie")).containsExactly("dementie", "alzheimer");
	}

	@ParameterizedTest(name = "[{index}] ''{0}'' finds ''{1}''")
	@CsvSource(delimiter = '|', value = { "adempauze | Respijtzorg: de zorg even overdragen.",
			"acquired brain injury | Lotgenotengroep voor mensen met NAH.",
			"kinderen van ouders met verslaving | KOPP/KOV-groep voor jongeren.",
			"vergeetachtig | Cursus over dementie voor mantelzorgers.",
			"psychiatrie | Cliëntondersteuning in de GGZ.",
			"overnachten | Het logeerhuis is open in het weekend.",
			"dagopvang | Dagbesteding op de zorgboerderij.",
			"buddy | Een maatje voor een wandeling of een kop koffie.",
			"young carers | Kamp voor jonge mantelzorgers.",
			"caregiver | Informatie voor mantelzorgers.",
			"partner | Gespreksgroep voor wie zorgt voor een zieke man of vrouw.",
			"dochter | Begeleiding voor uw zoon thuis.",
			"vader | Uw moeder woont nog thuis.",
			"ASS | Vrijetijdsclub voor jongeren met autisme.",
			"LVB | Woonbegeleiding bij een licht verstandelijke beperking.",
			"schoonmaakhulp | Huishoudelijke hulp via de Wmo.",
			"volunteer | Word vrijwilliger bij de voedselbank.",
			"support group | Contact met lotgenoten, elke eerste dinsdag.",
			"caregiver support | Mantelzorgondersteuning van de gemeente.",
			"respite care | Respijtzorg voor mantelzorgers.",
			"dementia | Alles over dementie.",
			"autism | Training over autisme.",
			"day care | Dagopvang voor ouderen." })
	void aSynonymFindsAnOfferingWithoutTheWordTyped(String query, String offering) {
		TestIndex single = TestIndex.of(Map.of("match", offering, "other",
				"Juridisch spreekuur over testamenten en erfrecht."));
		assertThat(single.search(query)).containsExactly("match");
	}

}
