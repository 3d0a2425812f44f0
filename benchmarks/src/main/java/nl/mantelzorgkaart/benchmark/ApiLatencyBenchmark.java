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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.seed.SeedDataset;
import nl.mantelzorgkaart.seed.SeedFile;
import nl.mantelzorgkaart.seed.SeedLoader;
import nl.mantelzorgkaart.seed.synthetic.SyntheticDataset;
import nl.mantelzorgkaart.system.GraphInitializer;
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
 * Latency of the public API as a partner site sees it, over HTTP with one client: a filtered, paginated
 * offerings query, the respite guide and the coverage report, on the curated seed data and then with a
 * synthetic national dataset beside it. Prints p50, p95 and p99 per dataset and query.
 */
@Component
@Profile("api-benchmark")
class ApiLatencyBenchmark implements ApplicationRunner {

	/** A typical partner-site question: respite or emotional support in a municipality, first page. */
	static final String QUERY = """
			query($area: ID!, $cursor: String) {
			  offerings(filter: {areas: [$area], supportFunctions: ["respijtzorg", "emotionele-steun"],
			                     statuses: [ACTIVE]}, first: 10, after: $cursor) {
			    totalCount
			    pageInfo { hasNextPage endCursor }
			    edges { node { id name organisers { name } careThemes { name } areas { name } } }
			  }
			}""";

	/** A caregiver's question: a partner with dementia who wants someone at home, with the full answer. */
	static final String GUIDE_QUERY = """
			query($area: ID!) {
			  respiteGuide(input: {caringFor: PARTNER, careRecipientAge: 78, careThemes: ["dementie"],
			                       breakKinds: [SOMEONE_AT_HOME], moments: [EVENING], payment: [MUNICIPALITY, FREE],
			                       area: $area}, first: 10, alternatives: 5) {
			    matchCount
			    matches { score offering { id name organisers { name phone } } reasons { question fit text }
			              conditions nextStep { text contact { name } } }
			    alternatives { offering { id name } differences { question text } }
			    contactPoints { organisation { name phone } text }
			    terms { term definition }
			  }
			}""";

	/** A municipality officer's question: the whole matrix with the offerings in each cell. */
	static final String COVERAGE_QUERY = """
			query($area: ID!) {
			  coverage(area: $area) {
			    offeringCount emptyCellCount
			    rows { targetGroup { name } cells { count empty offerings { id name } plannedOfferings { id } } }
			    respiteTypes { respiteType { name } present offerings { id } }
			    missingRespiteTypes { name }
			    subAreas { area { name } offeringCount }
			  }
			}""";

	/** The queries measured, by name. */
	static final Map<String, String> QUERIES = new LinkedHashMap<>();

	static {
		QUERIES.put("offerings", QUERY);
		QUERIES.put("respiteGuide", GUIDE_QUERY);
		QUERIES.put("coverage", COVERAGE_QUERY);
	}

	private final Driver driver;

	private final ConfigurableApplicationContext context;

	private final int offerings;

	private final int requests;

	ApiLatencyBenchmark(Driver driver, ConfigurableApplicationContext context,
			@Value("${benchmark.offerings:100000}") int offerings, @Value("${benchmark.requests:300}") int requests) {
		this.driver = driver;
		this.context = context;
		this.offerings = offerings;
		this.requests = requests;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		URI uri = URI.create("http://127.0.0.1:" + port + "/graphql");
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%-34s %-13s %8s %9s %9s %9s %9s", "dataset", "query", "requests", "p50 ms",
				"p95 ms", "p99 ms", "max ms"));
		// Start from the curated data alone, whatever an earlier run left.
		LoadBenchmark.wipe(this.driver);
		SeedLoader loader = new SeedLoader(this.driver, null, 2_000, (kind, done, total) -> {
		});
		loader.load(new SeedDataset(GraphInitializer.classpathDataset()), false);
		measureAll(client, uri, "seed data (Almere)", "almere", lines);

		Path directory = Files.createTempDirectory("mantelzorgkaart-api-benchmark-");
		new SyntheticDataset(42, this.offerings).writeTo(directory);
		loader.load(new SeedDataset(SeedFile.fromDirectory(directory)), false);
		// The busiest synthetic municipality: the worst case for the filter.
		var busiestRow = this.driver.executableQuery("""
				MATCH (a:Area {kind: 'municipality'})<-[:PART_OF*0..1]-(:Area)<-[:SERVES]-(o:Offering)
				WHERE a.id STARTS WITH 'syn-'
				RETURN a.id AS id, count(o) AS n ORDER BY n DESC, id LIMIT 1""").execute().records().get(0);
		String busiest = busiestRow.get("id").asString();
		measureAll(client, uri, String.format("+ synthetic %,d offerings", this.offerings), busiest, lines);
		measureAll(client, uri, "  same, seed area (Almere)", "almere", lines);

		StringBuilder report = new StringBuilder(
				"\nAPI latency over HTTP, one client: offerings (filtered, paginated), respiteGuide, coverage\n");
		lines.forEach((line) -> report.append(line).append('\n'));
		report.append(String.format("(synthetic rows: the busiest synthetic municipality, %s, with %d offerings)%n",
				busiest, busiestRow.get("n").asLong()));
		System.out.println(report);
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

	private void measureAll(HttpClient client, URI uri, String label, String area, List<String> lines)
			throws IOException, InterruptedException {
		for (Map.Entry<String, String> query : QUERIES.entrySet()) {
			lines.add(measure(client, uri, label, query.getKey(), query.getValue(), area));
			label = "";
		}
	}

	private String measure(HttpClient client, URI uri, String label, String name, String query, String area)
			throws IOException, InterruptedException {
		String body = "{\"query\": " + quote(query) + ", \"variables\": {\"area\": \"" + area + "\"}}";
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		for (int i = 0; i < 30; i++) { // warm-up: JIT and query plans
			send(client, request);
		}
		long[] nanos = new long[this.requests];
		for (int i = 0; i < this.requests; i++) {
			long started = System.nanoTime();
			send(client, request);
			nanos[i] = System.nanoTime() - started;
		}
		Arrays.sort(nanos);
		return String.format("%-34s %-13s %8d %9.1f %9.1f %9.1f %9.1f", label, name, this.requests, ms(nanos, 0.50),
				ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
	}

	private static void send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("Benchmark query failed: " + response.statusCode() + " " + response.body());
		}
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
