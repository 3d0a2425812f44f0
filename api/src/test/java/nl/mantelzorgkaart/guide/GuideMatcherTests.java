package nl.mantelzorgkaart.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.graph.Status;
import nl.mantelzorgkaart.guide.GuideAnswer.Reason;
import nl.mantelzorgkaart.guide.GuideMatcher.Answers;
import nl.mantelzorgkaart.guide.GuideMatcher.Weighed;
import nl.mantelzorgkaart.guide.RespiteGuideInput.BreakKind;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaredFor;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaregiverSituation;
import nl.mantelzorgkaart.guide.RespiteGuideInput.Moment;
import nl.mantelzorgkaart.guide.RespiteGuideInput.PaymentOption;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.offering.Offering.Setting;
import nl.mantelzorgkaart.taxonomy.Taxa.CareTheme;
import nl.mantelzorgkaart.taxonomy.Taxa.FundingRoute;
import nl.mantelzorgkaart.taxonomy.Taxa.RespiteType;
import nl.mantelzorgkaart.taxonomy.Taxa.SupportFunction;
import nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup;
import org.junit.jupiter.api.Test;

/** The guide's reasoning on hand-made offerings, without a database. */
class GuideMatcherTests {

	static final Vocabulary VOCABULARY = vocabulary();

	static final Area ALMERE = new Area("almere", "Almere", Area.Kind.MUNICIPALITY, 52.37, 5.22);

	static final Area POORT = new Area("almere-poort", "Almere Poort", Area.Kind.DISTRICT, 52.35, 5.15);

	static final Area COUNTRY = new Area("nederland", "Nederland", Area.Kind.COUNTRY, 52.13, 5.29);

	static final AreaScope IN_ALMERE = new AreaScope(ALMERE,
			Map.of("almere", ALMERE, "almere-poort", POORT, "nederland", COUNTRY), Set.of("almere", "almere-poort"),
			Set.of("almere", "almere-poort"), Set.of("nederland"), Map.of(), List.of(ALMERE, COUNTRY), null, null);

	@Test
	void aParentsEveningIsNotAnEveningOfferingButEveningsAre() {
		Answers evening = answers().moments(Moment.EVENING).build();
		assertThat(reason(offering("Training").description("Acht bijeenkomsten en een ouderavond."), evening, "WHEN"))
			.startsWith("UNKNOWN: Of het 's avonds kan, staat niet in onze bronnen");
		assertThat(reason(offering("Meditatie").description("Bijeenkomsten 's middags en 's avonds."), evening, "WHEN"))
			.isEqualTo("MET: Ook 's avonds");
		assertThat(reason(offering("Inloop").schedule("maandelijks"), evening, "WHEN"))
			.isEqualTo("UNKNOWN: Of het 's avonds kan, staat er niet bij (bekend: maandelijks)");
	}

	@Test
	void dayCareIsNotANightBreakButAStayOvernightIs() {
		Answers night = answers().moments(Moment.NIGHT).build();
		assertThat(reason(offering("Dagbesteding").respite("dagbesteding"), night, "WHEN"))
			.isEqualTo("NOT_MET: Dagbesteding is overdag, niet 's nachts");
		assertThat(reason(offering("Logeerhuis").respite("logeerzorg"), night, "WHEN")).isEqualTo("MET: Met overnachting");
	}

	@Test
	void anotherRespiteTypeOfTheSameSortFitsInPartAndNoRespiteDoesNotFit() {
		Answers blokzorg = answers().respite("blokzorg").build();
		assertThat(reason(offering("Oppas").respite("aanwezigheidszorg"), blokzorg, "KIND_OF_BREAK"))
			.isEqualTo("PARTLY: Geen blokzorg, wel aanwezigheidszorg: ook iemand thuis");
		assertThat(reason(offering("Logeren").respite("logeerzorg"), blokzorg, "KIND_OF_BREAK"))
			.isEqualTo("PARTLY: Wel respijt, maar als logeerzorg in plaats van blokzorg");
		assertThat(reason(offering("Cursus").functions("educatie"), blokzorg, "KIND_OF_BREAK"))
			.isEqualTo("NOT_MET: Geen respijtzorg maar educatie");
		Answers atHome = answers().breaks(BreakKind.SOMEONE_AT_HOME).build();
		assertThat(reason(offering("Hulp aan huis").functions("respijtzorg").settings(Setting.AT_HOME), atHome,
				"KIND_OF_BREAK")).isEqualTo("MET: Respijtzorg aan huis");
	}

	@Test
	void paymentNamesTheIndicationAndRecognisesFreeOfferingsFromTheirCost() {
		Answers free = answers().payment(PaymentOption.FREE).build();
		assertThat(reason(offering("Maatwerk").funding("wmo-maatwerk"), free, "PAYMENT"))
			.isEqualTo("NOT_MET: Alleen via Wmo maatwerkvoorziening (alleen met indicatie)");
		assertThat(reason(offering("Regeling").cost("geen eigen bijdrage; budget tot 52 uur"), free, "PAYMENT"))
			.isEqualTo("MET: Gratis (geen eigen bijdrage; budget tot 52 uur)");
		assertThat(reason(offering("Onbekend"), free, "PAYMENT"))
			.isEqualTo("UNKNOWN: Kosten en vergoeding staan niet in onze bronnen; vraag het na");
		Answers municipality = answers().payment(PaymentOption.MUNICIPALITY_WITH_INDICATION).build();
		assertThat(reason(offering("Maatwerk").funding("wmo-maatwerk"), municipality, "PAYMENT"))
			.isEqualTo("MET: Te betalen via Wmo maatwerkvoorziening");
		assertThat(weigh(offering("Maatwerk").funding("wmo-maatwerk"), municipality).conditions())
			.contains("Alleen met een indicatie van de gemeente (Wmo-maatwerk), vaak na een gesprek met het wijkteam");
	}

	@Test
	void offeringsForAnotherCaregiverAreLeftOutAndForUnknownOnesSaySo() {
		Answers partner = answers().caringFor(CaredFor.PARTNER).build();
		assertThat(matcher(partner).weigh(offering("Oppas").groups("ouders-van-kind-met-beperking").facts())).isEmpty();
		assertThat(matcher(partner).weigh(offering("Training").groups("professionals").facts())).isEmpty();
		Answers young = answers().caringFor(CaredFor.PARENT).caregiverAge(10).themes("psychische-problemen").build();
		assertThat(reason(offering("KOPP").groups("kopp-kov"), young, "WHO"))
			.isEqualTo("MET: Speciaal voor kinderen van ouders met psychische problemen of verslaving (KOPP/KOV)");
		assertThat(matcher(young).weigh(offering("Volwassen").groups("volwassen-mantelzorgers").facts())).isEmpty();
		assertThat(matcher(young).weigh(offering("16+").groups("jonge-mantelzorgers").ages(16, null).facts())).isEmpty();
		Answers unknownWork = answers().caregiverAge(45).build();
		assertThat(reason(offering("Spreekuur").groups("werkende-mantelzorgers"), unknownWork, "WHO"))
			.isEqualTo("UNKNOWN: Voor werkende mantelzorgers: past als dat op u van toepassing is");
		Answers working = answers().situations(CaregiverSituation.WORKING).build();
		assertThat(reason(offering("Spreekuur").groups("werkende-mantelzorgers"), working, "WHO"))
			.isEqualTo("MET: Speciaal voor werkende mantelzorgers");
	}

	@Test
	void aYoungCarerOfThirteenGetsTheYoungCarersOfferingsButNotThoseForAnotherAge() {
		Answers thirteen = answers().caregiverAge(13).build();
		assertThat(reason(offering("Tienerweekend").groups("jonge-mantelzorgers"), thirteen, "WHO"))
			.isEqualTo("MET: Speciaal voor jonge mantelzorgers");
		assertThat(reason(offering("Gespreksgroep 12-17").groups("jonge-mantelzorgers-12-17"), thirteen, "WHO"))
			.isEqualTo("MET: Speciaal voor jonge mantelzorgers 12-17 jaar");
		assertThat(matcher(thirteen).weigh(offering("Mantelzorgweekend 18+").groups("jongvolwassen-mantelzorgers")
			.ages(18, 24)
			.facts())).isEmpty();
		assertThat(matcher(thirteen).weigh(offering("Cursus").groups("volwassen-mantelzorgers").facts())).isEmpty();
		assertThat(weigh(offering("Tienerweekend").groups("jonge-mantelzorgers"), thirteen).score())
			.isGreaterThan(weigh(offering("Wandeling").groups("mantelzorgers"), thirteen).score());
	}

	@Test
	void aCaregiverOfSeventyIsNotOfferedWhatIsMeantForYoungCarers() {
		Answers seventy = answers().caringFor(CaredFor.PARTNER).caregiverAge(70).build();
		assertThat(matcher(seventy).weigh(offering("Mantelzorgweekend 18+").groups("jongvolwassen-mantelzorgers")
			.ages(18, 24)
			.facts())).isEmpty();
		assertThat(matcher(seventy).weigh(offering("Tienerweekend").groups("jonge-mantelzorgers").facts())).isEmpty();
		assertThat(matcher(seventy).weigh(offering("Dag van de Mantelzorg").groups("mantelzorgers", "jonge-mantelzorgers")
			.facts())).isPresent();
		assertThat(reason(offering("Cursus").groups("volwassen-mantelzorgers"), seventy, "WHO"))
			.isEqualTo("MET: Speciaal voor volwassen mantelzorgers");
	}

	@Test
	void sayingYouAreAYoungCarerCountsWithoutAnAgeButLeavesTheAgeBandsWithinUnknown() {
		Answers youngCarer = answers().situations(CaregiverSituation.YOUNG_CARER).build();
		assertThat(reason(offering("Uitjes").groups("jonge-mantelzorgers"), youngCarer, "WHO"))
			.isEqualTo("MET: Speciaal voor jonge mantelzorgers");
		assertThat(reason(offering("Gespreksgroep 12-17").groups("jonge-mantelzorgers-12-17"), youngCarer, "WHO"))
			.isEqualTo("UNKNOWN: Voor jonge mantelzorgers 12-17 jaar: past als dat op u van toepassing is");
		Answers unsaid = answers().caringFor(CaredFor.PARENT).build();
		assertThat(reason(offering("Uitjes").groups("jonge-mantelzorgers"), unsaid, "WHO"))
			.isEqualTo("UNKNOWN: Voor jonge mantelzorgers: past als dat op u van toepassing is");
	}

	@Test
	void anOfferingAimedAtTheConditionWeighsMoreOnItThanOneForAnyCondition() {
		Answers dementia = answers().themes("dementie").breaks(BreakKind.SOMEONE_AT_HOME).build();
		Weighed aimed = weigh(offering("IVT").themes("dementie").respite("vrijwillige-thuishulp"), dementia);
		Weighed general = weigh(offering("Hulp thuis").respite("aanwezigheidszorg"), dementia);
		assertThat(aimed.conditionWeight()).isEqualTo(3);
		assertThat(general.conditionWeight()).isEqualTo(2);
		assertThat(aimed.score()).isGreaterThan(general.score());
		assertThat(aimed.differs()).isFalse();
	}

	@Test
	void theAgeOfAnOfferingForThePeopleCaredForIsTheirAge() {
		Answers old = answers().recipientAge(80).caregiverAge(50).build();
		Answers younger = answers().recipientAge(60).caregiverAge(80).build();
		Builder visits = offering("Huisbezoek").groups("zorgvragers").ages(75, null);
		assertThat(reason(visits, old, "WHO")).isEqualTo("MET: Voor de persoon voor wie u zorgt");
		assertThat(matcher(younger).weigh(visits.facts())).isEmpty();
	}

	@Test
	void whereSaysWhetherItIsLocalOnlyInADistrictOrNational() {
		Answers none = answers().build();
		assertThat(reason(offering("Stad").areas("almere"), none, "WHERE")).isEqualTo("MET: In Almere");
		assertThat(reason(offering("Wijk").areas("almere-poort"), none, "WHERE"))
			.isEqualTo("UNKNOWN: Alleen in Almere Poort: past als u daar woont");
		assertThat(reason(offering("Land").areas("nederland"), none, "WHERE")).isEqualTo("MET: Landelijk aanbod");
		assertThat(weigh(offering("Land").areas("nederland"), none).score())
			.isLessThan(weigh(offering("Stad").areas("almere"), none).score());
	}

	@Test
	void aPlannedOfferingDiffersInAvailabilityAndOldFactsAreFlagged() {
		Weighed planned = weigh(offering("App").status(Status.PLANNED, "lancering in 2026"), answers().build());
		assertThat(planned.differs()).isTrue();
		assertThat(planned.reasons()).extracting(Reason::text).contains("Gepland, nog niet beschikbaar: lancering in 2026");
		Weighed old = weigh(offering("Project").verified(LocalDate.of(2015, 10, 1)), answers().build());
		assertThat(old.conditions()).contains("Gegevens uit 2015; vraag na of het er nog is");
		assertThat(old.outdated()).isTrue();
		assertThat(weigh(offering("Project").verified(LocalDate.of(2025, 1, 1)), answers().build()).outdated()).isFalse();
	}

	// --- Building offerings and answers ---

	private static String reason(Builder offering, Answers answers, String question) {
		return weigh(offering, answers).reasons()
			.stream()
			.filter((reason) -> reason.question().name().equals(question))
			.map((reason) -> reason.fit() + ": " + reason.text())
			.findFirst()
			.orElse(null);
	}

	private static Weighed weigh(Builder offering, Answers answers) {
		return matcher(answers).weigh(offering.facts()).orElseThrow();
	}

	private static GuideMatcher matcher(Answers answers) {
		return new GuideMatcher(VOCABULARY, IN_ALMERE, answers, LocalDate.of(2026, 11, 1));
	}

	static Builder offering(String name) {
		return new Builder(name);
	}

	static AnswersBuilder answers() {
		return new AnswersBuilder();
	}

	/** A hand-made offering with its facts. */
	static final class Builder {

		private final String name;

		private String description = "Omschrijving.";

		private String schedule;

		private String cost;

		private Integer ageMin;

		private Integer ageMax;

		private Status status = Status.ACTIVE;

		private String statusNote;

		private LocalDate verified = LocalDate.of(2026, 1, 1);

		private List<Setting> settings = List.of();

		private Set<String> groups = Set.of("mantelzorgers");

		private Set<String> themes = Set.of();

		private Set<String> functions = Set.of("emotionele-steun");

		private Set<String> respite = Set.of();

		private Set<String> funding = Set.of();

		private Set<String> areas = Set.of("almere");

		Builder(String name) {
			this.name = name;
		}

		Builder description(String text) {
			this.description = text;
			return this;
		}

		Builder schedule(String text) {
			this.schedule = text;
			return this;
		}

		Builder cost(String text) {
			this.cost = text;
			return this;
		}

		Builder ages(Integer min, Integer max) {
			this.ageMin = min;
			this.ageMax = max;
			return this;
		}

		Builder status(Status value, String note) {
			this.status = value;
			this.statusNote = note;
			return this;
		}

		Builder verified(LocalDate date) {
			this.verified = date;
			return this;
		}

		Builder settings(Setting... values) {
			this.settings = List.of(values);
			return this;
		}

		Builder groups(String... ids) {
			this.groups = Set.of(ids);
			return this;
		}

		Builder themes(String... ids) {
			this.themes = Set.of(ids);
			return this;
		}

		Builder functions(String... ids) {
			this.functions = Set.of(ids);
			return this;
		}

		Builder respite(String... ids) {
			this.respite = Set.of(ids);
			this.functions = Set.of("respijtzorg");
			return this;
		}

		Builder funding(String... ids) {
			this.funding = Set.of(ids);
			return this;
		}

		Builder areas(String... ids) {
			this.areas = Set.of(ids);
			return this;
		}

		OfferingFacts facts() {
			Offering offering = new Offering(this.name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), this.name,
					this.description, this.status, this.statusNote, this.ageMin, this.ageMax, this.settings,
					this.schedule, this.cost, null, null, this.verified);
			return new OfferingFacts(offering, this.themes, this.groups, this.functions, this.respite, this.funding,
					this.areas, null, List.of());
		}

	}

	/** Answers, built up field by field. */
	static final class AnswersBuilder {

		private CaredFor caringFor;

		private Integer recipientAge;

		private Integer caregiverAge;

		private Set<CaregiverSituation> situations = EnumSet.noneOf(CaregiverSituation.class);

		private Set<String> themes = Set.of();

		private Set<BreakKind> breaks = EnumSet.noneOf(BreakKind.class);

		private Set<String> respite = Set.of();

		private Set<Moment> moments = EnumSet.noneOf(Moment.class);

		private List<PaymentOption> payment = List.of();

		AnswersBuilder caringFor(CaredFor value) {
			this.caringFor = value;
			return this;
		}

		AnswersBuilder recipientAge(int age) {
			this.recipientAge = age;
			return this;
		}

		AnswersBuilder caregiverAge(int age) {
			this.caregiverAge = age;
			return this;
		}

		AnswersBuilder situations(CaregiverSituation... values) {
			this.situations = EnumSet.copyOf(List.of(values));
			return this;
		}

		AnswersBuilder themes(String... ids) {
			this.themes = Set.of(ids);
			return this;
		}

		AnswersBuilder breaks(BreakKind... values) {
			this.breaks = EnumSet.copyOf(List.of(values));
			return this;
		}

		AnswersBuilder respite(String... ids) {
			this.respite = Set.of(ids);
			return this;
		}

		AnswersBuilder moments(Moment... values) {
			this.moments = EnumSet.copyOf(List.of(values));
			return this;
		}

		AnswersBuilder payment(PaymentOption... values) {
			this.payment = List.of(values);
			return this;
		}

		Answers build() {
			return new Answers(this.caringFor, this.recipientAge, this.caregiverAge, this.situations, this.themes,
					this.breaks, this.respite,
					Vocabulary.wantedRespiteTypes(List.copyOf(this.respite), List.copyOf(this.breaks)), this.moments,
					this.payment.isEmpty() ? EnumSet.noneOf(PaymentOption.class) : EnumSet.copyOf(this.payment),
					VOCABULARY.acceptedRoutes(this.payment));
		}

	}

	/** A small vocabulary shaped like the curated one. */
	private static Vocabulary vocabulary() {
		Map<String, TargetGroup> groups = new LinkedHashMap<>();
		Map<String, String> parents = new LinkedHashMap<>();
		group(groups, parents, "mantelzorgers", "Mantelzorgers", null, null, null);
		group(groups, parents, "volwassen-mantelzorgers", "Volwassen mantelzorgers", 18, null, "mantelzorgers");
		group(groups, parents, "werkende-mantelzorgers", "Werkende mantelzorgers", null, null, "mantelzorgers");
		group(groups, parents, "jonge-mantelzorgers", "Jonge mantelzorgers", null, 24, "mantelzorgers");
		group(groups, parents, "jonge-mantelzorgers-12-17", "Jonge mantelzorgers 12-17 jaar", 12, 17,
				"jonge-mantelzorgers");
		group(groups, parents, "jongvolwassen-mantelzorgers", "Jongvolwassen mantelzorgers 18-24 jaar", 18, 24,
				"jonge-mantelzorgers");
		group(groups, parents, "kopp-kov",
				"Kinderen van ouders met psychische problemen of verslaving (KOPP/KOV)", null, null,
				"jonge-mantelzorgers");
		group(groups, parents, "ouders-van-kind-met-beperking", "Ouders van een kind met een beperking of ziekte", null,
				null, "mantelzorgers");
		group(groups, parents, "zorgvragers", "Zorgvragers", null, null, null);
		group(groups, parents, "professionals", "Professionals", null, null, null);
		Map<String, RespiteType> respite = new LinkedHashMap<>();
		for (String[] type : new String[][] { { "aanwezigheidszorg", "Aanwezigheidszorg" }, { "blokzorg", "Blokzorg" },
				{ "vrijwillige-thuishulp", "Vrijwillige hulp thuis" }, { "dagbesteding", "Dagbesteding" },
				{ "logeerzorg", "Logeerzorg" } }) {
			respite.put(type[0], new RespiteType(type[0], type[1], "", List.of()));
		}
		Map<String, FundingRoute> routes = new LinkedHashMap<>();
		routes.put("wmo-maatwerk", new FundingRoute("wmo-maatwerk", "Wmo maatwerkvoorziening", "", "Wmo"));
		routes.put("gratis", new FundingRoute("gratis", "Gratis", "", "none"));
		routes.put("aanvullende-verzekering",
				new FundingRoute("aanvullende-verzekering", "Aanvullende verzekering", "", "Zvw"));
		List<SupportFunction> functions = List.of(new SupportFunction("educatie", "Educatie", "", 3),
				new SupportFunction("emotionele-steun", "Emotionele steun", "", 4),
				new SupportFunction("respijtzorg", "Respijtzorg", "", 6));
		Map<String, CareTheme> themes = Map.of("dementie", new CareTheme("dementie", "Dementie", "", List.of()));
		return new Vocabulary(groups, parents, themes, respite, routes, functions);
	}

	private static void group(Map<String, TargetGroup> groups, Map<String, String> parents, String id, String name,
			Integer min, Integer max, String parent) {
		groups.put(id, new TargetGroup(id, name, "", min, max));
		if (parent != null) {
			parents.put(id, parent);
		}
	}

}
