package nl.mantelzorgkaart.search;

import static nl.mantelzorgkaart.SeedRecords.EIGEN_TIJD;
import static nl.mantelzorgkaart.SeedRecords.VMCA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.GraphQlSliceConfiguration;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.offering.OfferingReads;
import nl.mantelzorgkaart.offering.OfferingReads.WithOrganisers;
import nl.mantelzorgkaart.search.SearchRequest.Part;
import nl.mantelzorgkaart.search.SearchRequestValidator.ParameterNames;
import nl.mantelzorgkaart.search.SearchRequestValidator.SearchInput;
import nl.mantelzorgkaart.search.SearchResults.FacetCount;
import nl.mantelzorgkaart.search.SearchResults.FacetCounts;
import nl.mantelzorgkaart.search.SearchResults.Hit;
import nl.mantelzorgkaart.search.SearchResults.Snippet;
import nl.mantelzorgkaart.search.SearchResults.Snippet.Segment;
import nl.mantelzorgkaart.search.execution.HitValues;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The API's front door to the search without an index or a database: what it hands the validator and
 * the search, how it shows the hits (snippets as escaped HTML), that a page's records are read once
 * with their organisers, and how a refused search reaches the client.
 */
// The Offering type's controller too, for Offering.organisers (package-private, so named by pattern).
@GraphQlTest(controllers = SearchController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "nl\\.mantelzorgkaart\\.offering\\.OfferingController"))
@Import({ GraphQlSliceConfiguration.class, HitGraphRecords.class })
class SearchControllerTests {

	private static final Snippet SNIPPET = new Snippet(List.of(new Segment("Voor mantelzorgers van iemand met ", false),
			new Segment("dementie", true), new Segment(" & NAH <b>", false)));

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	SocialMapSearch search;

	@MockitoBean
	SearchRequestValidator validator;

	@MockitoBean
	GraphQuestions questions;

	@MockitoBean
	OfferingReads offerings;

	@MockitoBean
	GraphReads graph;

	@Test
	void shouldHandTheValidatorWhatTheClientAskedAndShowTheHits() {
		SearchRequest request = new SearchRequest("dementie", Map.of(), null, false, null, 1, 1, false, EnumSet.noneOf(Part.class));
		given(this.validator.check(any(), any())).willReturn(request);
		runs(request, new SearchResults(List.of(hit()), 1, 7,
				List.of(new FacetCounts(Facet.CARE_THEME, List.of(new FacetCount("dementie", "Dementie", 7, false)))),
				List.of(), null, List.of()));

		var response = this.graphQl.document("""
				{ search(text: "dementie", filter: {careThemes: ["dementie"], areas: ["almere"]},
				         near: {lat: 52.37, lon: 5.21, radiusKm: 10}, first: 1, after: "c2VhcmNoOjE") {
				    totalCount facets { dimension values { value count } }
				    pageInfo { hasNextPage hasPreviousPage }
				    edges { cursor node { kind id name snippets distanceKm distanceIsApproximate } } } }""").execute();

		response.path("search.totalCount").entity(Integer.class).isEqualTo(7);
		response.path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("search.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		response.path("search.facets[0].values[0].count").entity(Integer.class).isEqualTo(7);
		response.path("search.edges[0].node.name").entity(String.class).isEqualTo("Eigen Tijd");
		response.path("search.edges[0].node.snippets[0]").entity(String.class)
			.isEqualTo("Voor mantelzorgers van iemand met <mark>dementie</mark> &amp; NAH &lt;b&gt;");
		response.path("search.edges[0].node.distanceIsApproximate").entity(Boolean.class).isEqualTo(true);
		ArgumentCaptor<SearchInput> input = ArgumentCaptor.forClass(SearchInput.class);
		ArgumentCaptor<ParameterNames> names = ArgumentCaptor.forClass(ParameterNames.class);
		then(this.validator).should().check(input.capture(), names.capture());
		assertThat(input.getValue().text()).isEqualTo("dementie");
		assertThat(input.getValue().filters()).containsEntry(Facet.CARE_THEME, List.of("dementie"))
			.containsEntry(Facet.AREA, List.of("almere"));
		assertThat(input.getValue().lat()).isEqualTo(52.37);
		assertThat(input.getValue().radiusKm()).isEqualTo(10.0);
		assertThat(input.getValue().first()).isEqualTo(1);
		assertThat(input.getValue().offset()).as("the cursor of the first hit").isEqualTo(1);
		// Only what the client selected is worked out.
		assertThat(input.getValue().parts()).containsExactlyInAnyOrder(Part.TOTAL, Part.FACETS, Part.SNIPPETS);
		assertThat(names.getValue().filter().apply(Facet.CARE_THEME)).isEqualTo("filter.careThemes");
		verifyNoInteractions(this.offerings);
	}

	@Test
	void shouldReadAPagesOfferingsWithTheirOrganisersOnceAndAskNoMoreForTheOrganisers() {
		SearchRequest request = new SearchRequest("eigen tijd", Map.of(), null, false, null, 20, 0, false,
				EnumSet.noneOf(Part.class));
		given(this.validator.check(any(), any())).willReturn(request);
		runs(request, new SearchResults(List.of(hit()), 0, 1, List.of(), List.of(), null, List.of()));
		given(this.offerings.withOrganisers(List.of("vmca-eigen-tijd")))
			.willReturn(Map.of("vmca-eigen-tijd", new WithOrganisers(EIGEN_TIJD, List.of(VMCA))));

		this.graphQl.document("""
				{ search(text: "eigen tijd") { edges { node { record { ... on Offering { name organisers { id } } } } } } }""")
			.execute()
			.path("search.edges[0].node.record.organisers[*].id")
			.entityList(String.class)
			.containsExactly("vmca");

		then(this.offerings).should(times(1)).withOrganisers(List.of("vmca-eigen-tijd"));
		then(this.offerings).should(never()).organisers(anyList());
	}

	@Test
	void shouldReportARefusedSearchAsABadRequestNamingTheArgument() {
		given(this.validator.check(any(), any()))
			.willThrow(new InvalidSearchRequestException("filter.careThemes", "There is no care theme 'x'"));

		this.graphQl.document("{ search(filter: {careThemes: [\"x\"]}) { totalCount } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "filter.careThemes");
			}));
		then(this.search).should(never()).start(any());
	}

	@Test
	void shouldRefuseAForeignCursorBeforeSearching() {
		this.graphQl.document("{ search(text: \"dementie\", after: \"bm90LWEtY3Vyc29y\") { totalCount } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "after");
			}));
		verifyNoInteractions(this.validator, this.search);
	}

	@Test
	void shouldCompleteACheckedPrefix() {
		given(this.validator.checkPrefix("gespreks", "prefix")).willReturn("gespreks");
		given(this.search.complete("gespreks", 3)).willReturn(List.of(
				new nl.mantelzorgkaart.search.execution.Autocomplete.Completion("Gesprekstafel Dementie", SearchKind.OFFERING,
						"vmca-gesprekstafel-dementie")));

		this.graphQl.document("{ autocomplete(prefix: \"gespreks\", first: 3) { text kind id } }").execute()
			.path("autocomplete[0].id")
			.entity(String.class)
			.isEqualTo("vmca-gesprekstafel-dementie");
	}

	private static Hit hit() {
		return new Hit(SearchKind.OFFERING, "vmca-eigen-tijd", "Eigen Tijd", 3.5f, List.of(SNIPPET), 1.2, true, null,
				null);
	}

	private void runs(SearchRequest request, SearchResults results) {
		SearchRun run = mock(SearchRun.class);
		given(this.search.start(eq(request))).willReturn(run);
		given(run.page()).willReturn(List.of(new HitValues(SearchKind.OFFERING, "vmca-eigen-tijd", "Eigen Tijd",
				new double[0], new double[0], true, null, null)));
		given(run.finish()).willReturn(results);
	}

}
