package nl.mantelzorgkaart.guide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.guide.RespiteGuideInput.BreakKind;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaredFor;
import nl.mantelzorgkaart.guide.RespiteGuideInput.CaregiverSituation;
import nl.mantelzorgkaart.guide.RespiteGuideInput.PaymentOption;
import nl.mantelzorgkaart.taxonomy.Taxa.CareTheme;
import nl.mantelzorgkaart.taxonomy.Taxa.FundingRoute;
import nl.mantelzorgkaart.taxonomy.Taxa.RespiteType;
import nl.mantelzorgkaart.taxonomy.Taxa.SupportFunction;
import nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup;

/**
 * The vocabulary the guide and the coverage report reason with, as the graph holds it (read once per
 * request: it is small), and the fixed mapping from the guide's plain-word answers onto its ids. The
 * ids below are the curated dataset's; {@code GuideVocabularyTests} proves that each one exists there.
 */
record Vocabulary(Map<String, TargetGroup> targetGroups, Map<String, String> parents,
		Map<String, CareTheme> careThemes, Map<String, RespiteType> respiteTypes,
		Map<String, FundingRoute> fundingRoutes, List<SupportFunction> supportFunctions) {

	/** The target group every group of caregivers lies within. */
	static final String CAREGIVERS = "mantelzorgers";

	/** The target group of the people cared for (zorgvragers). */
	static final String CARE_RECIPIENTS = "zorgvragers";

	/**
	 * The target group of young carers (jonge mantelzorgers): a caregiver who says they are one belongs to it
	 * whatever their age is known to be, and its age band is the most a young carer can be.
	 */
	static final String YOUNG_CAREGIVERS = "jonge-mantelzorgers";

	/** Target groups defined by whom the caregiver cares for. */
	static final Map<CaredFor, String> RELATIONSHIP_GROUPS = new EnumMap<>(Map.of(CaredFor.PARTNER,
			"partners-als-mantelzorger", CaredFor.PARENT, "kinderen-van-ouders", CaredFor.CHILD,
			"ouders-van-kind-met-beperking"));

	/** Target groups defined by the caregiver's own situation. */
	static final Map<CaregiverSituation, String> SITUATION_GROUPS = new EnumMap<>(Map.of(CaregiverSituation.WORKING,
			"werkende-mantelzorgers", CaregiverSituation.STUDYING, "studerende-mantelzorgers"));

	/**
	 * KOPP/KOV: children of a parent with psychological problems or an addiction (Kinderen van Ouders met
	 * Psychische Problemen / met een Verslaving).
	 */
	static final String KOPP_KOV = "kopp-kov";

	static final Set<String> KOPP_KOV_THEMES = Set.of("psychische-problemen", "verslaving");

	/** The respite types each plain-word kind of break stands for (as the Dutch respite guides group them). */
	static final Map<BreakKind, List<String>> BREAK_KINDS = new EnumMap<>(Map.of(BreakKind.SOMEONE_AT_HOME,
			List.of("aanwezigheidszorg", "blokzorg", "vrijwillige-thuishulp"), BreakKind.DAY_ELSEWHERE,
			List.of("dagbesteding"), BreakKind.OVERNIGHT, List.of("logeerzorg"), BreakKind.LIGHT_AND_SOCIAL,
			List.of("respijt-light"), BreakKind.HOUSEHOLD_HELP, List.of("huishoudelijke-hulp"), BreakKind.BUDDY,
			List.of("maatje"), BreakKind.ARRANGEMENTS, List.of("mantelzorgmakelaar")));

	/** The support function of respite (respijtzorg). */
	static final String RESPITE = "respijtzorg";

	/**
	 * Respite types that say when: by definition overnight, by day, or in an emergency. Weekends and holidays
	 * have no respite type of their own (no source gives one): an offering's text says so.
	 */
	static final String OVERNIGHT_STAY = "logeerzorg";

	static final String DAY_CARE = "dagbesteding";

	static final String EMERGENCY_CARE = "crisisopvang";

	/** Funding routes named by id, for the payment options a law alone does not separate. */
	static final List<String> FREE_ROUTES = List.of("gratis");

	/** Paid by the municipality without an indication; whether it is free for the caregiver is not said. */
	static final List<String> MUNICIPAL_OPEN_ROUTES = List.of("wmo-algemene-voorziening", "gemeentelijke-subsidie",
			"spuk");

	static final List<String> MUNICIPAL_INDICATED_ROUTES = List.of("wmo-maatwerk", "eigen-bijdrage-cak",
			"participatiewet");

	static final String INDICATED = "wmo-maatwerk";

	static final String OWN_CONTRIBUTION = "eigen-bijdrage-cak";

	static final String SUPPLEMENTARY_INSURANCE = "aanvullende-verzekering";

	static final String LONG_TERM_CARE = "wlz";

	static final String YOUTH_CARE = "jeugdwet";

	static final String PERSONAL_BUDGET = "pgb";

	static final String PAYING_YOURSELF = "particulier";

	/** The support functions through which caregivers reach a point of contact: a steady contact, and advice. */
	static final String PERSONAL_GUIDANCE = SupportFunction.POINT_OF_CONTACT;

	static final String INFORMATION = "informatie-en-advies";

	/** The organisation kind of a caregiver support centre (steunpunt mantelzorg), and of a municipality. */
	static final String SUPPORT_CENTRE_KIND = "mantelzorgondersteuning";

	static final String MUNICIPALITY_KIND = "gemeente";

	/** The organisation kind of a neighbourhood team (wijkteam), the local door to support. */
	static final String LOCAL_TEAM_KIND = "wijkteam";

	/** What an out-of-hours GP post is called; the dataset has no organisation kind of its own for one. */
	static final String GP_POST = "huisartsenpost";

	/** How the graph stores the setting of an offering by phone: at the country's level, a helpline. */
	static final String BY_PHONE = "by-phone";

	/** The respite type ids a caregiver asked for: the ids given and those of the kinds of break. */
	static Set<String> wantedRespiteTypes(List<String> respiteTypes, List<BreakKind> breakKinds) {
		Set<String> wanted = new LinkedHashSet<>();
		if (breakKinds != null) {
			breakKinds.forEach((kind) -> wanted.addAll(BREAK_KINDS.get(kind)));
		}
		if (respiteTypes != null) {
			wanted.addAll(respiteTypes);
		}
		return wanted;
	}

	/** The funding route ids a caregiver accepts; empty when no payment option was given. */
	Set<String> acceptedRoutes(List<PaymentOption> options) {
		Set<String> accepted = new LinkedHashSet<>();
		if (options == null) {
			return accepted;
		}
		for (PaymentOption option : options) {
			switch (option) {
				case FREE -> accepted.addAll(FREE_ROUTES);
				case MUNICIPALITY -> {
					accepted.addAll(MUNICIPAL_OPEN_ROUTES);
					accepted.addAll(MUNICIPAL_INDICATED_ROUTES);
				}
				case MUNICIPALITY_WITHOUT_INDICATION -> accepted.addAll(MUNICIPAL_OPEN_ROUTES);
				case MUNICIPALITY_WITH_INDICATION -> accepted.addAll(MUNICIPAL_INDICATED_ROUTES);
				case HEALTH_INSURANCE -> accepted.addAll(routesUnder("Zvw"));
				case WLZ -> accepted.addAll(routesUnder("Wlz"));
				case JEUGDWET -> accepted.addAll(routesUnder("Jeugdwet"));
				case PGB -> accepted.add(PERSONAL_BUDGET);
				case SELF -> accepted.add(PAYING_YOURSELF);
			}
		}
		return accepted;
	}

	private List<String> routesUnder(String law) {
		return this.fundingRoutes.values().stream().filter((route) -> law.equals(route.law())).map(FundingRoute::id)
			.toList();
	}

	/** The group and the groups it lies within, nearest first. */
	List<String> chain(String group) {
		List<String> chain = new ArrayList<>();
		for (String current = group; current != null && !chain.contains(current); current = this.parents.get(current)) {
			chain.add(current);
		}
		return chain;
	}

	/** The top group a group lies within. */
	String root(String group) {
		List<String> chain = chain(group);
		return chain.get(chain.size() - 1);
	}

	/** The group and every group within it. */
	Set<String> withSubGroups(String group) {
		Set<String> groups = new LinkedHashSet<>();
		groups.add(group);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (var entry : this.parents.entrySet()) {
				if (groups.contains(entry.getValue()) && groups.add(entry.getKey())) {
					grew = true;
				}
			}
		}
		return groups;
	}

	/**
	 * Every target group, each followed by the groups within it: caregivers first, then the people cared
	 * for, then the others; siblings by age band, then name.
	 */
	List<TargetGroup> groupsInTreeOrder() {
		Map<String, List<TargetGroup>> children = new LinkedHashMap<>();
		List<TargetGroup> roots = new ArrayList<>();
		for (TargetGroup group : this.targetGroups.values()) {
			String parent = this.parents.get(group.id());
			if (parent == null) {
				roots.add(group);
			}
			else {
				children.computeIfAbsent(parent, (id) -> new ArrayList<>()).add(group);
			}
		}
		java.util.Comparator<TargetGroup> siblings = java.util.Comparator
			.comparing((TargetGroup group) -> group.ageMin(), java.util.Comparator.nullsLast(Integer::compare))
			.thenComparing(TargetGroup::name);
		roots.sort(java.util.Comparator
			.comparing((TargetGroup group) -> group.id().equals(CAREGIVERS) ? 0
					: group.id().equals(CARE_RECIPIENTS) ? 1 : 2)
			.thenComparing(TargetGroup::name));
		List<TargetGroup> ordered = new ArrayList<>();
		for (TargetGroup root : roots) {
			addInTreeOrder(root, children, siblings, ordered);
		}
		return ordered;
	}

	private static void addInTreeOrder(TargetGroup group, Map<String, List<TargetGroup>> children,
			java.util.Comparator<TargetGroup> siblings, List<TargetGroup> ordered) {
		ordered.add(group);
		List<TargetGroup> within = new ArrayList<>(children.getOrDefault(group.id(), List.of()));
		within.sort(siblings);
		within.forEach((child) -> addInTreeOrder(child, children, siblings, ordered));
	}

	String groupName(String id) {
		TargetGroup group = this.targetGroups.get(id);
		return (group != null) ? group.name() : id;
	}

	String themeName(String id) {
		CareTheme theme = this.careThemes.get(id);
		return (theme != null) ? theme.name() : id;
	}

	String respiteName(String id) {
		RespiteType type = this.respiteTypes.get(id);
		return (type != null) ? type.name() : id;
	}

	String routeName(String id) {
		FundingRoute route = this.fundingRoutes.get(id);
		return (route != null) ? route.name() : id;
	}

	String functionName(String id) {
		return this.supportFunctions.stream().filter((function) -> function.id().equals(id)).map(SupportFunction::name)
			.findFirst()
			.orElse(id);
	}

}
