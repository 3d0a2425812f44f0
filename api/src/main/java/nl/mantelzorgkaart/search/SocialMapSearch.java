package nl.mantelzorgkaart.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import nl.mantelzorgkaart.search.SearchRequest.Near;
import nl.mantelzorgkaart.search.SearchRequest.Part;
import nl.mantelzorgkaart.search.SearchRequest.SearchSort;
import nl.mantelzorgkaart.search.SearchResults.FacetCount;
import nl.mantelzorgkaart.search.SearchResults.FacetCounts;
import nl.mantelzorgkaart.search.SearchResults.Hit;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.stereotype.Service;

/**
 * Runs searches on the index: the text query, the filters, the facet counts, distance, snippets,
 * explanations, "did you mean" and autocomplete.
 */
@Service
public class SocialMapSearch {

	/** How many values each facet dimension lists. */
	static final int FACET_VALUES = 25;

	private static final int SNIPPET_PASSAGES = 2;

	private final SearchIndex index;

	private final QueryTranslator translator;

	private final DirectSpellChecker spelling = new CloseSpellingChecker();

	/**
	 * The support function of a steady point of contact (persoonlijke begeleiding: personal guidance),
	 * which the guide also uses to find whom a carer can always turn to.
	 */
	static final String POINT_OF_CONTACT_FUNCTION = "persoonlijke-begeleiding";

	/** What a query is for: finding the matches, or ranking them lightly (to pick candidates) or fully. */
	private enum Pass {

		MATCH, FIRST, RANK

	}

	/** How many of the first pass's best records the full query reorders (see {@link #rank}). */
	static final int CANDIDATES = 30;

	/** What being a point of contact adds to a score: enough to decide a near tie, not more. */
	static final float POINT_OF_CONTACT_BOOST = 1.0f;

	public SocialMapSearch(SearchIndex index) {
		this.index = index;
		this.translator = new QueryTranslator(index.analyzers());
	}

	/** Runs one checked search. */
	public SearchResults search(SearchRequest request) {
		return search(request, (page) -> {
		});
	}

	/**
	 * Runs one checked search, and tells {@code onPage} which records the page holds (ids by kind, in
	 * page order) as soon as they are ranked: before the facet counts and snippets are worked out, so that
	 * the caller can start reading those records from the graph meanwhile.
	 */
	public SearchResults search(SearchRequest request, Consumer<Map<SearchKind, List<String>>> onPage) {
		return this.index.withSearcher((searcher) -> {
			try {
				return run(searcher, request, onPage);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private SearchResults run(SearchView searcher, SearchRequest request,
			Consumer<Map<SearchKind, List<String>>> onPage) throws IOException {
		QueryTranslator.Translation text = this.translator.translate(request.text(), searcher);
		SearchSort sort = (request.sort() != null) ? request.sort()
				: (request.near() != null) ? SearchSort.DISTANCE : text.isEmpty() ? SearchSort.NAME : SearchSort.RELEVANCE;
		// Two passes: the best records (scored with skipping, so documents that cannot make the page are
		// passed by), then which records match (counted and faceted without scores, on the small match query).
		Query query = textQuery(text, request, Pass.RANK);
		Map<Facet, Query> dimensions = dimensionFilters(text, request);
		Query filter = filter(request, dimensions.values());
		int wanted = Math.max(1, request.offset() + request.first());
		TopDocs topDocs = (sort == SearchSort.RELEVANCE && !text.isEmpty())
				? rank(searcher, text, request, query, filter, wanted)
				: searcher.search(query, filter, new TopFieldCollectorManager(sort(sort, request.near(), text.isEmpty()),
						wanted, null, wanted + 1, false));
		ScoreDoc[] page = (request.offset() >= topDocs.scoreDocs.length) ? new ScoreDoc[0]
				: Arrays.copyOfRange(topDocs.scoreDocs, request.offset(),
						Math.min(topDocs.scoreDocs.length, request.offset() + request.first()));
		List<HitFields> records = HitFields.read(searcher.getIndexReader(),
				Arrays.stream(page).mapToInt((hit) -> hit.doc).toArray());
		Map<SearchKind, List<String>> idsByKind = new EnumMap<>(SearchKind.class);
		for (HitFields record : records) {
			idsByKind.computeIfAbsent(record.kind(), (kind) -> new ArrayList<>()).add(record.id());
		}
		onPage.accept(idsByKind);

		FacetOrdinals.Counts matches = null;
		int total = -1;
		if (request.parts().contains(Part.FACETS) && searcher.ordinals() != null) {
			// One pass counts the matches, their facet values and each filtered dimension's sideways counts.
			matches = searcher.facetCounts(textQuery(text, request, Pass.MATCH), filter(request, List.of()),
					dimensions);
			total = matches.matches();
		}
		else if (request.parts().contains(Part.TOTAL)) {
			total = searcher.search(textQuery(text, request, Pass.MATCH), filter, new TotalHitCountCollectorManager());
		}
		if (total < 0) {
			// A lower bound, past offset + first whenever there are more hits than this page.
			total = (int) topDocs.totalHits.value;
		}
		if (!text.isEmpty() && page.length > 0 && sort != SearchSort.RELEVANCE) {
			// Hits sorted by distance or name carry no score unless asked for; the page's are computed here.
			TopFieldCollector.populateScores(page, searcher, query);
		}
		String[] snippets = request.parts().contains(Part.SNIPPETS) ? snippets(searcher, text, page)
				: new String[page.length];
		List<Hit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			ScoreDoc scoreDoc = page[i];
			HitFields record = records.get(i);
			Double distance = (request.near() != null) ? record.distanceKm(request.near()) : null;
			String explanation = request.explain() ? searcher.explain(query, scoreDoc.doc).toString() : null;
			float score = Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score;
			hits.add(new Hit(record.kind(), record.id(), record.name(), score,
					(snippets[i] != null) ? List.of(snippets[i].split("\u2029")) : List.of(), distance,
					distance != null && record.approximate(), explanation));
		}
		return new SearchResults(hits, request.offset(), total,
				(matches != null) ? facets(searcher, request, matches) : List.of(),
				request.parts().contains(Part.SUGGESTIONS) ? didYouMean(searcher, text) : List.of(), sort);
	}

	/**
	 * The best matches in two passes: the light first-pass query picks candidates with skipping, and the
	 * full query reorders the first {@link #CANDIDATES} of them (the rescoring window). Past the window,
	 * when a page reaches there, hits keep their first-pass order: the window is the same for every page,
	 * so paging neither repeats nor skips a hit. On the seed data every match is a candidate; at 100,000
	 * records the full query scores a few dozen instead of every match. A narrow window also ranks better
	 * there: the first pass weighs the name, which the full query would let long texts outweigh (Recall@5
	 * at 100,000 records 0.70 with 300 candidates, 0.72 with 100, 0.74 with 30).
	 */
	private static TopDocs rank(SearchView searcher, QueryTranslator.Translation text, SearchRequest request,
			Query full, Query filter, int wanted) throws IOException {
		int candidates = Math.max(wanted, CANDIDATES);
		// Counted one past what is wanted, so that without an exact count one still knows whether there are more.
		TopDocs first = searcher.search(textQuery(text, request, Pass.FIRST), filter,
				new TopScoreDocCollectorManager(candidates, null, Math.max(candidates, wanted + 1), false));
		int window = Math.min(CANDIDATES, first.scoreDocs.length);
		ScoreDoc[] ranked = first.scoreDocs.clone();
		// Scored in document order, as the full query's scorers advance; the hits past the window too, for
		// the score each hit shows.
		Integer[] byDoc = new Integer[ranked.length];
		Arrays.setAll(byDoc, (i) -> i);
		Arrays.sort(byDoc, Comparator.comparingInt((Integer i) -> ranked[i].doc));
		float[] scores = searcher.scores(full, Arrays.stream(byDoc).mapToInt((i) -> ranked[i].doc).toArray());
		for (int i = 0; i < byDoc.length; i++) {
			ranked[byDoc[i]] = new ScoreDoc(ranked[byDoc[i]].doc, Float.isNaN(scores[i]) ? 0f : scores[i]);
		}
		Arrays.sort(ranked, 0, window,
				Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt((hit) -> hit.doc));
		return new TopDocs(first.totalHits, Arrays.copyOf(ranked, Math.min(wanted, ranked.length)));
	}

	/**
	 * The text query, with the distance filter of a search near a place (no use to keep; see
	 * {@link #filter}).
	 *
	 * @param pass whether to find the matches only, or to rank them lightly or fully
	 */
	private static Query textQuery(QueryTranslator.Translation text, SearchRequest request, Pass pass) {
		Query textQuery;
		if (text.isEmpty()) {
			textQuery = new MatchAllDocsQuery();
		}
		else if (pass == Pass.MATCH) {
			textQuery = text.match();
		}
		else {
			// The matches are those of the match query, exactly as counted; the scoring query ranks them. At
			// a weight of 0 the match query never decides a rank, so the search can skip what it alone finds.
			textQuery = new BooleanQuery.Builder()
				.add((pass == Pass.RANK) ? text.query() : text.firstPass(), Occur.SHOULD)
				.add(new BoostQuery(text.match(), 0f), Occur.SHOULD)
				.build();
			if (pass == Pass.RANK) {
				// Of the records a text matches about equally well, a steady point of contact for carers comes
				// first: for "mantelzorg Eemnes" that is the consultant who can help with anything.
				textQuery = new BooleanQuery.Builder().add(textQuery, Occur.MUST)
					.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(
							new Term(Facet.SUPPORT_FUNCTION.filterField(), POINT_OF_CONTACT_FUNCTION))),
							POINT_OF_CONTACT_BOOST), Occur.SHOULD)
					.build();
			}
		}
		Near near = request.near();
		if (near == null) {
			return textQuery;
		}
		BooleanQuery.Builder nearby = new BooleanQuery.Builder();
		nearby.add(LatLonPoint.newDistanceQuery(Fields.POINT, near.lat(), near.lon(), near.radiusKm() * 1000),
				Occur.SHOULD);
		if (request.filters().containsKey(Facet.AREA)) {
			// With an area chosen, records serving it without an address still count as near.
			nearby.add(new TermQuery(new Term(Fields.POSITIONED, "no")), Occur.SHOULD);
		}
		if (!text.isEmpty()) {
			placeIndependent(nearby);
		}
		return new BooleanQuery.Builder().add(textQuery, Occur.MUST).add(nearby.build(), Occur.FILTER).build();
	}

	/**
	 * Which records a search may find whatever its text: those not ended, with one of the values asked
	 * for in each filtered dimension; null for every record. A few filters serve most searches, and the
	 * searcher keeps their records (see {@link SearchView#search(Query, Query, CollectorManager)}).
	 *
	 * @param dimensions the filters on facet values (see {@link #dimensionFilters}); none for
	 *        {@link SearchView#facetCounts}, which applies them itself
	 */
	private static Query filter(SearchRequest request, Collection<Query> dimensions) {
		if (request.includeEnded() && dimensions.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder filter = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
		if (!request.includeEnded()) {
			filter.add(new TermQuery(new Term(Fields.STATUS, "ended")), Occur.MUST_NOT);
		}
		dimensions.forEach((dimension) -> filter.add(dimension, Occur.FILTER));
		return filter.build();
	}

	/** Per filtered dimension, the records with one of the values asked for. */
	private static Map<Facet, Query> dimensionFilters(QueryTranslator.Translation text, SearchRequest request) {
		Map<Facet, Query> filters = new EnumMap<>(Facet.class);
		request.filters().forEach((facet, ids) -> {
			if (ids.isEmpty()) {
				return;
			}
			BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
			for (String id : ids) {
				anyOf.add(new TermQuery(new Term(facet.filterField(), id)), Occur.SHOULD);
			}
			if (facet == Facet.AREA && !text.isEmpty()) {
				placeIndependent(anyOf);
			}
			filters.put(facet, anyOf.build());
		});
		return filters;
	}

	/**
	 * Lets glossary terms through a place filter: "wat is logeerzorg" near Almere still explains the
	 * word. Only for a text search; browsing a place lists what is there.
	 */
	private static void placeIndependent(BooleanQuery.Builder anyOf) {
		for (SearchKind kind : SearchKind.values()) {
			if (kind.placeIndependent()) {
				anyOf.add(new TermQuery(new Term(Fields.KIND, kind.key())), Occur.SHOULD);
			}
		}
	}

	private static Sort sort(SearchSort sort, Near near, boolean noText) {
		SortField byName = new SortField(Fields.SORT_NAME, SortField.Type.STRING);
		return switch (sort) {
			case NAME -> new Sort(byName);
			case DISTANCE -> new Sort(LatLonDocValuesField.newDistanceSort(Fields.POINT, near.lat(), near.lon()),
					SortField.FIELD_SCORE, byName);
			case RELEVANCE -> noText ? new Sort(byName) : new Sort(SortField.FIELD_SCORE, byName);
		};
	}

	private static List<FacetCounts> facets(SearchView searcher, SearchRequest request, FacetOrdinals.Counts matches) {
		List<FacetCounts> result = new ArrayList<>();
		for (Facet facet : Facet.values()) {
			if (searcher.labels(facet).isEmpty()) {
				continue;
			}
			List<String> selected = request.filters().getOrDefault(facet, List.of());
			Map<String, FacetCount> values = new LinkedHashMap<>();
			for (FacetOrdinals.Value value : searcher.ordinals().top(facet, matches, FACET_VALUES)) {
				values.put(value.id(), new FacetCount(value.id(), value.label(), value.count(), selected.contains(value.id())));
			}
			for (String id : selected) {
				values.computeIfAbsent(id, (key) -> new FacetCount(key, searcher.labels(facet).getOrDefault(key, key), 0,
						true));
			}
			result.add(new FacetCounts(facet, new ArrayList<>(values.values())));
		}
		return result;
	}

	private String[] snippets(SearchView searcher, QueryTranslator.Translation text, ScoreDoc[] page)
			throws IOException {
		if (page.length == 0) {
			return new String[0];
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, this.index.analyzers().index())
			.withFieldMatcher((field) -> true)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u2029", true))
			.withMaxNoHighlightPassages(1)
			.build();
		// The match query has every word the scoring query has, in far fewer clauses.
		Query highlight = text.isEmpty() ? new MatchAllDocsQuery() : text.highlight().get();
		TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
		return highlighter.highlight(Fields.DESCRIPTION, highlight, docs, SNIPPET_PASSAGES);
	}

	/** The text with each word the index has never seen replaced by the closest word it has. */
	private List<String> didYouMean(SearchView searcher, QueryTranslator.Translation text) throws IOException {
		if (text.unknownWords().isEmpty()) {
			return List.of();
		}
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : text.words()) {
			if (text.unknownWords().contains(word) && word.length() >= 3) {
				SuggestWord[] suggestions = this.spelling.suggestSimilar(new Term(Fields.SPELL, word), 1,
						searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				if (suggestions.length > 0) {
					corrected.add(suggestions[0].string);
					changed = true;
					continue;
				}
			}
			corrected.add(word);
		}
		return changed ? List.of(String.join(" ", corrected)) : List.of();
	}

	/**
	 * Names that complete what is being typed: every word but the last as typed, the last as a prefix.
	 */
	public List<Completion> complete(String prefix, int first) {
		List<String> words = QueryTranslator.tokens(this.index.analyzers().folding(), Fields.TITLE, prefix);
		if (words.isEmpty() || first == 0) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int i = 0; i < words.size() - 1; i++) {
			query.add(new TermQuery(new Term(Fields.TITLE, words.get(i))), Occur.MUST);
		}
		query.add(new PrefixQuery(new Term(Fields.TITLE, words.get(words.size() - 1))), Occur.MUST);
		query.add(new TermQuery(new Term(Fields.STATUS, "ended")), Occur.MUST_NOT);
		return this.index.withSearcher((searcher) -> {
			try {
				// Shorter names first: "Dementie" before "Dementiecafé Huizen en omstreken".
				TopDocs top = searcher.search(query.build(), Math.max(200, first * 3),
						new Sort(new SortField(Fields.SORT_NAME, SortField.Type.STRING)));
				Set<String> seen = new LinkedHashSet<>();
				List<Completion> completions = new ArrayList<>();
				List<HitFields> records = new ArrayList<>(HitFields.read(searcher.getIndexReader(),
						Arrays.stream(top.scoreDocs).mapToInt((hit) -> hit.doc).toArray()));
				records.sort(Comparator.comparingInt((HitFields record) -> record.name().length()));
				for (HitFields record : records) {
					if (completions.size() < first && seen.add(record.name().toLowerCase(Locale.ROOT))) {
						completions.add(new Completion(record.name(), record.kind(), record.id()));
					}
				}
				return completions;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** A name to complete a search box with, and the record it names. */
	public record Completion(String text, SearchKind kind, String id) {

	}

	/** Ids and labels of every value of a dimension in the index (to check filter values). */
	Map<String, String> knownValues(Facet facet) {
		return this.index.withSearcher((searcher) -> searcher.labels(facet));
	}

	/** The filters in dimension order. */
	static Map<Facet, List<String>> filters() {
		return new EnumMap<>(Facet.class);
	}

}
