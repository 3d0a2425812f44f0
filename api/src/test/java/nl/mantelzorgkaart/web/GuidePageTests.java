package nl.mantelzorgkaart.web;

import static nl.mantelzorgkaart.SeedRecords.ALMERE;
import static nl.mantelzorgkaart.SeedRecords.EIGEN_TIJD;
import static nl.mantelzorgkaart.SeedRecords.GESPREKSTAFEL_DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.HUIZEN;
import static nl.mantelzorgkaart.SeedRecords.VMCA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.AreaReads;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.guide.CoverageReport;
import nl.mantelzorgkaart.guide.GuideAnswer;
import nl.mantelzorgkaart.guide.GuideAnswer.ContactPoint;
import nl.mantelzorgkaart.guide.GuideAnswer.Fit;
import nl.mantelzorgkaart.guide.GuideAnswer.Match;
import nl.mantelzorgkaart.guide.GuideAnswer.NextStep;
import nl.mantelzorgkaart.guide.GuideAnswer.Question;
import nl.mantelzorgkaart.guide.GuideAnswer.Reason;
import nl.mantelzorgkaart.guide.GuideAnswer.UrgentHelp;
import nl.mantelzorgkaart.guide.RespiteGuide;
import nl.mantelzorgkaart.guide.RespiteGuideInput;
import nl.mantelzorgkaart.guide.RespiteGuideInput.BreakKind;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaredFor;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaregiverSituation;
import nl.mantelzorgkaart.guide.RespiteGuideInput.Moment;
import nl.mantelzorgkaart.guide.RespiteGuideInput.PaymentOption;
import nl.mantelzorgkaart.knowledge.Glossary;
import nl.mantelzorgkaart.taxonomy.Taxa.Taxonomy;
import nl.mantelzorgkaart.taxonomy.Taxa.TaxonomyCount;
import nl.mantelzorgkaart.taxonomy.TaxonomyReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The respite guide's pages, rendered without a database: one question per step with the earlier
 * answers carried along, a skipped step forgotten, the answer with its reasons, and the 400 page for a
 * value the form could not have sent. The guide's "where" step lists the municipalities the information
 * pages read, so that controller is part of the slice too.
 */
@WebMvcTest({ GuidePage.class, InformationPages.class })
@Import(WebSliceConfiguration.class)
class GuidePageTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	RespiteGuide guide;

	@MockitoBean
	TaxonomyReads taxonomy;

	@MockitoBean
	AreaReads areas;

	@MockitoBean
	Glossary glossary;

	@MockitoBean
	CoverageReport coverage;

	@BeforeEach
	void placesAndSituations() {
		given(this.areas.areas(Area.Kind.MUNICIPALITY)).willReturn(List.of(ALMERE, HUIZEN));
		given(this.taxonomy.taxonomy(null, false)).willReturn(new Taxonomy(
				List.of(new TaxonomyCount("dementie", "Dementie", 12), new TaxonomyCount("nah", "Hersenletsel", 0)),
				List.of(), List.of(), List.of(), List.of()));
	}

	@Test
	void shouldAskWhomTheCaregiverCaresForFirst() {
		assertThat(this.mvc.get().uri("/respijtwijzer")).hasStatusOk()
			.bodyText()
			.contains("<h1>Respijtwijzer</h1>", "Vraag 1 van 7. Elke vraag mag u overslaan.", "Voor wie zorgt u?",
					"value=\"PARTNER\"", "Mijn partner", "name=\"leeftijd\"", ">Verder</button>", ">Overslaan</button>")
			.doesNotContain(">Terug</button>");
		verifyNoInteractions(this.guide);
	}

	@Test
	void shouldAskAboutTheCaregiverThemselvesSecondInDutch() {
		assertThat(this.mvc.get().uri("/respijtwijzer?stap=1&ga=verder&zorgtVoor=CHILD")).hasStatusOk()
			.bodyText()
			.contains("Vraag 2 van 7.", "Over uzelf: wat speelt er in uw eigen leven?",
					"Uw eigen leeftijd (mag leeg blijven)", "name=\"mijnLeeftijd\"", "uw zoon van 13",
					"value=\"WORKING\"", "Ik werk naast de zorg", "value=\"STUDYING\"", "Ik studeer of ga naar school",
					"value=\"YOUNG_CARER\"", "Ik ben een jonge mantelzorger (tot 25 jaar)",
					"<input type=\"hidden\" name=\"zorgtVoor\" value=\"CHILD\">");
		verifyNoInteractions(this.guide);
	}

	@Test
	void shouldCarryTheEarlierAnswersAlongToTheNextQuestion() {
		assertThat(this.mvc.get()
			.uri("/respijtwijzer?stap=2&ga=verder&zorgtVoor=PARTNER&leeftijd=78&mijnLeeftijd=80&situatie=WORKING"))
			.hasStatusOk()
			.bodyText()
			.contains("Vraag 3 van 7.", "Wat speelt er bij degene voor wie u zorgt?",
					"<input type=\"hidden\" name=\"mijnLeeftijd\" value=\"80\">",
					"<input type=\"hidden\" name=\"situatie\" value=\"WORKING\">",
					"<input type=\"hidden\" name=\"zorgtVoor\" value=\"PARTNER\">",
					"<input type=\"hidden\" name=\"leeftijd\" value=\"78\">", "value=\"dementie\"", ">Terug</button>")
			// Only situations that have offerings can be chosen.
			.doesNotContain("value=\"nah\"");
	}

	@Test
	void shouldForgetTheAnswerOfASkippedQuestion() {
		assertThat(this.mvc.get().uri("/respijtwijzer?stap=3&ga=overslaan&zorgtVoor=PARTNER&thema=dementie"))
			.hasStatusOk()
			.bodyText()
			.contains("Vraag 4 van 7.", "Wat voor pauze zoekt u?", "Iemand die thuis de zorg overneemt",
					"<input type=\"hidden\" name=\"zorgtVoor\" value=\"PARTNER\">")
			.doesNotContain("name=\"thema\"");
	}

	@Test
	void shouldOfferTheMunicipalitiesWhenAskingWhere() {
		assertThat(this.mvc.get().uri("/respijtwijzer?stap=5&ga=verder&gebied=huizen")).hasStatusOk()
			.bodyText()
			.contains("Vraag 6 van 7.", "Waar woont degene voor wie u zorgt?", "<option value=\"almere\">Almere</option>",
					"<option value=\"huizen\" selected=\"selected\">Huizen</option>");
	}

	@Test
	void shouldShowWhatFitsWithTheReasonsPerQuestionAndWhereToTurn() {
		RespiteGuideInput asked = new RespiteGuideInput(CaredFor.PARTNER, 78, null, null, List.of("dementie"),
				List.of(BreakKind.SOMEONE_AT_HOME), null, List.of(Moment.EVENING), "almere", null,
				List.of(PaymentOption.MUNICIPALITY));
		given(this.guide.answer(asked, 20, 5)).willReturn(new GuideAnswer(ALMERE,
				List.of(new Match(EIGEN_TIJD, 6,
						List.of(new Reason(Question.KIND_OF_BREAK, Fit.MET, "Geeft respijt light", 3),
								new Reason(Question.WHEN, Fit.UNKNOWN, "De bronnen noemen geen tijden", 0)),
						List.of("Alleen voor mantelzorgers in Almere."),
						new NextStep("Meld u aan bij de VMCA.", VMCA, null))),
				1,
				List.of(new Match(GESPREKSTAFEL_DEMENTIE, -1,
						List.of(new Reason(Question.KIND_OF_BREAK, Fit.NOT_MET, "Neemt de zorg niet over", -4)), List.of(),
						new NextStep("Bel de VMCA.", VMCA, null))),
				List.of(new ContactPoint(VMCA, null, ALMERE, "Het steunpunt mantelzorg van Almere.")), List.of(),
				List.of(), null));

		assertThat(this.mvc.get().uri("/respijtwijzer?stap=7&ga=verder&zorgtVoor=PARTNER&leeftijd=78&thema=dementie"
				+ "&pauze=SOMEONE_AT_HOME&moment=EVENING&gebied=almere&betaling=MUNICIPALITY"))
			.hasStatusOk()
			.bodyText()
			.contains("1 passende vormen van hulp", "Voor Almere en omgeving.",
					"href=\"/respijtwijzer?stap=1&amp;zorgtVoor=PARTNER&amp;leeftijd=78", "Antwoorden aanpassen",
					"href=\"/aanbod/vmca-eigen-tijd\"", "Waarom dit past:", "<span class=\"fit\">Past</span>",
					"Soort pauze:", "Geeft respijt light", "<span class=\"fit\">Onbekend</span>",
					"Alleen voor mantelzorgers in Almere.", "Meld u aan bij de VMCA.", "036 53 41 404",
					"Bijna passend: dit is anders", "Neemt de zorg niet over", "Hier kunt u altijd terecht",
					"Het steunpunt mantelzorg van Almere.")
			.doesNotContain("Nu meteen hulp nodig?");
	}

	@Test
	void shouldPassTheCaregiversOwnAgeAndSituationAndShowWhomToTurnToAtOnceInAnEmergency() {
		RespiteGuideInput asked = new RespiteGuideInput(CaredFor.PARENT, null, 13,
				List.of(CaregiverSituation.STUDYING, CaregiverSituation.YOUNG_CARER), null, null, null,
				List.of(Moment.EMERGENCY), "almere", null, null);
		given(this.guide.answer(asked, 20, 5)).willReturn(new GuideAnswer(ALMERE, List.of(), 0, List.of(),
				List.of(new ContactPoint(VMCA, null, ALMERE, "Het steunpunt mantelzorg van Almere.")), List.of(),
				List.of(), new UrgentHelp("U vroeg naar hulp in een noodgeval.",
						List.of(new ContactPoint(VMCA, null, ALMERE, "In Almere: VMCA, steunpunt voor mantelzorgers.")),
						List.of("Een huisartsenpost voor Almere staat niet in onze bronnen."))));

		assertThat(this.mvc.get().uri("/respijtwijzer?stap=7&ga=verder&zorgtVoor=PARENT&mijnLeeftijd=13"
				+ "&situatie=STUDYING&situatie=YOUNG_CARER&moment=EMERGENCY&gebied=almere"))
			.hasStatusOk()
			.bodyText()
			.contains("Nu meteen hulp nodig?", "U vroeg naar hulp in een noodgeval.",
					"In Almere: VMCA, steunpunt voor mantelzorgers.", "036 53 41 404", "Dit staat niet in onze bronnen",
					"Een huisartsenpost voor Almere staat niet in onze bronnen.");
	}

	@Test
	void shouldNameTheFormsOwnFieldWhenTheGuideRefusesAnAnswer() {
		RespiteGuideInput asked = new RespiteGuideInput(null, null, 30, List.of(CaregiverSituation.YOUNG_CARER), null,
				null, null, null, null, null, null);
		given(this.guide.answer(asked, 20, 5)).willThrow(new InvalidArgumentException("input.caregiverSituations",
				"YOUNG_CARER is for young carers (jonge mantelzorgers) up to 24 years old, but 'caregiverAge' is 30"));

		assertThat(this.mvc.get().uri("/respijtwijzer?stap=7&ga=verder&mijnLeeftijd=30&situatie=YOUNG_CARER"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Deze vraag kunnen we niet beantwoorden", "Het gaat om: situatie");
	}

	@ParameterizedTest(name = "{0} gives the 400 page naming {1}")
	@CsvSource({ "stap=9, stap", "stap=twee, stap", "zorgtVoor=HOND, zorgtVoor", "leeftijd=oud, leeftijd",
			"mijnLeeftijd=oud, mijnLeeftijd", "situatie=GEPENSIONEERD, situatie",
			"pauze=VAKANTIE, pauze", "betaling=CONTANT, betaling" })
	void shouldShowTheBadRequestPageForAValueTheFormCouldNotHaveSent(String query, String parameter) {
		assertThat(this.mvc.get().uri("/respijtwijzer?" + query)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Deze vraag kunnen we niet beantwoorden", "Het gaat om: " + parameter);
		verifyNoInteractions(this.guide);
	}

}
