package nl.mantelzorgkaart.guide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.graph.Status;
import nl.mantelzorgkaart.guide.GuideAnswer.Fit;
import nl.mantelzorgkaart.guide.GuideAnswer.Question;
import nl.mantelzorgkaart.guide.GuideAnswer.Reason;
import nl.mantelzorgkaart.guide.RespiteGuideInput.BreakKind;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaredFor;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaregiverSituation;
import nl.mantelzorgkaart.guide.RespiteGuideInput.Moment;
import nl.mantelzorgkaart.guide.RespiteGuideInput.PaymentOption;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup;

/**
 * Weighs one offering against a caregiver's answers: one reason per question answered, met, in part,
 * unknown or not met, with a Dutch text; plus the conditions to know whatever was asked. Pure Java over
 * facts already read, so that it is tested without a database. Where the sources do not say (when an
 * offering runs, what it costs), the reason says so instead of guessing.
 */
final class GuideMatcher {

	/** The answers, checked and with the plain-word ones translated into vocabulary ids. */
	record Answers(CaredFor caringFor, Integer recipientAge, Integer caregiverAge, Set<CaregiverSituation> situations,
			Set<String> careThemes, Set<BreakKind> breakKinds, Set<String> explicitRespiteTypes,
			Set<String> wantedRespiteTypes, Set<Moment> moments, Set<PaymentOption> payment,
			Set<String> acceptedRoutes) {

		boolean asksWho() {
			return this.caringFor != null || this.recipientAge != null || this.caregiverAge != null
					|| !this.situations.isEmpty();
		}

	}

	/**
	 * An offering weighed: its reasons and conditions, and whether it is for someone else entirely.
	 *
	 * @param outdated whether its facts are older than {@link GuideMatcher#OLD_AFTER_YEARS} years: it may have
	 * changed or stopped, so it ranks below current offerings
	 */
	record Weighed(OfferingFacts facts, List<Reason> reasons, List<String> conditions, Double closenessKm,
			boolean outdated) {

		int score() {
			return this.reasons.stream().mapToInt(Reason::weight).sum();
		}

		/** What the condition adds: 3 for an offering aimed at the condition asked, 2 for one for any condition. */
		int conditionWeight() {
			return weight(Question.CONDITION);
		}

		/** What whom it is for adds: 3 for an offering aimed at this caregiver, 2 for one for any caregiver. */
		int whoWeight() {
			return weight(Question.WHO);
		}

		private int weight(Question question) {
			return this.reasons.stream().filter((reason) -> reason.question() == question).mapToInt(Reason::weight).sum();
		}

		boolean differs() {
			return this.reasons.stream().anyMatch(Reason::differs);
		}

		long count(Fit fit) {
			return this.reasons.stream().filter((reason) -> reason.fit() == fit).count();
		}

	}

	private static final Pattern EVENING = Pattern.compile("(?<!ouder)avond");

	private static final Pattern DAYTIME = Pattern.compile("overdag|ochtend|middag");

	private static final Pattern NIGHT = Pattern.compile("nacht|logeer");

	private static final Pattern WEEKEND = Pattern.compile("weekend|zaterdag|zondag");

	private static final Pattern HOLIDAY = Pattern.compile("vakantie");

	private static final Pattern EMERGENCY = Pattern.compile("\\bnood(opvang|plan|situatie|geval)?\\b|\\bcrisis|spoed");

	private static final Pattern FREE_OF_CHARGE = Pattern
		.compile("gratis|kosteloos|geen kosten|geen eigen bijdrage", Pattern.CASE_INSENSITIVE);

	/** Facts older than this many years are flagged: the offering may have changed or stopped. */
	static final int OLD_AFTER_YEARS = 5;

	private final Vocabulary vocabulary;

	private final AreaScope scope;

	private final Answers answers;

	private final LocalDate today;

	GuideMatcher(Vocabulary vocabulary, AreaScope scope, Answers answers, LocalDate today) {
		this.vocabulary = vocabulary;
		this.scope = scope;
		this.answers = answers;
		this.today = today;
	}

	/**
	 * The offering weighed against the answers; empty when it is not for this caregiver at all: only for
	 * professionals, employers or volunteers, or for a caregiver they are not (another age, another relation).
	 */
	Optional<Weighed> weigh(OfferingFacts facts) {
		Reason who = who(facts);
		if (who == null || who.fit() == Fit.NOT_MET) {
			return Optional.empty();
		}
		List<Reason> reasons = new ArrayList<>();
		if (this.answers.asksWho()) {
			reasons.add(who);
		}
		if (!this.answers.careThemes().isEmpty()) {
			reasons.add(condition(facts));
		}
		if (!this.answers.wantedRespiteTypes().isEmpty()) {
			reasons.add(kindOfBreak(facts));
		}
		for (Moment moment : this.answers.moments()) {
			reasons.add(when(facts, moment));
		}
		Reason where = where(facts);
		if (where != null) {
			reasons.add(where);
		}
		if (!this.answers.payment().isEmpty()) {
			reasons.add(payment(facts));
		}
		if (facts.offering().status() == Status.PLANNED) {
			reasons.add(Reason.notMet(Question.AVAILABILITY, "Gepland, nog niet beschikbaar"
					+ ((facts.offering().statusNote() != null) ? ": " + facts.offering().statusNote() : "")));
		}
		return Optional.of(new Weighed(facts, List.copyOf(reasons), conditions(facts), closeness(facts), outdated(facts)));
	}

	// --- WHO: whom the offering is for, against whom the caregiver cares for, their ages and situation ---

	private enum GroupFit {

		SPECIFIC, GENERAL, RECIPIENT, UNKNOWN, NOT_MET

	}

	private record GroupVerdict(GroupFit fit, String group, String blamed) {

	}

	/** The best fit over the offering's target groups; null when none is for caregivers or those cared for. */
	Reason who(OfferingFacts facts) {
		GroupVerdict best = null;
		for (String group : facts.targetGroups()) {
			GroupVerdict verdict = verdict(group);
			if (verdict != null && (best == null || verdict.fit().ordinal() < best.fit().ordinal())) {
				best = verdict;
			}
		}
		if (best == null) {
			return null;
		}
		Offering offering = facts.offering();
		boolean forCaregivers = facts.targetGroups().stream()
			.anyMatch((group) -> this.vocabulary.targetGroups().containsKey(group)
					&& this.vocabulary.root(group).equals(Vocabulary.CAREGIVERS));
		Integer age = forCaregivers ? this.answers.caregiverAge() : this.answers.recipientAge();
		if (age != null && !within(age, offering.ageMin(), offering.ageMax())) {
			return Reason.notMet(Question.WHO, "Voor " + band(offering.ageMin(), offering.ageMax())
					+ (forCaregivers ? "; u bent " : "; de persoon voor wie u zorgt is ") + age);
		}
		String name = this.vocabulary.groupName(best.group());
		return switch (best.fit()) {
			case SPECIFIC -> Reason.met(Question.WHO, "Speciaal voor " + lower(name));
			case GENERAL -> Reason.metInGeneral(Question.WHO, "Voor alle mantelzorgers");
			case RECIPIENT -> Reason.metInGeneral(Question.WHO, "Voor de persoon voor wie u zorgt");
			case UNKNOWN -> Reason.unknown(Question.WHO,
					"Voor " + lower(name) + ": past als dat op u van toepassing is");
			case NOT_MET -> Reason.notMet(Question.WHO, "Alleen voor " + lower(this.vocabulary.groupName(best.blamed()))
					+ bandOf(best.blamed()));
		};
	}

	private GroupVerdict verdict(String group) {
		if (!this.vocabulary.targetGroups().containsKey(group)) {
			return null;
		}
		String root = this.vocabulary.root(group);
		if (root.equals(Vocabulary.CARE_RECIPIENTS)) {
			return new GroupVerdict(GroupFit.RECIPIENT, group, null);
		}
		if (!root.equals(Vocabulary.CAREGIVERS)) {
			return null;
		}
		Fit fit = Fit.MET;
		String blamed = null;
		for (String link : this.vocabulary.chain(group)) {
			Fit own = ownFit(link);
			if (own == Fit.NOT_MET && fit != Fit.NOT_MET) {
				fit = Fit.NOT_MET;
				blamed = link;
			}
			else if (own == Fit.UNKNOWN && fit == Fit.MET) {
				fit = Fit.UNKNOWN;
				blamed = link;
			}
		}
		GroupFit groupFit = switch (fit) {
			case MET -> group.equals(Vocabulary.CAREGIVERS) ? GroupFit.GENERAL : GroupFit.SPECIFIC;
			case NOT_MET -> GroupFit.NOT_MET;
			default -> GroupFit.UNKNOWN;
		};
		return new GroupVerdict(groupFit, group, blamed);
	}

	/** Whether the caregiver belongs to one group, leaving aside the groups it lies within. */
	private Fit ownFit(String group) {
		if (group.equals(Vocabulary.CAREGIVERS)) {
			return Fit.MET;
		}
		List<Fit> fits = new ArrayList<>();
		TargetGroup target = this.vocabulary.targetGroups().get(group);
		if (target.ageMin() != null || target.ageMax() != null) {
			Integer age = this.answers.caregiverAge();
			if (age != null) {
				fits.add(within(age, target.ageMin(), target.ageMax()) ? Fit.MET : Fit.NOT_MET);
			}
			else if (group.equals(Vocabulary.YOUNG_CAREGIVERS)
					&& this.answers.situations().contains(CaregiverSituation.YOUNG_CARER)) {
				// Saying "I am a young carer" answers the group's own band; the age bands within it stay unknown.
				fits.add(Fit.MET);
			}
			else {
				fits.add(Fit.UNKNOWN);
			}
		}
		Vocabulary.RELATIONSHIP_GROUPS.forEach((relation, id) -> {
			if (id.equals(group)) {
				CaredFor caringFor = this.answers.caringFor();
				fits.add((caringFor == null) ? Fit.UNKNOWN : (caringFor == relation) ? Fit.MET : Fit.NOT_MET);
			}
		});
		Vocabulary.SITUATION_GROUPS.forEach((situation, id) -> {
			if (id.equals(group)) {
				fits.add(this.answers.situations().contains(situation) ? Fit.MET : Fit.UNKNOWN);
			}
		});
		if (group.equals(Vocabulary.KOPP_KOV)) {
			CaredFor caringFor = this.answers.caringFor();
			fits.add((caringFor == null) ? Fit.UNKNOWN : (caringFor == CaredFor.PARENT) ? Fit.MET : Fit.NOT_MET);
			Set<String> themes = this.answers.careThemes();
			fits.add(themes.isEmpty() ? Fit.UNKNOWN
					: themes.stream().anyMatch(Vocabulary.KOPP_KOV_THEMES::contains) ? Fit.MET : Fit.NOT_MET);
		}
		if (fits.isEmpty()) {
			return Fit.UNKNOWN; // a group the guide does not ask about, e.g. oudere mantelzorgers
		}
		return fits.contains(Fit.NOT_MET) ? Fit.NOT_MET : fits.contains(Fit.UNKNOWN) ? Fit.UNKNOWN : Fit.MET;
	}

	// --- CONDITION ---

	private Reason condition(OfferingFacts facts) {
		if (facts.careThemes().isEmpty()) {
			return Reason.metInGeneral(Question.CONDITION, "Voor mantelzorgers bij elke ziekte of situatie");
		}
		Set<String> hit = intersection(facts.careThemes(), this.answers.careThemes());
		if (!hit.isEmpty()) {
			return Reason.met(Question.CONDITION, "Gericht op " + names(hit, this::theme, " en "));
		}
		return Reason.notMet(Question.CONDITION, "Gericht op " + names(facts.careThemes(), this::theme, " en ")
				+ ", niet op " + names(this.answers.careThemes(), this::theme, " of "));
	}

	private String theme(String id) {
		return lower(this.vocabulary.themeName(id));
	}

	// --- KIND_OF_BREAK ---

	private Reason kindOfBreak(OfferingFacts facts) {
		Set<String> given = facts.respiteTypes();
		Set<String> hit = intersection(given, this.answers.wantedRespiteTypes());
		if (!hit.isEmpty()) {
			return Reason.met(Question.KIND_OF_BREAK, "Geeft " + names(hit, this::respite, " en "));
		}
		List<Offering.Setting> settings = facts.offering().settings();
		if (given.isEmpty() && facts.isRespite()) {
			if (this.answers.breakKinds().contains(BreakKind.SOMEONE_AT_HOME) && settings.contains(Offering.Setting.AT_HOME)) {
				return Reason.metInGeneral(Question.KIND_OF_BREAK, "Respijtzorg aan huis");
			}
			if (this.answers.breakKinds().contains(BreakKind.OVERNIGHT) && settings.contains(Offering.Setting.OVERNIGHT)) {
				return Reason.metInGeneral(Question.KIND_OF_BREAK, "Respijtzorg met overnachting");
			}
			return Reason.unknown(Question.KIND_OF_BREAK, "Respijtzorg; welke soort staat niet in onze bronnen");
		}
		String wanted = wantedLabel();
		for (var kind : Vocabulary.BREAK_KINDS.entrySet()) {
			if (!intersection(kind.getValue(), given).isEmpty()
					&& !intersection(kind.getValue(), this.answers.explicitRespiteTypes()).isEmpty()) {
				return Reason.partly(Question.KIND_OF_BREAK, "Geen " + wanted + ", wel " + names(given, this::respite,
						" en ") + ": ook " + phrase(kind.getKey()));
			}
		}
		if (!given.isEmpty()) {
			return Reason.partly(Question.KIND_OF_BREAK, "Wel respijt, maar als " + names(given, this::respite, " en ")
					+ " in plaats van " + wanted);
		}
		return Reason.notMet(Question.KIND_OF_BREAK, "Geen respijtzorg maar "
				+ names(facts.supportFunctions(), (id) -> lower(this.vocabulary.functionName(id)), " en "));
	}

	private String wantedLabel() {
		Set<String> labels = new LinkedHashSet<>();
		this.answers.breakKinds().forEach((kind) -> labels.add(phrase(kind)));
		this.answers.explicitRespiteTypes().forEach((id) -> labels.add(respite(id)));
		return String.join(" of ", labels);
	}

	private static String phrase(BreakKind kind) {
		return switch (kind) {
			case SOMEONE_AT_HOME -> "iemand thuis";
			case DAY_ELSEWHERE -> "dagbesteding";
			case OVERNIGHT -> "logeerzorg";
			case LIGHT_AND_SOCIAL -> "respijt light";
			case HOUSEHOLD_HELP -> "huishoudelijke hulp";
			case BUDDY -> "een maatje";
			case ARRANGEMENTS -> "een mantelzorgmakelaar";
		};
	}

	private String respite(String id) {
		return lower(this.vocabulary.respiteName(id));
	}

	// --- WHEN: from the respite type and what the schedule and description say, never guessed ---

	private Reason when(OfferingFacts facts, Moment moment) {
		Offering offering = facts.offering();
		String text = (offering.name() + " " + offering.description() + " "
				+ ((offering.schedule() != null) ? offering.schedule() : "")).toLowerCase(Locale.ROOT);
		Set<String> types = facts.respiteTypes();
		boolean overnight = offering.settings().contains(Offering.Setting.OVERNIGHT);
		switch (moment) {
			case DAYTIME -> {
				if (types.contains(Vocabulary.DAY_CARE) || DAYTIME.matcher(text).find()) {
					return Reason.met(Question.WHEN, "Overdag");
				}
			}
			case EVENING -> {
				if (EVENING.matcher(text).find()) {
					return Reason.met(Question.WHEN, "Ook 's avonds");
				}
			}
			case NIGHT -> {
				if (types.contains(Vocabulary.OVERNIGHT_STAY) || overnight || NIGHT.matcher(text).find()) {
					return Reason.met(Question.WHEN, "Met overnachting");
				}
				if (!types.isEmpty() && Set.of(Vocabulary.DAY_CARE).containsAll(types)) {
					return Reason.notMet(Question.WHEN, "Dagbesteding is overdag, niet 's nachts");
				}
			}
			case WEEKEND -> {
				if (WEEKEND.matcher(text).find()) {
					return Reason.met(Question.WHEN, "In het weekend");
				}
			}
			case HOLIDAY -> {
				if (HOLIDAY.matcher(text).find()) {
					return Reason.met(Question.WHEN, "In de vakantie");
				}
			}
			case EMERGENCY -> {
				if (types.contains(Vocabulary.EMERGENCY_CARE) || EMERGENCY.matcher(text).find()) {
					return Reason.met(Question.WHEN, "Ook in een noodsituatie");
				}
			}
		}
		String asked = switch (moment) {
			case DAYTIME -> "overdag";
			case EVENING -> "'s avonds";
			case NIGHT -> "'s nachts";
			case WEEKEND -> "in het weekend";
			case HOLIDAY -> "in de vakantie";
			case EMERGENCY -> "in een noodsituatie";
		};
		return Reason.unknown(Question.WHEN, (offering.schedule() != null)
				? "Of het " + asked + " kan, staat er niet bij (bekend: " + offering.schedule() + ")"
				: "Of het " + asked + " kan, staat niet in onze bronnen; vraag het na");
	}

	// --- WHERE ---

	private Reason where(OfferingFacts facts) {
		if (this.scope.area() == null && !this.scope.byPoint()) {
			return null;
		}
		Reason best = null;
		if (this.scope.byPoint() && facts.distanceKm() != null && facts.distanceKm() <= this.scope.radiusKm()) {
			best = Reason.met(Question.WHERE, "Op ongeveer " + kilometres(facts.distanceKm()));
		}
		for (String id : facts.servedAreas()) {
			Area served = this.scope.areas().get(id);
			if (served == null) {
				continue;
			}
			Reason reason;
			if (this.scope.byPoint() && this.scope.inside().contains(id)) {
				Double km = this.scope.kilometresTo(served);
				reason = Reason.met(Question.WHERE,
						"In " + served.name() + ((km != null) ? " (centrum op ongeveer " + kilometres(km) + ")" : ""));
			}
			else if (!this.scope.byPoint() && id.equals(this.scope.area().id())) {
				reason = Reason.met(Question.WHERE, "In " + served.name());
			}
			else if (this.scope.inside().contains(id)) {
				reason = Reason.unknown(Question.WHERE, "Alleen in " + served.name() + ": past als u daar woont");
			}
			else if (this.scope.local().contains(id)) {
				reason = (served.kind() == Area.Kind.REGION)
						? Reason.metInGeneral(Question.WHERE, "Voor de regio " + served.name())
						: Reason.met(Question.WHERE, "Voor heel " + served.name());
			}
			else if (this.scope.wider().contains(id)) {
				reason = new Reason(Question.WHERE, Fit.MET,
						(served.kind() == Area.Kind.COUNTRY) ? "Landelijk aanbod" : "Voor heel " + served.name(), 1);
			}
			else {
				continue;
			}
			if (best == null || better(reason, best)) {
				best = reason;
			}
		}
		return (best != null) ? best
				: Reason.unknown(Question.WHERE, "Waar het precies is, staat niet in onze bronnen");
	}

	private static boolean better(Reason candidate, Reason current) {
		if (candidate.fit() == Fit.MET && current.fit() != Fit.MET) {
			return true;
		}
		return candidate.fit() == current.fit() && candidate.weight() > current.weight();
	}

	/** For ranking ties: kilometres to the nearest place of the offering, when a point was asked for. */
	private Double closeness(OfferingFacts facts) {
		if (!this.scope.byPoint()) {
			return null;
		}
		Double best = facts.distanceKm();
		for (String id : facts.servedAreas()) {
			Area served = this.scope.areas().get(id);
			Double km = (served != null && this.scope.inside().contains(id)) ? this.scope.kilometresTo(served) : null;
			if (km != null && (best == null || km < best)) {
				best = km;
			}
		}
		return best;
	}

	// --- PAYMENT ---

	private Reason payment(OfferingFacts facts) {
		Set<String> routes = facts.fundingRoutes();
		String cost = facts.offering().cost();
		Set<String> hit = intersection(routes, this.answers.acceptedRoutes());
		boolean freeAsked = this.answers.payment().contains(PaymentOption.FREE);
		if (!hit.isEmpty()) {
			return Reason.met(Question.PAYMENT, "Te betalen via " + names(hit, this::route, " of "));
		}
		if (freeAsked && cost != null && FREE_OF_CHARGE.matcher(cost).find()) {
			return Reason.met(Question.PAYMENT, "Gratis (" + cost + ")");
		}
		if (routes.isEmpty()) {
			return Reason.unknown(Question.PAYMENT, (cost != null) ? "Kosten: " + cost + "; de vergoeding staat er niet bij"
					: "Kosten en vergoeding staan niet in onze bronnen; vraag het na");
		}
		if (freeAsked && Vocabulary.MUNICIPAL_OPEN_ROUTES.containsAll(routes)) {
			return Reason.unknown(Question.PAYMENT,
					"Betaald via " + names(routes, this::route, " en ") + "; of het voor u gratis is, staat er niet bij");
		}
		List<String> notes = new ArrayList<>();
		if (routes.contains(Vocabulary.INDICATED)) {
			notes.add("alleen met indicatie");
		}
		if (routes.contains(Vocabulary.SUPPLEMENTARY_INSURANCE)) {
			notes.add("kosten via aanvullende verzekering");
		}
		return Reason.notMet(Question.PAYMENT, "Alleen via " + names(routes, this::route, " of ")
				+ (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")"));
	}

	private String route(String id) {
		return this.vocabulary.routeName(id);
	}

	// --- Conditions: what to know whatever was asked ---

	private List<String> conditions(OfferingFacts facts) {
		Offering offering = facts.offering();
		List<String> conditions = new ArrayList<>();
		Set<String> groups = facts.targetGroups();
		if (!groups.contains(Vocabulary.CAREGIVERS) && !groups.contains(Vocabulary.CARE_RECIPIENTS)) {
			Set<String> shown = groups.stream()
				.filter((group) -> this.vocabulary.targetGroups().containsKey(group)
						&& Set.of(Vocabulary.CAREGIVERS, Vocabulary.CARE_RECIPIENTS).contains(this.vocabulary.root(group)))
				.collect(Collectors.toCollection(java.util.TreeSet::new));
			if (!shown.isEmpty()) {
				conditions.add("Voor: " + names(shown, this.vocabulary::groupName, ", "));
			}
		}
		if (offering.ageMin() != null || offering.ageMax() != null) {
			conditions.add("Leeftijd: " + band(offering.ageMin(), offering.ageMax()));
		}
		Set<String> routes = facts.fundingRoutes();
		if (routes.contains(Vocabulary.INDICATED)) {
			conditions.add("Alleen met een indicatie van de gemeente (Wmo-maatwerk), vaak na een gesprek met het wijkteam");
		}
		if (routes.contains(Vocabulary.LONG_TERM_CARE)) {
			conditions.add("Alleen met een Wlz-indicatie van het CIZ");
		}
		if (routes.contains(Vocabulary.YOUTH_CARE)) {
			conditions.add("Via de Jeugdwet (tot 18 jaar), aan te vragen bij de gemeente");
		}
		if (routes.contains(Vocabulary.OWN_CONTRIBUTION)) {
			conditions.add("Eigen bijdrage via het CAK");
		}
		if (routes.contains(Vocabulary.SUPPLEMENTARY_INSURANCE)) {
			conditions.add("Kosten (deels) via een aanvullende verzekering");
		}
		if (routes.contains(Vocabulary.PAYING_YOURSELF)) {
			conditions.add("Zelf betalen is mogelijk");
		}
		if (offering.cost() != null) {
			conditions.add("Kosten: " + offering.cost());
		}
		if (offering.status() == Status.ACTIVE && offering.statusNote() != null) {
			conditions.add("Let op: " + offering.statusNote());
		}
		if (outdated(facts)) {
			conditions.add("Gegevens uit " + offering.lastVerified().getYear() + "; vraag na of het er nog is");
		}
		return List.copyOf(conditions);
	}

	private boolean outdated(OfferingFacts facts) {
		LocalDate verified = facts.offering().lastVerified();
		return verified != null && verified.isBefore(this.today.minusYears(OLD_AFTER_YEARS));
	}

	// --- helpers ---

	private static boolean within(int age, Integer min, Integer max) {
		return (min == null || age >= min) && (max == null || age <= max);
	}

	private String bandOf(String group) {
		TargetGroup target = this.vocabulary.targetGroups().get(group);
		return (target != null && (target.ageMin() != null || target.ageMax() != null))
				? " (" + band(target.ageMin(), target.ageMax()) + ")" : "";
	}

	private static String band(Integer min, Integer max) {
		if (min != null && max != null) {
			return min + " tot en met " + max + " jaar";
		}
		return (min != null) ? min + " jaar en ouder" : "tot en met " + max + " jaar";
	}

	private static String kilometres(double km) {
		return (km < 10) ? String.format(Locale.ROOT, "%.1f km", km).replace('.', ',') : Math.round(km) + " km";
	}

	private static Set<String> intersection(Collection<String> a, Collection<String> b) {
		Set<String> both = new java.util.TreeSet<>(a);
		both.retainAll(b);
		return both;
	}

	private static String names(Collection<String> ids, java.util.function.Function<String, String> name, String glue) {
		return ids.stream().map(name).sorted().collect(Collectors.joining(glue));
	}

	/** A name inside a sentence: lowercase first letter unless it is an abbreviation or proper name. */
	static String lower(String name) {
		if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
			return Character.toLowerCase(name.charAt(0)) + name.substring(1);
		}
		return name;
	}

}
