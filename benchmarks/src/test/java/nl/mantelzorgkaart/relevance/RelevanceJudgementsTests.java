package nl.mantelzorgkaart.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.mantelzorgkaart.relevance.RelevanceJudgements.Evaluation;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.Judgement;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.Outcome;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.Part;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.SeedRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The judged set's files and their checks against the seed dataset, and the scores of a mixed-kind ranking.
 * No search and no database: what the search makes of the set is {@link JudgedRelevanceTests}.
 */
class RelevanceJudgementsTests {

	/** What the issue asks of the set: at least 150 questions, each part covering every persona and these kinds. */
	static final List<String> ISSUE_KINDS = List.of("area-wider", "place-in-text", "postcode", "graph-question",
			"glossary", "split-word", "typo", "english", "professional", "organisation-hit");

	static SeedRecords records;

	@BeforeAll
	static void readTheSeedData() {
		records = SeedRecords.classpath();
	}

	@Test
	void bothPartsLoadAndCoverEveryPersonaAndTheIssuesKinds() {
		List<RelevanceJudgements> parts = RelevanceJudgements.loadAll();
		assertThat(parts).extracting(RelevanceJudgements::part).containsExactly(Part.TUNING, Part.HELD_OUT);
		assertThat(parts.stream().mapToInt((part) -> part.judgements().size()).sum()).isGreaterThanOrEqualTo(150);
		for (RelevanceJudgements part : parts) {
			assertThat(part.judgements()).as(part.part().label()).hasSizeGreaterThanOrEqualTo(75);
			Set<String> personas = part.judgements().stream().map(Judgement::persona).collect(Collectors.toSet());
			assertThat(personas).as(part.part().label()).containsExactlyInAnyOrderElementsOf(RelevanceJudgements.PERSONAS);
			Set<String> kinds = part.judgements()
				.stream()
				.flatMap((judgement) -> judgement.kind().stream())
				.collect(Collectors.toSet());
			assertThat(kinds).as(part.part().label()).containsAll(ISSUE_KINDS);
			assertThat(part.judgements().stream().flatMap((judgement) -> judgement.mustInTop5().stream()))
				.as(part.part().label() + ": answers of every kind the search box shows")
				.anyMatch((answer) -> answer.startsWith("offering:"))
				.anyMatch((answer) -> answer.startsWith("organisation:"))
				.anyMatch((answer) -> answer.startsWith("network:"));
		}
	}

	@Test
	void aWellFormedEntryReads() {
		RelevanceJudgements part = read("""
				- query: "respijtzorg"
				  persona: caregiver
				  kind: area-wider
				  area: huizen
				  mustInTop5: [offering:hbel-dagbesteding-daginvulling-lokaal]
				  relevant: [organisation:vc-huizen, network:hbel-werkgroep-respijtzorg-informele-zorg]
				  explanation: term:respijtzorg
				  note: "a note"
				- query: "wat is blokzorg"
				  persona: professional
				  kind: [glossary]
				  mustInTop5: []
				  explanation: term:blokzorg
				""");
		assertThat(part.judgements()).hasSize(2);
		Judgement first = part.judgements().get(0);
		assertThat(first.kind()).containsExactly("area-wider");
		assertThat(first.key()).isEqualTo("respijtzorg [area huizen]");
		assertThat(part.judgements().get(1).judgesHits()).isFalse();
	}

	@Test
	void anIdThatIsNotInTheSeedDataFailsNamingTheFileAndTheQuestion() {
		assertThatThrownBy(() -> read("""
				- query: "held in huis"
				  persona: caregiver
				  kind: [typo]
				  mustInTop5: [offering:vmca-held-in-het-huis]
				"""))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("test.yaml, entry 1 (\"held in huis\")")
			.hasMessageContaining("offering:vmca-held-in-het-huis, which is not an offering of the seed data");
	}

	@Test
	void anIdOfTheWrongKindFails() {
		assertThatThrownBy(() -> read("""
				- query: "versa"
				  persona: caregiver
				  kind: [name]
				  mustInTop5: [offering:versa-welzijn]
				""")).hasMessageContaining("offering:versa-welzijn, which is not an offering of the seed data");
	}

	@Test
	void aTermAsAHitFailsPointingToExplanation() {
		assertThatThrownBy(() -> read("""
				- query: "blokzorg"
				  persona: caregiver
				  kind: [glossary]
				  mustInTop5: [term:blokzorg]
				""")).hasMessageContaining("term:blokzorg").hasMessageContaining("put it in 'explanation'");
	}

	@Test
	void anIdWithoutItsKindFails() {
		assertThatThrownBy(() -> read("""
				- query: "held in huis"
				  persona: caregiver
				  kind: [typo]
				  mustInTop5: [vmca-held-in-huis]
				""")).hasMessageContaining("'vmca-held-in-huis', which is not <kind>:<id>");
	}

	@Test
	void anEndedRecordFails() {
		assertThatThrownBy(() -> read("""
				- query: "mantelzorgcompliment huizen"
				  persona: caregiver
				  kind: [place-in-text]
				  mustInTop5: [offering:gemeente-huizen-mantelzorgcompliment]
				""")).hasMessageContaining("has ended");
	}

	@Test
	void aMissingOrUnknownPersonaKindOrAreaFails() {
		assertThatThrownBy(() -> read("""
				- query: "held in huis"
				  kind: [typo]
				  mustInTop5: [offering:vmca-held-in-huis]
				""")).hasMessageContaining("'persona' is missing");
		assertThatThrownBy(() -> read("""
				- query: "held in huis"
				  persona: grandparent
				  kind: [tpyo]
				  area: atlantis
				  mustInTop5: [offering:vmca-held-in-huis]
				"""))
			.hasMessageContaining("persona 'grandparent' is not one of")
			.hasMessageContaining("kind 'tpyo' is not one of")
			.hasMessageContaining("area 'atlantis' is not an area of the seed data");
	}

	@Test
	void anUnknownFieldFailsNamingTheEntry() {
		assertThatThrownBy(() -> read("""
				- query: "held in huis"
				  persona: caregiver
				  kind: [typo]
				  mustInTop5: [offering:vmca-held-in-huis]
				- query: "ivt"
				  persona: caregiver
				  kind: [name]
				  mustHave: [offering:vmca-ivt]
				""")).hasMessageContaining("test.yaml, entry 2 (\"ivt\")").hasMessageContaining("mustHave");
	}

	@Test
	void aQuestionWithoutMustHavesNeedsAnExplanation() {
		assertThatThrownBy(() -> read("""
				- query: "respijtzorg"
				  persona: caregiver
				  kind: [compound]
				  mustInTop5: []
				""")).hasMessageContaining("'mustInTop5' is empty");
	}

	@Test
	void theSameQuestionTwiceFails() {
		assertThatThrownBy(() -> read("""
				- query: "ivt"
				  persona: caregiver
				  kind: [name]
				  mustInTop5: [offering:vmca-ivt]
				- query: "ivt"
				  persona: caregiver
				  kind: [name]
				  mustInTop5: [offering:vmca-held-in-huis]
				""")).hasMessageContaining("entry 2").hasMessageContaining("twice");
	}

	@Test
	void aMixedRankingIsScoredWithTermsTakingTheirPlace() {
		RelevanceJudgements part = read("""
				- query: "dementie vrijwilliger"
				  persona: caregiver
				  kind: [colloquial]
				  mustInTop5: [offering:vmca-held-in-huis, offering:vmca-ivt]
				  relevant: [network:ketenzorg-dementie-almere]
				  explanation: term:ketenzorg-dementie
				- query: "wat is blokzorg"
				  persona: professional
				  kind: [glossary]
				  mustInTop5: []
				  explanation: term:blokzorg
				""");
		Map<String, List<String>> rankings = Map.of("dementie vrijwilliger",
				List.of("offering:vmca-held-in-huis", "term:ketenzorg-dementie", "organisation:vmca",
						"network:ketenzorg-dementie-almere", "offering:vmca-eigen-tijd", "offering:vmca-ivt"),
				"wat is blokzorg", List.of("offering:vmca-eigen-tijd"));
		Evaluation evaluation = part.evaluate((text, area) -> rankings.get(text));
		Outcome first = evaluation.outcomes().get(0);
		assertThat(first.recallAt5()).isEqualTo(0.5);
		assertThat(first.missing()).containsExactly("offering:vmca-ivt");
		double dcg = 3 + 1 / log2(5) + 3 / log2(7);
		double ideal = 3 + 3 / log2(3) + 1 / log2(4);
		assertThat(first.ndcgAt10()).isCloseTo(dcg / ideal, within(1e-9));
		assertThat(first.explained()).isTrue();
		assertThat(first.passes()).isFalse();
		Outcome second = evaluation.outcomes().get(1);
		assertThat(second.recallAt5()).isNaN();
		assertThat(second.explained()).isFalse();
		assertThat(evaluation.recallAt5()).as("only questions that judge hits count").isEqualTo(0.5);
		assertThat(evaluation.figures().explained()).isEqualTo(1);
		assertThat(evaluation.figures().explanations()).isEqualTo(2);
		assertThat(evaluation.byPersona()).containsOnlyKeys("caregiver", "professional");
		assertThat(evaluation.byKind()).containsOnlyKeys("colloquial", "glossary");
		assertThat(evaluation.failures()).contains("\"wat is blokzorg\" misses [term:blokzorg (explanation)]");
		assertThat(evaluation.report()).contains("Judged set, held-out part: 2 questions (1 judge hits)");
		Outcome apart = evaluation.termsApart().outcomes().get(0);
		assertThat(apart.recallAt5()).as("the term no longer takes the place of offering:vmca-ivt").isEqualTo(1.0);
		assertThat(apart.explained()).isTrue();
	}

	private static double log2(double value) {
		return Math.log(value) / Math.log(2);
	}

	private static RelevanceJudgements read(String yaml) {
		return RelevanceJudgements.read(Part.HELD_OUT, "test.yaml",
				new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), records);
	}

}
