package nl.mantelzorgkaart.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.ApiClient;
import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.graph.GraphReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The respite guide over the seed dataset, with the cases the seed documents describe, answered as a
 * caregiver consultant would: which offerings, why, what differs, whom to contact. Also every path where
 * nothing fits: the answer is never an empty dead end.
 */
@IntegrationTest
class RespiteGuideTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphReads graph;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = ApiClient.graphQl(this.port);
	}

	// --- The seed documents' cases ---

	/**
	 * VMCA annual report, dementia chain: a partner caring for someone with dementia who wants time off at home.
	 * The volunteers VMCA places with people with dementia (IVT, Held-in-Huis) come first, then the general help
	 * at home, then what the sources last described in 2015.
	 */
	@Test
	void aPartnerOfSomeoneWithDementiaInAlmereGetsTheDementiaVolunteersAtHomeFirst() {
		Answer answer = ask(Map.of("caringFor", "PARTNER", "careRecipientAge", 78, "careThemes", List.of("dementie"),
				"breakKinds", List.of("SOMEONE_AT_HOME"), "area", "almere"), 10, 5);

		assertThat(answer.matchIds().subList(0, 2)).containsExactlyInAnyOrder("vmca-ivt", "vmca-held-in-huis");
		assertThat(answer.matchIds().get(2)).isEqualTo("saar-aan-huis-hulp-thuis");
		assertThat(answer.matchIds().subList(3, 7)).containsExactlyInAnyOrder("vmca-vrijwilligersprojecten-zorg",
				"humanitas-almere-vrijwilligersprojecten-zorg", "vmca-jmz-18-plus-weekend", "vmca-jmz-tienerweekend");
		// The two VMCA weekends for young carers are respijtzorg of no kind the sources give (the type
		// 'vakantie-respijt' is gone, issue 19), so the guide cannot rule them out: they are matches of unknown kind.
		assertThat(answer.match("vmca-jmz-tienerweekend").reason("KIND_OF_BREAK"))
			.isEqualTo("UNKNOWN: Respijtzorg; welke soort staat niet in onze bronnen");
		assertThat(answer.matchCount()).isEqualTo(7);
		Match ivt = answer.match("vmca-ivt");
		assertThat(ivt.reason("CONDITION")).isEqualTo("MET: Gericht op dementie");
		assertThat(ivt.reason("KIND_OF_BREAK")).isEqualTo("MET: Geeft vrijwillige hulp thuis");
		assertThat(ivt.score()).isGreaterThan(answer.match("saar-aan-huis-hulp-thuis").score());
		// Neither is left among the nearly fitting ones.
		assertThat(answer.alternativeIds()).doesNotContain("vmca-ivt", "vmca-held-in-huis");
		Match saar = answer.match("saar-aan-huis-hulp-thuis");
		assertThat(saar.reason("KIND_OF_BREAK")).isEqualTo("MET: Geeft aanwezigheidszorg");
		assertThat(saar.reason("WHERE")).isEqualTo("MET: In Almere");
		assertThat(saar.reason("CONDITION")).startsWith("MET: Voor mantelzorgers bij elke ziekte");
		// Saar aan Huis's own contact details are not in the sources: the next step names VMCA, who arranged it.
		assertThat(saar.nextStepContact()).isEqualTo("vmca");
		assertThat(answer.match("vmca-vrijwilligersprojecten-zorg").conditions())
			.contains("Gegevens uit 2015; vraag na of het er nog is");

		// The 2015 projects fit as well but rank last, with a warning.
		assertThat(answer.match("humanitas-almere-vrijwilligersprojecten-zorg").score())
			.isEqualTo(answer.match("saar-aan-huis-hulp-thuis").score());
		// The Zorgoppas is for parents of a child: never offered to a partner.
		assertThat(answer.allIds()).doesNotContain("zorgoppas-bemiddeling");

		assertThat(answer.contactIds()).containsExactly("vmca", "mantelzorgnl");
		assertThat(answer.contactOffering(0)).isEqualTo("vmca-consulent-mantelzorg");
		assertThat(answer.termIds()).contains("aanwezigheidszorg", "blokzorg", "ketenzorg-dementie");
		assertThat(answer.notes()).isEmpty();
	}

	/** VMCA annual report, casus: a mother caring for a son with autism, who wants time to find work. */
	@Test
	void aMotherOfASonWithAutismGetsSaarAanHuisFirstAsTheConsultantArrangedIt() {
		Answer answer = ask(Map.of("caringFor", "CHILD", "careRecipientAge", 9, "careThemes", List.of("autisme"),
				"breakKinds", List.of("SOMEONE_AT_HOME", "DAY_ELSEWHERE"), "area", "almere"), 10, 5);

		assertThat(answer.matchIds().get(0)).isEqualTo("saar-aan-huis-hulp-thuis");
		Match saar = answer.match("saar-aan-huis-hulp-thuis");
		assertThat(saar.reason("WHO")).isEqualTo("MET: Speciaal voor ouders van een kind met een beperking of ziekte");
		assertThat(saar.score()).isEqualTo(11);
		// The Zorgoppas (national, for families with a child needing care) fits too, after the current local
		// offerings; the projects last described in 2015 come after it, however well they score.
		Match zorgoppas = answer.match("zorgoppas-bemiddeling");
		assertThat(zorgoppas.reason("WHERE")).isEqualTo("MET: Landelijk aanbod");
		List<String> current = answer.matches().stream().filter((m) -> !m.outdated()).map(Match::id).toList();
		// The two VMCA weekends for young carers are respijtzorg of no kind the sources give (the type
		// 'vakantie-respijt' is gone, issue 19), so the guide cannot rule them out: they are matches of unknown kind.
		List<String> knownKind = current.stream()
			.filter((id) -> !List.of("vmca-jmz-18-plus-weekend", "vmca-jmz-tienerweekend").contains(id))
			.toList();
		assertThat(knownKind.get(knownKind.size() - 1)).isEqualTo("zorgoppas-bemiddeling");
		assertThat(answer.matchIds().subList(current.size(), answer.matchIds().size())).isNotEmpty()
			.allSatisfy((id) -> assertThat(answer.match(id).outdated()).isTrue());
		assertThat(answer.match("vmca-vrijwilligersprojecten-zorg").score()).isGreaterThan(zorgoppas.score());
		// There is no dagbesteding in Almere in the sources: the remaining respite is an alternative.
		assertThat(answer.alternativeIds()).contains("vmca-eigen-tijd");
		assertThat(answer.alternative("vmca-eigen-tijd").differences())
			.containsExactly("PARTLY: Wel respijt, maar als respijt light in plaats van iemand thuis of dagbesteding");
		assertThat(answer.contactIds().get(0)).isEqualTo("vmca");
	}

	/** VMCA annual report, KOPP/KOV: a young carer of 10 with a parent with psychological problems. */
	@Test
	void aYoungCarerOfTenWithAParentWithPsychologicalProblemsGetsTheKoppTrainingForTheirAge() {
		Answer answer = ask(Map.of("caringFor", "PARENT", "caregiverAge", 10, "careThemes",
				List.of("psychische-problemen"), "area", "almere"), 50, 20);

		assertThat(answer.matchIds().get(0)).isEqualTo("vmca-alles-op-zn-kopp");
		Match kopp = answer.match("vmca-alles-op-zn-kopp");
		assertThat(kopp.reason("WHO")).isEqualTo("MET: Speciaal voor jonge mantelzorgers 8-12 jaar");
		assertThat(kopp.reason("CONDITION")).isEqualTo("MET: Gericht op psychische problemen");
		assertThat(kopp.conditions()).contains("Leeftijd: 8 tot en met 12 jaar");
		assertThat(answer.matchIds()).contains("vmca-jmz-individuele-gesprekken", "vmca-jmz-themabijeenkomsten");
		// Offerings for other ages are left out altogether, not offered as alternatives.
		// (What is for volwassen mantelzorgers is not left out: no source gives the age at which a carer is one.)
		assertThat(answer.allIds()).doesNotContain("vmca-piep-zei-de-muis", "vmca-alles-op-zn-kopp-16-plus",
				"vmca-jmz-18-plus-weekend");
		// The ended buddy project for young carers is never offered.
		assertThat(answer.allIds()).doesNotContain("vmca-jonge-mantelzorg-maatjes");
		// The point of contact is VMCA's consultant for young carers, not the one for adults.
		assertThat(answer.contactIds().get(0)).isEqualTo("vmca");
		assertThat(answer.contactOffering(0)).isEqualTo("vmca-jmz-individuele-gesprekken");
		assertThat(answer.termIds()).contains("kopp-kov");
	}

	/** HBEL plan: working caregivers, reached through the HBEL municipalities' offerings. */
	@Test
	void aWorkingCarerInHuizenGetsTheRegionsOfferingsAndVersaWelzijnAsContact() {
		Answer answer = ask(Map.of("caregiverSituations", List.of("WORKING"), "caregiverAge", 45, "caringFor",
				"PARENT", "moments", List.of("EVENING"), "area", "huizen"), 50, 20);

		// Offerings for the HBEL-gemeenten count for Huizen, which lies in that region.
		assertThat(answer.matchIds()).contains("versa-welzijn-mantelzorgconsulenten",
				"vc-huizen-informatiebijeenkomsten-mantelzorgers", "hbel-folder-mantelzorg",
				"maatschappelijke-zaken-webpagina-mantelzorg");
		assertThat(answer.match("versa-welzijn-mantelzorgconsulenten").reason("WHERE"))
			.startsWith("MET: Voor de regio HBEL-gemeenten");
		// Huizen's own offerings rank before the region's.
		assertThat(answer.matchIds().indexOf("vc-huizen-informatiebijeenkomsten-mantelzorgers"))
			.isLessThan(answer.matchIds().indexOf("versa-welzijn-mantelzorgconsulenten"));
		// No source says when these run: unknown, said so, not guessed.
		assertThat(answer.matches()).allSatisfy((match) -> assertThat(match.reason("WHEN")).startsWith("UNKNOWN: "));
		// Information for working carers is planned: an alternative that says so.
		Match planned = answer.alternative("hbel-informatie-op-maat-doelgroepen");
		assertThat(planned.reason("WHO")).isEqualTo("MET: Speciaal voor werkende mantelzorgers");
		assertThat(planned.differences()).singleElement().asString().startsWith("NOT_MET: Gepland, nog niet beschikbaar");
		// Not for a 45-year-old; Huizen's ended compliment is gone.
		assertThat(answer.allIds()).doesNotContain("versa-welzijn-activiteiten-jonge-mantelzorgers",
				"gemeente-huizen-mantelzorgcompliment");
		assertThat(answer.contactIds()).containsExactly("versa-welzijn", "mantelzorgnl");
		assertThat(answer.contactArea(0)).isEqualTo("hbel");
	}

	// --- The caregiver's own age and situation ---

	/** VMCA annual report, young carers: a 13-year-old in Almere gets the teenagers' weekend, not the one for 18-24. */
	@Test
	void aYoungCarerOfThirteenInAlmereGetsTheYoungCarersOfferingsForTheirAgeFirst() {
		Answer answer = ask(Map.of("caringFor", "PARENT", "caregiverAge", 13, "caregiverSituations",
				List.of("YOUNG_CARER"), "area", "almere"), 50, 20);

		assertThat(answer.matchIds()).contains("vmca-jmz-tienerweekend", "vmca-jmz-themabijeenkomsten",
				"vmca-jmz-individuele-gesprekken", "vmca-jmz-uitjes");
		assertThat(answer.match("vmca-jmz-tienerweekend").reason("WHO")).isEqualTo("MET: Speciaal voor jonge mantelzorgers");
		// (What is for volwassen mantelzorgers is not left out: no source gives the age at which a carer is one.)
		assertThat(answer.allIds()).doesNotContain("vmca-jmz-18-plus-weekend", "vmca-piep-zei-de-muis",
				"vmca-alles-op-zn-kopp-16-plus");
		// Among the current matches, everything for young carers comes before what is for every caregiver.
		List<Match> current = answer.matches()
			.stream()
			.filter((m) -> !m.outdated() && "MET: In Almere".equals(m.reason("WHERE")))
			.toList();
		int lastForYoungCarers = 0;
		int firstForAll = current.size();
		for (int i = 0; i < current.size(); i++) {
			String who = current.get(i).reason("WHO");
			if (who.startsWith("MET: Speciaal voor jonge mantelzorgers")) {
				lastForYoungCarers = i;
			}
			else if (firstForAll == current.size()) {
				firstForAll = i;
			}
		}
		assertThat(lastForYoungCarers).isLessThan(firstForAll);
		assertThat(answer.contactOffering(0)).isEqualTo("vmca-jmz-individuele-gesprekken");
	}

	/** HBEL plan, young carers: the young carers' activities of Versa Welzijn come first for a 13-year-old in Huizen. */
	@Test
	void aYoungCarerOfThirteenInHuizenGetsVersaWelzijnsYoungCarersActivitiesFirst() {
		Answer answer = ask(Map.of("caregiverAge", 13, "caregiverSituations", List.of("YOUNG_CARER"), "area", "huizen"),
				10, 5);

		assertThat(answer.matchIds().get(0)).isEqualTo("versa-welzijn-activiteiten-jonge-mantelzorgers");
		assertThat(answer.match("versa-welzijn-activiteiten-jonge-mantelzorgers").reason("WHO"))
			.isEqualTo("MET: Speciaal voor jonge mantelzorgers");
		// The region's plans for young carers are not running yet: alternatives that say so.
		assertThat(answer.alternative("hbel-gastlessen-mantelzorg-scholen").differences()).singleElement()
			.asString()
			.startsWith("NOT_MET: Gepland, nog niet beschikbaar");
		assertThat(answer.contactIds()).containsExactly("versa-welzijn", "mantelzorgnl");
	}

	@Test
	void aCaregiverOfSeventyIsNotOfferedWhatIsMeantForYoungCarers() {
		Answer answer = ask(Map.of("caringFor", "PARTNER", "caregiverAge", 70, "area", "almere"), 50, 20);

		assertThat(answer.allIds()).doesNotContain("vmca-jmz-18-plus-weekend", "vmca-jmz-tienerweekend",
				"vmca-jmz-themabijeenkomsten", "vmca-jmz-individuele-gesprekken", "vmca-jmz-uitjes",
				"humanitas-almere-grip-op-geld");
		assertThat(answer.matchIds()).contains("vmca-consulent-mantelzorg", "vmca-cursus-in-balans");
		assertThat(answer.match("vmca-consulent-mantelzorg").reason("WHO"))
			.isEqualTo("UNKNOWN: Voor volwassen mantelzorgers: past als dat op u van toepassing is");
	}

	/** VMCA annual report, work and care: a working daughter caring for her mother in Almere. */
	@Test
	void aWorkingDaughterInAlmereGetsTheOfferingsForWorkingCarersFirst() {
		Answer answer = ask(Map.of("caringFor", "PARENT", "caregiverSituations", List.of("WORKING"), "area", "almere"),
				10, 5);

		assertThat(answer.matchIds().subList(0, 5)).containsExactlyInAnyOrder("vmca-mantelzorgspreekuur-personeel",
				"vmca-inloopspreekuur-mantelzorg", "vmca-webinar-mantelzorg-en-werk", "vmca-werk-en-mantelzorg",
				"vmca-campagne-werk-en-mantelzorg");
		assertThat(answer.matches().subList(0, 5)).allSatisfy(
				(match) -> assertThat(match.reason("WHO")).isEqualTo("MET: Speciaal voor werkende mantelzorgers"));
		assertThat(answer.contactIds().get(0)).isEqualTo("vmca");
		assertThat(answer.contactOffering(0)).isEqualTo("vmca-mantelzorgspreekuur-personeel");
	}

	// --- At night or in an emergency ---

	@Test
	void anEmergencyAtNightInAlmereGivesTheLocalDoorsTheSourcesNameAndSaysPlainlyWhatTheyDoNotGive() {
		Answer answer = ask(Map.of("moments", List.of("EMERGENCY", "NIGHT"), "area", "almere"), 10, 5);

		Urgent urgent = answer.urgent();
		// Most direct first: the out-of-hours GP post (from a public page of 2020), the local doors, then the
		// national crisis line.
		assertThat(urgent.contactIds()).containsExactly("huisartsenpost-almere", "wijkteams-almere", "gemeente-almere",
				"vmca", "zelfmoordpreventie-113");
		assertThat(urgent.phone("huisartsenpost-almere")).isEqualTo("0900 203 0203");
		assertThat(urgent.phone("zelfmoordpreventie-113")).isEqualTo("113");
		assertThat(urgent.phone("vmca")).isEqualTo("036 53 41 404");
		// Every contact is a record that cites a seed document; VMCA's phone number comes from the back cover of
		// the 2015 trend report, which the text extraction puts right after its last heading, "Ten slotte".
		assertThat(urgent.contacts()).allSatisfy((contact) -> assertThat(urgent.citations(contact)).isNotEmpty());
		assertThat(urgent.citations("vmca"))
			.contains("vmca-humanitas-trendrapportage-2015: Ten slotte");
		assertThat(urgent.missing()).containsExactly(
				"Noodopvang voor Almere staat niet in onze bronnen: vervangende zorg die snel te regelen is als u "
						+ "plotseling niet meer kunt zorgen.");
		assertThat(answer.contactIds()).containsExactly("vmca", "mantelzorgnl");
	}

	@Test
	void anEmergencyWithoutAPlaceStillNamesTheNationalPointOfContactAndWhatIsMissing() {
		Answer answer = ask(Map.of("moments", List.of("EMERGENCY")), 10, 5);

		assertThat(answer.urgent().contactIds()).containsExactly("mantelzorgnl", "zelfmoordpreventie-113");
		assertThat(answer.urgent().missing()).contains("Een wijkteam, gemeente of steunpunt mantelzorg voor uw woonplaats "
				+ "staat niet in onze bronnen; hieronder staat wie u volgens onze bronnen wel kunt vragen.");
	}

	@Test
	void aNightInHuizenSendsToTheMunicipalityAndTheCaregiverConsultants() {
		Answer answer = ask(Map.of("moments", List.of("NIGHT"), "area", "huizen"), 10, 5);

		assertThat(answer.urgent().contactIds()).containsExactly("gemeente-huizen", "versa-welzijn",
				"zelfmoordpreventie-113");
		assertThat(answer.urgent().missing()).anySatisfy((line) -> assertThat(line)
			.startsWith("Een huisartsenpost voor Huizen staat niet in onze bronnen"));
	}

	@Test
	void withoutANightOrAnEmergencyThereIsNoUrgentPart() {
		assertThat(ask(Map.of("moments", List.of("EVENING"), "area", "almere"), 10, 5).urgent()).isNull();
	}

	// --- Nothing fits ---

	@Test
	void whenNoOfferingGivesTheBreakAskedForTheAlternativesSayWhatDiffersAndTheContactStays() {
		Answer answer = ask(Map.of("breakKinds", List.of("OVERNIGHT"), "area", "almere"), 10, 5);

		// Only the two VMCA weekends for young carers, respijtzorg of no kind the sources give, cannot be ruled
		// out (they were 'vakantie-respijt', a type no source supports, issue 19).
		assertThat(answer.matchIds()).containsExactlyInAnyOrder("vmca-jmz-18-plus-weekend", "vmca-jmz-tienerweekend");
		assertThat(answer.alternativeIds()).hasSize(5);
		assertThat(answer.alternatives()).allSatisfy((alternative) -> assertThat(alternative.differences())
			.singleElement()
			.asString()
			.startsWith("PARTLY: Wel respijt, maar als ")
			.endsWith(" in plaats van logeerzorg"));
		assertThat(answer.contactIds()).containsExactly("vmca", "mantelzorgnl");
		// With those two matches the guide no longer says that nothing fits.
		assertThat(answer.notes()).isEmpty();
		assertThat(answer.termIds()).contains("logeerzorg");
	}

	@Test
	void aMunicipalityWithoutLocalOfferingsGetsTheNationalOnesAndTheMunicipalityAsContact() {
		Answer answer = ask(Map.of("caringFor", "PARTNER", "area", "breda"), 10, 5);

		assertThat(answer.matchIds()).containsExactlyInAnyOrder("mantelzorgnl-bewustwordingscampagnes",
				"zelfmoordpreventie-113-hulplijn");
		assertThat(answer.matches()).allSatisfy(
				(match) -> assertThat(match.reason("WHERE")).isEqualTo("MET: Landelijk aanbod"));
		assertThat(answer.contactIds()).containsExactly("gemeente-breda", "mantelzorgnl");
		assertThat(answer.contactText(0)).contains("Wmo");
	}

	@Test
	void aPlaceWithNoOfferingsAtAllStillGetsTheNationalPointOfContactAndSaysWhy() {
		// A point in France: nothing within 5 km, not even the national offerings of a Dutch area.
		Answer answer = ask(Map.of("near", Map.of("lat", 50.0, "lon", 3.0, "radiusKm", 5)), 10, 5);

		assertThat(answer.matchCount()).isZero();
		assertThat(answer.alternativeIds()).isEmpty();
		assertThat(answer.contactIds()).containsExactly("mantelzorgnl");
		assertThat(answer.notes()).anySatisfy((note) -> assertThat(note).startsWith("Binnen 5 km ligt geen gemeente"))
			.anySatisfy((note) -> assertThat(note).contains("geen lokaal aanspreekpunt"))
			.anySatisfy((note) -> assertThat(note).startsWith("Niets past precies"));
	}

	@Test
	void paidHelpIsAnAlternativeWhenOnlyFreeHelpIsAskedForWithTheCostsNamed() {
		Answer answer = ask(Map.of("breakKinds", List.of("SOMEONE_AT_HOME"), "payment", List.of("FREE"), "area",
				"druten"), 10, 5);

		assertThat(answer.matchIds()).containsExactly("meervoormekaar-vrijwillige-respijtzorg", "zorgoppas-bemiddeling");
		assertThat(answer.match("meervoormekaar-vrijwillige-respijtzorg").reason("PAYMENT"))
			.startsWith("UNKNOWN: Kosten en vergoeding staan niet in onze bronnen");
		Match dovida = answer.alternative("dovida-druten");
		assertThat(dovida.reason("KIND_OF_BREAK")).isEqualTo("MET: Respijtzorg aan huis");
		assertThat(dovida.differences()).singleElement()
			.asString()
			.isEqualTo("NOT_MET: Alleen via Aanvullende verzekering of Zelf betalen (kosten via aanvullende verzekering)");
		assertThat(dovida.conditions()).contains("Kosten (deels) via een aanvullende verzekering");
		// Druten has no caregiver support centre in the sources: the national contact, and a note saying so.
		assertThat(answer.contactIds()).containsExactly("mantelzorgnl");
		assertThat(answer.notes()).anySatisfy((note) -> assertThat(note).startsWith("Voor Druten staat in onze bronnen"));
	}

	@Test
	void withoutAPlaceOnlyNationalOfferingsAreShownWithAHint() {
		Answer answer = ask(Map.of(), 10, 5);

		assertThat(answer.area()).isNull();
		assertThat(answer.matchIds()).containsExactlyInAnyOrder("mantelzorgnl-bewustwordingscampagnes",
				"zelfmoordpreventie-113-hulplijn", "zorgoppas-bemiddeling");
		assertThat(answer.contactIds()).containsExactly("mantelzorgnl");
		assertThat(answer.notes()).singleElement().asString().startsWith("Geef uw gemeente of een plek op");
	}

	// --- Where, ranking, cost ---

	@Test
	void aPointWithARadiusFindsTheMunicipalityAroundItAndSaysHowFar() {
		Answer answer = ask(Map.of("careThemes", List.of("dementie"), "near",
				Map.of("lat", 52.37, "lon", 5.22, "radiusKm", 5)), 10, 5);

		assertThat(answer.area()).isEqualTo("almere");
		assertThat(answer.matchIds()).contains("vmca-gesprekstafel-dementie", "vmca-held-in-huis");
		assertThat(answer.match("vmca-gesprekstafel-dementie").reason("WHERE")).startsWith("MET: In Almere (centrum op ");
		assertThat(answer.contactIds().get(0)).isEqualTo("vmca");
	}

	@Test
	void theRankingIsDeterministicAndBestFirst() {
		Map<String, Object> input = Map.of("careThemes", List.of("dementie"), "area", "almere");
		Answer first = ask(input, 50, 20);
		Answer again = ask(input, 50, 20);
		assertThat(again.matchIds()).containsExactlyElementsOf(first.matchIds());
		assertThat(again.alternativeIds()).containsExactlyElementsOf(first.alternativeIds());
		// Current offerings first, best first; then those last verified more than five years ago, best first.
		List<Boolean> outdated = first.matches().stream().map(Match::outdated).toList();
		assertThat(outdated).isSorted().contains(false, true);
		assertThat(first.matches().stream().filter((m) -> !m.outdated()).map(Match::score).toList())
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(first.matches().stream().filter(Match::outdated).map(Match::score).toList())
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		// Aimed at dementia ranks above the general offerings.
		assertThat(first.match(first.matchIds().get(0)).reason("CONDITION")).isEqualTo("MET: Gericht op dementie");
		Answer page = ask(input, 3, 0);
		assertThat(page.matchIds()).containsExactlyElementsOf(first.matchIds().subList(0, 3));
		assertThat(page.matchCount()).isEqualTo(first.matchCount());
		assertThat(page.alternativeIds()).isEmpty();
	}

	@Test
	void theGuideCostsTheSameRoundTripsForAFewOfferingsAsForMany() {
		long few = roundTrips(Map.of("careThemes", List.of("dementie"), "area", "breda"));
		long many = roundTrips(Map.of("careThemes", List.of("dementie"), "area", "almere"));
		// Context, offerings, contacts, glossary, and one batch for the organisers asked for.
		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(5);
		// At night or in an emergency: one read more for whom to turn to at once, and one batch for their sources.
		long urgent = roundTrips(Map.of("moments", List.of("EMERGENCY"), "area", "almere"));
		assertThat(urgent).isLessThanOrEqualTo(few + 2);
	}

	private long roundTrips(Map<String, Object> input) {
		ask(input, 50, 20); // warm up
		long before = this.graph.roundTrips();
		ask(input, 50, 20);
		return this.graph.roundTrips() - before;
	}

	// --- Bad input ---

	@Test
	void badAnswersAreBadRequestsNamingTheField() {
		assertBadRequest(Map.of("careThemes", List.of("bestaat-niet")), "input.careThemes");
		assertBadRequest(Map.of("careThemes", List.of("Dementie!")), "input.careThemes");
		assertBadRequest(Map.of("respiteTypes", List.of("sauna")), "input.respiteTypes");
		assertBadRequest(Map.of("area", "bestaat-niet"), "input.area");
		assertBadRequest(Map.of("area", "Almere Stad"), "input.area");
		assertBadRequest(Map.of("area", "noord-holland"), "input.area");
		assertBadRequest(Map.of("caregiverAge", -1), "input.caregiverAge");
		assertBadRequest(Map.of("caregiverAge", 70, "caregiverSituations", List.of("YOUNG_CARER")),
				"input.caregiverSituations");
		assertBadRequest(Map.of("careRecipientAge", 121), "input.careRecipientAge");
		assertBadRequest(Map.of("near", Map.of("lat", 52.37, "lon", 5.22, "radiusKm", 0)), "input.near.radiusKm");
		assertBadRequest(Map.of("near", Map.of("lat", 52.37, "lon", 5.22, "radiusKm", -3)), "input.near.radiusKm");
		assertBadRequest(Map.of("near", Map.of("lat", 52.37, "lon", 5.22, "radiusKm", 10_000)), "input.near.radiusKm");
		assertBadRequest(Map.of("near", Map.of("lat", 52.37, "lon", 5.22, "radiusKm", 50.5)), "input.near.radiusKm");
		assertBadRequest(Map.of("near", Map.of("lat", 95, "lon", 5.22)), "input.near.lat");
		assertBadRequest(Map.of("near", Map.of("lat", 52.37, "lon", -181)), "input.near.lon");
		assertBadRequest(Map.of("area", "almere", "near", Map.of("lat", 52.37, "lon", 5.22)), "input.near");
	}

	@Test
	void aPageBeyondTheCapIsABadRequestNamingTheArgument() {
		assertBadRequest(Map.of("area", "almere"), 51, 5, "first");
		assertBadRequest(Map.of("area", "almere"), 10, 21, "alternatives");
		assertBadRequest(Map.of("area", "almere"), -1, 5, "first");
	}

	@Test
	void anUnknownKindOfBreakIsABadRequestNamingTheArgument() {
		this.graphQl.document("{ respiteGuide(input: {breakKinds: [SAUNA]}) { matchCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
				assertThat(String.valueOf(error.getExtensions().get("argument"))).startsWith("input");
			}));
	}

	private void assertBadRequest(Map<String, Object> input, String field) {
		assertBadRequest(input, 10, 5, field);
	}

	private void assertBadRequest(Map<String, Object> input, int first, int alternatives, String field) {
		this.graphQl.documentName("respiteGuide")
			.variable("input", input)
			.variable("first", first)
			.variable("alternatives", alternatives)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).as("%s", input).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", field);
				assertThat(error.getMessage()).isNotBlank();
			}));
	}

	// --- Reading the answer ---

	private Answer ask(Map<String, Object> input, int first, int alternatives) {
		GraphQlTester.Response response = this.graphQl.documentName("respiteGuide")
			.variable("input", input)
			.variable("first", first)
			.variable("alternatives", alternatives)
			.execute();
		response.errors().verify();
		return new Answer(response.path("respiteGuide").entity(Map.class).get());
	}

	/** The {@code respiteGuide} field of a response, read for assertions. */
	@SuppressWarnings("unchecked")
	record Answer(Map<String, Object> json) {

		List<Match> matches() {
			return ((List<Map<String, Object>>) this.json.get("matches")).stream().map(Match::new).toList();
		}

		List<Match> alternatives() {
			return ((List<Map<String, Object>>) this.json.get("alternatives")).stream().map(Match::new).toList();
		}

		int matchCount() {
			return ((Number) this.json.get("matchCount")).intValue();
		}

		String area() {
			Map<String, Object> area = (Map<String, Object>) this.json.get("area");
			return (area != null) ? (String) area.get("id") : null;
		}

		List<String> matchIds() {
			return matches().stream().map(Match::id).toList();
		}

		List<String> alternativeIds() {
			return alternatives().stream().map(Match::id).toList();
		}

		List<String> allIds() {
			return java.util.stream.Stream.concat(matchIds().stream(), alternativeIds().stream()).toList();
		}

		Match match(String id) {
			return matches().stream().filter((match) -> match.id().equals(id)).findFirst().orElseThrow(
					() -> new AssertionError(id + " is not among the matches " + matchIds()));
		}

		Match alternative(String id) {
			return alternatives().stream().filter((match) -> match.id().equals(id)).findFirst().orElseThrow(
					() -> new AssertionError(id + " is not among the alternatives " + alternativeIds()));
		}

		private List<Map<String, Object>> contacts() {
			return (List<Map<String, Object>>) this.json.get("contactPoints");
		}

		List<String> contactIds() {
			return contacts().stream().map((c) -> (String) ((Map<String, Object>) c.get("organisation")).get("id"))
				.toList();
		}

		String contactOffering(int index) {
			Map<String, Object> offering = (Map<String, Object>) contacts().get(index).get("offering");
			return (offering != null) ? (String) offering.get("id") : null;
		}

		String contactArea(int index) {
			return (String) ((Map<String, Object>) contacts().get(index).get("area")).get("id");
		}

		String contactText(int index) {
			return (String) contacts().get(index).get("text");
		}

		List<String> termIds() {
			return ((List<Map<String, Object>>) this.json.get("terms")).stream().map((t) -> (String) t.get("id"))
				.toList();
		}

		List<String> notes() {
			return (List<String>) this.json.get("notes");
		}

		Urgent urgent() {
			Map<String, Object> urgent = (Map<String, Object>) this.json.get("urgent");
			return (urgent != null) ? new Urgent(urgent) : null;
		}

	}

	/** Whom to turn to at once. */
	@SuppressWarnings("unchecked")
	record Urgent(Map<String, Object> json) {

		String text() {
			return (String) this.json.get("text");
		}

		List<String> missing() {
			return (List<String>) this.json.get("missing");
		}

		List<Map<String, Object>> contacts() {
			return (List<Map<String, Object>>) this.json.get("contacts");
		}

		List<String> contactIds() {
			return contacts().stream().map((c) -> (String) organisation(c).get("id")).toList();
		}

		String phone(String organisationId) {
			return (String) organisation(contact(organisationId)).get("phone");
		}

		/** The organisation's citations, as "source id: section". */
		List<String> citations(String organisationId) {
			return citations(contact(organisationId));
		}

		List<String> citations(Map<String, Object> contact) {
			return ((List<Map<String, Object>>) organisation(contact).get("sources")).stream()
				.map((citation) -> ((Map<String, Object>) citation.get("source")).get("id") + ": " + citation.get("section"))
				.toList();
		}

		private Map<String, Object> contact(String organisationId) {
			return contacts().stream().filter((c) -> organisationId.equals(organisation(c).get("id"))).findFirst()
				.orElseThrow(() -> new AssertionError(organisationId + " is not among " + contactIds()));
		}

		private static Map<String, Object> organisation(Map<String, Object> contact) {
			return (Map<String, Object>) contact.get("organisation");
		}

	}

	/** One match or alternative. */
	@SuppressWarnings("unchecked")
	record Match(Map<String, Object> json) {

		String id() {
			return (String) ((Map<String, Object>) this.json.get("offering")).get("id");
		}

		int score() {
			return ((Number) this.json.get("score")).intValue();
		}

		/** Last verified more than five years ago. */
		boolean outdated() {
			String verified = (String) ((Map<String, Object>) this.json.get("offering")).get("lastVerified");
			return java.time.LocalDate.parse(verified).isBefore(java.time.LocalDate.now().minusYears(5));
		}

		/** The reason for one question as "FIT: text", or null when it has none. */
		String reason(String question) {
			return ((List<Map<String, Object>>) this.json.get("reasons")).stream()
				.filter((reason) -> question.equals(reason.get("question")))
				.map((reason) -> reason.get("fit") + ": " + reason.get("text"))
				.findFirst()
				.orElse(null);
		}

		List<String> differences() {
			return ((List<Map<String, Object>>) this.json.get("differences")).stream()
				.map((reason) -> reason.get("fit") + ": " + reason.get("text"))
				.toList();
		}

		List<String> conditions() {
			return (List<String>) this.json.get("conditions");
		}

		String nextStepContact() {
			Map<String, Object> contact = (Map<String, Object>) ((Map<String, Object>) this.json.get("nextStep"))
				.get("contact");
			return (contact != null) ? (String) contact.get("id") : null;
		}

	}

}
