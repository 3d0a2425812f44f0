package nl.mantelzorgkaart.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import nl.mantelzorgkaart.graph.Connection.PageInfo;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.search.HitGraphRecords.PageRecords;
import nl.mantelzorgkaart.search.SearchRequest.Part;
import nl.mantelzorgkaart.search.SearchRequest.SearchSort;
import nl.mantelzorgkaart.search.SearchRequestValidator.ParameterNames;
import nl.mantelzorgkaart.search.SearchRequestValidator.SearchInput;
import nl.mantelzorgkaart.search.SearchResults.AreaName;
import nl.mantelzorgkaart.search.SearchResults.FacetCounts;
import nl.mantelzorgkaart.search.SearchResults.PlaceInText;
import nl.mantelzorgkaart.search.execution.Autocomplete.Completion;
import nl.mantelzorgkaart.search.execution.HitValues;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The API's front door to the search: the {@code search} and {@code autocomplete} queries. */
@Controller
class SearchController {

	static final int MAX_COMPLETIONS = 20;

	private static final String CURSOR_PREFIX = "search:";

	/** How the API names the parts of a search in its errors. */
	private static final ParameterNames ARGUMENTS = new ParameterNames("text", (facet) -> "filter." + facet.argument(),
			"near.lat", "near.lon", "near.radiusKm", "sort", "first", "after");

	/** The DataLoader of {@code Offering.organisers}, which a page of hits primes. */
	private static final String ORGANISERS_LOADER = "Offering.organisers";

	private final SocialMapSearch search;

	private final SearchRequestValidator validator;

	private final HitGraphRecords records;

	private final GraphQuestions questions;

	SearchController(SocialMapSearch search, SearchRequestValidator validator, HitGraphRecords records,
			GraphQuestions questions) {
		this.search = search;
		this.validator = validator;
		this.records = records;
		this.questions = questions;
	}

	@QueryMapping
	SearchConnection search(@Argument String text, @Argument SearchFilterInput filter, @Argument NearInput near,
			@Argument SearchSort sort, @Argument Boolean includeEnded, @Argument Boolean explain, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		int offset = decodeCursor(after);
		SearchRequest request = this.validator.check(new SearchInput(text, filters(filter),
				(near != null) ? near.lat() : null, (near != null) ? near.lon() : null,
				(near != null) ? near.radiusKm() : null, sort, (first != null) ? first : 20, Paging.MAX_PAGE_SIZE, offset,
				Boolean.TRUE.equals(includeEnded), Boolean.TRUE.equals(explain), parts(selection)), ARGUMENTS);
		try (SearchRun run = this.search.start(request)) {
			// The page's records are read from the graph while the search counts facets and makes snippets.
			List<HitValues> toRead = new ArrayList<>();
			if (selection.contains("edges/node/record")) {
				toRead.addAll(run.page());
			}
			if (selection.contains("explanations/record")) {
				toRead.addAll(run.explanations());
			}
			PageRecords records = toRead.isEmpty() ? null : this.records.readAhead(toRead);
			SearchResults results = run.finish();
			List<SearchEdge> edges = new ArrayList<>(results.hits().size());
			for (int i = 0; i < results.hits().size(); i++) {
				edges.add(new SearchEdge(encodeCursor(offset + i + 1), SearchHitNode.of(results.hits().get(i), records)));
			}
			boolean hasNext = offset + edges.size() < results.totalCount()
					&& offset + edges.size() < SearchRequest.MAX_DEPTH;
			PageInfo pageInfo = new PageInfo(hasNext, offset > 0, edges.isEmpty() ? null : edges.get(0).cursor(),
					edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
			return new SearchConnection(edges, pageInfo, results.totalCount(), results.facets(), results.didYouMean(),
					results.sort(),
					results.explanations().stream().map((term) -> SearchHitNode.of(term, records)).toList(),
					results.placeInText(), results.nearestOutside(), selection.contains("graphAnswer")
							? GraphAnswerNode.of(this.questions.answer(request.text(), results.hits())) : null);
		}
	}

	/** Only what the client selected is worked out: hasNextPage needs no exact count. */
	private static Set<Part> parts(DataFetchingFieldSelectionSet selection) {
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
		if (selection.contains("edges/node/snippets") || selection.contains("explanations/snippets")) {
			parts.add(Part.SNIPPETS);
		}
		if (selection.contains("explanations")) {
			parts.add(Part.EXPLANATIONS);
		}
		return parts;
	}

	/**
	 * A hit's record, from what was read for its page; an offering's organisers, read with it, go to
	 * the {@code Offering.organisers} loader, so that field costs no round trip of its own.
	 */
	@SchemaMapping(typeName = "SearchHit")
	Object record(SearchHitNode hit, DataFetchingEnvironment environment) {
		HitGraphRecords.Read read = hit.records().get();
		Object record = read.record(hit.kind(), hit.id());
		if (record instanceof Offering offering && read.organisers().containsKey(offering.id())) {
			DataLoader<Offering, List<Organisation>> organisers = environment.getDataLoader(ORGANISERS_LOADER);
			if (organisers != null) {
				organisers.prime(offering, read.organisers().get(offering.id()));
			}
		}
		return record;
	}

	@QueryMapping
	List<Completion> autocomplete(@Argument String prefix, @Argument Integer first) {
		int size = (first != null) ? first : 8;
		if (size < 0 || size > MAX_COMPLETIONS) {
			throw new InvalidArgumentException("first", "api.autocomplete.first", MAX_COMPLETIONS, String.valueOf(size));
		}
		return this.search.complete(this.validator.checkPrefix(prefix, "prefix"), size);
	}

	private static Map<Facet, List<String>> filters(SearchFilterInput input) {
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		if (input == null) {
			return filters;
		}
		if (input.kinds() != null) {
			filters.put(Facet.KIND, input.kinds().stream().map(SearchKind::key).distinct().toList());
		}
		filters.put(Facet.CARE_THEME, input.careThemes());
		filters.put(Facet.TARGET_GROUP, input.targetGroups());
		filters.put(Facet.SUPPORT_FUNCTION, input.supportFunctions());
		filters.put(Facet.RESPITE_TYPE, input.respiteTypes());
		filters.put(Facet.FUNDING_ROUTE, input.fundingRoutes());
		filters.put(Facet.AREA, input.areas());
		filters.put(Facet.ORGANISATION, input.organisations());
		filters.put(Facet.NETWORK, input.networks());
		return filters;
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
		throw new InvalidArgumentException("after", "api.search.cursor");
	}

	/** The {@code SearchFilter} input. */
	record SearchFilterInput(List<SearchKind> kinds, List<String> careThemes, List<String> targetGroups,
			List<String> supportFunctions, List<String> respiteTypes, List<String> fundingRoutes, List<String> areas,
			List<String> organisations, List<String> networks) {

	}

	/** The {@code Near} input. */
	record NearInput(Double lat, Double lon, Double radiusKm) {

	}

	/** The {@code SearchConnection} type. */
	record SearchConnection(List<SearchEdge> edges, PageInfo pageInfo, int totalCount, List<FacetCounts> facets,
			List<String> didYouMean, SearchSort sort, List<SearchHitNode> explanations, PlaceInText placeInText,
			AreaName nearestOutside, GraphAnswerNode graphAnswer) {

	}

	/** The {@code GraphAnswer} type. */
	record GraphAnswerNode(GraphQuestions.Relation relation, SearchKind kind, String id, String name,
			List<Organisation> organisations) {

		static GraphAnswerNode of(GraphQuestions.Answer answer) {
			return (answer == null) ? null : new GraphAnswerNode(answer.relation(), answer.about().kind(),
					answer.about().id(), answer.about().name(), answer.organisations());
		}

	}

	/** The {@code SearchEdge} type. */
	record SearchEdge(String cursor, SearchHitNode node) {

	}

}
