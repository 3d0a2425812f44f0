package nl.mantelzorgkaart.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.search.SearchRequest.Part;
import nl.mantelzorgkaart.search.SearchRequest.SearchSort;
import nl.mantelzorgkaart.search.SearchRequestValidator.ParameterNames;
import nl.mantelzorgkaart.search.SearchRequestValidator.SearchInput;
import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.index.IndexEntry;
import nl.mantelzorgkaart.search.index.IndexEntry.FacetValue;
import nl.mantelzorgkaart.search.index.SearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both front doors check a search with one validator, which names the parameter as each front door
 * calls it: a bad value is reported the same way on the page as in the API.
 */
class SearchRequestValidatorTests {

	private static final ParameterNames API = new ParameterNames("text", (facet) -> "filter." + facet.argument(),
			"near.lat", "near.lon", "near.radiusKm", "sort", "first", "after");

	private static final ParameterNames PAGE = new ParameterNames("q", (facet) -> (facet == Facet.CARE_THEME) ? "thema"
			: facet.dimension(), "lat", "lon", "straal", "sortering", "aantal", "pagina");

	@TempDir
	Path directory;

	private SearchIndex index;

	private final GraphReads graph = mock(GraphReads.class);

	private SearchRequestValidator validator;

	@BeforeEach
	void indexOneOffering() {
		this.index = new SearchIndex(this.directory, CareAnalyzers.load());
		Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
		facets.put(Facet.CARE_THEME, List.of(new FacetValue("dementie", "Dementie")));
		facets.put(Facet.AREA, List.of(new FacetValue("almere", "Almere")));
		this.index.rebuild((entries) -> {
			entries.accept(new IndexEntry(SearchKind.OFFERING, "gesprekstafel", "Gesprekstafel", List.of(),
					"Voor mantelzorgers van iemand met dementie.", List.of(), List.of(), List.of(), List.of(), List.of(),
					List.of(), facets, List.of(), false, null, "active"));
			return "test";
		});
		this.validator = new SearchRequestValidator(this.index, this.graph, this.index.analyzers());
	}

	@AfterEach
	void close() {
		this.index.close();
	}

	@Test
	void shouldCleanTheTextAndKeepKnownFilterValuesWithoutAskingTheGraph() {
		SearchRequest request = this.validator.check(input("  dementie\u0007 Almere ", Facet.CARE_THEME,
				List.of("dementie", "dementie"), null, null, null), API);

		assertThat(request.text()).isEqualTo("dementie  Almere");
		assertThat(request.filters()).containsEntry(Facet.CARE_THEME, List.of("dementie"));
		verify(this.graph, never()).list(anyString(), anyMap(), any());
	}

	@Test
	void shouldAcceptAValueNoRecordHasWhenTheGraphHasIt() {
		when(this.graph.list(anyString(), anyMap(), any())).thenReturn(List.of("huizen"));

		SearchRequest request = this.validator.check(input("", Facet.AREA, List.of("almere", "huizen"), null, null, null),
				PAGE);

		assertThat(request.filters()).containsEntry(Facet.AREA, List.of("almere", "huizen"));
	}

	@Test
	void shouldNameTheParameterAsEachFrontDoorCallsIt() {
		when(this.graph.list(anyString(), anyMap(), any())).thenReturn(List.of());
		SearchInput unknownTheme = input("", Facet.CARE_THEME, List.of("bestaat-niet"), null, null, null);

		assertThatExceptionOfType(InvalidSearchRequestException.class)
			.isThrownBy(() -> this.validator.check(unknownTheme, API))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("filter.careThemes"))
			.satisfies((ex) -> assertThat(ex.clientMessage().code()).isEqualTo("api.search.unknownValue"))
			.satisfies((ex) -> assertThat(ex.clientMessage().arguments()).contains("bestaat-niet", "filter.careThemes"));
		assertThatExceptionOfType(InvalidSearchRequestException.class)
			.isThrownBy(() -> this.validator.check(unknownTheme, PAGE))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("thema"));
	}

	@Test
	void shouldRefuseWhatNoSearchCanRun() {
		assertParameter(input("a".repeat(501), null, null, null, null, null), "text");
		assertParameter(input("woord ".repeat(41), null, null, null, null, null), "text");
		assertParameter(input("", Facet.CARE_THEME, List.of("Geen Id"), null, null, null), "filter.careThemes");
		assertParameter(input("", Facet.KIND, List.of("alles"), null, null, null), "filter.kinds");
		assertParameter(input("", null, null, 95.0, 5.0, 10.0), "near.lat");
		assertParameter(input("", null, null, 52.0, 181.0, 10.0), "near.lon");
		assertParameter(input("", null, null, 52.0, 5.0, 0.0), "near.radiusKm");
		assertParameter(input("", null, null, 52.0, 5.0, 301.0), "near.radiusKm");
		assertParameter(new SearchInput("", Map.of(), null, null, null, SearchSort.DISTANCE, 10, 100, 0, false, false,
				EnumSet.noneOf(Part.class)), "sort");
		assertParameter(new SearchInput("", Map.of(), null, null, null, null, 101, 100, 0, false, false,
				EnumSet.noneOf(Part.class)), "first");
		assertParameter(new SearchInput("", Map.of(), null, null, null, null, 20, 100, 990, false, false,
				EnumSet.noneOf(Part.class)), "after");
	}

	@Test
	void shouldCheckAnAutocompletePrefix() {
		assertThat(this.validator.checkPrefix(" dem\u200b", "prefix")).isEqualTo("dem");
		assertThatExceptionOfType(InvalidSearchRequestException.class)
			.isThrownBy(() -> this.validator.checkPrefix("d".repeat(101), "q"))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("q"));
	}

	private void assertParameter(SearchInput input, String parameter) {
		assertThatExceptionOfType(InvalidSearchRequestException.class).as(parameter)
			.isThrownBy(() -> this.validator.check(input, API))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo(parameter))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains(parameter.substring(parameter.indexOf('.') + 1)));
	}

	private static SearchInput input(String text, Facet facet, List<String> values, Double lat, Double lon,
			Double radius) {
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		if (facet != null) {
			filters.put(facet, values);
		}
		return new SearchInput(text, filters, lat, lon, radius, null, 10, 100, 0, false, false, EnumSet.allOf(Part.class));
	}

}
