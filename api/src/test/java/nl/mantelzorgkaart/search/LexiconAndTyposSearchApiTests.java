package nl.mantelzorgkaart.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.ApiClient;
import nl.mantelzorgkaart.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The GraphQL {@code search} over the seed dataset for English questions, words written apart or run
 * together, and typos: what the English lexicon and the typo rules of the analysis give a caller.
 */
@IntegrationTest
class LexiconAndTyposSearchApiTests {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = ApiClient.graphQl(this.port);
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> search(String text, Map<String, Object> filter) {
		var request = this.graphQl.documentName("search").variable("text", text);
		if (filter != null) {
			request = request.variable("filter", filter);
		}
		return request.execute().errors().verify().path("search").entity(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	static List<String> ids(Map<String, Object> result) {
		return ((List<Map<String, Object>>) result.get("edges")).stream()
			.map((edge) -> (String) ((Map<String, Object>) edge.get("node")).get("id"))
			.toList();
	}

	@Test
	void theIssuesEnglishQuestionFindsVolunteerRespiteForDementiaInAlmere() {
		Map<String, Object> result = search("I look after my husband with dementia in Almere and need a few hours off - "
				+ "is there a volunteer who can sit with him at home?", null);
		// "a" of the question no longer finds "Vis à Vis", and no English word is taken for a typo.
		assertThat(ids(result)).contains("vmca-ivt", "vmca-vrijwilligersprojecten-zorg").doesNotContain("vis-a-vis");
		assertThat(result.get("didYouMean")).isEqualTo(List.of());
	}

	@Test
	void englishWordsFindTheDutchRecords() {
		assertThat(ids(search("day care", null))).anyMatch((id) -> id.contains("dagbesteding"));
		assertThat(ids(search("peer support group for dementia carers", null))).contains("vmca-gesprekstafel-dementie");
	}

	@Test
	void aCompoundWrittenApartFindsWhatTheCompoundFinds() {
		Map<String, Object> apart = search("respijt zorg", null);
		Map<String, Object> together = search("respijtzorg", null);
		assertThat(apart.get("totalCount")).isEqualTo(together.get("totalCount"));
		assertThat(ids(apart)).isEqualTo(ids(together));
	}

	@Test
	void wordsRunTogetherFindTheRecordThatWritesThemApart() {
		assertThat(ids(search("eigentijd", null))).contains("vmca-eigen-tijd");
	}

	@Test
	void aTypoNextToOtherWordsStillFindsWhatItMeans() {
		Map<String, Object> result = search("dementi lotgenoten mantelzorgers", null);
		assertThat(ids(result).subList(0, 5)).contains("vmca-gesprekstafel-dementie");
		assertThat(result.get("didYouMean")).isEqualTo(List.of("dementie lotgenoten mantelzorgers"));
	}

	@Test
	void knownWordsAreNeverCorrected() {
		// "kanker" is a word of the care lexicon (english.txt: cancer) that no record in Huizen (or anywhere) names:
		// nothing found, and no "kansen".
		Map<String, Object> cancer = search("kanker", Map.of("areas", List.of("huizen")));
		assertThat(cancer.get("didYouMean")).isEqualTo(List.of());
		assertThat(search("paar uur vrij", null).get("didYouMean")).isEqualTo(List.of());
	}

}
