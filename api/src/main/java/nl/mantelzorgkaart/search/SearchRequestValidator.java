package nl.mantelzorgkaart.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nl.mantelzorgkaart.graph.ClientMessage;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Ids;
import nl.mantelzorgkaart.search.SearchRequest.Near;
import nl.mantelzorgkaart.search.SearchRequest.Part;
import nl.mantelzorgkaart.search.SearchRequest.SearchSort;
import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.search.index.SearchIndex;
import nl.mantelzorgkaart.search.analysis.AnalyzedText;
import org.springframework.stereotype.Component;

/**
 * The one check of a search before it runs, for every front door (the GraphQL API and the search
 * page): the text, each filter value (it must name a record of the graph), the position, the order and
 * the page. A failure is an {@link InvalidSearchRequestException} naming the parameter as the front
 * door calls it ({@link ParameterNames}).
 */
@Component
public class SearchRequestValidator {

	/** The longest prefix autocomplete takes. */
	public static final int MAX_PREFIX_LENGTH = 100;

	private final SearchIndex index;

	private final GraphReads graph;

	private final CareAnalyzers analyzers;

	SearchRequestValidator(SearchIndex index, GraphReads graph, CareAnalyzers analyzers) {
		this.index = index;
		this.graph = graph;
		this.analyzers = analyzers;
	}

	/**
	 * How a front door names the parts of a search, for its errors.
	 *
	 * @param filter the name of each dimension's filter
	 */
	public record ParameterNames(String text, Function<Facet, String> filter, String lat, String lon, String radius,
			String sort, String first, String offset) {

	}

	/**
	 * A search as a front door received it, unchecked.
	 *
	 * @param lat the latitude of a search near a place, or null (then {@code lon} is null too)
	 * @param maxFirst the largest page this front door serves
	 */
	public record SearchInput(String text, Map<Facet, List<String>> filters, Double lat, Double lon, Double radiusKm,
			SearchSort sort, int first, int maxFirst, int offset, boolean includeEnded, boolean explain, Set<Part> parts) {

	}

	/** The checked request; throws {@link InvalidSearchRequestException} for the first thing wrong. */
	public SearchRequest check(SearchInput input, ParameterNames names) {
		String text = text(input.text(), names.text(), SearchRequest.MAX_TEXT_LENGTH, "api.word.searchText");
		int words = AnalyzedText.tokens(this.analyzers.folding(), IndexFields.SPELL, text).size();
		if (words > SearchRequest.MAX_WORDS) {
			throw new InvalidSearchRequestException(names.text(), "api.search.tooManyWords", names.text(), SearchRequest.MAX_WORDS,
					words);
		}
		Map<Facet, List<String>> filters = filters(input.filters(), names);
		Near near = near(input, names);
		if (input.sort() == SearchSort.DISTANCE && near == null) {
			throw new InvalidSearchRequestException(names.sort(), "api.search.distanceNeedsNear");
		}
		if (input.first() < 0 || input.first() > input.maxFirst()) {
			throw new InvalidSearchRequestException(names.first(), "api.search.first", names.first(), input.maxFirst(),
					String.valueOf(input.first()), names.offset());
		}
		if (input.offset() < 0 || input.offset() + input.first() > SearchRequest.MAX_DEPTH) {
			throw new InvalidSearchRequestException(names.offset(), "api.search.tooDeep", SearchRequest.MAX_DEPTH, names.offset());
		}
		return new SearchRequest(text, filters, near, input.includeEnded(), input.sort(), input.first(), input.offset(),
				input.explain(), input.parts());
	}

	/** The checked prefix of an autocomplete, made fit to search. */
	public String checkPrefix(String prefix, String parameter) {
		return text(prefix, parameter, MAX_PREFIX_LENGTH, "api.word.prefix");
	}

	/**
	 * A text as a client sent it, made fit to search: control and format characters become spaces, the
	 * ends are trimmed; "" for none.
	 */
	private static String text(String text, String parameter, int maxLength, String what) {
		if (text == null) {
			return "";
		}
		if (text.length() > maxLength) {
			throw new InvalidSearchRequestException(parameter, "api.search.tooLong", ClientMessage.word(what), parameter,
					maxLength, text.length());
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints()
			.forEach((c) -> clean.appendCodePoint(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
					? ' ' : c));
		return clean.toString().trim();
	}

	private Map<Facet, List<String>> filters(Map<Facet, List<String>> input, ParameterNames names) {
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		input.forEach((facet, values) -> {
			String parameter = names.filter().apply(facet);
			if (values == null || values.isEmpty()) {
				return;
			}
			if (values.size() > Ids.MAX_IDS) {
				throw new InvalidSearchRequestException(parameter, "api.ids.tooMany", parameter, Ids.MAX_IDS, values.size());
			}
			for (String value : values) {
				if (!Ids.isValid(value)) {
					throw new InvalidSearchRequestException(parameter, Ids.invalid(parameter, value));
				}
			}
			List<String> distinct = values.stream().distinct().toList();
			for (String unknown : unknown(facet, distinct)) {
				throw new InvalidSearchRequestException(parameter, "api.search.unknownValue",
						ClientMessage.word("api.facet." + facet.name()), unknown, parameter);
			}
			filters.put(facet, distinct);
		});
		return filters;
	}

	/** The values no record in the index has and the graph has not either (an area nothing serves yet is fine). */
	private List<String> unknown(Facet facet, List<String> values) {
		if (facet == Facet.KIND) {
			return values.stream()
				.filter((value) -> Arrays.stream(SearchKind.values()).noneMatch((kind) -> kind.key().equals(value)))
				.toList();
		}
		Map<String, String> indexed = this.index.withSearcher((searcher) -> searcher.labels(facet));
		List<String> missing = new ArrayList<>(values.stream().filter((value) -> !indexed.containsKey(value)).toList());
		if (!missing.isEmpty()) {
			Set<String> existing = new HashSet<>(
					this.graph.list(facet.existingIds(), Map.of("ids", missing), (row) -> row.get("id").asString()));
			missing.removeIf(existing::contains);
		}
		return missing;
	}

	private static Near near(SearchInput input, ParameterNames names) {
		if (input.lat() == null && input.lon() == null && input.radiusKm() == null) {
			return null;
		}
		Double lat = input.lat();
		Double lon = input.lon();
		Double radius = input.radiusKm();
		if (lat == null || lat.isNaN() || lat < -90 || lat > 90) {
			throw new InvalidSearchRequestException(names.lat(), "api.lat", names.lat(), String.valueOf(lat));
		}
		if (lon == null || lon.isNaN() || lon < -180 || lon > 180) {
			throw new InvalidSearchRequestException(names.lon(), "api.lon", names.lon(), String.valueOf(lon));
		}
		if (radius == null || radius.isNaN() || radius <= 0 || radius > SearchRequest.MAX_RADIUS_KM) {
			throw new InvalidSearchRequestException(names.radius(), "api.radius", names.radius(), (int) SearchRequest.MAX_RADIUS_KM,
					String.valueOf(radius));
		}
		return new Near(lat, lon, radius);
	}

}
