package nl.mantelzorgkaart.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start time, memory and disk of the application as a user runs it: {@code java -jar} on the built jar, in a
 * process of its own, measured from outside (issue 20).
 * <ul>
 * <li>{@code start}: a first start on an empty data directory (the seed load included), then restarts on the
 * same directory; per start the time to the first answered search, the CPU time the process used until
 * then, its resident memory (RSS), the data directory's size, and the time a SIGTERM takes to stop it.</li>
 * <li>{@code soak}: a mixed load over HTTP (GraphQL search and respite guide, the search, offering,
 * organisation and guide pages) at 1, 4 and 16 clients in turn; RSS before, every few seconds during, and
 * after; requests, errors (anything but a 200 with no GraphQL {@code errors}) and latency per phase.</li>
 * </ul>
 * It needs only the JDK at run time ({@code java -cp benchmarks/target/classes ...}), which
 * {@code benchmarks/footprint} runs after building the jar. Options are {@code --name=value}; see {@link #main}. Linux is needed for RSS ({@code /proc}); elsewhere it prints "n/a".
 */
public final class FootprintBenchmark {

	/** The JVM options the README, the Dockerfile and {@code spring-boot:run} document for the application. */
	public static final String DEFAULT_JAVA_OPTIONS = "-Xmx512m";

	/** The texts the searches use: a caregiver's words, a place, a typo, a graph question, English. */
	static final List<String> SEARCH_TEXTS = List.of("dementie", "respijtzorg almere", "even vrij van de zorg voor mijn man",
			"logeerzorg", "jonge mantelzorgers", "mantelzorgmakelaar huizen", "dagbestedng", "wie organiseren eigen tijd",
			"support for carers", "psychische problemen");

	static final String SEARCH_QUERY = """
			query($text: String!) {
			  search(text: $text, first: 10) {
			    totalCount didYouMean
			    facets { dimension values { value count } }
			    edges { node { kind id name snippets } }
			  }
			}""";

	/** The respite guide as {@link ApiLatencyBenchmark} asks it (a constant: this class needs no Spring at run time). */
	static final String GUIDE_QUERY = ApiLatencyBenchmark.GUIDE_QUERY;

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private final Map<String, String> options;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private FootprintBenchmark(Map<String, String> options) {
		this.options = options;
	}

	/**
	 * {@code start [--restarts=2]} or {@code soak [--minutes=10] [--clients=1,4,16]}; both take
	 * {@code --jar=api/target/mantelzorgkaart.jar}, {@code --java-options="-Xmx512m ..."},
	 * {@code --cds=true} (run as the README's class data sharing recipe) and {@code --data-dir=DIR} (default: a
	 * new temporary directory, deleted afterwards).
	 */
	public static void main(String[] args) throws Exception {
		if (args.length == 0 || !(args[0].equals("start") || args[0].equals("soak"))) {
			System.err.println("usage: FootprintBenchmark start [--restarts=2] | soak [--minutes=10] [--clients=1,4,16]"
					+ "  [--jar=api/target/mantelzorgkaart.jar] [--java-options=\"" + DEFAULT_JAVA_OPTIONS + "\"]"
					+ " [--cds=true] [--data-dir=DIR]");
			System.exit(2);
		}
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Options are --name=value, got " + arg);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		FootprintBenchmark benchmark = new FootprintBenchmark(options);
		int status = args[0].equals("start") ? benchmark.starts() : benchmark.soak();
		System.exit(status);
	}

	// ------------------------------------------------------------------ start

	private int starts() throws Exception {
		int restarts = Integer.parseInt(this.options.getOrDefault("restarts", "2"));
		Path dataDir = dataDirectory();
		Path jar = jar();
		if (cds()) {
			jar = classDataSharing(jar, dataDir.resolveSibling("cds"));
		}
		List<String> rows = new ArrayList<>();
		rows.add(String.format("%-13s %13s %9s %11s %12s %8s %12s   %s", "run", "first answer", "CPU", "RSS", "data dir",
				"stop", "after stop", "load avg"));
		boolean ok = true;
		for (int run = 0; run <= restarts; run++) {
			String load = loadAverage();
			App app = App.start(jar, javaOptions(), dataDir);
			try {
				Duration firstAnswer = app.awaitFirstAnswer(this.http);
				Duration cpu = app.cpu();
				long rss = app.rss();
				long size = size(dataDir);
				Duration stop = app.stop();
				rows.add(String.format("%-13s %11.1f s %7.1f s %11s %12s %6.1f s %12s   %s",
						run == 0 ? "first start" : "restart " + run, seconds(firstAnswer), seconds(cpu), mb(rss), mb(size),
						seconds(stop), mb(size(dataDir)), load));
			}
			catch (RuntimeException ex) {
				ok = false;
				rows.add(String.format("%-13s failed: %s (log: %s)", run == 0 ? "first start" : "restart " + run,
						ex.getMessage(), app.log));
				app.kill();
				break;
			}
		}
		StringBuilder report = new StringBuilder("\nStart and footprint: java ").append(javaOptions())
			.append(" -jar ")
			.append(jar)
			.append(" (the jar: ")
			.append(mb(Files.size(jar())))
			.append(")\n");
		rows.forEach((row) -> report.append(row).append('\n'));
		report.append("first answer = launch to the first answered GraphQL search (\"dementie\"); CPU = the process's CPU\n")
			.append("time until then; RSS = resident memory then; data dir = size then; stop = SIGTERM to exit;\n")
			.append("load avg = the machine's 1-minute load at launch (this machine has ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores): wall times depend on what else runs, CPU time less so. Data in ")
			.append(dataDir)
			.append('\n');
		System.out.println(report);
		cleanUp(dataDir);
		return ok ? 0 : 1;
	}

	// ------------------------------------------------------------------ soak

	private int soak() throws Exception {
		double minutes = Double.parseDouble(this.options.getOrDefault("minutes", "10"));
		int[] clients = Arrays.stream(this.options.getOrDefault("clients", "1,4,16").split(","))
			.mapToInt((count) -> Integer.parseInt(count.strip()))
			.toArray();
		if (minutes <= 0 || clients.length == 0 || Arrays.stream(clients).anyMatch((count) -> count < 1 || count > 64)) {
			throw new IllegalArgumentException("--minutes must be above 0 and --clients counts from 1 to 64");
		}
		Duration phase = Duration.ofMillis(Math.round(minutes * 60_000 / clients.length));
		Path dataDir = dataDirectory();
		Path jar = jar();
		if (cds()) {
			jar = classDataSharing(jar, dataDir.resolveSibling("cds"));
		}
		App app = App.start(jar, javaOptions(), dataDir);
		boolean ok;
		StringBuilder report = new StringBuilder();
		try {
			Duration firstAnswer = app.awaitFirstAnswer(this.http);
			List<Request> requests = requests(app.port);
			Thread.sleep(5_000); // the start's background work settles (the Cypher warm-up, the index check)
			long before = app.rss();
			report.append(String.format("%nSoak: java %s -jar %s, %s of mixed load (%s each at %s clients)%n",
					javaOptions(), jar, minutesText(minutes), minutesText(phase.toMillis() / 60_000.0),
					Arrays.toString(clients)));
			report.append(String.format("first answer after %.1f s; RSS before the load %s; load average %s (%d cores)%n",
					seconds(firstAnswer), mb(before), loadAverage(), Runtime.getRuntime().availableProcessors()));
			report.append(String.format("%-8s %10s %7s %8s %8s %8s %8s   %s%n", "clients", "requests", "errors", "req/s",
					"p50 ms", "p99 ms", "max ms", "RSS during (min / max / last)"));
			long errors = 0;
			List<Long> samples = new ArrayList<>();
			for (int count : clients) {
				Phase result = run(app, requests, count, phase);
				errors += result.errors;
				samples.addAll(result.rss);
				report.append(result.line(count)).append('\n');
				if (!result.failures.isEmpty()) {
					report.append("  first failures: ").append(String.join(" | ", result.failures)).append('\n');
				}
			}
			Thread.sleep(10_000);
			long after = app.rss();
			long peak = samples.stream().mapToLong(Long::longValue).max().orElse(-1);
			report.append(String.format("RSS after the load (10 s idle) %s; peak during %s; before %s%n", mb(after), mb(peak),
					mb(before)));
			int half = samples.size() / 2;
			if (half > 0) {
				long firstHalfPeak = samples.subList(0, half).stream().mapToLong(Long::longValue).max().orElse(-1);
				long secondHalfPeak = samples.subList(half, samples.size()).stream().mapToLong(Long::longValue).max().orElse(-1);
				report.append(String.format("RSS peak in the first half %s, in the second half %s (%+.0f MiB)%n",
						mb(firstHalfPeak), mb(secondHalfPeak), (secondHalfPeak - firstHalfPeak) / 1048576.0));
			}
			report.append(String.format("errors: %d%n", errors));
			ok = errors == 0;
		}
		finally {
			app.stop();
		}
		System.out.println(report);
		cleanUp(dataDir);
		return ok ? 0 : 1;
	}

	/** One request of the mix. */
	private record Request(String name, HttpRequest http, boolean graphql) {
	}

	/** The mix: the GraphQL search and guide as the API's clients ask them, and the pages a caregiver opens. */
	private List<Request> requests(int port) throws IOException, InterruptedException {
		String base = "http://127.0.0.1:" + port;
		List<Request> requests = new ArrayList<>();
		for (String text : SEARCH_TEXTS) {
			requests.add(graphql(base, "graphql search", SEARCH_QUERY, "{\"text\": " + json(text) + "}"));
			requests.add(page(base, "search page", "/zoeken?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
		}
		requests.add(graphql(base, "graphql guide", GUIDE_QUERY, "{\"area\": \"almere\"}"));
		requests.add(page(base, "guide page",
				"/respijtwijzer?stap=7&zorgtVoor=PARTNER&leeftijd=78&thema=dementie&pauze=SOMEONE_AT_HOME&gebied=almere&ga=verder"));
		requests.add(page(base, "guide page", "/respijtwijzer?stap=1&zorgtVoor=PARTNER&leeftijd=78&ga=verder"));
		requests.add(page(base, "search page", "/zoeken?q=dementie&gebied=almere&thema=dementie"));
		requests.add(page(base, "home page", "/"));
		// Detail pages of records that exist, read from the API.
		String ids = send(graphql(base, "ids", "{ offerings(first: 20) { edges { node { id } } } "
				+ "organisations(first: 10) { edges { node { id } } } }", "{}").http).body();
		String offerings = ids.substring(0, ids.indexOf("organisations"));
		String organisations = ids.substring(ids.indexOf("organisations"));
		for (String id : ids(offerings)) {
			requests.add(page(base, "offering page", "/aanbod/" + id));
		}
		for (String id : ids(organisations)) {
			requests.add(page(base, "organisation page", "/organisaties/" + id));
		}
		return requests;
	}

	private static List<String> ids(String json) {
		List<String> ids = new ArrayList<>();
		Matcher matcher = ID.matcher(json);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("The API listed no records: " + json);
		}
		return ids;
	}

	private static Request graphql(String base, String name, String query, String variables) {
		String body = "{\"query\": " + json(query) + ", \"variables\": " + variables + "}";
		return new Request(name, HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), true);
	}

	private static Request page(String base, String name, String path) {
		return new Request(name, HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html")
			.GET()
			.build(), false);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The measured figures of one phase. */
	private static final class Phase {

		final AtomicLong requests = new AtomicLong();

		long errors;

		final AtomicLong errorCount = new AtomicLong();

		final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

		final List<Long> rss = new ArrayList<>();

		long[] latencies = new long[0];

		Duration took = Duration.ZERO;

		String line(int clients) {
			Arrays.sort(this.latencies);
			return String.format("%-8d %10d %7d %8.0f %8.1f %8.1f %8.1f   %s / %s / %s", clients, this.requests.get(),
					this.errors, this.requests.get() / Math.max(0.001, seconds(this.took)), quantile(0.50),
					quantile(0.99), this.latencies.length == 0 ? 0 : this.latencies[this.latencies.length - 1] / 1e6,
					mb(this.rss.stream().mapToLong(Long::longValue).min().orElse(-1)),
					mb(this.rss.stream().mapToLong(Long::longValue).max().orElse(-1)),
					mb(this.rss.isEmpty() ? -1 : this.rss.get(this.rss.size() - 1)));
		}

		double quantile(double quantile) {
			if (this.latencies.length == 0) {
				return 0;
			}
			return this.latencies[Math.min(this.latencies.length - 1, (int) Math.ceil(quantile * this.latencies.length) - 1)]
					/ 1e6;
		}

	}

	private Phase run(App app, List<Request> requests, int clients, Duration duration) throws InterruptedException {
		Phase phase = new Phase();
		long started = System.nanoTime();
		long deadline = started + duration.toNanos();
		List<long[]> perClient = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int client = 0; client < clients; client++) {
			int offset = client * 7;
			List<Long> latencies = new ArrayList<>();
			Thread thread = new Thread(() -> {
				int next = offset;
				while (System.nanoTime() < deadline) {
					Request request = requests.get(next++ % requests.size());
					long sent = System.nanoTime();
					String failure = null;
					try {
						HttpResponse<String> response = send(request.http);
						if (response.statusCode() != 200) {
							failure = request.name + " " + response.statusCode();
						}
						else if (request.graphql && response.body().contains("\"errors\"")) {
							failure = request.name + " " + response.body().substring(0, Math.min(200, response.body().length()));
						}
					}
					catch (IOException ex) {
						failure = request.name + " " + ex;
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
					latencies.add(System.nanoTime() - sent);
					phase.requests.incrementAndGet();
					if (failure != null) {
						phase.errorCount.incrementAndGet();
						if (phase.failures.size() < 3) {
							phase.failures.add(failure);
						}
					}
				}
				synchronized (perClient) {
					perClient.add(latencies.stream().mapToLong(Long::longValue).toArray());
				}
			}, "soak-client-" + client);
			threads.add(thread);
			thread.start();
		}
		while (System.nanoTime() < deadline) {
			phase.rss.add(app.rss());
			long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
			Thread.sleep(Math.max(1, Math.min(5_000, left)));
		}
		for (Thread thread : threads) {
			thread.join(60_000);
		}
		phase.rss.add(app.rss());
		phase.took = Duration.ofNanos(System.nanoTime() - started);
		phase.errors = phase.errorCount.get();
		phase.latencies = perClient.stream().flatMapToLong(Arrays::stream).toArray();
		return phase;
	}

	// ------------------------------------------------------------------ the application's process

	/** The application started with {@code java -jar} on a data directory and a free port. */
	private static final class App {

		final Process process;

		final int port;

		final long launched;

		final Path log;

		private App(Process process, int port, long launched, Path log) {
			this.process = process;
			this.port = port;
			this.launched = launched;
			this.log = log;
		}

		static App start(Path jar, String javaOptions, Path dataDir) throws IOException {
			int port = freePort();
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			Arrays.stream(javaOptions.strip().split("\\s+")).filter((option) -> !option.isEmpty()).forEach(command::add);
			command.addAll(List.of("-jar", jar.toString()));
			Files.createDirectories(dataDir.getParent());
			Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().put("MANTELZORGKAART_DATA_DIR", dataDir.toString());
			builder.environment().put("PORT", String.valueOf(port));
			// All the soak's clients come from this machine: per-client rate limits would measure the limiter.
			builder.environment().put("MANTELZORGKAART_RATE_LIMIT_API", "0");
			builder.environment().put("MANTELZORGKAART_RATE_LIMIT_PAGES", "0");
			long launched = System.nanoTime();
			return new App(builder.start(), port, launched, log);
		}

		/** Waits (at most 5 minutes) until a search is answered with hits; the time since the launch. */
		Duration awaitFirstAnswer(HttpClient http) throws InterruptedException {
			HttpRequest search = graphql("http://127.0.0.1:" + this.port, "search", SEARCH_QUERY, "{\"text\": \"dementie\"}")
				.http;
			long deadline = this.launched + TimeUnit.MINUTES.toNanos(5);
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("the application exited with " + this.process.exitValue());
				}
				try {
					HttpResponse<String> response = http.send(search, HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() == 200 && response.body().contains("\"totalCount\"")
							&& !response.body().contains("\"totalCount\":0")) {
						return Duration.ofNanos(System.nanoTime() - this.launched);
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(50);
			}
			throw new IllegalStateException("no answer within 5 minutes");
		}

		Duration cpu() {
			return this.process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
		}

		/** The process's resident set size in bytes (Linux), or -1. */
		long rss() {
			try {
				for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(this.process.pid()), "status"))) {
					if (line.startsWith("VmRSS:")) {
						return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
					}
				}
			}
			catch (IOException | NumberFormatException ex) {
				// not Linux, or the process is gone
			}
			return -1;
		}

		/** SIGTERM, as Ctrl-C or a service manager stops it; the time to exit (killed after 2 minutes). */
		Duration stop() throws InterruptedException {
			long started = System.nanoTime();
			this.process.destroy();
			if (!this.process.waitFor(2, TimeUnit.MINUTES)) {
				kill();
				throw new IllegalStateException("the application did not stop within 2 minutes of SIGTERM");
			}
			return Duration.ofNanos(System.nanoTime() - started);
		}

		void kill() {
			this.process.destroyForcibly();
		}

	}

	// ------------------------------------------------------------------ helpers

	private Path jar() {
		Path jar = Path.of(this.options.getOrDefault("jar", "api/target/mantelzorgkaart.jar")).toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalArgumentException(jar + " does not exist: build it first (mvn -pl api -am package -DskipTests)");
		}
		return jar;
	}

	private String javaOptions() {
		String options = this.options.getOrDefault("java-options", DEFAULT_JAVA_OPTIONS);
		return (this.archive != null) ? options + " -XX:SharedArchiveFile=" + this.archive + " -Xlog:cds=off" : options;
	}

	private boolean cds() {
		return Boolean.parseBoolean(this.options.getOrDefault("cds", "false"));
	}

	private Path archive;

	/**
	 * The README's class data sharing recipe: the jar extracted ({@code -Djarmode=tools extract}), one training
	 * run on a data directory of its own that exits once the application has started
	 * ({@code -Dspring.context.exit=onRefresh}) and writes the archive of the classes it loaded
	 * ({@code -XX:ArchiveClassesAtExit}); the measured starts then map that archive. Returns the extracted jar.
	 */
	private Path classDataSharing(Path jar, Path directory) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path extracted = directory.resolve("app");
		exec(directory, List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
				extracted.toString()), Map.of());
		Path app = extracted.resolve(jar.getFileName());
		Path archive = extracted.resolve("mantelzorgkaart.jsa");
		List<String> training = new ArrayList<>(List.of(java));
		Arrays.stream(javaOptions().strip().split("\\s+")).filter((option) -> !option.isEmpty()).forEach(training::add);
		training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-Xlog:cds=off",
				"-jar", app.toString()));
		long started = System.nanoTime();
		exec(directory, training, Map.of("MANTELZORGKAART_DATA_DIR", directory.resolve("training-data").toString(),
				"PORT", String.valueOf(freePort())));
		System.out.printf("Class data sharing: archive of %s made in %.0f s (%s)%n", mb(Files.size(archive)),
				(System.nanoTime() - started) / 1e9, archive);
		this.archive = archive;
		return app;
	}

	private static void exec(Path directory, List<String> command, Map<String, String> environment)
			throws IOException, InterruptedException {
		Files.createDirectories(directory);
		Path log = directory.resolve("exec.log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
		}
	}

	private boolean temporary;

	private Path dataDirectory() throws IOException {
		String given = this.options.get("data-dir");
		if (given != null) {
			return Path.of(given).toAbsolutePath();
		}
		this.temporary = true;
		return Files.createTempDirectory("mantelzorgkaart-footprint-").resolve("data");
	}

	private void cleanUp(Path dataDir) {
		if (!this.temporary) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dataDir.getParent())) {
			paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The 1-minute load average (Linux), or "n/a". */
	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "n/a";
		}
	}

	/** The bytes of all files below {@code directory}. */
	static long size(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			return paths.filter(Files::isRegularFile).mapToLong((path) -> {
				try {
					return Files.size(path);
				}
				catch (IOException ex) {
					return 0; // a file Neo4j removed meanwhile
				}
			}).sum();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	static String mb(long bytes) {
		return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
	}

	private static String minutesText(double minutes) {
		return minutes >= 1 ? String.format(Locale.ROOT, "%.1f min", minutes)
				: String.format(Locale.ROOT, "%.0f s", minutes * 60);
	}

}
