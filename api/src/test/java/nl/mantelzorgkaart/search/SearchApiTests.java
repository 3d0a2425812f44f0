package nl.mantelzorgkaart.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.ApiClient;
import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.graph.GraphReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The GraphQL {@code search} and {@code autocomplete} over the seed dataset, as a partner site calls them. */
@IntegrationTest
class SearchApiTests {

	/** The centre of Almere. */
	static final Map<String, Object> ALMERE_10_KM = Map.of("lat", 52.37, "lon", 5.22, "radiusKm", 10.0);

	@LocalServerPort
	int port;

	@Autowired
	GraphReads graph;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = ApiClient.graphQl(this.port);
	}

	GraphQlTester.Response search(Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.graphQl.documentName("search");
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> result(Map<String, Object> variables) {
		return search(variables).errors().verify().path("search").entity(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> hits(Map<String, Object> result) {
		List<Map<String, Object>> hits = new ArrayList<>();
		for (Map<String, Object> edge : (List<Map<String, Object>>) result.get("edges")) {
			hits.add((Map<String, Object>) edge.get("node"));
		}
		return hits;
	}

	static List<String> ids(Map<String, Object> result) {
		return hits(result).stream().map((hit) -> (String) hit.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> facet(Map<String, Object> result, String dimension) {
		return ((List<Map<String, Object>>) result.get("facets")).stream()
			.filter((facet) -> dimension.equals(facet.get("dimension")))
			.findFirst()
			.map((facet) -> (List<Map<String, Object>>) facet.get("values"))
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> explanations(Map<String, Object> result) {
		return (List<Map<String, Object>>) result.get("explanations");
	}

	@Test
	void aConceptQuestionGetsTheExplanationApartAndTheOfferingsThatGiveItAsHits() {
		Map<String, Object> result = result(Map.of("text", "wat is logeerzorg"));
		List<Map<String, Object>> explanations = explanations(result);
		assertThat(explanations).isNotEmpty().hasSizeLessThanOrEqualTo(2);
		assertThat(explanations.get(0)).containsEntry("kind", "TERM").containsEntry("id", "logeerzorg");
		Map<String, Object> term = (Map<String, Object>) explanations.get(0).get("record");
		assertThat(term).containsEntry("__typename", "Term");
		assertThat((String) term.get("definition")).isNotBlank();
		// A caregiver cannot act on a word: without a kind filter no term is among the hits.
		assertThat(hits(result)).extracting((hit) -> hit.get("kind")).doesNotContain("TERM");
		assertThat(ids(result)).contains("welzijn-lelystad-logeeropvang");
		assertThat(explanations(result(Map.of("text", "wat is blokzorg"))).get(0)).containsEntry("id", "blokzorg");
	}

	@Test
	void termsAreHitsWhenTheKindsAskForThem() {
		Map<String, Object> result = result(Map.of("text", "wat is logeerzorg", "filter", Map.of("kinds", List.of("TERM"))));
		assertThat(hits(result).get(0)).containsEntry("kind", "TERM").containsEntry("id", "logeerzorg");
		assertThat(explanations(result)).isEmpty();
	}

	@Test
	void anAreaFilterKeepsTheWordsApartFromTheHits() {
		Map<String, Object> result = result(Map.of("text", "logeren", "filter", Map.of("areas", List.of("almere"))));
		assertThat(hits(result)).extracting((hit) -> hit.get("kind")).doesNotContain("TERM");
		assertThat(explanations(result)).extracting((term) -> term.get("id")).contains("logeerzorg");
	}

	@Test
	void hitsCarryTheirRecordScoreAndHighlightedSnippets() {
		List<Map<String, Object>> hits = hits(result(Map.of("text", "dementie")));
		assertThat(hits).isNotEmpty();
		Map<String, Object> top = hits.get(0);
		assertThat((Double) top.get("score")).isPositive();
		@SuppressWarnings("unchecked")
		Map<String, Object> record = (Map<String, Object>) top.get("record");
		assertThat(record).containsEntry("id", top.get("id"));
		@SuppressWarnings("unchecked")
		List<String> snippets = (List<String>) top.get("snippets");
		assertThat(String.join(" ", snippets).toLowerCase()).contains("<mark>dementie");
		assertThat(top.get("explanation")).isNull();
		List<Double> scores = hits.stream().map((hit) -> (Double) hit.get("score")).toList();
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void explainGivesTheScoreBreakdownForProfessionals() {
		List<Map<String, Object>> hits = hits(result(Map.of("text", "dementie", "explain", true, "first", 3)));
		assertThat(hits).allSatisfy((hit) -> assertThat((String) hit.get("explanation")).contains("sum of")
			.contains("weight("));
	}

	@Test
	void aTypoStillFindsTheWordMeantAndSuggestsIt() {
		Map<String, Object> result = result(Map.of("text", "dementi"));
		assertThat(result.get("didYouMean")).isEqualTo(List.of("dementie"));
		assertThat(ids(result)).contains("vmca-gesprekstafel-dementie");
		Map<String, Object> misspelt = result(Map.of("text", "respijtzorgg"));
		assertThat((Integer) misspelt.get("totalCount")).isPositive();
		assertThat(result(Map.of("text", "dementie")).get("didYouMean")).isEqualTo(List.of());
	}

	@Test
	void aWordInMostRecordsDoesNotWidenASpecificQuestion() {
		// "mantelzorg" is in most records: asking about dementia and Alzheimer "bij mantelzorg" finds the
		// records about dementia and Alzheimer, not every record that says "mantelzorg".
		int specific = (Integer) result(Map.of("text", "dementie alzheimer")).get("totalCount");
		int withCommonWord = (Integer) result(Map.of("text", "dementie alzheimer mantelzorg")).get("totalCount");
		int common = (Integer) result(Map.of("text", "mantelzorg")).get("totalCount");
		assertThat(withCommonWord).isEqualTo(specific).isLessThan(common);
	}

	@Test
	void exactMatchesRankAboveCloseSpellings() {
		// "dementie" is in the index: no close spellings ("dementie~1") are added, and every top hit has the
		// word itself.
		List<Map<String, Object>> hits = hits(result(Map.of("text", "dementie", "explain", true, "first", 5)));
		assertThat(hits).allSatisfy((hit) -> assertThat((String) hit.get("explanation")).doesNotContainPattern(
				"\\w~\\d").contains("all:dementie"));
	}

	@Test
	void aPageOfOfferingsWithTheirOrganisersCostsOneRoundTripToTheGraph() {
		String page = """
				query($text: String) {
				  search(text: $text, filter: {kinds: [OFFERING]}, first: 10) {
				    edges { node { id record { ... on Offering { id name organisers { id name } } } } }
				  }
				}""";
		long before = this.graph.roundTrips();
		GraphQlTester.Response response = this.graphQl.document(page).variable("text", "dementie").execute();
		assertThat(this.graph.roundTrips() - before).isEqualTo(1);
		List<String> ids = response.path("search.edges[*].node.id").entityList(String.class).get();
		assertThat(ids).hasSize(10);
		// The same organisers, in the same order, as the offering itself lists.
		for (int i = 0; i < ids.size(); i++) {
			List<Object> organisers = response.path("search.edges[" + i + "].node.record.organisers")
				.entityList(Object.class)
				.get();
			assertThat(organisers).isNotEmpty();
			this.graphQl.document("query($id: ID!) { offering(id: $id) { organisers { id name } } }")
				.variable("id", ids.get(i))
				.execute()
				.path("offering.organisers")
				.entityList(Object.class)
				.isEqualTo(organisers);
		}
	}

	@Test
	void twoSearchesInOneRequestEachGetTheirOwnRecords() {
		// Each search reads its page's records while it counts facets; both pages must get theirs.
		String pages = """
				{
				  dementia: search(text: "dementie", filter: {kinds: [OFFERING]}, first: 5) {
				    facets { dimension } edges { node { kind id record { ... on Offering { id organisers { id } } } } }
				  }
				  terms: search(text: "wat is blokzorg", first: 5) {
				    facets { dimension } edges { node { kind id record { ... on Offering { id } ... on Term { id } } } }
				    explanations { kind id record { ... on Term { id } } }
				  }
				}""";
		long before = this.graph.roundTrips();
		GraphQlTester.Response response = this.graphQl.document(pages).execute();
		response.errors().verify();
		for (String search : List.of("dementia", "terms")) {
			List<String> ids = response.path(search + ".edges[*].node.id").entityList(String.class).get();
			assertThat(ids).isNotEmpty();
			assertThat(response.path(search + ".edges[*].node.record.id").entityList(String.class).get())
				.isEqualTo(ids);
		}
		assertThat(response.path("terms.edges[*].node.kind").entityList(String.class).get()).contains("OFFERING");
		assertThat(response.path("terms.explanations[*].record.id").entityList(String.class).get()).contains("blokzorg");
		response.path("dementia.edges[*].node.record.organisers").entityList(Object.class).hasSizeGreaterThan(0);
		// One read per search for its offerings (with their organisers), one for the glossary terms.
		assertThat(this.graph.roundTrips() - before).isEqualTo(3);
	}

	@Test
	void facetsCountEachDimensionWithTheOtherFiltersApplied() {
		Map<String, Object> all = result(Map.of("text", "mantelzorgers"));
		Map<String, Object> dementia = result(
				Map.of("text", "mantelzorgers", "filter", Map.of("careThemes", List.of("dementie"))));
		int total = (Integer) dementia.get("totalCount");
		assertThat(total).isPositive().isLessThan((Integer) all.get("totalCount"));
		List<Map<String, Object>> themes = facet(dementia, "CARE_THEME");
		// The filtered dimension still lists the other themes, counted without the theme filter ...
		assertThat(themes).anySatisfy((value) -> {
			assertThat(value).containsEntry("value", "dementie").containsEntry("selected", true);
			assertThat(value.get("count")).isEqualTo(total);
		});
		assertThat(themes).anySatisfy((value) -> {
			assertThat(value.get("value")).isNotEqualTo("dementie");
			assertThat((Integer) value.get("count")).isPositive();
		});
		// ... while the other dimensions count only what the theme filter lets through.
		assertThat(facet(dementia, "KIND")).allSatisfy(
				(value) -> assertThat((Integer) value.get("count")).isLessThanOrEqualTo(total));
		assertThat(facet(dementia, "AREA")).allSatisfy(
				(value) -> assertThat((Integer) value.get("count")).isLessThanOrEqualTo(total));
	}

	@Test
	void filtersOnEveryDimensionCombine() {
		Map<String, Object> result = result(Map.of("filter",
				Map.of("kinds", List.of("OFFERING"), "careThemes", List.of("dementie"), "areas", List.of("almere"))));
		assertThat(hits(result)).isNotEmpty().allSatisfy((hit) -> {
			assertThat(hit).containsEntry("kind", "OFFERING");
			@SuppressWarnings("unchecked")
			Map<String, Object> offering = (Map<String, Object>) hit.get("record");
			assertThat(offering.get("careThemes").toString()).contains("dementie");
		});
		assertThat(result).containsEntry("sort", "NAME");
		for (String dimension : List.of("targetGroups", "supportFunctions", "respiteTypes", "organisations",
				"networks")) {
			Map<String, Object> none = result(Map.of("filter", Map.of(dimension, List.of())));
			assertThat((Integer) none.get("totalCount")).isPositive();
		}
		Map<String, Object> logeerzorg = result(Map.of("filter", Map.of("respiteTypes", List.of("logeerzorg"),
				"kinds", List.of("OFFERING"))));
		assertThat(ids(logeerzorg)).contains("welzijn-lelystad-logeeropvang");
		Map<String, Object> vmca = result(Map.of("filter", Map.of("organisations", List.of("vmca"),
				"kinds", List.of("OFFERING")), "first", 100));
		assertThat(ids(vmca)).contains("vmca-gesprekstafel-dementie").doesNotContain("welzijn-lelystad-logeeropvang");
	}

	@Test
	void anAreaIncludesItsDistricts() {
		Map<String, Object> almere = result(
				Map.of("filter", Map.of("areas", List.of("almere"), "kinds", List.of("OFFERING")), "first", 100));
		Map<String, Object> poort = result(
				Map.of("filter", Map.of("areas", List.of("almere-poort"), "kinds", List.of("OFFERING")), "first", 100));
		List<String> inPoort = hits(poort).stream()
			.filter((hit) -> hit.get("widerArea") == null)
			.map((hit) -> (String) hit.get("id"))
			.toList();
		assertThat(inPoort).contains("vmca-week-van-de-jonge-mantelzorger");
		// What is in Almere Poort is in Almere, and local there too.
		assertThat(hits(almere)).filteredOn((hit) -> inPoort.contains(hit.get("id")))
			.hasSameSizeAs(inPoort)
			.allSatisfy((hit) -> assertThat(hit.get("widerArea")).isNull());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> widerArea(Map<String, Object> hit) {
		return (Map<String, Object>) hit.get("widerArea");
	}

	@Test
	void anAreaFilterAlsoFindsWhatServesTheAreasItLiesInAndSaysSo() {
		Map<String, Object> huizen = result(
				Map.of("text", "jonge mantelzorger", "filter", Map.of("areas", List.of("huizen")), "first", 50));
		// Versa Welzijn's youth work serves the HBEL region, which Huizen lies in.
		Map<String, Object> versa = hits(huizen).stream()
			.filter((hit) -> "versa-welzijn-activiteiten-jonge-mantelzorgers".equals(hit.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(widerArea(versa)).containsEntry("id", "hbel").containsEntry("national", false);
		// National offers count for every place, marked as such.
		Map<String, Object> haven = result(
				Map.of("text", "dementie", "filter", Map.of("areas", List.of("almere-haven")), "first", 50));
		assertThat(hits(haven)).isNotEmpty()
			.anySatisfy((hit) -> assertThat(widerArea(hit)).containsEntry("national", true))
			.anySatisfy((hit) -> assertThat(widerArea(hit)).containsEntry("id", "almere"));
		// A record of the area itself carries no wider area.
		assertThat(hits(haven)).filteredOn((hit) -> "vmca-gesprekstafel-dementie".equals(hit.get("id")))
			.allSatisfy((hit) -> assertThat(widerArea(hit)).containsEntry("id", "almere"));
		Map<String, Object> almere = result(
				Map.of("text", "dementie", "filter", Map.of("areas", List.of("almere")), "first", 50));
		assertThat(hits(almere)).filteredOn((hit) -> "vmca-gesprekstafel-dementie".equals(hit.get("id")))
			.singleElement()
			.satisfies((hit) -> assertThat(hit.get("widerArea")).isNull());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> placeInText(Map<String, Object> result) {
		return (Map<String, Object>) result.get("placeInText");
	}

	@Test
	void aPlaceNamedInTheTextLimitsTheSearchAndSaysSo() {
		Map<String, Object> result = result(Map.of("text", "respijtzorg voor mantelzorgers in almere"));
		assertThat(placeInText(result)).containsEntry("textWithout", "respijtzorg voor mantelzorgers in")
			.containsEntry("words", List.of("almere"))
			.containsEntry("areas", List.of(Map.of("id", "almere", "name", "Almere")));
		// Only what serves Almere or an area it lies in: no other town's respite.
		Map<String, Object> scoped = result(Map.of("text", "respijtzorg voor mantelzorgers",
				"filter", Map.of("areas", List.of("almere"))));
		assertThat(result.get("totalCount")).isEqualTo(scoped.get("totalCount"));
		assertThat(ids(result)).isEqualTo(ids(scoped));
		// An area chosen wins over a place in the text.
		assertThat(placeInText(result(Map.of("text", "dementie huizen", "filter", Map.of("areas", List.of("almere"))))))
			.isNull();
	}

	@Test
	void aPostcodeInTheTextIsItsPlaceWhenOurSourcesKnowIt() {
		// Almere's postcodes come from its Wikipedia article, Almere Stad's (1311-1319, 1321-1329) from its own:
		// a postcode is the smallest area that has it.
		Map<String, Object> haven = result(Map.of("text", "respijtzorg 1353"));
		assertThat(placeInText(haven)).containsEntry("areas", List.of(Map.of("id", "almere", "name", "Almere")));
		assertThat(ids(haven)).isEqualTo(ids(result(Map.of("text", "respijtzorg",
				"filter", Map.of("areas", List.of("almere")))))).isNotEmpty();
		Map<String, Object> stad = result(Map.of("text", "vrijwilliger thuis 1315 BC"));
		assertThat(placeInText(stad)).containsEntry("areas",
				List.of(Map.of("id", "almere-stad", "name", "Almere Stad")));
		assertThat(placeInText(result(Map.of("text", "mantelzorg 1274")))).containsEntry("areas",
				List.of(Map.of("id", "huizen", "name", "Huizen")));
		// No source gives 9999 (Stitswerd, Groningen) to an area of ours: said, not guessed.
		Map<String, Object> unknown = result(Map.of("text", "respijtzorg 9999"));
		assertThat(placeInText(unknown)).containsEntry("unknownPostcode", "9999").containsEntry("areas", List.of());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> graphAnswer(Map<String, Object> result) {
		return (Map<String, Object>) result.get("graphAnswer");
	}

	@SuppressWarnings("unchecked")
	static List<String> answerIds(Map<String, Object> result) {
		return ((List<Map<String, Object>>) graphAnswer(result).get("organisations")).stream()
			.map((organisation) -> (String) organisation.get("id"))
			.toList();
	}

	@Test
	void aQuestionAboutTheGraphIsAnsweredWithTheOrganisations() {
		Map<String, Object> organisers = result(Map.of("text", "wie organiseren Eigen Tijd"));
		assertThat(graphAnswer(organisers)).containsEntry("relation", "ORGANISERS").containsEntry("id", "vmca-eigen-tijd");
		assertThat(answerIds(organisers)).contains("vmca");

		Map<String, Object> members = result(
				Map.of("text", "welke partners werken samen in het ketennetwerk KOPP-KOV Almere"));
		assertThat(graphAnswer(members)).containsEntry("relation", "MEMBERS")
			.containsEntry("id", "ketennetwerk-kopp-kov-almere");
		assertThat(answerIds(members)).hasSizeGreaterThan(1);

		Map<String, Object> english = result(Map.of("text", "Which organisations form the wijkteam consortium in Almere?"));
		assertThat(graphAnswer(english)).containsEntry("kind", "NETWORK");
		assertThat(answerIds(english)).isNotEmpty();

		assertThat(graphAnswer(result(Map.of("text", "dementie almere")))).isNull();
	}

	@Test
	void whenAnAreaHasNothingOfAKindTheNearestOutsideItIsGivenAndSaid() {
		// Nothing for logeren serves Almere; Lelystad's logeeropvang is next door.
		Map<String, Object> result = result(Map.of("text", "logeerzorg", "filter", Map.of("areas", List.of("almere"))));
		assertThat(result.get("nearestOutside")).isEqualTo(Map.of("id", "almere", "name", "Almere"));
		assertThat(result).containsEntry("sort", "DISTANCE");
		assertThat(ids(result)).contains("welzijn-lelystad-logeeropvang");
		assertThat(hits(result)).allSatisfy((hit) -> assertThat((Double) hit.get("distanceKm"))
			.isLessThanOrEqualTo(SocialMapSearch.OUTSIDE_RADIUS_KM));
		// Where the area has it, nothing is said.
		assertThat(result(Map.of("text", "dementie", "filter", Map.of("areas", List.of("almere")))).get("nearestOutside"))
			.isNull();
	}

	@Test
	void aHitSaysWhyItMatched() {
		Map<String, Object> result = result(Map.of("text", "logeren voor mijn zoon met autisme"));
		assertThat(hits(result).get(0).get("matchedOn")).asList()
			.contains(Map.of("dimension", "RESPITE_TYPE", "value", "logeerzorg", "label", "Logeerzorg"));
		assertThat(hits(result)).anySatisfy((hit) -> assertThat(hit.get("matchedOn")).asList()
			.contains(Map.of("dimension", "CARE_THEME", "value", "autisme", "label", "Autisme")));
		// Through the synonyms, as the ranking reads the text: alzheimer is dementia.
		assertThat(hits(result(Map.of("text", "alzheimer"))))
			.anySatisfy((hit) -> assertThat(hit.get("matchedOn")).asList()
				.contains(Map.of("dimension", "CARE_THEME", "value", "dementie", "label", "Dementie")));
		assertThat(hits(result(Map.of("filter", Map.of("areas", List.of("almere"))))))
			.allSatisfy((hit) -> assertThat(hit.get("matchedOn")).asList().isEmpty());
	}

	@Test
	void listingAnAreaShowsWhatIsThereBeforeTheWiderOffers() {
		Map<String, Object> haven = result(Map.of("filter", Map.of("areas", List.of("almere-haven")), "first", 100));
		List<Boolean> wider = hits(haven).stream().map((hit) -> hit.get("widerArea") != null).toList();
		assertThat(wider).contains(true, false);
		assertThat(wider.indexOf(true)).isGreaterThan(wider.lastIndexOf(false));
	}

	@Test
	void nearMeFiltersAndSortsByDistanceAndGivesIt() {
		Map<String, Object> result = result(Map.of("near", ALMERE_10_KM, "first", 50));
		assertThat(result).containsEntry("sort", "DISTANCE");
		List<Map<String, Object>> hits = hits(result);
		assertThat(hits).isNotEmpty().allSatisfy((hit) -> {
			assertThat((Double) hit.get("distanceKm")).isBetween(0.0, 10.0);
			// The seed documents give addresses, not coordinates: distances are to the area's centre.
			assertThat(hit).containsEntry("distanceIsApproximate", true);
		});
		assertThat(hits.stream().map((hit) -> (Double) hit.get("distanceKm")).toList()).isSorted();
		assertThat(ids(result)).doesNotContain("versa-welzijn-mantelzorgconsulenten");
		// Far from Huizen, nothing of Huizen.
		assertThat(ids(result)).doesNotContain("gemeente-huizen-dag-van-de-mantelzorg");
	}

	@Test
	void withAnAreaChosenRecordsServingItWithoutAPositionStillShowNearby() {
		Map<String, Object> huizen = Map.of("lat", 52.30, "lon", 5.24, "radiusKm", 5.0);
		Map<String, Object> withArea = result(Map.of("near", huizen, "filter", Map.of("areas", List.of("hbel")),
				"first", 100));
		assertThat(ids(withArea)).contains("versa-welzijn-mantelzorgconsulenten");
		Map<String, Object> consultants = hits(withArea).stream()
			.filter((hit) -> hit.get("id").equals("versa-welzijn-mantelzorgconsulenten"))
			.findFirst()
			.orElseThrow();
		assertThat(consultants.get("distanceKm")).isNull();
		assertThat(ids(result(Map.of("near", huizen, "first", 100)))).doesNotContain("versa-welzijn-mantelzorgconsulenten");
	}

	@Test
	void pagesFollowOnWithTheCursor() {
		Map<String, Object> firstTen = result(Map.of("text", "mantelzorg", "first", 10));
		@SuppressWarnings("unchecked")
		Map<String, Object> pageInfo = (Map<String, Object>) result(Map.of("text", "mantelzorg", "first", 5))
			.get("pageInfo");
		assertThat(pageInfo).containsEntry("hasNextPage", true).containsEntry("hasPreviousPage", false);
		Map<String, Object> second = result(
				Map.of("text", "mantelzorg", "first", 5, "after", pageInfo.get("endCursor")));
		assertThat(ids(second)).isEqualTo(ids(firstTen).subList(5, 10));
		@SuppressWarnings("unchecked")
		Map<String, Object> secondInfo = (Map<String, Object>) second.get("pageInfo");
		assertThat(secondInfo).containsEntry("hasPreviousPage", true);
	}

	@Test
	@SuppressWarnings("unchecked")
	void pagesFarDownTheListAreTheSameListCutUp() {
		// Past the first few dozen hits, where the full ranking stops reordering, pages still follow on.
		List<String> all = ids(result(Map.of("text", "mantelzorg", "first", 50)));
		assertThat(all).hasSize(50);
		List<String> paged = new ArrayList<>();
		Object after = null;
		for (int page = 0; page < 5; page++) {
			Map<String, Object> variables = new java.util.HashMap<>(Map.of("text", "mantelzorg", "first", 10));
			if (after != null) {
				variables.put("after", after);
			}
			Map<String, Object> result = result(variables);
			paged.addAll(ids(result));
			after = ((Map<String, Object>) result.get("pageInfo")).get("endCursor");
		}
		assertThat(paged).isEqualTo(all);
	}

	@Test
	@SuppressWarnings("unchecked")
	void pagingWithoutTheCountStillKnowsWhenTheLastPageIsReached() {
		int total = (Integer) result(Map.of("text", "dementie")).get("totalCount");
		String page = """
				{ search(text: "dementie", first: 20, after: %s) {
				    edges { node { id } } pageInfo { hasNextPage endCursor } } }""";
		List<String> seen = new ArrayList<>();
		String after = "null";
		for (int pages = 0; pages < 50; pages++) {
			Map<String, Object> result = this.graphQl.document(page.formatted(after)).execute().errors().verify()
				.path("search").entity(Map.class).get();
			seen.addAll(ids(result));
			Map<String, Object> info = (Map<String, Object>) result.get("pageInfo");
			if (!(Boolean) info.get("hasNextPage")) {
				break;
			}
			after = "\"" + info.get("endCursor") + "\"";
		}
		assertThat(total).isGreaterThan(20);
		assertThat(seen).hasSize(total).doesNotHaveDuplicates();
	}

	@Test
	void endedOfferingsAreFoundOnlyWhenAskedFor() {
		assertThat(ids(result(Map.of("text", "jonge mantelzorg maatjes", "first", 50))))
			.doesNotContain("vmca-jonge-mantelzorg-maatjes");
		assertThat(ids(result(Map.of("text", "jonge mantelzorg maatjes", "includeEnded", true, "first", 50))))
			.contains("vmca-jonge-mantelzorg-maatjes");
	}

	@Test
	void kindsNarrowTheSearch() {
		assertThat(hits(result(Map.of("text", "mantelzorg", "filter", Map.of("kinds", List.of("TERM"))))))
			.isNotEmpty()
			.allSatisfy((hit) -> assertThat(hit).containsEntry("kind", "TERM"));
		assertThat(hits(result(Map.of("text", "vmca", "filter", Map.of("kinds", List.of("ORGANISATION"))))).get(0))
			.containsEntry("id", "vmca");
	}

	@Test
	void autocompleteCompletesThePartlyTypedLastWord() {
		List<Map<String, Object>> completions = this.graphQl.documentName("autocomplete")
			.variable("prefix", "gesprekstafel dem")
			.execute()
			.path("autocomplete")
			.entityList(Map.class)
			.get()
			.stream()
			.map((completion) -> (Map<String, Object>) completion)
			.toList();
		assertThat(completions).extracting((completion) -> completion.get("id")).contains("vmca-gesprekstafel-dementie");
		List<String> texts = this.graphQl.documentName("autocomplete")
			.variable("prefix", "demen")
			.variable("first", 5)
			.execute()
			.path("autocomplete[*].text")
			.entityList(String.class)
			.get();
		assertThat(texts).hasSizeBetween(1, 5)
			.allSatisfy((text) -> assertThat(text.toLowerCase()).containsPattern("(^|\\P{L})demen"));
		assertThat(this.graphQl.documentName("autocomplete").variable("prefix", "  ").execute().path("autocomplete")
			.entityList(Object.class).get()).isEmpty();
	}

	@ParameterizedTest(name = "\"{0}\" is searched as plain words")
	@ValueSource(strings = { "(((", "AND OR", "*", "\"unbalanced", "dementie AND NOT", "title:dementie",
			"respijt~2", "[a TO z]", "\\", "🙂 mantelzorg" })
	void textIsNeverReadAsQuerySyntax(String text) {
		search(Map.of("text", text)).errors().verify().path("search.totalCount").entity(Integer.class).satisfies(
				(count) -> assertThat(count).isNotNegative());
	}

	@Test
	@SuppressWarnings("unchecked")
	void aSearchAskingOnlyForHitsGetsTheSameHitsAndExactCountWithoutFacetsOrSnippets() {
		Map<String, Object> full = result(Map.of("text", "dementie", "first", 10));
		Map<String, Object> light = this.graphQl.document("""
				{ search(text: "dementie", first: 10) { totalCount edges { node { id score } } } }""")
			.execute()
			.errors()
			.verify()
			.path("search")
			.entity(Map.class)
			.get();
		assertThat(light.get("totalCount")).isEqualTo(full.get("totalCount"));
		assertThat(ids(light)).isEqualTo(ids(full)).hasSize(10);
	}

	@Test
	void theLongestAllowedTextFullOfWordsWithSynonymsStillGetsAnswers() {
		// 40 words, each expanding to its synonyms and compound parts over every weighted field.
		String text = ("respijtzorg dementie autisme logeren dagbesteding werk fulltime moeder lotgenotencontact "
				+ "mantelzorgsteunpunt ").repeat(4);
		search(Map.of("text", text.trim())).errors().verify().path("search.totalCount").entity(Integer.class)
			.satisfies((count) -> assertThat(count).isPositive());
	}

	@Test
	void badInputGetsABadRequestNamingTheArgument() {
		badRequest(Map.of("text", "mantelzorg ".repeat(1000)), "text");
		badRequest(Map.of("text", "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o"),
				"text");
		badRequest(Map.of("filter", Map.of("careThemes", List.of("bestaat-niet"))), "filter.careThemes");
		badRequest(Map.of("filter", Map.of("areas", List.of("Not An Id"))), "filter.areas");
		badRequest(Map.of("near", Map.of("lat", 52.37, "lon", 5.22, "radiusKm", 0.0)), "near.radiusKm");
		badRequest(Map.of("near", Map.of("lat", 52.37, "lon", 5.22, "radiusKm", 10_000.0)), "near.radiusKm");
		badRequest(Map.of("near", Map.of("lat", 91.0, "lon", 5.22, "radiusKm", 5.0)), "near.lat");
		badRequest(Map.of("near", Map.of("lat", 52.0, "lon", 181.0, "radiusKm", 5.0)), "near.lon");
		badRequest(Map.of("text", "dementie", "sort", "DISTANCE"), "sort");
		badRequest(Map.of("text", "dementie", "first", 101), "first");
		badRequest(Map.of("text", "dementie", "after", "bm90LWEtY3Vyc29y"), "after");
		this.graphQl.documentName("autocomplete").variable("prefix", "x".repeat(101)).execute().errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("argument", "prefix");
			}));
	}

	void badRequest(Map<String, Object> variables, String argument) {
		search(variables).errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(error.getExtensions()).containsEntry("argument", argument);
			assertThat(error.getMessage()).contains(argument.substring(argument.indexOf('.') + 1));
		}));
	}

}
