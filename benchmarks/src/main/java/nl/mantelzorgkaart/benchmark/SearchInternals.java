package nl.mantelzorgkaart.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.execution.FacetCounting;
import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.search.index.SearchIndex;
import nl.mantelzorgkaart.search.index.SearchView;
import nl.mantelzorgkaart.search.query.CloseSpellingChecker;
import nl.mantelzorgkaart.search.query.CloseSpellings;
import nl.mantelzorgkaart.search.query.QueryTranslator;
import nl.mantelzorgkaart.search.query.TextQueries;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;

/**
 * The hand-written parts of the search against the Lucene classes they stand in for, on one index:
 * the facet counts ({@link FacetCounting} over the ordinals in memory, against {@link DrillSideways}
 * over {@code SortedSetDocValuesFacetCounts}) and the close spellings of a typo ({@link CloseSpellings}
 * against {@link FuzzyQuery}, {@link CloseSpellingChecker} against {@link DirectSpellChecker}). Both
 * sides give the same answers (see the tests); this says what each costs.
 */
final class SearchInternals {

	private SearchInternals() {
	}

	/**
	 * One line per part and engine: p50 and p95 in ms over the judged queries' texts (facets) and their
	 * words misspelt (spellings), after {@code warmup} untimed rounds.
	 */
	static List<String> measure(SearchIndex index, List<String> texts, List<String> areas, int rounds, int warmup,
			String graph) {
		QueryTranslator translator = new QueryTranslator(index.analyzers());
		return index.withSearcher((searcher) -> {
			try {
				FacetsConfig config = new FacetsConfig();
				for (Facet facet : Facet.values()) {
					config.setMultiValued(facet.dimension(), true);
				}
				SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(),
						config);
				List<Runnable> ours = new ArrayList<>();
				List<Runnable> lucene = new ArrayList<>();
				for (int i = 0; i < texts.size(); i++) {
					TextQueries text = translator.translate(texts.get(i), searcher);
					Query match = text.isEmpty() ? new MatchAllDocsQuery() : text.match();
					String area = areas.get(i);
					ours.add(() -> facets(searcher, match, area));
					lucene.add(() -> drillSideways(searcher, config, state, match, area));
				}
				List<String> words = misspelt(texts);
				DirectSpellChecker direct = new DirectSpellChecker();
				CloseSpellingChecker close = new CloseSpellingChecker();
				List<Runnable> closeSpellings = new ArrayList<>();
				List<Runnable> fuzzy = new ArrayList<>();
				List<Runnable> closeChecker = new ArrayList<>();
				List<Runnable> directChecker = new ArrayList<>();
				for (String word : words) {
					Term all = new Term(IndexFields.ALL, word);
					int edits = (word.length() >= 8) ? 2 : 1;
					closeSpellings.add(() -> rewrite(searcher, new CloseSpellings(all, edits, 1, 30)));
					fuzzy.add(() -> rewrite(searcher, new FuzzyQuery(all, edits, 1, 30, true)));
					Term spell = new Term(IndexFields.SPELL, word);
					closeChecker.add(() -> suggest(close, spell, searcher));
					directChecker.add(() -> suggest(direct, spell, searcher));
				}
				List<String> lines = new ArrayList<>();
				lines.add(line(graph, "facets: ours", time(ours, rounds, warmup)));
				lines.add(line(graph, "facets: DrillSideways", time(lucene, rounds, warmup)));
				lines.add(line(graph, "typo: CloseSpellings", time(closeSpellings, rounds, warmup)));
				lines.add(line(graph, "typo: FuzzyQuery", time(fuzzy, rounds, warmup)));
				lines.add(line(graph, "bedoelde u: ours", time(closeChecker, rounds, warmup)));
				lines.add(line(graph, "bedoelde u: Direct", time(directChecker, rounds, warmup)));
				lines.add(String.format("%s: %d texts for facets, %d misspelt words", graph, texts.size(), words.size()));
				return lines;
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	/** Offerings not ended (in the area, when given): the filters the judged queries run with. */
	private static Map<Facet, Query> dimensions(String area) {
		Map<Facet, Query> dimensions = new EnumMap<>(Facet.class);
		dimensions.put(Facet.KIND, new TermQuery(new Term(Facet.KIND.filterField(), SearchKind.OFFERING.key())));
		if (area != null) {
			dimensions.put(Facet.AREA, new TermQuery(new Term(Facet.AREA.filterField(), area)));
		}
		return dimensions;
	}

	private static Query notEnded() {
		return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
			.add(new TermQuery(new Term(IndexFields.STATUS, "ended")), Occur.MUST_NOT)
			.build();
	}

	private static void facets(SearchView searcher, Query match, String area) {
		try {
			FacetCounting.list(searcher, Map.of(), FacetCounting.count(searcher, match, notEnded(), dimensions(area)));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The same counts as Lucene counts them: a drill-down on the same values, every dimension's top 25. */
	private static void drillSideways(SearchView searcher, FacetsConfig config, SortedSetDocValuesReaderState state,
			Query match, String area) {
		try {
			DrillDownQuery drillDown = new DrillDownQuery(config,
					new BooleanQuery.Builder().add(match, Occur.MUST).add(notEnded(), Occur.FILTER).build());
			drillDown.add(Facet.KIND.dimension(), path(searcher, Facet.KIND, SearchKind.OFFERING.key()));
			if (area != null) {
				drillDown.add(Facet.AREA.dimension(), path(searcher, Facet.AREA, area));
			}
			new DrillSideways(searcher, config, state).search(drillDown, 10).facets.getAllDims(FacetCounting.FACET_VALUES);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A value's facet path as indexed: its id and label. */
	private static String path(SearchView searcher, Facet facet, String id) {
		String label = searcher.labels(facet).getOrDefault(id, id);
		return id + "|" + label;
	}

	private static void rewrite(SearchView searcher, Query query) {
		try {
			searcher.rewrite(query);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void suggest(DirectSpellChecker checker, Term term, SearchView searcher) {
		try {
			checker.suggestSimilar(term, 1, searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Each word of five letters or more with its middle letter doubled: a typo no record has. */
	static List<String> misspelt(List<String> texts) {
		Set<String> words = new LinkedHashSet<>();
		for (String text : texts) {
			for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
				if (word.length() >= 5) {
					int middle = word.length() / 2;
					words.add(word.substring(0, middle) + word.charAt(middle) + word.substring(middle));
				}
			}
		}
		return new ArrayList<>(words);
	}

	private static long[] time(List<Runnable> work, int rounds, int warmup) {
		for (int round = 0; round < warmup; round++) {
			work.forEach(Runnable::run);
		}
		System.gc();
		long[] nanos = new long[work.size() * rounds];
		int n = 0;
		for (int round = 0; round < rounds; round++) {
			for (Runnable task : work) {
				long started = System.nanoTime();
				task.run();
				nanos[n++] = System.nanoTime() - started;
			}
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private static String line(String graph, String engine, long[] sorted) {
		return String.format("%-26s %-22s %8.2f %8.2f", graph, engine, percentile(sorted, 0.50), percentile(sorted, 0.95));
	}

	private static double percentile(long[] sorted, double share) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
	}

}
