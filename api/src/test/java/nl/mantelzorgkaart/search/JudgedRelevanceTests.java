package nl.mantelzorgkaart.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.search.RelevanceJudgements.Evaluation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The judged relevance set over the seed dataset: every query must keep its must-have offerings among
 * the first five. Prints Recall@5 and nDCG@10, so that a change in analysis or ranking shows its cost.
 */
@IntegrationTest
class JudgedRelevanceTests {

	/** Recall@5 measured when the set was introduced; raise it as ranking improves. */
	static final double RECALL_FLOOR = 0.78;

	@Autowired
	SocialMapSearch search;

	@Test
	void everyJudgedQueryHasItsMustHaveOfferingsInTheTopFive() {
		RelevanceJudgements judgements = RelevanceJudgements.load();
		assertThat(judgements.judgements()).hasSizeGreaterThanOrEqualTo(40);
		Evaluation evaluation = judgements.evaluate((text, area) -> offerings(this.search, text, area, 10));
		System.out.printf("Judged set: %d queries, Recall@5 %.3f, nDCG@10 %.3f%n", evaluation.outcomes().size(),
				evaluation.recallAt5(), evaluation.ndcgAt10());
		// Not yet every query passes (issue 5 stays open): the floor keeps what was reached from slipping.
		assertThat(evaluation.recallAt5()).as("Recall@5; misses:%n%s", evaluation.failures())
			.isGreaterThanOrEqualTo(RECALL_FLOOR);
	}

	/** The ranked offering ids for a text, optionally within an area. */
	static List<String> offerings(SocialMapSearch search, String text, String area, int size) {
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		filters.put(Facet.KIND, List.of(SearchKind.OFFERING.key()));
		if (area != null) {
			filters.put(Facet.AREA, List.of(area));
		}
		return search.search(new SearchRequest(text, filters, null, false, null, size, 0, false))
			.hits()
			.stream()
			.map(SearchResults.Hit::id)
			.toList();
	}

}
