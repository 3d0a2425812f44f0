package nl.mantelzorgkaart.guide;

import java.util.List;

/**
 * The {@code RespiteGuideInput}: a caregiver's answers to the guide's questions, every one optional.
 * Checked by {@link RespiteGuide} before anything is read.
 */
public record RespiteGuideInput(CaredFor caringFor, Integer careRecipientAge, Integer caregiverAge,
		List<CaregiverSituation> caregiverSituations, List<String> careThemes, List<BreakKind> breakKinds,
		List<String> respiteTypes, List<Moment> moments, String area, Near near, List<PaymentOption> payment) {

	/** Whom the caregiver cares for. */
	public enum CaredFor {

		PARTNER, PARENT, CHILD, OTHER

	}

	/**
	 * Something in the caregiver's own life that changes what fits. A young carer (jonge mantelzorger) grows up
	 * caring for a family member; their own age, when given, says which of the young carers' offerings fit.
	 */
	public enum CaregiverSituation {

		WORKING, STUDYING, YOUNG_CARER

	}

	/** The kind of break, in the caregiver's words; each stands for one or more respite types. */
	public enum BreakKind {

		SOMEONE_AT_HOME, DAY_ELSEWHERE, OVERNIGHT, LIGHT_AND_SOCIAL, HOUSEHOLD_HELP, BUDDY, ARRANGEMENTS

	}

	/** When the break is needed. */
	public enum Moment {

		DAYTIME, EVENING, NIGHT, WEEKEND, HOLIDAY, EMERGENCY

	}

	/** How the help may be paid. */
	public enum PaymentOption {

		FREE, MUNICIPALITY, MUNICIPALITY_WITHOUT_INDICATION, MUNICIPALITY_WITH_INDICATION, HEALTH_INSURANCE, WLZ,
		JEUGDWET, PGB, SELF

	}

	/** A point (WGS84) with a radius in kilometres. */
	public record Near(Double lat, Double lon, Double radiusKm) {

	}

}
