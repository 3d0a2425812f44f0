package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import nl.mantelzorgkaart.MantelzorgkaartApplication;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SocialMapSearch;
import nl.mantelzorgkaart.search.index.IndexBuildKilledHalfWay;
import nl.mantelzorgkaart.seed.SeedKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Crash safety, shown (issue 20): a first start killed while it loads the seed dataset (a child JVM halted
 * on the spot half way through a kind's batches, as {@code kill -9} would), while it builds the search
 * index, or while clients use it, then a start of the application on the same data directory, gives the
 * same graph and the same search answers as a clean start. Full-stack: it starts Neo4j and the application itself, outside the shared test context.
 */
@Tag("full-stack")
class CrashSafetyTests {

	@Test
	void aFirstStartKilledDuringTheSeedLoadIsCompletedByTheNextStart(@TempDir Path directory) throws Exception {
		Map<String, Long> clean = cleanStart();

		Path killed = directory.resolve("killed");
		runUntilKilled(directory, "KILLED OFFERING", SeedLoadKilledHalfWay.class, killed.toString(), SeedKind.OFFERING.name());

		assertThat(startAndMeasure(killed)).isEqualTo(clean);
	}

	/**
	 * Every kind's batch, not only the offerings': a first load halted half way through a kind (in batches of
	 * half its records, so that each kind has a middle) and then a start of the graph on that directory gives the same
	 * graph as a clean load. The start here is the application's own start-up step ({@link GraphInitializer})
	 * on the embedded database without the web application, to keep eleven restarts affordable; the test above
	 * restarts the whole application and compares searches too.
	 */
	@ParameterizedTest(name = "killed half way through the {0} batch")
	@MethodSource("killedKinds")
	void aFirstLoadKilledHalfWayThroughAnyKindIsCompletedByTheNextStart(SeedKind kind, @TempDir Path directory)
			throws Exception {
		Path killed = directory.resolve("killed");
		runUntilKilled(directory, "KILLED " + kind.name(), SeedLoadKilledHalfWay.class, killed.toString(), kind.name(), "half");

		assertThat(startGraphAndCount(killed)).isEqualTo(cleanGraph());
	}

	/**
	 * The kinds killed half way: in {@code mvn verify} the first kind, a vocabulary (all six are loaded alike),
	 * areas, organisations and networks (the last); with {@code -Dcrash.kinds=all} every kind but offerings
	 * (killed in the test above), about three minutes more.
	 */
	static Stream<SeedKind> killedKinds() {
		if ("all".equals(System.getProperty("crash.kinds"))) {
			return Stream.of(SeedKind.values()).filter((kind) -> kind != SeedKind.OFFERING);
		}
		return Stream.of(SeedKind.SOURCE, SeedKind.CARE_THEME, SeedKind.AREA, SeedKind.ORGANISATION, SeedKind.NETWORK);
	}

	private static Map<String, Long> cleanGraph;

	/** The graph of a clean first start, counted once for all kinds. */
	private static synchronized Map<String, Long> cleanGraph() throws IOException {
		if (cleanGraph == null) {
			Path clean = Files.createTempDirectory("crash-safety-clean");
			try {
				cleanGraph = startGraphAndCount(clean);
			}
			finally {
				org.springframework.util.FileSystemUtils.deleteRecursively(clean);
			}
		}
		return cleanGraph;
	}

	/** The embedded database and the application's start-up step on a data directory; the graph counted. */
	private static Map<String, Long> startGraphAndCount(Path dataDirectory) {
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dataDirectory, 0, 64L << 20);
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
			StaticListableBeanFactory beans = new StaticListableBeanFactory();
			beans.addBean("embeddedNeo4j", neo4j);
			new GraphInitializer(driver, new Neo4jSettings(null, null, null, null, null),
					beans.getBeanProvider(EmbeddedNeo4j.class), true).afterSingletonsInstantiated();
			return graphCounts(driver);
		}
		finally {
			neo4j.close();
		}
	}

	private static Map<String, Long> graphCounts(Driver driver) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String label : List.of("Organisation", "Offering", "Network", "Location", "Area", "Term", "Source",
				"CareTheme", "TargetGroup", "SupportFunction", "RespiteType", "FundingRoute")) {
			counts.put(label, driver.executableQuery("MATCH (n:" + label + ") RETURN count(n) AS c")
				.execute().records().get(0).get("c").asLong());
		}
		counts.put("relationships", driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS c")
			.execute().records().get(0).get("c").asLong());
		counts.put("nodes without a name, term or title", driver.executableQuery(
				"MATCH (n) WHERE NOT n:__SeedLoad AND NOT n:Location AND n.name IS NULL AND n.term IS NULL AND n.title IS NULL "
						+ "RETURN count(n) AS c").execute().records().get(0).get("c").asLong());
		counts.put("seed loads under way", driver.executableQuery("MATCH (n:__SeedLoad) WHERE n.state = 'loading' RETURN count(n) AS c")
			.execute().records().get(0).get("c").asLong());
		return counts;
	}

	/**
	 * A search index half built when the process died (halted on the spot after 150 records, before Lucene's
	 * commit) is rebuilt by the next start: the same counts and the same search answers as a clean start.
	 */
	@Test
	void aStartAfterAKillDuringTheSearchIndexBuildRebuildsTheIndex(@TempDir Path directory) throws Exception {
		Path killed = directory.resolve("killed");
		assertThat(startGraphAndCount(killed)).isEqualTo(cleanGraph());
		runUntilKilled(directory, "KILLED INDEX BUILD", IndexBuildKilledHalfWay.class, killed.toString());

		assertThat(startAndMeasure(killed)).isEqualTo(cleanStart());
	}

	/**
	 * The application killed ({@code SIGKILL}) while four clients search it and ask the guide, then started
	 * again on the same directory: the same counts and search answers as a clean start.
	 */
	@Test
	void aStartAfterAKillUnderLoadGivesWhatACleanStartGives(@TempDir Path directory) throws Exception {
		Path killed = directory.resolve("killed");
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Process app = new ProcessBuilder(ChildJvm.command(MantelzorgkaartApplication.class, "--server.port=" + port,
				"--mantelzorgkaart.neo4j.embedded.data-directory=" + killed, "--mantelzorgkaart.rate-limit.api=0",
				"--mantelzorgkaart.rate-limit.pages=0"))
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("app.log").toFile())
			.start();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			awaitUp(http, port, app, directory.resolve("app.log"));
			AtomicInteger answered = new AtomicInteger();
			List<String> requests = List.of("/zoeken?q=dementie", "/zoeken?q=logeren&gebied=almere",
					"/respijtwijzer?gebied=almere", "/zoeken?q=jonge+mantelzorgers&gebied=huizen");
			for (int c = 0; c < 4; c++) {
				String path = requests.get(c);
				clients.submit(() -> {
					while (!Thread.currentThread().isInterrupted()) {
						try {
							http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
								.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
							answered.incrementAndGet();
						}
						catch (IOException ex) {
							return; // the server is gone
						}
						catch (InterruptedException ex) {
							return;
						}
					}
				});
			}
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (answered.get() < 40 && System.nanoTime() < until) {
				Thread.sleep(100);
			}
			assertThat(answered.get()).as("requests answered before the kill").isGreaterThanOrEqualTo(40);
			app.destroyForcibly();
			assertThat(app.waitFor(1, TimeUnit.MINUTES)).isTrue();
			assertThat(app.exitValue()).isEqualTo(137);
		}
		finally {
			clients.shutdownNow();
			app.destroyForcibly();
		}

		assertThat(startAndMeasure(killed)).isEqualTo(cleanStart());
	}

	/** Runs a main class of the tests in a child JVM that must halt itself (exit 137) saying {@code killedLine}. */
	private static void runUntilKilled(Path directory, String killedLine, Class<?> main, String... arguments)
			throws IOException, InterruptedException {
		Process child = new ProcessBuilder(ChildJvm.command(main, arguments))
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("child.log").toFile())
			.start();
		assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the child JVM ended").isTrue();
		String log = Files.readString(directory.resolve("child.log"), StandardCharsets.UTF_8);
		assertThat(child.exitValue()).as(log).isEqualTo(137);
		assertThat(log).contains(killedLine);
	}

	private static void awaitUp(HttpClient http, int port, Process app, Path log) throws Exception {
		long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
		while (System.nanoTime() < until) {
			assertThat(app.isAlive()).as(() -> readQuietly(log)).isTrue();
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
						+ "/actuator/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The application did not come up in 4 minutes:\n" + readQuietly(log));
	}

	private static String readQuietly(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static Map<String, Long> cleanStart;

	/** What a clean start of the whole application gives, measured once for the tests that compare with it. */
	private static synchronized Map<String, Long> cleanStart() throws IOException {
		if (cleanStart == null) {
			Path clean = Files.createTempDirectory("crash-safety-clean-start");
			try {
				cleanStart = startAndMeasure(clean);
			}
			finally {
				org.springframework.util.FileSystemUtils.deleteRecursively(clean);
			}
		}
		return cleanStart;
	}

	/** Starts the application on a data directory and counts what a user would notice. */
	private static Map<String, Long> startAndMeasure(Path dataDirectory) throws IOException {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MantelzorgkaartApplication.class).run(
				"--server.port=0", "--mantelzorgkaart.neo4j.embedded.data-directory=" + dataDirectory,
				"--mantelzorgkaart.search.index-directory=" + dataDirectory.resolve("search-index"))) {
			Map<String, Long> counts = graphCounts(app.getBean(Driver.class));
			SocialMapSearch search = app.getBean(SocialMapSearch.class);
			for (String text : List.of("dementie", "respijtzorg", "jonge mantelzorgers")) {
				counts.put("search " + text, (long) search.search(new SearchRequest(text, Map.of(), null, false, null, 10, 0,
						false)).totalCount());
			}
			return counts;
		}
	}

}
