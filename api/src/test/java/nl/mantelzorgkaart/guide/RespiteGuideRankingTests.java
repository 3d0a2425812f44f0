package nl.mantelzorgkaart.guide;

import static nl.mantelzorgkaart.guide.GuideMatcherTests.ALMERE;
import static nl.mantelzorgkaart.guide.GuideMatcherTests.COUNTRY;
import static nl.mantelzorgkaart.guide.GuideMatcherTests.IN_ALMERE;
import static nl.mantelzorgkaart.guide.GuideMatcherTests.VOCABULARY;
import static nl.mantelzorgkaart.guide.GuideMatcherTests.offering;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.graph.Status;
import nl.mantelzorgkaart.guide.GuideAnswer.ContactPoint;
import nl.mantelzorgkaart.guide.GuideAnswer.Match;
import nl.mantelzorgkaart.guide.GuideAnswer.UrgentHelp;
import nl.mantelzorgkaart.guide.GuideGraph.ContactCandidate;
import nl.mantelzorgkaart.guide.GuideGraph.Context;
import nl.mantelzorgkaart.guide.GuideGraph.UrgentCandidate;
import nl.mantelzorgkaart.guide.RespiteGuideInput.BreakKind;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaredFor;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaregiverSituation;
import nl.mantelzorgkaart.guide.RespiteGuideInput.Moment;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.offering.Offering.Setting;
import nl.mantelzorgkaart.organisation.Organisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guide's answer over hand-made offerings and contacts, with the graph stubbed: how matches are ranked
 * (current before outdated, aimed at the condition before general), whom an answer at night or in an
 * emergency sends the caregiver to, and a young carer's age that contradicts itself.
 */
class RespiteGuideRankingTests {

	static final Organisation VMCA = organisation("vmca", "VMCA", "mantelzorgondersteuning", "036 53 41 404");

	static final Organisation WIJKTEAMS = organisation("wijkteams-almere", "Wijkteams Almere", "wijkteam", null);

	static final Organisation GEMEENTE = organisation("gemeente-almere", "Gemeente Almere", "gemeente", null);

	static final Organisation NATIONAL = organisation("mantelzorgnl", "MantelzorgNL", "landelijke-organisatie", null);

	GuideGraph graph = mock(GuideGraph.class);

	RespiteGuide guide = new RespiteGuide(this.graph);

	@BeforeEach
	void almere() {
		given(this.graph.aroundArea("almere")).willReturn(new Context(VOCABULARY, IN_ALMERE, COUNTRY));
		given(this.graph.contacts(anyList(), anyString())).willReturn(List.of(
				new ContactCandidate("almere", VMCA, null, Set.of(), Set.of()),
				new ContactCandidate("nederland", NATIONAL, offeringNamed("mantelzorglijn", "Advies"),
						Set.of("mantelzorgers"), Set.of("informatie-en-advies"))));
		given(this.graph.terms(any(), any())).willReturn(List.of());
	}

	@Test
	void anOfferingAimedAtDementiaRanksAboveGeneralOnesAndOutdatedOnesComeLast() {
		given(this.graph.offerings(IN_ALMERE)).willReturn(List.of(
				offering("Vrijwilligers 2015").respite("vrijwillige-thuishulp").verified(LocalDate.of(2015, 10, 1)).facts(),
				offering("Dementie 2015").themes("dementie").respite("vrijwillige-thuishulp")
					.verified(LocalDate.of(2015, 10, 1))
					.facts(),
				offering("Aanwezigheid").respite("aanwezigheidszorg").facts(),
				offering("IVT").themes("dementie").respite("vrijwillige-thuishulp", "maatje").facts()));

		GuideAnswer answer = this.guide.answer(input(CaredFor.PARTNER, null, null, List.of("dementie"),
				List.of(BreakKind.SOMEONE_AT_HOME), null), 10, 5);

		assertThat(answer.matches()).extracting((Match m) -> m.offering().name())
			.containsExactly("IVT", "Aanwezigheid", "Dementie 2015", "Vrijwilligers 2015");
		assertThat(answer.alternatives()).isEmpty();
		assertThat(answer.urgent()).isNull();
		verify(this.graph, never()).urgentContacts(anyList());
	}

	@Test
	void atTheSameScoreTheOfferingForTheConditionComesFirst() {
		// A general offering for partners (WHO met specifically) scores as much as one for any caregiver aimed at
		// dementia (CONDITION met specifically); the one aimed at the condition asked about goes first.
		given(this.graph.offerings(IN_ALMERE)).willReturn(List.of(
				offering("Aa voor partners").groups("partners-als-mantelzorger").respite("aanwezigheidszorg").facts(),
				offering("Zz dementie").themes("dementie").respite("aanwezigheidszorg").facts()));
		Vocabulary withPartners = new Vocabulary(withGroup(VOCABULARY, "partners-als-mantelzorger"),
				withParent(VOCABULARY, "partners-als-mantelzorger"), VOCABULARY.careThemes(), VOCABULARY.respiteTypes(),
				VOCABULARY.fundingRoutes(), VOCABULARY.supportFunctions());
		given(this.graph.aroundArea("almere")).willReturn(new Context(withPartners, IN_ALMERE, COUNTRY));

		GuideAnswer answer = this.guide.answer(input(CaredFor.PARTNER, null, null, List.of("dementie"),
				List.of(BreakKind.SOMEONE_AT_HOME), null), 10, 5);

		assertThat(answer.matches()).extracting(Match::score).containsExactly(11, 11);
		assertThat(answer.matches()).extracting((Match m) -> m.offering().name())
			.containsExactly("Zz dementie", "Aa voor partners");
	}

	@Test
	void aYoungCarersOfferingForTheRegionRanksAboveAGeneralOneInTheTownAtTheSameScore() {
		Area huizen = new Area("huizen", "Huizen", Area.Kind.MUNICIPALITY, 52.3, 5.24);
		Area hbel = new Area("hbel", "HBEL-gemeenten", Area.Kind.REGION, 52.28, 5.26);
		AreaScope inHuizen = new AreaScope(huizen, Map.of("huizen", huizen, "hbel", hbel, "nederland", COUNTRY),
				Set.of("huizen"), Set.of("huizen", "hbel"), Set.of("nederland"), Map.of(), List.of(huizen, hbel, COUNTRY),
				null, null);
		given(this.graph.aroundArea("huizen")).willReturn(new Context(VOCABULARY, inHuizen, COUNTRY));
		given(this.graph.contacts(anyList(), anyString())).willReturn(List.of());
		given(this.graph.offerings(inHuizen)).willReturn(List.of(
				offering("Aa dag van de mantelzorg").areas("huizen").facts(),
				offering("Zz jonge mantelzorgers").groups("jonge-mantelzorgers").areas("hbel").facts()));

		GuideAnswer answer = this.guide.answer(new RespiteGuideInput(CaredFor.PARENT, null, 13,
				List.of(CaregiverSituation.YOUNG_CARER), null, null, null, null, "huizen", null, null), 10, 5);

		assertThat(answer.matches()).extracting(Match::score).containsExactly(5, 5);
		assertThat(answer.matches()).extracting((Match m) -> m.offering().name())
			.containsExactly("Zz jonge mantelzorgers", "Aa dag van de mantelzorg");
	}

	@Test
	void anEmergencyAtNightWithNothingInTheSourcesSaysSoAndSendsToTheLocalDoors() {
		given(this.graph.offerings(IN_ALMERE)).willReturn(List.of());
		given(this.graph.urgentContacts(List.of("almere", "nederland"))).willReturn(List.of(
				new UrgentCandidate("almere", VMCA, null, false), new UrgentCandidate("almere", GEMEENTE, null, false),
				new UrgentCandidate("almere", WIJKTEAMS, null, false)));

		GuideAnswer answer = this.guide.answer(input(null, null, null, null, null,
				List.of(Moment.EMERGENCY, Moment.NIGHT)), 10, 5);

		assertThat(answer.matchCount()).isZero();
		UrgentHelp urgent = answer.urgent();
		assertThat(urgent.contacts()).extracting((ContactPoint c) -> c.organisation().id())
			.containsExactly("wijkteams-almere", "gemeente-almere", "vmca");
		assertThat(urgent.contacts().get(2).text()).isEqualTo("In Almere: VMCA, steunpunt voor mantelzorgers.");
		assertThat(urgent.missing()).containsExactly(
				"Noodopvang voor Almere staat niet in onze bronnen: vervangende zorg die snel te regelen is als u "
						+ "plotseling niet meer kunt zorgen.",
				"Een huisartsenpost voor Almere staat niet in onze bronnen; daarom geven wij er geen telefoonnummer van.",
				"Een landelijke hulplijn die dag en nacht bereikbaar is, staat niet in onze bronnen.");
		assertThat(urgent.text()).contains("'s nachts of in een noodgeval", "staat niet in onze bronnen");
		// The ordinary points of contact stay as they are.
		assertThat(answer.contactPoints()).extracting((ContactPoint c) -> c.organisation().id())
			.containsExactly("vmca", "mantelzorgnl");
	}

	@Test
	void emergencyCareAndAHelplineFromTheSourcesComeFirstAndLastAndAreNotCalledMissing() {
		given(this.graph.offerings(IN_ALMERE)).willReturn(List.of());
		Offering noodopvang = offeringNamed("noodopvang-almere", "Noodopvang Almere");
		Offering lijn = offeringNamed("hulplijn", "Hulplijn");
		given(this.graph.urgentContacts(List.of("almere", "nederland"))).willReturn(List.of(
				new UrgentCandidate("nederland", NATIONAL, lijn, false), new UrgentCandidate("almere", GEMEENTE, null, false),
				new UrgentCandidate("almere", VMCA, noodopvang, true)));

		UrgentHelp urgent = this.guide.answer(input(null, null, null, null, null, List.of(Moment.EMERGENCY)), 10, 5)
			.urgent();

		assertThat(urgent.contacts()).extracting(ContactPoint::text)
			.containsExactly("In Almere: VMCA regelt noodopvang (Noodopvang Almere).",
					"In Almere: Gemeente Almere, via de Wmo verantwoordelijk voor ondersteuning als de zorg thuis niet "
							+ "meer gaat.",
					"Landelijk: MantelzorgNL, telefonisch (Hulplijn).");
		assertThat(urgent.missing()).singleElement().asString().startsWith("Een huisartsenpost voor Almere");
	}

	@Test
	void theAnswersLocalPointOfContactIsADoorAndWithoutOneTheNationalOneStandsInSoItIsNeverEmpty() {
		given(this.graph.offerings(IN_ALMERE)).willReturn(List.of());
		given(this.graph.urgentContacts(anyList())).willReturn(List.of());

		UrgentHelp local = this.guide.answer(input(null, null, null, null, null, List.of(Moment.NIGHT)), 10, 5)
			.urgent();
		assertThat(local.contacts()).extracting((ContactPoint c) -> c.organisation().id()).containsExactly("vmca");
		assertThat(local.missing()).noneMatch((line) -> line.startsWith("Een wijkteam, gemeente of steunpunt"));

		given(this.graph.contacts(anyList(), anyString())).willReturn(List.of(new ContactCandidate("nederland",
				NATIONAL, offeringNamed("mantelzorglijn", "Advies"), Set.of("mantelzorgers"),
				Set.of("informatie-en-advies"))));
		UrgentHelp national = this.guide.answer(input(null, null, null, null, null, List.of(Moment.NIGHT)), 10, 5)
			.urgent();
		assertThat(national.contacts()).extracting((ContactPoint c) -> c.organisation().id())
			.containsExactly("mantelzorgnl");
		assertThat(national.missing()).contains("Een wijkteam, gemeente of steunpunt mantelzorg voor Almere staat niet "
				+ "in onze bronnen; hieronder staat wie u volgens onze bronnen wel kunt vragen.");
	}

	@Test
	void aYoungCarerOlderThanTheYoungCarersAgeBandIsABadRequestNamingTheSituation() {
		assertThatThrownBy(() -> this.guide.answer(input(null, 30, List.of(CaregiverSituation.YOUNG_CARER), null, null,
				null), 10, 5))
			.isInstanceOfSatisfying(InvalidArgumentException.class, (ex) -> {
				assertThat(ex.argument()).isEqualTo("input.caregiverSituations");
				// "YOUNG_CARER is voor jonge mantelzorgers tot 24 jaar, maar 'caregiverAge' is 30."
				assertThat(ex.clientMessage().code()).isEqualTo("api.guide.youngCarer");
				assertThat(ex.clientMessage().arguments()).containsExactly(24, "30");
			});
		given(this.graph.offerings(IN_ALMERE)).willReturn(List.of());
		assertThat(this.guide.answer(input(null, 24, List.of(CaregiverSituation.YOUNG_CARER), null, null, null), 10, 5))
			.isNotNull();
	}

	// --- helpers ---

	private static RespiteGuideInput input(CaredFor caringFor, Integer caregiverAge,
			List<CaregiverSituation> situations, List<String> themes, List<BreakKind> breaks, List<Moment> moments) {
		return new RespiteGuideInput(caringFor, null, caregiverAge, situations, themes, breaks, null, moments, "almere",
				null, null);
	}

	private static Organisation organisation(String id, String name, String kind, String phone) {
		return new Organisation(id, name, null, kind, "Omschrijving.", null, null, phone, Status.ACTIVE,
				LocalDate.of(2026, 1, 1));
	}

	private static Offering offeringNamed(String id, String name) {
		return new Offering(id, name, "Omschrijving.", Status.ACTIVE, null, null, null, List.of(Setting.BY_PHONE), null,
				null, null, null, LocalDate.of(2026, 1, 1));
	}

	private static java.util.Map<String, nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup> withGroup(Vocabulary vocabulary,
			String id) {
		java.util.Map<String, nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup> groups = new java.util.LinkedHashMap<>(
				vocabulary.targetGroups());
		groups.put(id, new nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup(id, "Partners als mantelzorger", "", null, null));
		return groups;
	}

	private static java.util.Map<String, String> withParent(Vocabulary vocabulary, String id) {
		java.util.Map<String, String> parents = new java.util.LinkedHashMap<>(vocabulary.parents());
		parents.put(id, Vocabulary.CAREGIVERS);
		return parents;
	}

}
