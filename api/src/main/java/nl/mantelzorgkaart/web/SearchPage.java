package nl.mantelzorgkaart.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.area.Location;
import nl.mantelzorgkaart.graph.Ids;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.NotFoundException;
import nl.mantelzorgkaart.offering.OfferingReads;
import nl.mantelzorgkaart.organisation.OrganisationReads;
import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SearchRequest.Near;
import nl.mantelzorgkaart.search.SearchResults;
import nl.mantelzorgkaart.search.SearchResults.FacetCount;
import nl.mantelzorgkaart.search.SearchResults.FacetCounts;
import nl.mantelzorgkaart.search.SearchResults.Hit;
import nl.mantelzorgkaart.search.SocialMapSearch;
import nl.mantelzorgkaart.search.SocialMapSearch.Completion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page: a caregiver's words, facets as links, highlighted snippets, distance and paging, all in
 * the URL so a result can be shared. Also the suggestions the search box's script asks for.
 */
@Controller
class SearchPage {

	static final int PAGE_SIZE = 10;

	static final double DEFAULT_RADIUS_KM = 10;


	/** The URL parameter of each facet, in Dutch like the pages' paths. */
	static final Map<Facet, String> PARAMETERS = new EnumMap<>(Map.of(Facet.KIND, "soort", Facet.CARE_THEME, "thema",
			Facet.TARGET_GROUP, "doelgroep", Facet.SUPPORT_FUNCTION, "functie", Facet.RESPITE_TYPE, "respijt",
			Facet.FUNDING_ROUTE, "betaling", Facet.AREA, "gebied", Facet.ORGANISATION, "organisatie", Facet.NETWORK,
			"netwerk"));

	private final SocialMapSearch search;

	private final GraphReads graph;

	private final OfferingReads offerings;

	private final OrganisationReads organisations;

	SearchPage(SocialMapSearch search, GraphReads graph, OfferingReads offerings, OrganisationReads organisations) {
		this.search = search;
		this.graph = graph;
		this.offerings = offerings;
		this.organisations = organisations;
	}

	@GetMapping("/zoeken")
	String search(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		String text = text(parameters.getFirst("q"));
		Map<Facet, List<String>> filters = filters(parameters);
		Near near = near(parameters);
		int page = page(parameters.getFirst("pagina"));
		int offset = (page - 1) * PAGE_SIZE;
		SearchResults results = this.search.search(new SearchRequest(text, filters, near, false, null, PAGE_SIZE,
				offset, false));
		if (page > 1 && offset >= results.totalCount()) {
			throw new BadPageRequest("pagina", "page " + page + " is beyond the last page");
		}
		int pages = Math.max(1, (Math.min(results.totalCount(), SearchRequest.MAX_DEPTH) + PAGE_SIZE - 1) / PAGE_SIZE);
		Links links = new Links(parameters);
		model.addAttribute("q", text);
		model.addAttribute("results", results);
		model.addAttribute("hits", hits(results.hits()));
		model.addAttribute("facets", facets(results.facets(), links));
		model.addAttribute("selected", selected(results.facets(), links));
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("first", results.totalCount() == 0 ? 0 : offset + 1);
		model.addAttribute("last", offset + results.hits().size());
		model.addAttribute("previousUrl", (page > 1) ? links.page(page - 1) : null);
		model.addAttribute("nextUrl", (page < pages) ? links.page(page + 1) : null);
		model.addAttribute("didYouMean", results.didYouMean().isEmpty() ? null
				: new Suggestion(results.didYouMean().get(0), links.withText(results.didYouMean().get(0))));
		model.addAttribute("hidden", links.hiddenFilters());
		model.addAttribute("near", near);
		return "search";
	}

	/** Names completing what is being typed, for the search box's suggestions. */
	@GetMapping(path = "/zoeken/suggesties", produces = "application/json")
	@ResponseBody
	List<Map<String, String>> suggestions(@RequestParam(name = "q", defaultValue = "") String prefix) {
		String text = text(prefix);
		if (text.length() > 100) {
			throw new BadPageRequest("q", "a prefix of at most 100 characters");
		}
		List<Map<String, String>> result = new ArrayList<>();
		for (Completion completion : this.search.complete(text, 8)) {
			result.add(Map.of("text", completion.text(), "kind", completion.kind().key(), "url",
					url(completion.kind(), completion.id())));
		}
		return result;
	}

	/** Where a record found has its page. */
	static String url(SearchKind kind, String id) {
		return switch (kind) {
			case OFFERING -> "/aanbod/" + id;
			case ORGANISATION -> "/organisaties/" + id;
			case NETWORK -> "/netwerken/" + id;
			case TERM -> "/begrippen#" + id;
		};
	}

	// --- Checking what the URL says ---

	private static String text(String raw) {
		if (raw == null) {
			return "";
		}
		if (raw.length() > SearchRequest.MAX_TEXT_LENGTH) {
			throw new BadPageRequest("q", "the search text may be at most " + SearchRequest.MAX_TEXT_LENGTH
					+ " characters");
		}
		return SearchRequest.checkText(raw);
	}

	private Map<Facet, List<String>> filters(MultiValueMap<String, String> parameters) {
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		PARAMETERS.forEach((facet, parameter) -> {
			List<String> values = parameters.getOrDefault(parameter, List.of())
				.stream()
				.filter((value) -> !value.isBlank())
				.distinct()
				.toList();
			if (values.isEmpty()) {
				return;
			}
			if (values.size() > 20) {
				throw new BadPageRequest(parameter, "at most 20 values per filter");
			}
			for (String value : values) {
				Ids.require(parameter, value);
				if (facet == Facet.KIND) {
					if (java.util.Arrays.stream(SearchKind.values()).noneMatch((kind) -> kind.key().equals(value))) {
						throw new BadPageRequest(parameter, "no kind '" + value + "'");
					}
				}
				else {
					try {
						Lookups.requireExists(this.graph, facet.graphLabel(), facet.displayName(), parameter, value);
					}
					catch (NotFoundException ex) {
						throw new BadPageRequest(parameter, "no " + facet.displayName() + " '" + value + "'");
					}
				}
			}
			filters.put(facet, values);
		});
		return filters;
	}

	private static Near near(MultiValueMap<String, String> parameters) {
		String lat = parameters.getFirst("lat");
		String lon = parameters.getFirst("lon");
		if (isBlank(lat) && isBlank(lon)) {
			return null;
		}
		double latitude = number("lat", lat, -90, 90);
		double longitude = number("lon", lon, -180, 180);
		String radius = parameters.getFirst("straal");
		double radiusKm = isBlank(radius) ? DEFAULT_RADIUS_KM : number("straal", radius, 0.1, SearchRequest.MAX_RADIUS_KM);
		return new Near(latitude, longitude, radiusKm);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static double number(String parameter, String raw, double min, double max) {
		try {
			double value = Double.parseDouble(raw == null ? "" : raw.trim());
			if (Double.isNaN(value) || value < min || value > max) {
				throw new BadPageRequest(parameter, "between " + min + " and " + max);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new BadPageRequest(parameter, "not a number");
		}
	}

	private static int page(String raw) {
		if (isBlank(raw)) {
			return 1;
		}
		try {
			int page = Integer.parseInt(raw.trim());
			if (page < 1 || (page - 1) * PAGE_SIZE >= SearchRequest.MAX_DEPTH) {
				throw new BadPageRequest("pagina", "page " + page + " is out of range");
			}
			return page;
		}
		catch (NumberFormatException ex) {
			throw new BadPageRequest("pagina", "not a page number");
		}
	}

	// --- What the page shows ---

	/** One hit as the page shows it, with where it is (for the map) when the graph knows. */
	record HitView(Hit hit, String url, List<Snippet> snippets, Point point) {

	}

	/**
	 * Where a record is on the map: its address when that has coordinates, else the centre of the most
	 * local area it serves (approximate). Provinces and the country are too wide to put a pin on.
	 */
	record Point(double lat, double lon, String place, boolean approximate) {

		static Point of(List<Location> locations, List<Area> areas) {
			for (Location location : locations) {
				if (location.lat() != null && location.lon() != null) {
					return new Point(location.lat(), location.lon(), location.city(), false);
				}
			}
			return areas.stream()
				.filter((area) -> area.lat() != null && area.lon() != null)
				.filter((area) -> area.kind().compareTo(Area.Kind.REGION) >= 0)
				.max(java.util.Comparator.comparing(Area::kind))
				.map((area) -> new Point(area.lat(), area.lon(), area.name(), true))
				.orElse(null);
		}

	}

	private List<HitView> hits(List<Hit> hits) {
		List<String> offeringIds = hits.stream().filter((h) -> h.kind() == SearchKind.OFFERING).map(Hit::id).toList();
		List<String> organisationIds = hits.stream()
			.filter((h) -> h.kind() == SearchKind.ORGANISATION)
			.map(Hit::id)
			.toList();
		Map<String, List<Location>> offeringPlaces = offeringIds.isEmpty() ? Map.of()
				: this.offerings.locationsById(offeringIds);
		Map<String, List<Area>> offeringAreas = offeringIds.isEmpty() ? Map.of() : this.offerings.areasById(offeringIds);
		Map<String, List<Location>> organisationPlaces = organisationIds.isEmpty() ? Map.of()
				: this.organisations.locationsById(organisationIds);
		Map<String, List<Area>> organisationAreas = organisationIds.isEmpty() ? Map.of()
				: this.organisations.areasById(organisationIds);
		List<HitView> views = new ArrayList<>();
		for (Hit hit : hits) {
			Point point = switch (hit.kind()) {
				case OFFERING -> Point.of(offeringPlaces.getOrDefault(hit.id(), List.of()),
						offeringAreas.getOrDefault(hit.id(), List.of()));
				case ORGANISATION -> Point.of(organisationPlaces.getOrDefault(hit.id(), List.of()),
						organisationAreas.getOrDefault(hit.id(), List.of()));
				default -> null;
			};
			views.add(new HitView(hit, url(hit.kind(), hit.id()), hit.snippets().stream().map(Snippet::parse).toList(),
					point));
		}
		return views;
	}

	/** A facet dimension with a link per value that adds or removes it. */
	record FacetView(Facet facet, String parameter, List<ValueView> values) {

	}

	/** A facet value: its count, whether chosen, and the link that toggles it. */
	record ValueView(FacetCount count, String url) {

	}

	/** A filter that is on, with the link that takes it off. */
	record Chosen(Facet facet, String label, String removeUrl) {

	}

	/** "Bedoelde u": the corrected text and the search for it. */
	record Suggestion(String text, String url) {

	}

	private static List<FacetView> facets(List<FacetCounts> counts, Links links) {
		List<FacetView> views = new ArrayList<>();
		for (FacetCounts dimension : counts) {
			if (dimension.dimension() == Facet.ORGANISATION || dimension.dimension() == Facet.NETWORK) {
				continue; // long lists of names: searching by name finds them better
			}
			String parameter = PARAMETERS.get(dimension.dimension());
			List<ValueView> values = dimension.values()
				.stream()
				.filter((value) -> value.count() > 0 || value.selected())
				.map((value) -> new ValueView(value, links.toggle(parameter, value.value())))
				.toList();
			if (!values.isEmpty()) {
				views.add(new FacetView(dimension.dimension(), parameter, values));
			}
		}
		return views;
	}

	private static List<Chosen> selected(List<FacetCounts> counts, Links links) {
		List<Chosen> chosen = new ArrayList<>();
		for (FacetCounts dimension : counts) {
			for (FacetCount value : dimension.values()) {
				if (value.selected()) {
					chosen.add(new Chosen(dimension.dimension(), value.label(),
							links.toggle(PARAMETERS.get(dimension.dimension()), value.value())));
				}
			}
		}
		return chosen;
	}

	/** Links to this search with one thing changed; always back to the first page. */
	static final class Links {

		private final MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();

		Links(MultiValueMap<String, String> current) {
			current.forEach((name, values) -> {
				if (!name.equals("pagina") && !name.equals(WebConfiguration.LANGUAGE_PARAMETER)) {
					values.stream().filter((v) -> !v.isBlank()).forEach((v) -> this.parameters.add(name, v));
				}
			});
		}

		String toggle(String parameter, String value) {
			MultiValueMap<String, String> changed = copy();
			List<String> values = new ArrayList<>(changed.getOrDefault(parameter, List.of()));
			if (!values.remove(value)) {
				values.add(value);
			}
			changed.put(parameter, values);
			return url(changed);
		}

		String page(int page) {
			MultiValueMap<String, String> changed = copy();
			changed.set("pagina", Integer.toString(page));
			return url(changed);
		}

		String withText(String text) {
			MultiValueMap<String, String> changed = copy();
			changed.set("q", text);
			return url(changed);
		}

		/** The filters as hidden fields, so a new text in the box keeps them. */
		Map<String, List<String>> hiddenFilters() {
			Map<String, List<String>> hidden = new LinkedHashMap<>(this.parameters);
			hidden.remove("q");
			return hidden;
		}

		private MultiValueMap<String, String> copy() {
			MultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
			this.parameters.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
			return copy;
		}

		private static String url(MultiValueMap<String, String> parameters) {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/zoeken");
			parameters.forEach((name, values) -> values.forEach((value) -> url.queryParam(name, value)));
			return url.build().encode().toUriString();
		}

	}

}
