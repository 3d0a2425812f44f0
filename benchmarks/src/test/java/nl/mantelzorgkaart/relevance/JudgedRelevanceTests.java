package nl.mantelzorgkaart.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.Evaluation;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.Figures;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.Judgement;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.Outcome;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.Part;
import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SocialMapSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Both parts of the judged relevance set over the seed dataset, on the default search as the search box
 * runs it: no kind filter (offerings, organisations, networks and glossary terms in one ranking), the area
 * filter only where a question has one, the first page of 10. Prints Recall@5, nDCG@10 and the explanations
 * shown per part, per persona and per kind, so that a change in analysis or ranking shows its cost.
 *
 * <p>The targets (issue 18) are not met yet: held-out Recall@5 at least {@value #HELD_OUT_RECALL_TARGET}
 * and nDCG@10 at least {@value #HELD_OUT_NDCG_TARGET}, tuning at least {@value #TUNING_TARGET} on both. Until
 * the search changes that meet them, the test fails on a regression instead: a part's figures below the floor
 * recorded on the first run (less {@value #TOLERANCE}), or a question that passed then (every must-have in the
 * top 5, and its glossary term shown where one is judged) that no longer does. Raise a floor when a change
 * raises the figures, and add every newly passing question to its list: the lists only grow. The held-out
 * part is only run to report: do not tune against its failures.
 */
@IntegrationTest
class JudgedRelevanceTests {

	/** The targets. */
	static final double HELD_OUT_RECALL_TARGET = 0.90, HELD_OUT_NDCG_TARGET = 0.80, TUNING_TARGET = 0.95;

	/** How far a figure may fall below its floor: the last digit printed. */
	static final double TOLERANCE = 0.005;

	/**
	 * The floors: Recall@5, nDCG@10 and the share of judged explanations shown, as last set (2026-12-04,
	 * after terms apart, areas both ways, places in the text, the organisation weight, the English lexicon,
	 * split words and the areas' postcodes from public sources; the first run gave tuning 0.725 / 0.584,
	 * held-out 0.698 / 0.562). Raise them when a change raises the figures.
	 */
	static final Map<Part, double[]> FLOORS = Map.of(
			Part.TUNING, new double[] { 0.919, 0.789, 1.0 },
			Part.HELD_OUT, new double[] { 0.857, 0.747, 1.0 });

	/**
	 * The tuning questions that pass (80 of 122 on the first run); they must keep passing. The list only
	 * grows: add every question that comes to pass (the test prints them).
	 */
	static final Set<String> TUNING_PASSING = Set.of(
			"logeren voor mijn zoon met autisme",
			"iemand die bij mijn moeder blijft zodat ik boodschappen kan doen",
			"praten met andere mantelzorgers die hetzelfde meemaken",
			"mijn moeder is depressief, is er iets voor kinderen?",
			"wie helpt mij met al het regelwerk en de formulieren voor de zorg van mijn vader",
			"hulp in het huishouden omdat ik voor mijn partner zorg",
			"voorrang op een huurwoning omdat ik voor mijn moeder zorg",
			"oppas voor mijn kind met een handicap zodat wij even weg kunnen",
			"wandelen met andere mantelzorgers [area almere]",
			"cursus om beter grenzen te stellen als mantelzorger",
			"dagbesteding dichtbij huis voor mijn moeder [area hbel]",
			"mantelzorgmakelaar",
			"Wmo-maatwerkvoorziening logeeropvang",
			"deskundigheidsbevordering professionals mantelzorgers herkennen",
			"sociale kaart mantelzorgondersteuning voor professionals",
			"casuïstiekbespreking mantelzorg professionals",
			"vrijwillige thuishulp als respijt",
			"workshop VR-bril dementie voor zorgprofessionals",
			"Eigen Tijd VMCA",
			"logeerzorgg",
			"piep zij de muis",
			"mantelzorgconsulnt",
			"held in huis",
			"dagbesteding",
			"logeerzorg",
			"mantelzorgwaardering",
			"mantelzorgspreekuur",
			"mantelzorgweekend",
			"mantelzorgcursus",
			"adempauze",
			"vervangende zorg thuis",
			"NAH",
			"KOPP",
			"buddy",
			"mantelzorgverklaring",
			"toezicht thuis",
			"opgroeien met zorg",
			"dagopvang",
			"day care",
			"working carers",
			"overnight respite",
			"mantelzorgsteunpunt Huizen",
			"respijtzorg Druten",
			"mantelzorgcompliment Laren",
			"dag van de mantelzorg Huizen",
			"jonge mantelzorgers Blaricum",
			"mantelzorgmakelaar Groningen",
			"mantelzorgtest Roermond",
			"week van de jonge mantelzorger Almere Poort",
			"dementie Huizen",
			"wat doet een mantelzorgmakelaar",
			"wat is een keukentafelgesprek",
			"hoe vraag ik het mantelzorgcompliment aan",
			"wat is aanwezigheidszorg",
			"wat is een respijtwijzer",
			"wordt respijtzorg vergoed uit de aanvullende verzekering",
			"wat is een mantelzorgtest",
			"wie organiseren Eigen Tijd",
			"welke partners werken samen in het ketennetwerk KOPP-KOV Almere",
			"Which organisations form the wijkteam consortium in Almere?",
			"mantelzorgconsulent aalsmeer",
			"dagbesteding assen",
			"sociaal plein houten",
			"mantelzorg vitaal hoogeveen",
			"wie werken samen in het havenverbond",
			"met welke organisaties werkt zorggroep almere samen",
			"wie zitten in de werkgroep respijtzorg van de hbel gemeenten",
			"ketenpartners in het voorveld hbel",
			"welke organisaties werken samen met de schoor",
			"wat is een mantelzorgcafé",
			"wat is een mantelzorgsteunpunt",
			"wat zijn de hbel gemeenten",
			"wat is ontspoorde mantelzorg",
			"wat is een respijtregeling",
			"wat is nazorg voor mantelzorgers",
			"mantelzorg wandeling",
			"vmca",
			"humanitas almere telefoonnummer",
			"alzheimer nederland",
			"wijkteam almere",
			// the English lexicon (english.txt)
			"support group for carers of someone with mental illness",
			// words written apart or run together read as the records write them
			"eigentijd",
			// typos cover their word through their close spellings
			"werkende mantelzorgr",
			"even vrij van de zorg voor mijn man met dementie",
			"mijn man heeft een beroerte gehad en ik sta er alleen voor",
			"mijn dochter van 14 zorgt thuis mee voor haar zieke vader [area almere]",
			"ik werk fulltime en zorg ook nog voor mijn moeder",
			"respijtzorg dementie Almere",
			"signaleren jonge mantelzorgers op school",
			"mantelzorgvriendelijk werkgeverschap",
			"mantelzorgondersteuning [area hbel]",
			"lotgenotencontact",
			"respijtzorg [area almere]",
			"alzheimer",
			"respite care dementia Almere",
			"young carers support",
			"mantelzorg Eemnes",
			"wat is respijt light",
			// "respijtzorg voor mantelzorgers in almere" passed until the vocabulary kept only what its sources
			// hold (2026-12-04): Eigen Tijd fell from the top 5, and the floors with it (tuning 0.924 / 0.793 to
			// 0.919 / 0.789, held-out nDCG 0.748 to 0.747).
			"respijtzorg 1353",
			"jonge mantelzorgers [area huizen]",
			"I look after my husband with dementia in Almere and need a few hours off - is there a volunteer who can sit with him at home?",
			"dementi lotgenoten mantelzorgers almere",
			"respijt zorg [area almere]",
			"dementie [area huizen]",
			"mantelzorgconsulent [area eemnes]",
			"respijt voor ouders van een zorgintensief kind [area almere]",
			"bewustwordingscampagne mantelzorg [area huizen]",
			"landelijk netwerk jonge mantelzorgers [area almere-poort]",
			"werk en mantelzorg [area almere-haven]",
			"jongemantelzorgers");

	/**
	 * The held-out questions that pass (77 of 113 on the first run); they must keep passing. The list only
	 * grows: add every question that comes to pass (the test prints them). A guard against regressions, not
	 * a list to work through: the held-out part is never tuned on.
	 */
	static final Set<String> HELD_OUT_PASSING = Set.of(
			"gespreksgroep dementie almere",
			"mijn vrouw heeft parkinson, is er een activiteit overdag voor haar",
			"ik wil een paar uur per week vrij, kan er een vrijwilliger bij mijn vader thuis komen [area almere]",
			"tijd voor mezelf als mantelzorger in almere haven",
			"huishoudelijke hulp voor mantelzorgers in rijswijk",
			"adempauze regeling lisse",
			"mantelzorg waardering aanvragen almere",
			"samen eten met andere mantelzorgers en mijn man met hersenletsel",
			"uitje samen met mijn moeder met dementie en andere mantelzorgers",
			"mantelzorgwandeling almre",
			"logeerhuis voor mijn broer met een verstandelijke beperking",
			"mantelzorgmakelaar zonder kosten",
			"wat kost saar aan huis in druten",
			"vrijwilliger thuis 1315",
			"wat is een casemanager dementie",
			"wat is levend verlies",
			"wat betekent vraagverlegenheid",
			"wat zijn stapelkosten",
			"wat is een mantelzorgconsulent en waar vind ik die in huizen",
			"wat is een dorpsondersteuner",
			"mantelzorg makelaar",
			"logeer opvang",
			"dag besteding",
			"lotgenoten contact nah",
			"vrijwilligers centrale huizen",
			"dementie vriendekring",
			"respijtwijzer drechtstede",
			"koffieochtend voor mijn vader zodat ik even tijd heb in nunspeet",
			"alzheimer café roermond",
			"informatiebijeenkomst voor mantelzorgers huizen",
			"vragen stellen zonder afspraak over mantelzorg",
			"cursus over wat dementie in de hersenen doet",
			"ik voel me schuldig dat ik het niet meer volhoud",
			"bewijs dat ik mantelzorger ben",
			"ik ben 16 en mijn vader drinkt te veel",
			"weekend weg met andere jongeren die voor iemand zorgen, ik ben 19",
			"omgaan met geld als jonge mantelzorger",
			"dagje uit voor jonge mantelzorgers",
			"jonge mantel zorgers",
			"met wie werkt de VMCA samen rond respijtzorg",
			"wie doen mee aan positief gezond almere",
			"partners van versa welzijn",
			"wie verspreiden de mantelzorgfolder in de hbel gemeenten",
			"wie hebben de mantelzorgtest ontwikkeld",
			"samenwerking ziekenhuis en welzijn rond mantelzorg in halderberge",
			"wie werken samen in het project mijn thuis mijn kwaliteit van leven",
			"welke organisaties bieden samen informele hulp in scherpenzeel",
			"markant amsterdam samenwerking buurtteams",
			"casuistiek kinderen van ouders met psychische problemen netwerkoverleg",
			"training voor professionals over communiceren met mantelzorgers",
			"e-learning jonge mantelzorgers herkennen voor vrijwilligers",
			"gastles mantelzorg in een cursus over hersenletsel",
			"praktijkondersteuner huisarts bewustwording mantelzorg",
			"werksessie wmo consulenten mantelzorgers herkennen",
			"voorlichting aan mantelzorgers met een migratieachtergrond",
			"mantelzorgregisseur",
			"kennisplatform mantelzorg assen voor verwijzers",
			"groepstraining kinderen van ouders met een verslaving 8 tot 12 jaar",
			"respijtzorg op maat [area hillegom]",
			"wat zijn de acht taakgebieden van mantelzorgondersteuning",
			"wat is de tegenprestatie bij een uitkering",
			"wat is blokzorg",
			"wat is een odensehuis",
			"werkgever die medewerkers met mantelzorg wil ondersteunen",
			"erkenning als mantelzorgvriendelijke werkgever",
			"spreekuur over mantelzorg op de werkvloer",
			"voorlichting over mantelzorg aan personeel van het ziekenhuis",
			"platform over mantelzorg voor werkgevers in groningen",
			"webinar voor medewerkers die werk en zorg combineren",
			"mantelzorgvriendelijk ziekenhuis almere",
			"How can we as an employer support staff who care for a family member?",
			"free help with paperwork for carers in Groningen",
			"peer support group for dementia carers",
			"my father is 80 and lives alone in Scherpenzeel, do volunteers visit?",
			"day activities for my wife with dementia near Assen",
			"Who is part of the dementia care chain in Almere?",
			"what is a mantelzorgcompliment",
			// the English lexicon (english.txt)
			"courses for family carers",
			"gesprekstafle autisme",
			"respijtzorg [area huizen]",
			"informatie over dementie [area laren]",
			"mantelzorgconsulent [area almere-poort]",
			"lotgenotencontact dementie [area almere-haven]",
			"oppas voor ons kind dat veel zorg nodig heeft [area huizen]",
			"iemand die thuis even de zorg van mij overneemt [area druten]",
			"dag van de mantelzorg almere activiteiten",
			"ik zorg voor mijn broertje en wil met iemand praten",
			"activiteiten voor jongeren die zorgen voor een ziek gezinslid [area huizen]",
			"jonge mantelzorgers 1315",
			"app voor mantelzorgers",
			"mantelzorgers die zichzelf niet herkennen bereiken [area almere]",
			"gastlessen over mantelzorg op school [area laren]",
			"carers walk Almere",
			"someone to talk to about caring for my wife, Huizen");

	/** The first page of the search box. */
	static final int PAGE = 10;

	@Autowired
	SocialMapSearch search;

	@Test
	void theTuningPartKeepsItsFloorAndItsPassingQuestions() {
		check(Part.TUNING, TUNING_PASSING);
	}

	@Test
	void theHeldOutPartKeepsItsFloorAndItsPassingQuestions() {
		check(Part.HELD_OUT, HELD_OUT_PASSING);
	}

	/**
	 * The judged set as it was before the split (the tuning part's first {@value #FIRST_SET} questions, which
	 * judged offerings only): searched among offerings, as the benchmark compares the engines, every one keeps
	 * its must-have offerings in the top 5, as it did from the first ranking on.
	 */
	@Test
	void theFirstSetKeepsItsMustHaveOfferingsInTheTopFiveAmongOfferings() {
		List<String> missing = new ArrayList<>();
		for (Judgement judgement : RelevanceJudgements.load(Part.TUNING).judgements().subList(0, FIRST_SET)) {
			Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
			filters.put(Facet.KIND, List.of(SearchKind.OFFERING.key()));
			if (judgement.area() != null) {
				filters.put(Facet.AREA, List.of(judgement.area()));
			}
			List<String> top5 = this.search
				.search(new SearchRequest(judgement.query(), filters, null, false, null, 5, 0, false,
						EnumSet.noneOf(SearchRequest.Part.class)))
				.hits()
				.stream()
				.map((hit) -> "offering:" + hit.id())
				.toList();
			judgement.mustInTop5().stream()
				.filter((id) -> id.startsWith("offering:") && !top5.contains(id))
				.forEach((id) -> missing.add(judgement.key() + " misses " + id + "; top 5: " + top5));
		}
		assertThat(missing).isEmpty();
	}

	/** How many questions the set had before the split (issue 18). */
	static final int FIRST_SET = 80;

	private void check(Part part, Set<String> mustKeepPassing) {
		RelevanceJudgements judgements = RelevanceJudgements.load(part);
		Evaluation evaluation = judgements.evaluate((text, area) -> SearchBox.ranking(this.search, text, area, PAGE));
		System.out.print(evaluation.report());
		List<String> newlyPassing = new ArrayList<>();
		for (Outcome outcome : evaluation.passing()) {
			if (!mustKeepPassing.contains(outcome.judgement().key())) {
				newlyPassing.add(outcome.judgement().key());
			}
		}
		if (!newlyPassing.isEmpty()) {
			System.out.printf("%d %s questions pass that are not yet in the list; add them:%n", newlyPassing.size(),
					part.label());
			newlyPassing.forEach((key) -> System.out.printf("\t\t\t\"%s\",%n", key.replace("\"", "\\\"")));
		}
		if (part == Part.TUNING) {
			// The tuning part may be looked at: what it misses is what the next change works on.
			System.out.print(evaluation.failures());
		}

		List<String> stale = mustKeepPassing.stream().filter((key) -> evaluation.outcome(key) == null).sorted().toList();
		assertThat(stale).as("listed as passing but not in the " + part.label() + " part").isEmpty();
		List<String> lost = mustKeepPassing.stream()
			.map(evaluation::outcome)
			.filter((outcome) -> !outcome.passes())
			.map(Evaluation::failure)
			.sorted()
			.toList();
		assertThat(lost).as(part.label() + " questions that passed before and no longer do").isEmpty();

		Figures figures = evaluation.figures();
		double[] floor = FLOORS.get(part);
		assertThat(figures.recallAt5()).as(part.label() + " Recall@5").isGreaterThanOrEqualTo(floor[0] - TOLERANCE);
		assertThat(figures.ndcgAt10()).as(part.label() + " nDCG@10").isGreaterThanOrEqualTo(floor[1] - TOLERANCE);
		assertThat(figures.explanationRate()).as(part.label() + " explanations shown")
			.isGreaterThanOrEqualTo(floor[2] - TOLERANCE);
	}

}
