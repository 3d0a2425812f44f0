package nl.mantelzorgkaart.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.Evaluation;
import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SearchResults;
import nl.mantelzorgkaart.search.SocialMapSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The judged relevance set over the seed dataset: every query must keep its must-have offerings among
 * the first five. Prints Recall@5 and nDCG@10, so that a change in analysis or ranking shows its cost.
 */
@IntegrationTest
class JudgedRelevanceTests {

	/** The target for the whole set; with every query passing it is 1.0. */
	static final double RECALL_TARGET = 0.9;

	@Autowired
	SocialMapSearch search;

	@Test
	void everyJudgedQueryHasItsMustHaveOfferingsInTheTopFive() {
		RelevanceJudgements judgements = RelevanceJudgements.load();
		assertThat(judgements.judgements()).hasSizeGreaterThanOrEqualTo(40);
		Evaluation evaluation = judgements.evaluate((text, area) -> offerings(this.search, text, area, 10));
		System.out.printf("Judged set: %d queries, Recall@5 %.3f, nDCG@10 %.3f%n", evaluation.outcomes().size(),
				evaluation.recallAt5(), evaluation.ndcgAt10());
		assertThat(evaluation.failures()).as("judged queries missing a must-have offering in the top 5").isEmpty();
		assertThat(evaluation.recallAt5()).isGreaterThanOrEqualTo(RECALL_TARGET);
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
