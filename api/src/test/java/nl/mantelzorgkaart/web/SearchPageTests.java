package nl.mantelzorgkaart.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.GraphQuestions;
import nl.mantelzorgkaart.search.InvalidSearchRequestException;
import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SearchRequestValidator;
import nl.mantelzorgkaart.search.SearchRequestValidator.ParameterNames;
import nl.mantelzorgkaart.search.SearchRequestValidator.SearchInput;
import nl.mantelzorgkaart.search.SearchResults;
import nl.mantelzorgkaart.search.SearchResults.FacetCount;
import nl.mantelzorgkaart.search.SearchResults.FacetCounts;
import nl.mantelzorgkaart.search.SearchResults.Hit;
import nl.mantelzorgkaart.search.SearchResults.Pin;
import nl.mantelzorgkaart.search.SearchResults.Snippet;
import nl.mantelzorgkaart.search.SearchResults.Snippet.Segment;
import nl.mantelzorgkaart.search.SocialMapSearch;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The search page without an index or a database: the URL becomes one checked search, the hits show
 * their snippets and places as the search gave them (no second read from the graph: there is no graph
 * in this slice), facets are links, and a refused value is a Dutch 400 page.
 */
@WebMvcTest(SearchPage.class)
@Import(WebSliceConfiguration.class)
class SearchPageTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SocialMapSearch search;

	@MockitoBean
	SearchRequestValidator validator;

	@MockitoBean
	GraphQuestions questions;

	@Test
	void shouldShowTheHitsWithTheirMarkedSnippetsPlacesAndFacets() {
		SearchRequest request = new SearchRequest("dementie", Map.of(Facet.AREA, List.of("almere")), null, false, null,
				10, 0, false);
		given(this.validator.check(any(), any())).willReturn(request);
		given(this.search.search(request)).willReturn(new SearchResults(List.of(new Hit(SearchKind.OFFERING,
				"vmca-gesprekstafel-dementie", "Gesprekstafel Dementie", 4f,
				List.of(new Snippet(List.of(new Segment("Praten over ", false), new Segment("dementie", true),
						new Segment(" <b>samen</b>", false)))),
				null, false, null, new Pin(52.37, 5.21, "Almere Stad", false))), 0, 1,
				List.of(new FacetCounts(Facet.CARE_THEME, List.of(new FacetCount("dementie", "Dementie", 1, false))),
						new FacetCounts(Facet.AREA, List.of(new FacetCount("almere", "Almere", 1, true)))),
				List.of(), null, List.of()));

		assertThat(this.mvc.get().uri("/zoeken?q=dementie&gebied=almere")).hasStatusOk()
			.bodyText()
			.contains("<html lang=\"nl\">", "href=\"/aanbod/vmca-gesprekstafel-dementie\"", "Gesprekstafel Dementie",
					"Praten over <mark>dementie</mark> &lt;b&gt;samen&lt;/b&gt;", "<span class=\"place\">Almere Stad</span>",
					"data-lat=\"52.37\"", "href=\"/zoeken?q=dementie&amp;gebied=almere&amp;thema=dementie\"")
			.doesNotContain("<b>samen</b>");
		ArgumentCaptor<SearchInput> input = ArgumentCaptor.forClass(SearchInput.class);
		ArgumentCaptor<ParameterNames> names = ArgumentCaptor.forClass(ParameterNames.class);
		then(this.validator).should().check(input.capture(), names.capture());
		assertThat(input.getValue().text()).isEqualTo("dementie");
		assertThat(input.getValue().filters()).containsEntry(Facet.AREA, List.of("almere"));
		assertThat(input.getValue().first()).isEqualTo(SearchPage.PAGE_SIZE);
		assertThat(names.getValue().filter().apply(Facet.AREA)).isEqualTo("gebied");
		assertThat(names.getValue().text()).isEqualTo("q");
	}

	@Test
	void shouldShowTheWordApartThePlaceAsAScopeAndWiderOffersMarked() {
		SearchRequest request = new SearchRequest("wat is logeerzorg almere", Map.of(), null, false, null, 10, 0, false);
		given(this.validator.check(any(), any())).willReturn(request);
		Hit national = new Hit(SearchKind.OFFERING, "mantelzorglijn", "Mantelzorglijn", 2f, List.of(), null, false, null,
				null, new SearchResults.WiderArea("nederland", "Nederland", "country"));
		Hit flevoland = new Hit(SearchKind.OFFERING, "provinciaal", "Provinciaal aanbod", 1f, List.of(), null, false, null,
				null, new SearchResults.WiderArea("flevoland", "Flevoland", "province"));
		Hit term = new Hit(SearchKind.TERM, "logeerzorg", "Logeerzorg", 3f,
				List.of(new Snippet(List.of(new Segment("De zorgvrager verblijft tijdelijk elders", false)))), null, false,
				null, null);
		given(this.search.search(request)).willReturn(new SearchResults(List.of(national, flevoland), 0, 2,
				List.of(new FacetCounts(Facet.AREA, List.of(new FacetCount("almere", "Almere", 2, true)))), List.of(), null,
				List.of(term), new SearchResults.PlaceInText(List.of(new SearchResults.AreaName("almere", "Almere")),
						List.of("almere"), "wat is logeerzorg", null)));

		assertThat(this.mvc.get().uri("/zoeken?q=wat+is+logeerzorg+almere")).hasStatusOk()
			.bodyText()
			.contains("Wat is Logeerzorg?", "De zorgvrager verblijft tijdelijk elders", "href=\"/begrippen#logeerzorg\"",
					"class=\"chosen place-in-text\"", "in Almere", "href=\"/zoeken?q=wat%20is%20logeerzorg\"",
					"class=\"wider\">Landelijk<", "class=\"wider\">Voor heel Flevoland<")
			// The place is the scope's chip, not a second filter chip.
			.doesNotContain("class=\"chosen\" role=\"group\"", "data-kind=\"term\"");
	}

	@Test
	void shouldSearchNearAPlaceWithTheDefaultRadiusAndFromThePageAsked() {
		given(this.validator.check(any(), any())).willReturn(new SearchRequest("", Map.of(), null, false, null, 10, 20,
				false));
		given(this.search.search(any())).willReturn(new SearchResults(List.of(), 20, 45, List.of(), List.of(), null, List.of()));

		assertThat(this.mvc.get().uri("/zoeken?lat=52.37&lon=5.21&pagina=3")).hasStatusOk();
		ArgumentCaptor<SearchInput> input = ArgumentCaptor.forClass(SearchInput.class);
		then(this.validator).should().check(input.capture(), any());
		assertThat(input.getValue().lat()).isEqualTo(52.37);
		assertThat(input.getValue().radiusKm()).isEqualTo(SearchPage.DEFAULT_RADIUS_KM);
		assertThat(input.getValue().offset()).isEqualTo(20);
	}

	@Test
	void shouldAnswerARefusedValueWithADutch400PageNamingNoInternals() {
		given(this.validator.check(any(), any()))
			.willThrow(new InvalidSearchRequestException("thema", "There is no care theme 'bestaat-niet' (thema)"));

		assertThat(this.mvc.get().uri("/zoeken?thema=bestaat-niet")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("<html lang=\"nl\">", "Deze vraag kunnen we niet beantwoorden")
			.doesNotContain("Exception");
		then(this.search).should(never()).search(any());
	}

	@Test
	void shouldAnswerANumberThatIsNoNumberWithA400Page() {
		assertThat(this.mvc.get().uri("/zoeken?lat=noord&lon=5")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/zoeken?pagina=nul")).hasStatus(HttpStatus.BAD_REQUEST);
		then(this.search).should(never()).search(any());
	}

}
