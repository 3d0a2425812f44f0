package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar that {@code mvn package} builds, as a user runs it: {@code java -jar} with the README's options on an
 * empty data directory. It holds none of what the product does not run, starts, loads the seed data, answers a
 * search, keeps the data directory small and stops on SIGTERM (issue 20). Full-stack: it needs the packaged jar
 * (there from the package phase on, before failsafe runs) and starts the whole application in a JVM of its own.
 */
@Tag("full-stack")
class ApplicationJarTests {

	private static final Path JAR = Path.of("target", "mantelzorgkaart.jar");

	/** Libraries of Neo4j's import tooling, its HTTP server and the test client that once made the jar 187 MB. */
	private static final List<String> NOT_IN_THE_JAR = List.of("hadoop-", "parquet-", "snappy-java-", "jetty-",
			"jersey-", "zstd-jni-", "jProcesses-", "neo4j-import-tool-", "neo4j-consistency-check-", "neo4j-udc-",
			"netty-codec-native-quic-", "netty-resolver-dns-", "spring-boot-starter-test", "junit-", "selenium-",
			"benchmarks-");

	@Test
	void theJarCarriesNeitherNeo4jsImportToolingNorItsHttpServerNorTestLibraries() throws IOException {
		assertThat(JAR).as("the jar mvn package builds").isRegularFile();
		try (ZipFile jar = new ZipFile(JAR.toFile())) {
			List<String> libraries = jar.stream()
				.map((entry) -> entry.getName())
				.filter((name) -> name.startsWith("BOOT-INF/lib/"))
				.map((name) -> name.substring("BOOT-INF/lib/".length()))
				.toList();
			assertThat(libraries).as("the embedded database and the web stack are there")
				.anyMatch((name) -> name.startsWith("neo4j-kernel-"))
				.anyMatch((name) -> name.startsWith("neo4j-cypher-"))
				.anyMatch((name) -> name.startsWith("tomcat-embed-core-"));
			assertThat(libraries).noneMatch((name) -> NOT_IN_THE_JAR.stream().anyMatch(name::startsWith));
			assertThat(jar.stream().map((entry) -> entry.getName()))
				.noneMatch((name) -> name.startsWith("BOOT-INF/classes/nl/mantelzorgkaart/benchmark/"));
		}
		assertThat(Files.size(JAR)).as("the jar's size").isLessThan(150L << 20);
	}

	@Test
	void theJarStartsOnAnEmptyDataDirectoryAnswersASearchAndKeepsTheSeedDataUnder50Mb(@TempDir Path directory)
			throws Exception {
		Path data = directory.resolve("data");
		int port = freePort();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", JAR.toAbsolutePath().toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("app.log").toFile());
		builder.environment().put("MANTELZORGKAART_DATA_DIR", data.toString());
		builder.environment().put("PORT", String.valueOf(port));
		Process app = builder.start();
		try {
			String answer = awaitSearch(app, port, directory.resolve("app.log"));
			assertThat(answer).as("a search on the seed data").contains("\"totalCount\"").doesNotContain("\"errors\"");
			assertThat(size(data)).as("the data directory after the seed load, while running").isLessThan(50L << 20);

			app.destroy(); // SIGTERM
			assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("stopped within 2 minutes of SIGTERM").isTrue();
			assertThat(size(data)).as("the data directory after a clean stop").isLessThan(50L << 20);
		}
		finally {
			app.destroyForcibly();
		}
	}

	private static String awaitSearch(Process app, int port, Path log) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest search = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ search(text: \\\"dementie\\\") { totalCount } }\"}"))
			.build();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				List<String> lines = Files.readAllLines(log);
				throw new AssertionError("The jar exited with " + app.exitValue() + "; its output ended with:\n"
						+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
			}
			try {
				HttpResponse<String> response = http.send(search, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && !response.body().contains("\"totalCount\":0")) {
					return response.body();
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The jar answered no search within 4 minutes");
	}

	private static long size(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile).mapToLong((path) -> path.toFile().length()).sum();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
