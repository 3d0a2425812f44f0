package nl.mantelzorgkaart.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.seed.SeedDataset;
import nl.mantelzorgkaart.seed.SeedKind;
import nl.mantelzorgkaart.system.TestDatasets;
import org.junit.jupiter.api.Test;

/** Every vocabulary id the guide maps its plain-word answers onto exists in the curated dataset. */
class GuideVocabularyTests {

	private static final Map<SeedKind, Set<String>> IDS = new SeedDataset(TestDatasets.curated()).requireValid().ids();

	@Test
	void theTargetGroupsTheGuideAsksAboutExist() {
		List<String> groups = new ArrayList<>(List.of(Vocabulary.CAREGIVERS, Vocabulary.CARE_RECIPIENTS,
				Vocabulary.KOPP_KOV, Vocabulary.YOUNG_CAREGIVERS));
		groups.addAll(Vocabulary.RELATIONSHIP_GROUPS.values());
		groups.addAll(Vocabulary.SITUATION_GROUPS.values());
		assertThat(IDS.get(SeedKind.TARGET_GROUP)).containsAll(groups);
	}

	@Test
	void everyKindOfBreakStandsForExistingRespiteTypesAndEveryRespiteTypeHasOne() {
		List<String> mapped = Vocabulary.BREAK_KINDS.values().stream().flatMap(List::stream).toList();
		assertThat(IDS.get(SeedKind.RESPITE_TYPE)).containsAll(mapped)
			.contains(Vocabulary.OVERNIGHT_STAY, Vocabulary.DAY_CARE, Vocabulary.EMERGENCY_CARE);
		// The respite type without a plain word is reached through 'when': emergencies.
		assertThat(IDS.get(SeedKind.RESPITE_TYPE)).containsExactlyInAnyOrderElementsOf(
				concat(mapped, List.of(Vocabulary.EMERGENCY_CARE)));
	}

	@Test
	void theFundingRoutesAndFunctionsTheGuideNamesExist() {
		List<String> routes = new ArrayList<>(Vocabulary.FREE_ROUTES);
		routes.addAll(Vocabulary.MUNICIPAL_OPEN_ROUTES);
		routes.addAll(Vocabulary.MUNICIPAL_INDICATED_ROUTES);
		routes.addAll(List.of(Vocabulary.SUPPLEMENTARY_INSURANCE, Vocabulary.LONG_TERM_CARE, Vocabulary.YOUTH_CARE,
				Vocabulary.PERSONAL_BUDGET, Vocabulary.PAYING_YOURSELF, Vocabulary.OWN_CONTRIBUTION));
		assertThat(IDS.get(SeedKind.FUNDING_ROUTE)).containsAll(routes);
		assertThat(IDS.get(SeedKind.SUPPORT_FUNCTION)).contains(Vocabulary.RESPITE, Vocabulary.PERSONAL_GUIDANCE,
				Vocabulary.INFORMATION);
		assertThat(IDS.get(SeedKind.CARE_THEME)).containsAll(Vocabulary.KOPP_KOV_THEMES);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
