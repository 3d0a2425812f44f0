package nl.mantelzorgkaart.guide;

import java.util.List;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.knowledge.Term;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.organisation.Organisation;

/**
 * The respite guide's answer, as the GraphQL {@code RespiteGuide} type shows it.
 *
 * @param matchCount how many offerings fit, in all ({@code matches} holds at most the page asked for)
 * @param urgent whom to turn to at once, when the answers ask for a night or an emergency; null otherwise
 */
public record GuideAnswer(Area area, List<Match> matches, int matchCount, List<Match> alternatives,
		List<ContactPoint> contactPoints, List<Term> terms, List<String> notes, UrgentHelp urgent) {

	/** Which of the guide's questions a reason is about. */
	public enum Question {

		WHO, CONDITION, KIND_OF_BREAK, WHEN, WHERE, PAYMENT, AVAILABILITY

	}

	/** How well an offering meets one answer; the weight is what it adds to the ranking score. */
	public enum Fit {

		MET, PARTLY, UNKNOWN, NOT_MET

	}

	/**
	 * Why an offering does or does not fit one answer.
	 * @param weight what it adds to the score: 3 met specifically, 2 met in general, 1 in part, 0 unknown,
	 * -4 not met
	 */
	public record Reason(Question question, Fit fit, String text, int weight) {

		static Reason met(Question question, String text) {
			return new Reason(question, Fit.MET, text, 3);
		}

		/** Met, but not specifically: a general offering, a wider area. */
		static Reason metInGeneral(Question question, String text) {
			return new Reason(question, Fit.MET, text, 2);
		}

		static Reason partly(Question question, String text) {
			return new Reason(question, Fit.PARTLY, text, 1);
		}

		static Reason unknown(Question question, String text) {
			return new Reason(question, Fit.UNKNOWN, text, 0);
		}

		static Reason notMet(Question question, String text) {
			return new Reason(question, Fit.NOT_MET, text, -4);
		}

		boolean differs() {
			return this.fit == Fit.PARTLY || this.fit == Fit.NOT_MET;
		}

	}

	/** One offering in the answer, with why it fits, what to know first, and how to get it. */
	public record Match(Offering offering, int score, List<Reason> reasons, List<String> conditions,
			NextStep nextStep) {

		/** The reasons that differ from the answers: what an alternative lacks. */
		public List<Reason> differences() {
			return this.reasons.stream().filter(Reason::differs).toList();
		}

		long count(Fit fit) {
			return this.reasons.stream().filter((reason) -> reason.fit() == fit).count();
		}

	}

	/** How to get an offering: what to do and whom to contact. */
	public record NextStep(String text, Organisation contact, String website) {

	}

	/** A point of contact for caregiver support. */
	public record ContactPoint(Organisation organisation, Offering offering, Area area, String text) {

	}

	/**
	 * Whom to turn to at once, at night or in an emergency: only what the sources give, and plainly what they
	 * do not.
	 *
	 * @param text what this part of the answer is, in Dutch
	 * @param contacts the contacts the sources give for the area and the country, most direct first
	 * @param missing what the sources give no contact for (an out-of-hours GP post, emergency care, a helpline),
	 * in Dutch
	 */
	public record UrgentHelp(String text, List<ContactPoint> contacts, List<String> missing) {

	}

}
