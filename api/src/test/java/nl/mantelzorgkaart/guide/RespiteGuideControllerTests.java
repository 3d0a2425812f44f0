package nl.mantelzorgkaart.guide;

import static nl.mantelzorgkaart.SeedRecords.ALMERE;
import static nl.mantelzorgkaart.SeedRecords.BLOKZORG_TERM;
import static nl.mantelzorgkaart.SeedRecords.EIGEN_TIJD;
import static nl.mantelzorgkaart.SeedRecords.GESPREKSTAFEL_DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.VMCA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.GraphQlSliceConfiguration;
import nl.mantelzorgkaart.graph.ClientMessage;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.guide.GuideAnswer.ContactPoint;
import nl.mantelzorgkaart.guide.GuideAnswer.Fit;
import nl.mantelzorgkaart.guide.GuideAnswer.Match;
import nl.mantelzorgkaart.guide.GuideAnswer.NextStep;
import nl.mantelzorgkaart.guide.GuideAnswer.Question;
import nl.mantelzorgkaart.guide.GuideAnswer.Reason;
import nl.mantelzorgkaart.guide.GuideAnswer.UrgentHelp;
import nl.mantelzorgkaart.guide.RespiteGuideInput.BreakKind;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaredFor;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaregiverSituation;
import nl.mantelzorgkaart.guide.RespiteGuideInput.Moment;
import nl.mantelzorgkaart.guide.RespiteGuideInput.Near;
import nl.mantelzorgkaart.guide.RespiteGuideInput.PaymentOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The {@code respiteGuide} query without a database: the caregiver's answers reach the guide as given
 * (with the schema's defaults), the answer comes back with its reasons, differences, next steps and
 * contact points, and a bad answer is a BAD_REQUEST naming the field.
 */
@GraphQlTest(RespiteGuideController.class)
@Import(GraphQlSliceConfiguration.class)
class RespiteGuideControllerTests {

	static final Match EIGEN_TIJD_FITS = new Match(EIGEN_TIJD, 9,
			List.of(new Reason(Question.KIND_OF_BREAK, Fit.MET, "Geeft respijt light", 3),
					new Reason(Question.WHEN, Fit.UNKNOWN, "De bronnen noemen geen tijden", 0)),
			List.of("Alleen voor mantelzorgers in Almere."),
			new NextStep("Meld u aan bij de VMCA.", VMCA, "https://www.vmca.nl"));

	static final Match GESPREKSTAFEL_DIFFERS = new Match(GESPREKSTAFEL_DEMENTIE, -1,
			List.of(new Reason(Question.CONDITION, Fit.MET, "Voor mantelzorgers van iemand met dementie", 3),
					new Reason(Question.KIND_OF_BREAK, Fit.NOT_MET, "Neemt de zorg niet over", -4)),
			List.of(), new NextStep("Bel de VMCA.", VMCA, null));

	static final GuideAnswer ANSWER = new GuideAnswer(ALMERE, List.of(EIGEN_TIJD_FITS), 1,
			List.of(GESPREKSTAFEL_DIFFERS),
			List.of(new ContactPoint(VMCA, null, ALMERE, "Het steunpunt mantelzorg van Almere helpt u verder.")),
			List.of(BLOKZORG_TERM), List.of("Een antwoord zonder tijd of betaling weegt die niet mee."), null);

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	RespiteGuide guide;

	@Test
	void shouldAskTheGuideWithTheCaregiversAnswersAndShowWhyEachOfferingFits() {
		RespiteGuideInput asked = new RespiteGuideInput(CaredFor.PARTNER, 78, null, null, List.of("dementie"),
				List.of(BreakKind.SOMEONE_AT_HOME), null, List.of(Moment.EVENING), "almere", null,
				List.of(PaymentOption.MUNICIPALITY, PaymentOption.FREE));
		given(this.guide.answer(asked, 3, 2)).willReturn(ANSWER);

		var response = this.graphQl.documentName("respiteGuideAnswer")
			.variable("input", Map.of("caringFor", "PARTNER", "careRecipientAge", 78, "careThemes", List.of("dementie"),
					"breakKinds", List.of("SOMEONE_AT_HOME"), "moments", List.of("EVENING"), "area", "almere", "payment",
					List.of("MUNICIPALITY", "FREE")))
			.variable("first", 3)
			.variable("alternatives", 2)
			.execute();

		response.path("respiteGuide.matchCount").entity(Integer.class).isEqualTo(1);
		response.path("respiteGuide.matches[0].offering.name").entity(String.class).isEqualTo("Eigen Tijd");
		response.path("respiteGuide.matches[0].reasons[0].text").entity(String.class).isEqualTo("Geeft respijt light");
		response.path("respiteGuide.matches[0].reasons[1].fit").entity(String.class).isEqualTo("UNKNOWN");
		response.path("respiteGuide.matches[0].differences").entityList(Object.class).hasSize(0);
		response.path("respiteGuide.matches[0].nextStep.contact.name").entity(String.class)
			.isEqualTo("Vrijwilligers en Mantelzorg Centrale Almere");
		response.path("respiteGuide.alternatives[0].differences[*].text").entityList(String.class)
			.containsExactly("Neemt de zorg niet over");
		response.path("respiteGuide.contactPoints[0].text").entity(String.class)
			.isEqualTo("Het steunpunt mantelzorg van Almere helpt u verder.");
		response.path("respiteGuide.terms[0].term").entity(String.class).isEqualTo("Blokzorg");
		response.path("respiteGuide.notes").entityList(String.class).hasSize(1);
		response.path("respiteGuide.alternatives[0].offering.name").entity(String.class)
			.isEqualTo("Gesprekstafel dementie");
		response.path("respiteGuide.alternatives[0].score").entity(Integer.class).isEqualTo(-1);
	}

	@Test
	void shouldAskForTenMatchesAndFiveAlternativesWithinTenKilometresUnlessTheCaregiverSaysOtherwise() {
		RespiteGuideInput asked = new RespiteGuideInput(null, null, null, null, null, null, null, null, null,
				new Near(52.37, 5.22, 10.0), null);
		given(this.guide.answer(asked, 10, 5)).willReturn(new GuideAnswer(null, List.of(), 0, List.of(),
				List.of(new ContactPoint(VMCA, null, ALMERE, "Het steunpunt mantelzorg van Almere helpt u verder.")),
				List.of(), List.of(), null));

		var response = this.graphQl.document("""
				{ respiteGuide(input: {near: {lat: 52.37, lon: 5.22}}) {
				    matchCount contactPoints { organisation { name } area { id } } } }""")
			.execute();

		response.path("respiteGuide.matchCount").entity(Integer.class).isEqualTo(0);
		response.path("respiteGuide.contactPoints[0].organisation.name").entity(String.class)
			.isEqualTo("Vrijwilligers en Mantelzorg Centrale Almere");
	}

	@Test
	void shouldPassTheCaregiversOwnAgeAndSituationAndShowWhomToTurnToAtOnceAtNight() {
		RespiteGuideInput asked = new RespiteGuideInput(CaredFor.PARENT, null, 13,
				List.of(CaregiverSituation.YOUNG_CARER, CaregiverSituation.STUDYING), null, null, null,
				List.of(Moment.NIGHT), "almere", null, null);
		UrgentHelp urgent = new UrgentHelp("U vroeg naar hulp 's nachts of in een noodgeval.",
				List.of(new ContactPoint(VMCA, null, ALMERE, "In Almere: VMCA, steunpunt voor mantelzorgers.")),
				List.of("Een huisartsenpost voor Almere staat niet in onze bronnen."));
		given(this.guide.answer(asked, 10, 5)).willReturn(new GuideAnswer(ALMERE, List.of(), 0, List.of(), List.of(),
				List.of(), List.of(), urgent));

		var response = this.graphQl.document("""
				{ respiteGuide(input: {caringFor: PARENT, caregiverAge: 13, caregiverSituations: [YOUNG_CARER, STUDYING],
				                       moments: [NIGHT], area: "almere"}) {
				    urgent { text missing contacts { organisation { id phone } area { id } text } } } }""")
			.execute();

		response.path("respiteGuide.urgent.text").entity(String.class)
			.isEqualTo("U vroeg naar hulp 's nachts of in een noodgeval.");
		response.path("respiteGuide.urgent.contacts[0].organisation.phone").entity(String.class)
			.isEqualTo(VMCA.phone());
		response.path("respiteGuide.urgent.missing").entityList(String.class)
			.containsExactly("Een huisartsenpost voor Almere staat niet in onze bronnen.");
	}

	@Test
	void shouldLeaveUrgentHelpOutWhenTheGuideGivesNone() {
		given(this.guide.answer(new RespiteGuideInput(null, null, null, null, null, null, null, null, null, null, null),
				10, 5))
			.willReturn(ANSWER);

		this.graphQl.document("{ respiteGuide(input: {}) { urgent { text } } }")
			.execute()
			.path("respiteGuide.urgent")
			.valueIsNull();
	}

	@Test
	void shouldRefuseAnUnknownThemeAsABadRequestNamingTheField() {
		RespiteGuideInput asked = new RespiteGuideInput(null, null, null, null, List.of("dementia"), null, null, null,
				null, null, null);
		given(this.guide.answer(asked, 10, 5))
			.willThrow(new InvalidArgumentException("input.careThemes", "api.guide.unknown",
					ClientMessage.word("api.kind.care-theme"), "dementia", "dementie"));

		this.graphQl.document("{ respiteGuide(input: {careThemes: [\"dementia\"]}) { matchCount } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "input.careThemes");
				// Worded from the messages in the request's language: "Er is geen situatie (zorgthema) 'dementia'; ..."
				// or "Unknown care theme 'dementia'; known: dementie".
				assertThat(error.getMessage()).contains("'dementia'", "dementie").doesNotContain("api.guide");
			}));
	}

}
