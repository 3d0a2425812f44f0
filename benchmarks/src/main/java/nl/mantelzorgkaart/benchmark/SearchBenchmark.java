package nl.mantelzorgkaart.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.relevance.RelevanceJudgements;
import nl.mantelzorgkaart.relevance.SearchBox;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.Evaluation;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.Judgement;
import nl.mantelzorgkaart.relevance.RelevanceJudgements.Part;
import nl.mantelzorgkaart.search.index.SearchIndex;
import nl.mantelzorgkaart.search.index.SearchIndexMaintainer;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SocialMapSearch;
import nl.mantelzorgkaart.seed.SeedDataset;
import nl.mantelzorgkaart.seed.SeedFile;
import nl.mantelzorgkaart.seed.SeedLoader;
import nl.mantelzorgkaart.seed.synthetic.SyntheticDataset;
import nl.mantelzorgkaart.system.GraphInitializer;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Search on graphs of 10,000 and 100,000 synthetic offerings beside the curated data, in one run:
 * the application's Lucene search against Neo4j's built-in full-text index and a Cypher
 * {@code CONTAINS} scan, on the questions of both parts of the judged set. Prints p50/p95 latency and
 * Recall@5 and nDCG@10 per part (tuning, held-out) per engine, with ratios, and p50/p95 of the whole
 * GraphQL {@code search} over HTTP. The Lucene engines are the default search of the search box (every
 * kind of record); the Neo4j engines find offerings only, scored against the same judgements.
 */
@Component
@Profile("search-benchmark")
class SearchBenchmark implements ApplicationRunner {

	/** What a search page asks for: hits with snippets and their organisers, plus facets. */
	static final String HTTP_QUERY = """
			query($text: String, $filter: SearchFilter) {
			  search(text: $text, filter: $filter, first: 10) {
			    totalCount didYouMean
			    facets { dimension values { value label count } }
			    edges { node { kind id name score snippets
			      record { ... on Offering { id name organisers { name } } } } }
			  }
			}""";

	/** What a search box asks for: the count and the ranked hits. */
	static final String HTTP_HITS_QUERY = """
			query($text: String, $filter: SearchFilter) {
			  search(text: $text, filter: $filter, first: 10) {
			    totalCount edges { node { kind id name score } }
			  }
			}""";

	/** Untimed rounds of every engine on the JVM's first graph, for the JIT (see {@link #run}). */
	static final int JIT_WARMUP_ROUNDS = 10;

	private static final String FULLTEXT_INDEX = "benchmark_offering_text";

	private final Driver driver;

	private final SocialMapSearch search;

	private final SearchIndexMaintainer maintainer;

	private final SearchIndex index;

	private final ConfigurableApplicationContext context;

	private final int rounds;

	private final int warmupRounds;

	private final List<Integer> sizes;

	SearchBenchmark(Driver driver, SocialMapSearch search, SearchIndexMaintainer maintainer, SearchIndex index,
			ConfigurableApplicationContext context, @Value("${benchmark.rounds:5}") int rounds,
			@Value("${benchmark.warmup-rounds:3}") int warmupRounds,
			@Value("${benchmark.sizes:10000,100000}") List<Integer> sizes) {
		this.driver = driver;
		this.search = search;
		this.maintainer = maintainer;
		this.index = index;
		this.context = context;
		this.rounds = rounds;
		this.warmupRounds = warmupRounds;
		this.sizes = sizes;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		List<RelevanceJudgements> parts = RelevanceJudgements.loadAll();
		// Latency is timed on the questions of both parts; quality is scored per part.
		List<Judgement> questions = parts.stream().flatMap((part) -> part.judgements().stream()).toList();
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		URI uri = URI.create("http://127.0.0.1:" + port + "/graphql");

		LoadBenchmark.wipe(this.driver);
		SeedLoader loader = new SeedLoader(this.driver, null, 2_000, (kind, done, total) -> {
		});
		loader.load(new SeedDataset(GraphInitializer.classpathDataset()), false);
		this.driver.executableQuery("""
				CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:Offering) ON EACH [n.name, n.description]
				OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}}""".formatted(FULLTEXT_INDEX)).execute();

		List<String> table = new ArrayList<>();
		table.add(String.format("%-26s %-22s %8s %8s %9s %8s %9s %8s %10s", "graph", "engine", "p50 ms", "p95 ms",
				"R@5 tune", "nDCG tun", "R@5 held", "nDCG hld", "p95 ratio"));
		List<String> notes = new ArrayList<>();
		List<String> internals = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		sizes.add(0); // the seed data alone: the data the judged set is about
		sizes.addAll(this.sizes);
		for (int size : sizes) {
			double loadSeconds = 0;
			if (size > 0) {
				Path directory = Files.createTempDirectory("mantelzorgkaart-search-benchmark-");
				new SyntheticDataset(42, size).writeTo(directory);
				long loadStarted = System.nanoTime();
				loader.load(new SeedDataset(SeedFile.fromDirectory(directory)), false);
				loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
			}
			long indexStarted = System.nanoTime();
			int documents = this.maintainer.rebuild();
			double indexSeconds = (System.nanoTime() - indexStarted) / 1e9;
			this.driver.executableQuery("CALL db.awaitIndexes(1200)").execute();
			String graph = (size == 0) ? "seed data only" : String.format("%,d synthetic + seed", size);
			notes.add(String.format("%s: graph load %.0f s; Lucene index of %,d documents built in %.1f s", graph,
					loadSeconds, documents, indexSeconds));

			Map<String, BiFunction<String, String, List<String>>> engines = new LinkedHashMap<>();
			engines.put("Lucene, top 10", this::lucene);
			engines.put("Lucene, all parts", this::luceneComplete);
			engines.put("Neo4j full-text index", this::neo4jFullText);
			engines.put("Cypher CONTAINS scan", this::containsScan);
			if (size == sizes.get(0)) {
				// The JVM's first graph: every engine and the HTTP queries run a while untimed first, so that the
				// first rows measure compiled code as the later ones do, not the JIT at work.
				for (int round = 0; round < JIT_WARMUP_ROUNDS; round++) {
					for (BiFunction<String, String, List<String>> engine : engines.values()) {
						questions.forEach((judgement) -> engine.apply(judgement.query(), judgement.area()));
					}
				}
				timeHttp(client, uri, questions, HTTP_QUERY, JIT_WARMUP_ROUNDS);
				timeHttp(client, uri, questions, HTTP_HITS_QUERY, JIT_WARMUP_ROUNDS);
			}
			double luceneP95 = 0;
			for (Map.Entry<String, BiFunction<String, String, List<String>>> engine : engines.entrySet()) {
				Map<Part, Evaluation> evaluations = new EnumMap<>(Part.class);
				for (RelevanceJudgements part : parts) {
					evaluations.put(part.part(), part.evaluate(engine.getValue()));
				}
				long[] nanos = time(questions, engine.getValue());
				double p95 = ms(nanos, 0.95);
				if (luceneP95 == 0) {
					luceneP95 = p95;
				}
				table.add(String.format("%-26s %-22s %8.2f %8.2f %9.3f %8.3f %9.3f %8.3f %9.1fx", graph, engine.getKey(),
						ms(nanos, 0.50), p95, evaluations.get(Part.TUNING).recallAt5(),
						evaluations.get(Part.TUNING).ndcgAt10(), evaluations.get(Part.HELD_OUT).recallAt5(),
						evaluations.get(Part.HELD_OUT).ndcgAt10(), p95 / luceneP95));
			}
			long[] http = timeHttp(client, uri, questions, HTTP_QUERY);
			table.add(String.format("%-26s %-22s %8.2f %8.2f %9s %8s %9s %8s %10s", graph, "GraphQL search, HTTP",
					ms(http, 0.50), ms(http, 0.95), "", "", "", "", ""));
			long[] httpHits = timeHttp(client, uri, questions, HTTP_HITS_QUERY);
			table.add(String.format("%-26s %-22s %8.2f %8.2f %9s %8s %9s %8s %10s", graph, "GraphQL hits, HTTP",
					ms(httpHits, 0.50), ms(httpHits, 0.95), "", "", "", "", ""));
			internals.addAll(SearchInternals.measure(this.index, questions.stream().map(Judgement::query).toList(),
					questions.stream().map(Judgement::area).toList(), this.rounds, this.warmupRounds, graph));
		}
		StringBuilder report = new StringBuilder(String.format(
				"%nSearch benchmark: %d judged questions (tuning %d, held-out %d) x %d rounds per engine, one client, "
						+ "top 10%n",
				questions.size(), parts.get(0).judgements().size(), parts.get(1).judgements().size(), this.rounds));
		table.forEach((line) -> report.append(line).append('\n'));
		notes.forEach((line) -> report.append(line).append('\n'));
		report.append(String.format("%nSearch internals against the Lucene classes they stand in for (p50, p95 ms)%n"));
		internals.forEach((line) -> report.append(line).append('\n'));
		report.append("Quality per part of the judged set (R@5 = Recall@5, nDCG@10; tune = the tuning part, held = "
				+ "the held-out part, never tuned on), scored against answers of every kind (offerings, organisations, "
				+ "networks; the glossary terms shown apart count as explanations, not hits). Lucene, top 10: the "
				+ "in-process search (analysis, synonyms, typo expansion, filters) as the search box runs it, every "
				+ "kind of record, giving the ranked top 10. Lucene, all parts: the same "
				+ "plus the exact count, counts over 9 facet dimensions (each filtered one counted without its own "
				+ "filter) and highlighted snippets, as the API works them out when asked for. The Neo4j engines "
				+ "find OFFERINGS ONLY (their judged organisations and networks count as misses, and their area "
				+ "filter does not widen to the region, province or country): Neo4j full-text: "
				+ "db.index.fulltext.queryNodes on name and description with the 'dutch' analyzer, text escaped. "
				+ "CONTAINS: lower-cased words matched in name and description, ranked by words found. GraphQL "
				+ "search, HTTP: what a search page asks for (count, facets, \"bedoelde u\", hits with snippets and "
				+ "their organisers from the graph). GraphQL hits, HTTP: what a search box asks for (count and "
				+ "hits). Each engine is timed after " + this.warmupRounds
				+ " warm-up rounds and a garbage collection; on the first graph every engine first runs "
				+ JIT_WARMUP_ROUNDS + " more rounds, for the JIT.\n");
		System.out.println(report);
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

	/** The ranked top 10 alone, every kind of record, as {@code <kind>:<id>}. */
	private List<String> lucene(String text, String area) {
		return lucene(text, area, EnumSet.noneOf(SearchRequest.Part.class));
	}

	/** The search as the API runs it when all is asked for: exact count, 9 facets, snippets. */
	private List<String> luceneComplete(String text, String area) {
		return lucene(text, area, EnumSet.allOf(SearchRequest.Part.class));
	}

	/** The default search of the search box: no kind filter, the area filter only when given. */
	private List<String> lucene(String text, String area, Set<SearchRequest.Part> parts) {
		return SearchBox.ranking(this.search, text, area, 10, parts);
	}

	private List<String> neo4jFullText(String text, String area) {
		String query = QueryParserBase.escape(text.toLowerCase(Locale.ROOT));
		return this.driver.executableQuery("""
				CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
				WHERE coalesce(node.status, 'active') <> 'ended'
				  AND ($area IS NULL OR EXISTS { (node)-[:SERVES]->(:Area)-[:PART_OF*0..]->(:Area {id: $area}) })
				RETURN node.id AS id LIMIT 10""")
			.withParameters(parameters("index", FULLTEXT_INDEX, "query", query, "area", area))
			.execute()
			.records()
			.stream()
			.map((row) -> "offering:" + row.get("id").asString())
			.toList();
	}

	private List<String> containsScan(String text, String area) {
		List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> word.length() >= 3)
			.distinct()
			.toList();
		if (words.isEmpty()) {
			return List.of();
		}
		return this.driver.executableQuery("""
				MATCH (o:Offering)
				WHERE coalesce(o.status, 'active') <> 'ended'
				  AND ($area IS NULL OR EXISTS { (o)-[:SERVES]->(:Area)-[:PART_OF*0..]->(:Area {id: $area}) })
				WITH o, toLower(o.name + ' ' + o.description) AS text
				WITH o, size([word IN $words WHERE text CONTAINS word]) AS found
				WHERE found > 0
				RETURN o.id AS id ORDER BY found DESC, o.nameKey LIMIT 10""")
			.withParameters(parameters("words", words, "area", area))
			.execute()
			.records()
			.stream()
			.map((row) -> "offering:" + row.get("id").asString())
			.toList();
	}

	private long[] time(List<Judgement> judgements, BiFunction<String, String, List<String>> engine)
			throws IOException, InterruptedException {
		return time(judgements, (judgement) -> engine.apply(judgement.query(), judgement.area()));
	}

	/** A call that is timed; it may fail as an HTTP request does. */
	@FunctionalInterface
	private interface Call<T> {

		void run(T item) throws IOException, InterruptedException;

	}

	/**
	 * Times {@code call} on every item, {@link #rounds} times, after {@link #warmupRounds} untimed rounds
	 * (JIT, caches, query plans) and a garbage collection; returns the sorted durations in nanoseconds.
	 */
	private <T> long[] time(List<T> items, Call<T> call) throws IOException, InterruptedException {
		return time(items, this.rounds, call);
	}

	private <T> long[] time(List<T> items, int rounds, Call<T> call) throws IOException, InterruptedException {
		for (int round = 0; round < this.warmupRounds; round++) {
			for (T item : items) {
				call.run(item);
			}
		}
		settle();
		long[] nanos = new long[items.size() * rounds];
		int i = 0;
		for (int round = 0; round < rounds; round++) {
			for (T item : items) {
				long started = System.nanoTime();
				call.run(item);
				nanos[i++] = System.nanoTime() - started;
			}
		}
		Arrays.sort(nanos);
		return nanos;
	}

	private long[] timeHttp(HttpClient client, URI uri, List<Judgement> judgements, String query)
			throws IOException, InterruptedException {
		return timeHttp(client, uri, judgements, query, this.rounds);
	}

	private long[] timeHttp(HttpClient client, URI uri, List<Judgement> judgements, String query, int rounds)
			throws IOException, InterruptedException {
		List<HttpRequest> requests = new ArrayList<>();
		for (Judgement judgement : judgements) {
			String filter = (judgement.area() != null) ? ", \"filter\": {\"areas\": [\"" + judgement.area() + "\"]}" : "";
			String body = "{\"query\": " + quote(query) + ", \"variables\": {\"text\": " + quote(judgement.query())
					+ filter + "}}";
			requests.add(HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}
		return time(requests, rounds, (request) -> send(client, request));
	}

	/**
	 * Collects the garbage of what ran before (loading 100,000 records into the graph, the previous
	 * engine), so that its collection does not land in the timings of the engine measured next.
	 */
	private static void settle() {
		System.gc();
	}

	private static void send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("Benchmark query failed: " + response.statusCode() + " " + response.body());
		}
	}

	private static Map<String, Object> parameters(Object... keysAndValues) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return parameters;
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
