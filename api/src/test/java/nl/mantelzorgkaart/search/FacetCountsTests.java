package nl.mantelzorgkaart.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.search.execution.FacetCounting;
import nl.mantelzorgkaart.search.SearchRequest.Near;
import nl.mantelzorgkaart.search.SearchRequest.Part;
import nl.mantelzorgkaart.search.SearchResults.FacetCount;
import nl.mantelzorgkaart.search.SearchResults.FacetCounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A facet count promises what choosing that value gives: for a dimension not filtered, the hits with
 * the value added as a filter; for a filtered dimension, the hits with that value chosen instead (an
 * area's count leaves out the glossary terms, which an area filter lets through when terms are asked
 * for; without a kind filter, terms are no hits at all but shown apart). The
 * counts come from one pass over the records before the facet filters; the promised totals from the
 * filter queries themselves. Both must agree on every value, with text or without, with several
 * filters, near a place, and with the glossary terms an area filter lets through.
 */
@IntegrationTest
class FacetCountsTests {

	private static final Near ALMERE = new Near(52.37, 5.22, 10);

	@Autowired
	SocialMapSearch search;

	static List<Arguments> searches() {
		return List.of(Arguments.of("mantelzorgers", filters(Facet.KIND, List.of("offering"), Facet.AREA, List.of("almere")), null),
				Arguments.of("respijtzorg dementie", filters(Facet.CARE_THEME, List.of("dementie")), null),
				Arguments.of("wat is logeerzorg", filters(Facet.KIND, List.of("offering", "term"), Facet.AREA,
						List.of("almere"), Facet.SUPPORT_FUNCTION, List.of("respijtzorg", "informatie-en-advies")), null),
				Arguments.of("", filters(Facet.KIND, List.of("offering", "organisation"), Facet.TARGET_GROUP,
						List.of("mantelzorgers")), null),
				Arguments.of("ondersteuning", filters(Facet.AREA, List.of("almere")), ALMERE),
				Arguments.of("", filters(), null));
	}

	@ParameterizedTest
	@MethodSource("searches")
	void eachCountIsWhatChoosingTheValueGives(String text, Map<Facet, List<String>> filters, Near near) {
		SearchResults results = this.search.search(new SearchRequest(text, filters, near, false, null, 10, 0, false));
		assertThat(results.totalCount()).isPositive();
		assertThat(results.totalCount()).isEqualTo(total(text, filters, near));
		int checked = 0;
		for (FacetCounts dimension : results.facets()) {
			// Most first; at most the values a dimension lists.
			assertThat(dimension.values().stream().filter((value) -> value.count() > 0).map(FacetCount::count).toList())
				.isSortedAccordingTo(Comparator.reverseOrder())
				.hasSizeLessThanOrEqualTo(FacetCounting.FACET_VALUES);
			for (FacetCount value : dimension.values().subList(0, Math.min(6, dimension.values().size()))) {
				Map<Facet, List<String>> chosen = new EnumMap<>(Facet.class);
				chosen.putAll(filters);
				chosen.put(dimension.dimension(), List.of(value.value()));
				int expected = total(text, chosen, near);
				List<String> kinds = filters.getOrDefault(Facet.KIND, List.of());
				if (dimension.dimension() == Facet.AREA && !text.isEmpty() && kinds.contains(SearchKind.TERM.key())) {
					// Glossary terms hold everywhere, so an area filter lets them through; but they are in no
					// area, and an area counts the records there.
					chosen.put(Facet.KIND, List.of(SearchKind.TERM.key()));
					expected -= total(text, chosen, near);
				}
				assertThat(value.count()).as("%s %s", dimension.dimension(), value.value()).isEqualTo(expected);
				checked++;
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(5);
	}

	/**
	 * How many hits the filters give. When an area has none, the search gives the nearest outside it
	 * instead (and says so): then the area itself gave none.
	 */
	private int total(String text, Map<Facet, List<String>> filters, Near near) {
		SearchResults results = this.search
			.search(new SearchRequest(text, filters, near, false, null, 1, 0, false, EnumSet.of(Part.TOTAL)));
		return (results.nearestOutside() != null) ? 0 : results.totalCount();
	}

	private static Map<Facet, List<String>> filters(Object... dimensionsAndValues) {
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		for (int i = 0; i < dimensionsAndValues.length; i += 2) {
			@SuppressWarnings("unchecked")
			List<String> values = (List<String>) dimensionsAndValues[i + 1];
			filters.put((Facet) dimensionsAndValues[i], values);
		}
		return filters;
	}

}
