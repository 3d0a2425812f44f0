package nl.mantelzorgkaart.guide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.graph.ClientMessage;
import nl.mantelzorgkaart.graph.Ids;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.guide.GuideAnswer.ContactPoint;
import nl.mantelzorgkaart.guide.GuideAnswer.Fit;
import nl.mantelzorgkaart.guide.GuideAnswer.Match;
import nl.mantelzorgkaart.guide.GuideAnswer.NextStep;
import nl.mantelzorgkaart.guide.GuideAnswer.Reason;
import nl.mantelzorgkaart.guide.GuideAnswer.UrgentHelp;
import nl.mantelzorgkaart.guide.GuideGraph.ContactCandidate;
import nl.mantelzorgkaart.guide.GuideGraph.Context;
import nl.mantelzorgkaart.guide.GuideGraph.UrgentCandidate;
import nl.mantelzorgkaart.guide.GuideMatcher.Answers;
import nl.mantelzorgkaart.guide.GuideMatcher.Weighed;
import nl.mantelzorgkaart.guide.RespiteGuideInput.Near;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup;
import org.springframework.stereotype.Service;

/**
 * The respite guide (respijtwijzer): checks a caregiver's answers, reads the offerings around the place
 * they live with their facts, weighs each one ({@link GuideMatcher}), and answers with the offerings that
 * fit, the nearest alternatives with what differs, and always the point of contact for caregiver support.
 * Four database reads, whatever the number of offerings: context, offerings, contacts, glossary; a fifth for
 * whom to turn to at once when the answers ask for a night or an emergency.
 */
@Service
public class RespiteGuide {

	/** The most offerings one answer shows, and the most alternatives. */
	static final int MAX_FIRST = 50;

	static final int MAX_ALTERNATIVES = 20;

	/**
	 * The largest radius around a point. Respite has to be reachable from home, and a larger circle would read
	 * a large part of the country's offerings for one answer; beyond it, ask by area.
	 */
	static final double MAX_RADIUS_KM = 50;

	static final int MAX_AGE = 120;

	/**
	 * Current offerings before outdated ones (their facts are more than five years old: they may have stopped),
	 * then by score; at the same score, one aimed at the condition asked before one for any condition, then one
	 * aimed at this caregiver (a young carer, a working carer) before one for any caregiver; then the nearest,
	 * then by name.
	 */
	private static final Comparator<Weighed> BEST_FIRST = Comparator.comparing(Weighed::outdated)
		.thenComparing(Comparator.comparingInt(Weighed::score).reversed())
		.thenComparing(Comparator.comparingInt(Weighed::conditionWeight).reversed())
		.thenComparing(Comparator.comparingInt(Weighed::whoWeight).reversed())
		.thenComparing(Weighed::closenessKm, Comparator.nullsLast(Double::compare))
		.thenComparing((Weighed weighed) -> weighed.facts().offering().name().toLowerCase(Locale.ROOT))
		.thenComparing((Weighed weighed) -> weighed.facts().id());

	private static final Comparator<Weighed> FEWEST_DIFFERENCES_FIRST = Comparator
		.comparingLong((Weighed weighed) -> weighed.count(Fit.NOT_MET))
		.thenComparingLong((Weighed weighed) -> weighed.count(Fit.PARTLY))
		.thenComparing(BEST_FIRST);

	private final GuideGraph graph;

	RespiteGuide(GuideGraph graph) {
		this.graph = graph;
	}

	/**
	 * Where caregivers in an area can turn when a record names no way to get in touch: the guide's points of
	 * contact (the local one, then the national one) that the sources give a phone number, e-mail address or
	 * website for; without a local one, the nearest local door that can be reached (a wijkteam, the
	 * municipality or a caregiver support centre, in that order) first. Empty for an unknown area or when the
	 * sources give none.
	 */
	public List<ContactPoint> reachableContactPoints(String areaId) {
		Context context = this.graph.aroundArea(areaId);
		if (context.scope() == null) {
			return List.of();
		}
		RespiteGuideInput nothingAsked = new RespiteGuideInput(null, null, null, null, null, null, null, null, areaId,
				null, null);
		GuideMatcher matcher = new GuideMatcher(context.vocabulary(), context.scope(),
				answers(nothingAsked, context.vocabulary()), LocalDate.now());
		List<ContactPoint> reachable = contactPoints(context.scope(), matcher).stream()
			.filter((contact) -> reachable(contact.organisation()))
			.toList();
		if (reachable.stream().anyMatch((contact) -> contact.area().kind() != Area.Kind.COUNTRY)) {
			return reachable;
		}
		// Nearest first along the chain; for a region, the municipalities within it too (an offering for the
		// HBEL-gemeenten reaches carers through each of their municipalities' doors).
		Map<String, Area> byId = new LinkedHashMap<>();
		context.scope().contactChain().stream().filter((area) -> area.kind().isLocal())
			.forEach((area) -> byId.putIfAbsent(area.id(), area));
		context.scope().inside().stream().sorted().map(context.scope().areas()::get)
			.filter((area) -> area != null && area.kind().isLocal())
			.forEach((area) -> byId.putIfAbsent(area.id(), area));
		List<ContactPoint> doors = new ArrayList<>();
		this.graph.reachableDoors(List.copyOf(byId.keySet()), LOCAL_DOORS)
			.stream()
			.min(Comparator.comparingInt((ContactCandidate c) -> List.copyOf(byId.keySet()).indexOf(c.areaId()))
				.thenComparingInt((ContactCandidate c) -> LOCAL_DOORS.indexOf(c.organisation().kind()))
				.thenComparing((ContactCandidate c) -> c.organisation().name()))
			.ifPresent((door) -> doors.add(new ContactPoint(door.organisation(), null, byId.get(door.areaId()),
					"In " + byId.get(door.areaId()).name() + ": " + door.organisation().name() + ".")));
		doors.addAll(reachable);
		return List.copyOf(doors);
	}

	/** Whether the sources give a way to reach it: a phone number, an e-mail address or a website. */
	public static boolean reachable(Organisation organisation) {
		return organisation.phone() != null || organisation.email() != null || organisation.website() != null;
	}

	/** Answers the guide's questions; throws {@link InvalidArgumentException} naming a bad field. */
	public GuideAnswer answer(RespiteGuideInput input, Integer first, Integer alternatives) {
		int size = bounded("first", first, 10, MAX_FIRST);
		int alternativeSize = bounded("alternatives", alternatives, 5, MAX_ALTERNATIVES);
		RespiteGuideInput asked = (input != null) ? input
				: new RespiteGuideInput(null, null, null, null, null, null, null, null, null, null, null);
		checkShape(asked);
		Near near = asked.near();
		Context context = (near != null) ? this.graph.aroundPoint(near.lat(), near.lon(), near.radiusKm())
				: this.graph.aroundArea(asked.area());
		if (context.scope() == null) {
			throw new InvalidArgumentException("input.area", "api.guide.unknownArea", asked.area());
		}
		if (asked.area() != null && !context.scope().area().kind().isLocal()) {
			throw new InvalidArgumentException("input.area", "api.guide.areaScope", asked.area(),
					ClientMessage.word("api.areaKind." + context.scope().area().kind().name()));
		}
		Vocabulary vocabulary = context.vocabulary();
		requireKnown("input.careThemes", "care theme", asked.careThemes(), vocabulary.careThemes().keySet());
		requireKnown("input.respiteTypes", "respite type", asked.respiteTypes(), vocabulary.respiteTypes().keySet());
		checkYoungCarer(asked, vocabulary);
		Answers answers = answers(asked, vocabulary);
		AreaScope scope = context.scope();

		GuideMatcher matcher = new GuideMatcher(vocabulary, scope, answers, LocalDate.now());
		List<Weighed> weighed = this.graph.offerings(scope)
			.stream()
			.map(matcher::weigh)
			.flatMap(Optional::stream)
			.toList();
		List<Weighed> fitting = weighed.stream().filter((w) -> !w.differs()).sorted(BEST_FIRST).toList();
		List<Weighed> nearest = weighed.stream()
			.filter(Weighed::differs)
			.sorted(FEWEST_DIFFERENCES_FIRST)
			.limit(alternativeSize)
			.toList();

		List<ContactPoint> contacts = contactPoints(scope, matcher);
		// Whom to ask when an organiser's contact details are unknown: the local point of contact only.
		Organisation fallback = contacts.stream()
			.filter((contact) -> contact.area().kind() != Area.Kind.COUNTRY)
			.map(ContactPoint::organisation)
			.findFirst()
			.orElse(null);
		List<Match> matches = fitting.stream().limit(size).map((w) -> match(w, fallback)).toList();
		List<Match> alternativeMatches = nearest.stream().map((w) -> match(w, fallback)).toList();

		Set<String> explained = new LinkedHashSet<>(answers.wantedRespiteTypes());
		fitting.stream().limit(size).forEach((w) -> explained.addAll(w.facts().respiteTypes()));
		nearest.forEach((w) -> explained.addAll(w.facts().respiteTypes()));
		boolean urgent = answers.moments().contains(RespiteGuideInput.Moment.EMERGENCY)
				|| answers.moments().contains(RespiteGuideInput.Moment.NIGHT);
		return new GuideAnswer(scope.area(), matches, fitting.size(), alternativeMatches, contacts,
				this.graph.terms(explained, answers.careThemes()), notes(scope, fitting.isEmpty(), fallback == null),
				urgent ? urgentHelp(scope, contacts) : null);
	}

	// --- Checking the answers ---

	private static int bounded(String argument, Integer value, int fallback, int max) {
		int size = (value != null) ? value : fallback;
		if (size < 0 || size > max) {
			throw new InvalidArgumentException(argument, "api.size", argument, max, String.valueOf(size));
		}
		return size;
	}

	private static void checkShape(RespiteGuideInput input) {
		age("input.careRecipientAge", input.careRecipientAge());
		age("input.caregiverAge", input.caregiverAge());
		Ids.requireAll("input.careThemes", input.careThemes());
		Ids.requireAll("input.respiteTypes", input.respiteTypes());
		if (input.area() != null) {
			Ids.require("input.area", input.area());
		}
		Near near = input.near();
		if (near != null) {
			if (input.area() != null) {
				throw new InvalidArgumentException("input.near", "api.guide.areaAndNear");
			}
			if (near.lat() == null || near.lat() < -90 || near.lat() > 90) {
				throw new InvalidArgumentException("input.near.lat", "api.guide.lat", String.valueOf(near.lat()));
			}
			if (near.lon() == null || near.lon() < -180 || near.lon() > 180) {
				throw new InvalidArgumentException("input.near.lon", "api.guide.lon", String.valueOf(near.lon()));
			}
			if (near.radiusKm() == null || !(near.radiusKm() > 0) || near.radiusKm() > MAX_RADIUS_KM) {
				throw new InvalidArgumentException("input.near.radiusKm", "api.guide.radius", (int) MAX_RADIUS_KM,
						String.valueOf(near.radiusKm()));
			}
		}
	}

	private static void age(String field, Integer age) {
		if (age != null && (age < 0 || age > MAX_AGE)) {
			throw new InvalidArgumentException(field, "api.guide.age", MAX_AGE, String.valueOf(age));
		}
	}

	/** A young carer is at most as old as the young carers' target group goes: an older age contradicts it. */
	private static void checkYoungCarer(RespiteGuideInput input, Vocabulary vocabulary) {
		Integer age = input.caregiverAge();
		TargetGroup young = vocabulary.targetGroups().get(Vocabulary.YOUNG_CAREGIVERS);
		if (age == null || young == null || input.caregiverSituations() == null
				|| !input.caregiverSituations().contains(RespiteGuideInput.CaregiverSituation.YOUNG_CARER)) {
			return;
		}
		if ((young.ageMin() != null && age < young.ageMin()) || (young.ageMax() != null && age > young.ageMax())) {
			throw new InvalidArgumentException("input.caregiverSituations", "api.guide.youngCarer", young.ageMax(),
					String.valueOf(age));
		}
	}

	private static void requireKnown(String field, String kind, List<String> ids, Set<String> known) {
		if (ids == null) {
			return;
		}
		for (String id : ids) {
			if (!known.contains(id)) {
				throw new InvalidArgumentException(field, "api.guide.unknown", ClientMessage.word("api.kind." + kind.replace(' ', '-')),
						id, known.stream().sorted().collect(Collectors.joining(", ")));
			}
		}
	}

	private static Answers answers(RespiteGuideInput input, Vocabulary vocabulary) {
		Set<String> explicit = new LinkedHashSet<>(orEmpty(input.respiteTypes()));
		return new Answers(input.caringFor(), input.careRecipientAge(), input.caregiverAge(),
				enumSet(input.caregiverSituations(), RespiteGuideInput.CaregiverSituation.class),
				new LinkedHashSet<>(orEmpty(input.careThemes())),
				enumSet(input.breakKinds(), RespiteGuideInput.BreakKind.class), explicit,
				Vocabulary.wantedRespiteTypes(input.respiteTypes(), input.breakKinds()),
				enumSet(input.moments(), RespiteGuideInput.Moment.class),
				enumSet(input.payment(), RespiteGuideInput.PaymentOption.class),
				vocabulary.acceptedRoutes(input.payment()));
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	private static <E extends Enum<E>> Set<E> enumSet(List<E> values, Class<E> type) {
		return (values == null || values.isEmpty()) ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
	}

	// --- The answer ---

	private static Match match(Weighed weighed, Organisation fallback) {
		return new Match(weighed.facts().offering(), weighed.score(), weighed.reasons(), weighed.conditions(),
				nextStep(weighed.facts(), fallback));
	}

	/** How to get it: how to apply as stated, the route the funding implies, or whom to call. */
	static NextStep nextStep(OfferingFacts facts, Organisation fallback) {
		Offering offering = facts.offering();
		List<Organisation> organisers = facts.organisers();
		Organisation reachable = organisers.stream()
			.filter((organisation) -> organisation.phone() != null || organisation.email() != null
					|| organisation.website() != null)
			.findFirst()
			.orElse(null);
		boolean organisedByFallback = fallback != null
				&& organisers.stream().anyMatch((organisation) -> organisation.id().equals(fallback.id()));
		if (reachable == null && organisedByFallback) {
			reachable = fallback;
		}
		Organisation contact = (reachable != null) ? reachable
				: (fallback != null) ? fallback : organisers.stream().findFirst().orElse(null);
		String website = (offering.website() != null) ? offering.website()
				: (contact != null) ? contact.website() : null;
		Set<String> routes = facts.fundingRoutes();
		String text;
		if (offering.howToApply() != null) {
			text = offering.howToApply();
		}
		else if (routes.contains(Vocabulary.INDICATED)) {
			text = "Vraag het aan bij de gemeente (Wmo): na een gesprek, vaak met het wijkteam, volgt een indicatie.";
		}
		else if (routes.contains(Vocabulary.LONG_TERM_CARE)) {
			text = "Hiervoor is een Wlz-indicatie van het CIZ nodig; het zorgkantoor regelt daarna de zorg.";
		}
		else if (routes.contains(Vocabulary.YOUTH_CARE)) {
			text = "Vraag het aan bij de gemeente (Jeugdwet), vaak via het wijk- of jeugdteam.";
		}
		else if (reachable != null) {
			text = "Neem contact op met " + reachable.name() + details(reachable) + ".";
		}
		else if (!organisers.isEmpty() && fallback != null) {
			text = "Neem contact op met " + organisers.stream().map(Organisation::name).collect(Collectors.joining(" of "))
					+ "; hun contactgegevens staan niet in onze bronnen. " + fallback.name() + details(fallback)
					+ " kan u verder helpen.";
		}
		else {
			text = "Neem contact op met " + organisers.stream().map(Organisation::name).collect(Collectors.joining(" of "))
					+ ".";
		}
		if (offering.howToApply() == null && routes.contains(Vocabulary.SUPPLEMENTARY_INSURANCE)) {
			text += " Vraag uw zorgverzekeraar of uw aanvullende verzekering het (deels) vergoedt.";
		}
		return new NextStep(text, contact, website);
	}

	private static String details(Organisation organisation) {
		if (organisation.phone() != null) {
			return " (tel. " + organisation.phone() + ")";
		}
		if (organisation.email() != null) {
			return " (" + organisation.email() + ")";
		}
		return (organisation.website() != null) ? " (" + organisation.website() + ")" : "";
	}

	/**
	 * The local point of contact for caregiver support, then the national one. Locally the best is a steady
	 * contact person (persoonlijke begeleiding) for this caregiver, then a caregiver support centre, nearest
	 * area first; without any, the municipality, which the Wmo makes responsible for caregiver support.
	 */
	private List<ContactPoint> contactPoints(AreaScope scope, GuideMatcher matcher) {
		List<Area> chain = scope.contactChain();
		if (chain.isEmpty()) {
			return List.of();
		}
		Map<String, Integer> closeness = new LinkedHashMap<>();
		Map<String, Area> byId = new LinkedHashMap<>();
		for (Area area : chain) {
			closeness.putIfAbsent(area.id(), closeness.size());
			byId.putIfAbsent(area.id(), area);
		}
		List<Rated> local = new ArrayList<>();
		List<Rated> national = new ArrayList<>();
		List<ContactCandidate> municipalities = new ArrayList<>();
		for (ContactCandidate candidate : this.graph.contacts(List.copyOf(closeness.keySet()), Vocabulary.CAREGIVERS)) {
			Area area = byId.get(candidate.areaId());
			boolean supportCentre = Vocabulary.SUPPORT_CENTRE_KIND.equals(candidate.organisation().kind());
			if (candidate.offering() == null && !supportCentre) {
				if (area.kind() == Area.Kind.MUNICIPALITY) {
					municipalities.add(candidate);
				}
				continue;
			}
			Fit who = Fit.MET;
			int whoWeight = 2;
			if (candidate.offering() != null) {
				Reason reason = matcher.who(new OfferingFacts(candidate.offering(), Set.of(), candidate.targetGroups(),
						candidate.supportFunctions(), Set.of(), Set.of(), Set.of(), null, List.of()));
				if (reason == null || reason.fit() == Fit.NOT_MET) {
					continue;
				}
				who = reason.fit();
				whoWeight = reason.weight();
			}
			Rated rated = new Rated(candidate, area, closeness.get(candidate.areaId()), supportCentre, who, whoWeight);
			(area.kind() == Area.Kind.COUNTRY ? national : local).add(rated);
		}
		List<ContactPoint> contacts = new ArrayList<>();
		local.stream().sorted(Rated.ORDER).findFirst().ifPresentOrElse((best) -> contacts.add(best.contactPoint()),
				() -> municipalities.stream()
					.min(Comparator.comparingInt((ContactCandidate c) -> closeness.get(c.areaId()))
						.thenComparing((ContactCandidate c) -> c.organisation().name()))
					.ifPresent((municipality) -> contacts.add(new ContactPoint(municipality.organisation(), null,
							byId.get(municipality.areaId()), municipality.organisation().name()
									+ " is via de Wmo verantwoordelijk voor ondersteuning van mantelzorgers in "
									+ byId.get(municipality.areaId()).name() + "; vraag daar naar de mogelijkheden."))));
		national.stream()
			.sorted(Rated.ORDER)
			.filter((rated) -> contacts.stream()
				.noneMatch((contact) -> contact.organisation().id().equals(rated.candidate().organisation().id())))
			.findFirst()
			.ifPresent((best) -> contacts.add(best.contactPoint()));
		return List.copyOf(contacts);
	}

	/** A possible point of contact, rated. */
	private record Rated(ContactCandidate candidate, Area area, int closeness, boolean supportCentre, Fit who,
			int whoWeight) {

		static final Comparator<Rated> ORDER = Comparator.comparingInt((Rated r) -> r.guides() ? 0 : 1)
			.thenComparingInt((Rated r) -> r.supportCentre() ? 0 : 1)
			.thenComparingInt(Rated::closeness)
			.thenComparingInt((Rated r) -> -r.whoWeight())
			.thenComparingInt((Rated r) -> -r.candidate().supportFunctions().size())
			.thenComparing((Rated r) -> r.candidate().organisation().name())
			.thenComparing((Rated r) -> (r.candidate().offering() != null) ? r.candidate().offering().name() : "");

		/** Offers a steady contact person (persoonlijke begeleiding). */
		boolean guides() {
			return this.candidate.supportFunctions().contains(Vocabulary.PERSONAL_GUIDANCE);
		}

		ContactPoint contactPoint() {
			Organisation organisation = this.candidate.organisation();
			Offering offering = this.candidate.offering();
			String where = (this.area.kind() == Area.Kind.COUNTRY) ? "Landelijk" : "In " + this.area.name();
			String text;
			if (offering == null) {
				text = where + ": " + organisation.name() + ", steunpunt voor mantelzorgers.";
			}
			else if (guides()) {
				text = where + ": " + organisation.name() + ", een vast aanspreekpunt voor mantelzorgers ("
						+ offering.name() + ").";
			}
			else {
				text = where + ": " + organisation.name() + ", informatie en advies voor mantelzorgers ("
						+ offering.name() + ").";
			}
			return new ContactPoint(organisation, offering, this.area, text);
		}

	}

	// --- At night or in an emergency ---

	/** The kinds of local door, most direct first: the wijkteam, the municipality, the caregiver support centre. */
	private static final List<String> LOCAL_DOORS = List.of(Vocabulary.LOCAL_TEAM_KIND, Vocabulary.MUNICIPALITY_KIND,
			Vocabulary.SUPPORT_CENTRE_KIND);

	/**
	 * Whom to turn to at once, from the sources only: emergency care (noodopvang) and an out-of-hours GP post
	 * for the area, the nearest wijkteam, municipality and caregiver support centre and the answer's local point
	 * of contact, and national helplines.
	 * Each kind the sources give nothing for is said plainly; without any local door, the answer's points of
	 * contact stand in, so that it is never empty while the graph holds national caregiver support.
	 */
	private UrgentHelp urgentHelp(AreaScope scope, List<ContactPoint> contactPoints) {
		List<Area> chain = scope.contactChain();
		Map<String, Integer> closeness = new LinkedHashMap<>();
		Map<String, Area> byId = new LinkedHashMap<>();
		for (Area area : chain) {
			closeness.putIfAbsent(area.id(), closeness.size());
			byId.putIfAbsent(area.id(), area);
		}
		List<UrgentCandidate> candidates = closeness.isEmpty() ? List.of()
				: this.graph.urgentContacts(List.copyOf(closeness.keySet()));
		Comparator<UrgentCandidate> nearestFirst = Comparator
			.comparingInt((UrgentCandidate c) -> closeness.get(c.areaId()))
			.thenComparing((UrgentCandidate c) -> c.organisation().name())
			.thenComparing((UrgentCandidate c) -> (c.offering() != null) ? c.offering().name() : "");
		List<UrgentCandidate> sorted = candidates.stream().sorted(nearestFirst).toList();

		List<ContactPoint> emergencyCare = new ArrayList<>();
		List<ContactPoint> gpPosts = new ArrayList<>();
		List<ContactPoint> doors = new ArrayList<>();
		List<ContactPoint> helplines = new ArrayList<>();
		Set<String> doorKinds = new LinkedHashSet<>();
		Set<String> seen = new LinkedHashSet<>();
		for (UrgentCandidate candidate : sorted) {
			Area area = byId.get(candidate.areaId());
			Organisation organisation = candidate.organisation();
			Offering offering = candidate.offering();
			boolean national = area.kind() == Area.Kind.COUNTRY;
			String where = national ? "Landelijk" : "In " + area.name();
			String key = organisation.id() + "/" + ((offering != null) ? offering.id() : "");
			if (!seen.add(key)) {
				continue;
			}
			if (offering != null && candidate.emergencyCare()) {
				emergencyCare.add(new ContactPoint(organisation, offering, area, where + ": " + organisation.name()
						+ " regelt noodopvang (" + offering.name() + ")."));
			}
			else if (offering != null) {
				if (national) {
					helplines.add(new ContactPoint(organisation, offering, area,
							where + ": " + organisation.name() + ", telefonisch (" + offering.name() + ")."));
				}
			}
			else if (organisation.name().toLowerCase(Locale.ROOT).contains(Vocabulary.GP_POST)) {
				gpPosts.add(new ContactPoint(organisation, null, area, where + ": " + organisation.name() + "."));
			}
			else if (!national && area.kind().isLocal() && LOCAL_DOORS.contains(organisation.kind())
					&& doorKinds.add(organisation.kind())) {
				doors.add(new ContactPoint(organisation, null, area, doorText(where, organisation)));
			}
		}
		doors.sort(Comparator.comparingInt((ContactPoint c) -> LOCAL_DOORS.indexOf(c.organisation().kind())));
		// The answer's own local point of contact (a caregiver consultant) is a door too, whatever its kind.
		contactPoints.stream()
			.filter((point) -> point.area().kind() != Area.Kind.COUNTRY)
			.filter((point) -> java.util.stream.Stream.of(emergencyCare, gpPosts, doors)
				.flatMap(List::stream)
				.noneMatch((c) -> c.organisation().id().equals(point.organisation().id())))
			.forEach(doors::add);

		String place = (scope.area() != null) ? scope.area().name() : "uw woonplaats";
		List<String> missing = new ArrayList<>();
		if (emergencyCare.isEmpty()) {
			missing.add("Noodopvang voor " + place + " staat niet in onze bronnen: vervangende zorg die snel te "
					+ "regelen is als u plotseling niet meer kunt zorgen.");
		}
		if (gpPosts.isEmpty()) {
			missing.add("Een huisartsenpost voor " + place + " staat niet in onze bronnen; daarom geven wij er geen "
					+ "telefoonnummer van.");
		}
		if (doors.isEmpty()) {
			missing.add("Een wijkteam, gemeente of steunpunt mantelzorg voor " + place + " staat niet in onze bronnen"
					+ (contactPoints.isEmpty() ? "." : "; hieronder staat wie u volgens onze bronnen wel kunt vragen."));
		}
		if (helplines.isEmpty()) {
			missing.add("Een landelijke hulplijn die dag en nacht bereikbaar is, staat niet in onze bronnen.");
		}
		List<ContactPoint> contacts = new ArrayList<>(emergencyCare);
		contacts.addAll(gpPosts);
		contacts.addAll(doors);
		if (doors.isEmpty()) {
			// Only national points of contact are left: they stand in, so that the answer is never empty.
			contactPoints.stream()
				.filter((point) -> contacts.stream()
					.noneMatch((c) -> c.organisation().id().equals(point.organisation().id())))
				.forEach(contacts::add);
		}
		contacts.addAll(helplines);
		String text = "U vroeg naar hulp 's nachts of in een noodgeval. Hieronder staat wie u volgens onze bronnen "
				+ "kunt benaderen, en wat onze bronnen niet geven. Of deze contacten 's nachts of in het weekend "
				+ "bereikbaar zijn, staat niet in onze bronnen: vraag het hen liefst voordat het nodig is.";
		return new UrgentHelp(text, List.copyOf(contacts), List.copyOf(missing));
	}

	private static String doorText(String where, Organisation organisation) {
		String kind = organisation.kind();
		if (Vocabulary.LOCAL_TEAM_KIND.equals(kind)) {
			return where + ": " + organisation.name() + ", het wijkteam voor hulp en ondersteuning dicht bij huis.";
		}
		if (Vocabulary.MUNICIPALITY_KIND.equals(kind)) {
			return where + ": " + organisation.name() + ", via de Wmo verantwoordelijk voor ondersteuning als de zorg "
					+ "thuis niet meer gaat.";
		}
		return where + ": " + organisation.name() + ", steunpunt voor mantelzorgers.";
	}

	private static List<String> notes(AreaScope scope, boolean nothingFits, boolean noLocalContact) {
		List<String> notes = new ArrayList<>();
		if (scope.area() == null && !scope.byPoint()) {
			notes.add("Geef uw gemeente of een plek op voor aanbod bij u in de buurt; nu staat hieronder alleen "
					+ "landelijk aanbod.");
		}
		if (scope.byPoint() && scope.inside().isEmpty()) {
			Double km = scope.kilometresTo(scope.area());
			notes.add("Binnen " + Math.round(scope.radiusKm()) + " km ligt geen gemeente of wijk uit onze bronnen"
					+ ((scope.area() != null && km != null) ? "; de dichtstbijzijnde gemeente is " + scope.area().name()
							+ " (op ongeveer " + Math.round(km) + " km)" : "")
					+ ".");
		}
		if (noLocalContact && (scope.area() != null || scope.byPoint())) {
			notes.add("Voor " + ((scope.area() != null && !scope.contactChain().isEmpty()
					&& scope.contactChain().get(0).kind() != Area.Kind.COUNTRY) ? scope.area().name() : "deze plek")
					+ " staat in onze bronnen geen lokaal aanspreekpunt voor mantelzorgers. De gemeente is via de "
					+ "Wmo verantwoordelijk voor mantelzorgondersteuning: vraag daar naar het steunpunt mantelzorg.");
		}
		if (nothingFits) {
			notes.add("Niets past precies bij al uw antwoorden. Hieronder staan de alternatieven die het dichtst in "
					+ "de buurt komen, en wie u verder kan helpen.");
		}
		return List.copyOf(notes);
	}

}
