package nl.mantelzorgkaart.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.GraphQuestions;
import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SearchRequest.Part;
import nl.mantelzorgkaart.search.SearchRequestValidator;
import nl.mantelzorgkaart.search.SearchRequestValidator.ParameterNames;
import nl.mantelzorgkaart.search.SearchRequestValidator.SearchInput;
import nl.mantelzorgkaart.search.SearchResults;
import nl.mantelzorgkaart.search.SearchResults.AreaName;
import nl.mantelzorgkaart.search.SearchResults.FacetCount;
import nl.mantelzorgkaart.search.SearchResults.FacetCounts;
import nl.mantelzorgkaart.search.SearchResults.Hit;
import nl.mantelzorgkaart.search.SearchResults.Pin;
import nl.mantelzorgkaart.search.SearchResults.PlaceInText;
import nl.mantelzorgkaart.search.SearchResults.Snippet;
import nl.mantelzorgkaart.search.SocialMapSearch;
import nl.mantelzorgkaart.search.execution.Autocomplete.Completion;
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

	/** How the page names the parts of a search in its errors. */
	private static final ParameterNames NAMES = new ParameterNames("q", PARAMETERS::get, "lat", "lon", "straal",
			"sortering", "aantal", "pagina");

	private final SocialMapSearch search;

	private final SearchRequestValidator validator;

	private final GraphQuestions questions;

	SearchPage(SocialMapSearch search, SearchRequestValidator validator, GraphQuestions questions) {
		this.search = search;
		this.validator = validator;
		this.questions = questions;
	}

	@GetMapping("/zoeken")
	String search(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		int page = page(parameters.getFirst("pagina"));
		int offset = (page - 1) * PAGE_SIZE;
		Double lat = number("lat", parameters.getFirst("lat"));
		Double lon = number("lon", parameters.getFirst("lon"));
		Double radius = null;
		if (lat != null || lon != null) {
			radius = number("straal", parameters.getFirst("straal"));
			radius = (radius != null) ? radius : Double.valueOf(DEFAULT_RADIUS_KM);
		}
		SearchRequest request = this.validator.check(new SearchInput(parameters.getFirst("q"), filters(parameters), lat,
				lon, radius, null, PAGE_SIZE,
				PAGE_SIZE, offset, false, false, EnumSet.allOf(Part.class)), NAMES);
		SearchResults results = this.search.search(request);
		if (page > 1 && offset >= results.totalCount()) {
			throw new BadPageRequest("pagina", "page " + page + " is beyond the last page");
		}
		int pages = Math.max(1, (Math.min(results.totalCount(), SearchRequest.MAX_DEPTH) + PAGE_SIZE - 1) / PAGE_SIZE);
		Links links = new Links(parameters);
		model.addAttribute("q", request.text());
		model.addAttribute("results", results);
		model.addAttribute("hits", results.hits().stream().map(HitView::of).toList());
		model.addAttribute("explanations", results.explanations().stream().map(HitView::of).toList());
		GraphQuestions.Answer answer = (page == 1) ? this.questions.answer(request.text(), results.hits()) : null;
		model.addAttribute("answer", (answer != null)
				? new AnswerView(answer, url(answer.about().kind(), answer.about().id())) : null);
		model.addAttribute("facets", facets(results.facets(), links));
		PlaceInText place = results.placeInText();
		List<String> placeAreas = (place != null) ? place.areas().stream().map(AreaName::id).toList() : List.of();
		model.addAttribute("selected", selected(results.facets(), links, placeAreas));
		model.addAttribute("place", (place != null)
				? new PlaceView(place, place.areas().stream().map(AreaName::name).toList(), links.withText(place.textWithout()))
				: null);
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("first", results.totalCount() == 0 ? 0 : offset + 1);
		model.addAttribute("last", offset + results.hits().size());
		model.addAttribute("previousUrl", (page > 1) ? links.page(page - 1) : null);
		model.addAttribute("nextUrl", (page < pages) ? links.page(page + 1) : null);
		model.addAttribute("didYouMean", results.didYouMean().isEmpty() ? null
				: new Suggestion(results.didYouMean().get(0), links.withText(results.didYouMean().get(0))));
		model.addAttribute("hidden", links.hiddenFilters());
		model.addAttribute("near", request.near());
		return "search";
	}

	/** Names completing what is being typed, for the search box's suggestions. */
	@GetMapping(path = "/zoeken/suggesties", produces = "application/json")
	@ResponseBody
	List<Map<String, String>> suggestions(@RequestParam(name = "q", defaultValue = "") String prefix) {
		List<Map<String, String>> result = new ArrayList<>();
		for (Completion completion : this.search.complete(this.validator.checkPrefix(prefix, "q"), 8)) {
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

	// --- Reading what the URL says (the validator checks it) ---

	private static Map<Facet, List<String>> filters(MultiValueMap<String, String> parameters) {
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		PARAMETERS.forEach((facet, parameter) -> filters.put(facet, parameters.getOrDefault(parameter, List.of())
			.stream()
			.filter((value) -> !value.isBlank())
			.toList()));
		return filters;
	}

	private static Double number(String parameter, String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Double.parseDouble(raw.trim());
		}
		catch (NumberFormatException ex) {
			throw new BadPageRequest(parameter, "not a number");
		}
	}

	private static int page(String raw) {
		if (raw == null || raw.isBlank()) {
			return 1;
		}
		try {
			int page = Integer.parseInt(raw.trim());
			if (page < 1) {
				throw new BadPageRequest("pagina", "page " + page + " is out of range");
			}
			return page;
		}
		catch (NumberFormatException ex) {
			throw new BadPageRequest("pagina", "not a page number");
		}
	}

	// --- What the page shows ---

	/** One hit as the page shows it: its link, its snippets and where the map puts it. */
	record HitView(Hit hit, String url, List<Snippet> snippets, Pin point) {

		static HitView of(Hit hit) {
			return new HitView(hit, SearchPage.url(hit.kind(), hit.id()), hit.snippets(), hit.pin());
		}

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

	/** The answer to a graph question in the text, with the page of the record it is about. */
	record AnswerView(GraphQuestions.Answer answer, String aboutUrl) {

	}

	/** The places the text named, and the same search without them. */
	record PlaceView(PlaceInText place, List<String> names, String removeUrl) {

	}

	/** The filters that are on; the places the text named are shown apart (see {@link PlaceView}). */
	private static List<Chosen> selected(List<FacetCounts> counts, Links links, List<String> placeAreas) {
		List<Chosen> chosen = new ArrayList<>();
		for (FacetCounts dimension : counts) {
			for (FacetCount value : dimension.values()) {
				if (dimension.dimension() == Facet.AREA && placeAreas.contains(value.value())) {
					continue;
				}
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
