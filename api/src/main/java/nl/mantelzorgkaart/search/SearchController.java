package nl.mantelzorgkaart.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import nl.mantelzorgkaart.graph.Connection.PageInfo;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Ids;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.search.SearchRequest.Near;
import nl.mantelzorgkaart.search.SearchRequest.Part;
import nl.mantelzorgkaart.search.SearchRequest.SearchSort;
import nl.mantelzorgkaart.search.SearchResults.FacetCounts;
import nl.mantelzorgkaart.search.SearchResults.Hit;
import nl.mantelzorgkaart.search.SocialMapSearch.Completion;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code search} and {@code autocomplete} queries: client input checked, then handed to the index. */
@Controller
class SearchController {

	static final int MAX_COMPLETIONS = 20;

	static final int MAX_PREFIX_LENGTH = 100;

	private static final String CURSOR_PREFIX = "search:";

	private final SocialMapSearch search;

	private final GraphReads graph;

	private final HitRecords records;

	SearchController(SocialMapSearch search, GraphReads graph, HitRecords records) {
		this.search = search;
		this.graph = graph;
		this.records = records;
	}

	@QueryMapping
	SearchConnection search(@Argument String text, @Argument SearchFilterInput filter, @Argument NearInput near,
			@Argument SearchSort sort, @Argument Boolean includeEnded, @Argument Boolean explain, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		String checkedText = SearchRequest.checkText(text);
		Map<Facet, List<String>> filters = filters(filter);
		Near position = (near != null) ? near.check() : null;
		if (sort == SearchSort.DISTANCE && position == null) {
			throw new InvalidArgumentException("sort", "sort: DISTANCE needs 'near' (a position and a radius)");
		}
		int size = pageSize(first);
		int offset = decodeCursor(after);
		if (offset + size > SearchRequest.MAX_DEPTH) {
			throw new InvalidArgumentException("after", "A search pages at most " + SearchRequest.MAX_DEPTH
					+ " hits deep; narrow it with text or filters instead");
		}
		// Only what the client selected is worked out: hasNextPage needs no exact count.
		Set<Part> parts = EnumSet.noneOf(Part.class);
		if (selection.contains("totalCount")) {
			parts.add(Part.TOTAL);
		}
		if (selection.contains("didYouMean")) {
			parts.add(Part.SUGGESTIONS);
		}
		if (selection.contains("facets")) {
			parts.add(Part.FACETS);
		}
		if (selection.contains("edges/node/snippets")) {
			parts.add(Part.SNIPPETS);
		}
		// The page's records are read from the graph while the search counts facets and makes snippets.
		boolean records = selection.contains("edges/node/record");
		SearchResults results = this.search.search(
				new SearchRequest(checkedText, filters, position, Boolean.TRUE.equals(includeEnded), sort, size, offset,
						Boolean.TRUE.equals(explain), parts),
				(page) -> {
					if (records) {
						this.records.readAhead(page, context);
					}
				});
		List<SearchEdge> edges = new ArrayList<>(results.hits().size());
		for (int i = 0; i < results.hits().size(); i++) {
			edges.add(new SearchEdge(encodeCursor(offset + i + 1), results.hits().get(i)));
		}
		boolean hasNext = offset + edges.size() < results.totalCount() && offset + edges.size() < SearchRequest.MAX_DEPTH;
		PageInfo pageInfo = new PageInfo(hasNext, offset > 0, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new SearchConnection(edges, pageInfo, results.totalCount(), results.facets(), results.didYouMean(),
				results.sort());
	}

	@QueryMapping
	List<Completion> autocomplete(@Argument String prefix, @Argument Integer first) {
		int size = (first != null) ? first : 8;
		if (size < 0 || size > MAX_COMPLETIONS) {
			throw new InvalidArgumentException("first",
					"'first' must be 0 to " + MAX_COMPLETIONS + " for autocomplete, got " + size);
		}
		if (prefix.length() > MAX_PREFIX_LENGTH) {
			throw new InvalidArgumentException("prefix",
					"The prefix may be at most " + MAX_PREFIX_LENGTH + " characters, got " + prefix.length());
		}
		return this.search.complete(SearchRequest.checkText(prefix), size);
	}

	/**
	 * Each hit's record, read from the graph with one query per kind for the whole page (offerings with
	 * their organisers, which {@code Offering.organisers} then reuses): a page of offerings and who offers
	 * them costs one round trip, started while the search was still counting facets.
	 */
	@BatchMapping(typeName = "SearchHit", field = "record")
	Map<Hit, Object> record(List<Hit> hits, GraphQLContext context) {
		return this.records.records(hits, context);
	}

	private Map<Facet, List<String>> filters(SearchFilterInput input) {
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		if (input == null) {
			return filters;
		}
		if (input.kinds() != null && !input.kinds().isEmpty()) {
			filters.put(Facet.KIND, input.kinds().stream().map(SearchKind::key).distinct().toList());
		}
		Map<Facet, List<String>> byFacet = new EnumMap<>(Facet.class);
		byFacet.put(Facet.CARE_THEME, input.careThemes());
		byFacet.put(Facet.TARGET_GROUP, input.targetGroups());
		byFacet.put(Facet.SUPPORT_FUNCTION, input.supportFunctions());
		byFacet.put(Facet.RESPITE_TYPE, input.respiteTypes());
		byFacet.put(Facet.FUNDING_ROUTE, input.fundingRoutes());
		byFacet.put(Facet.AREA, input.areas());
		byFacet.put(Facet.ORGANISATION, input.organisations());
		byFacet.put(Facet.NETWORK, input.networks());
		byFacet.forEach((facet, ids) -> {
			String argument = "filter." + facet.argument();
			List<String> checked = Ids.requireAll(argument, ids);
			if (checked == null || checked.isEmpty()) {
				return;
			}
			Map<String, String> known = this.search.knownValues(facet);
			for (String id : checked) {
				if (!known.containsKey(id) && !existsInGraph(facet, id)) {
					throw new InvalidArgumentException(argument,
							"There is no " + facet.displayName() + " '" + id + "' (" + argument + ")");
				}
			}
			filters.put(facet, checked.stream().distinct().toList());
		});
		return filters;
	}

	/** A value no record in the index has may still exist in the graph (an area nothing serves yet). */
	private boolean existsInGraph(Facet facet, String id) {
		String label = facet.graphLabel();
		return label != null
				&& this.graph.count("MATCH (n:" + label + " {id: $id}) RETURN count(n)", Map.of("id", id)) > 0;
	}

	private static int pageSize(Integer first) {
		int size = (first != null) ? first : 20;
		if (size < 0 || size > Paging.MAX_PAGE_SIZE) {
			throw new InvalidArgumentException("first",
					"'first' must be 0 to " + Paging.MAX_PAGE_SIZE + ", got " + size + "; page with 'after' instead");
		}
		return size;
	}

	static String encodeCursor(int offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

	static int decodeCursor(String after) {
		if (after == null) {
			return 0;
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			if (raw.startsWith(CURSOR_PREFIX)) {
				int offset = Integer.parseInt(raw.substring(CURSOR_PREFIX.length()));
				if (offset >= 0 && offset <= SearchRequest.MAX_DEPTH) {
					return offset;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new InvalidArgumentException("after",
				"'after' is not a cursor of a search; pass the cursor of a hit of the previous page");
	}

	/** The {@code SearchFilter} input. */
	record SearchFilterInput(List<SearchKind> kinds, List<String> careThemes, List<String> targetGroups,
			List<String> supportFunctions, List<String> respiteTypes, List<String> fundingRoutes, List<String> areas,
			List<String> organisations, List<String> networks) {

	}

	/** The {@code Near} input. */
	record NearInput(Double lat, Double lon, Double radiusKm) {

		Near check() {
			if (this.lat == null || this.lat.isNaN() || this.lat < -90 || this.lat > 90) {
				throw new InvalidArgumentException("near.lat", "near.lat must be a latitude from -90 to 90, got " + this.lat);
			}
			if (this.lon == null || this.lon.isNaN() || this.lon < -180 || this.lon > 180) {
				throw new InvalidArgumentException("near.lon",
						"near.lon must be a longitude from -180 to 180, got " + this.lon);
			}
			if (this.radiusKm == null || this.radiusKm.isNaN() || this.radiusKm <= 0 || this.radiusKm > SearchRequest.MAX_RADIUS_KM) {
				throw new InvalidArgumentException("near.radiusKm",
						"near.radiusKm must be more than 0 and at most " + (int) SearchRequest.MAX_RADIUS_KM + " km, got " + this.radiusKm);
			}
			return new Near(this.lat, this.lon, this.radiusKm);
		}

	}

	/** The {@code SearchConnection} type. */
	record SearchConnection(List<SearchEdge> edges, PageInfo pageInfo, int totalCount, List<FacetCounts> facets,
			List<String> didYouMean, SearchSort sort) {

	}

	/** The {@code SearchEdge} type. */
	record SearchEdge(String cursor, Hit node) {

	}

}
