package nl.mantelzorgkaart.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import java.util.stream.Stream;

import nl.mantelzorgkaart.seed.LoadReport;
import nl.mantelzorgkaart.seed.SeedDataset;
import nl.mantelzorgkaart.seed.SeedFile;
import nl.mantelzorgkaart.seed.SeedKind;
import nl.mantelzorgkaart.seed.SeedLoader;
import nl.mantelzorgkaart.seed.SeedRecord;
import nl.mantelzorgkaart.seed.synthetic.SyntheticDataset;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures load throughput on synthetic datasets of the configured sizes: the seed loader (batched
 * {@code UNWIND ... MERGE}) against a naive save of one offering per transaction through a Spring
 * Data Neo4j repository, on the same data in the same run, and prints the figures and their ratio.
 */
@Component
@Profile("benchmark")
class LoadBenchmark implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LoadBenchmark.class);

	private final Driver driver;

	private final ConfigurableApplicationContext context;

	private final List<Integer> sizes;

	private final int naiveLimit;

	private final long seed;

	private final NaiveModel.OfferingRepository repository;

	private final TransactionTemplate transactions;

	LoadBenchmark(Driver driver, ConfigurableApplicationContext context, NaiveModel.OfferingRepository repository,
			PlatformTransactionManager transactionManager,
			@Value("${benchmark.sizes:10000,100000}") List<Integer> sizes,
			@Value("${benchmark.naive-limit:2000}") int naiveLimit, @Value("${benchmark.seed:42}") long seed) {
		if (sizes.isEmpty() || sizes.stream().anyMatch((size) -> size < 1 || size > 1_000_000)) {
			throw new IllegalArgumentException("benchmark.sizes must be offering counts from 1 to 1,000,000, got " + sizes);
		}
		if (naiveLimit < 1) {
			throw new IllegalArgumentException("benchmark.naive-limit must be at least 1, got " + naiveLimit);
		}
		this.driver = driver;
		this.repository = repository;
		this.transactions = new TransactionTemplate(transactionManager);
		this.context = context;
		this.sizes = sizes;
		this.naiveLimit = naiveLimit;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%-10s %10s %10s %12s %12s %14s %14s %8s %10s", "offerings", "records", "generate",
				"bulk load", "bulk rec/s", "naive saved", "naive rec/s", "ratio", "heap used"));
		for (int size : this.sizes) {
			lines.add(measure(size));
		}
		StringBuilder report = new StringBuilder("\nLoad benchmark (synthetic national dataset, seed " + this.seed + ")\n");
		lines.forEach((line) -> report.append(line).append('\n'));
		report.append("bulk = seed loader, all records of the dataset (areas, organisations, networks, offerings, ...);\n")
			.append("naive = Spring Data Neo4j repository save(), one offering with its relationships per transaction,\n")
			.append("        on the first ")
			.append(this.naiveLimit)
			.append(" offerings at most (offerings are the heaviest records, so the ratio is conservative).\n");
		System.out.println(report);
		System.exit(org.springframework.boot.SpringApplication.exit(this.context, () -> 0));
	}

	private String measure(int size) throws IOException {
		Path directory = Files.createTempDirectory("mantelzorgkaart-benchmark-");
		try {
			long started = System.nanoTime();
			new SyntheticDataset(this.seed, size).writeTo(directory);
			double generateSeconds = (System.nanoTime() - started) / 1e9;

			wipe();
			SeedLoader loader = new SeedLoader(this.driver, null, 2_000, (kind, done, total) -> {
				if (total >= 10_000 && done % 20_000 < 2_000) {
					log.info("bulk {}: {} / {}", kind.folder(), done, total);
				}
			});
			LoadReport bulk = loader.load(new SeedDataset(SeedFile.fromDirectory(directory)), false);
			System.gc();
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

			// The naive path starts from a graph with everything but the offerings, loaded in bulk.
			wipe();
			List<SeedFile> withoutOfferings = SeedFile.fromDirectory(directory)
				.stream()
				.filter((file) -> file.kind() != SeedKind.OFFERING)
				.toList();
			loader.load(new SeedDataset(withoutOfferings), false);
			double[] naive = naive(new SeedDataset(SeedFile.fromDirectory(directory)));
			double ratio = bulk.recordsPerSecond() / naive[1];
			return String.format("%-10s %10s %9.1fs %11.1fs %12s %14s %14s %7.1fx %8d MB", fmt(size),
					fmt(bulk.totalRecords()), generateSeconds, bulk.duration().toMillis() / 1000.0,
					fmt(Math.round(bulk.recordsPerSecond())), fmt((long) naive[0]), fmt(Math.round(naive[1])), ratio,
					heap >> 20);
		}
		finally {
			delete(directory);
		}
	}

	/** Saves offerings one per transaction through a repository; returns {count, records per second}. */
	private double[] naive(SeedDataset dataset) {
		dataset.requireValid();
		long[] saved = { 0 };
		long[] nanos = { 0 };
		dataset.records(SeedKind.OFFERING, (record) -> {
			if (saved[0] >= this.naiveLimit) {
				return;
			}
			NaiveModel.Offering offering = toEntity(record);
			long started = System.nanoTime();
			this.transactions.executeWithoutResult((status) -> this.repository.save(offering));
			nanos[0] += System.nanoTime() - started;
			saved[0]++;
			if (saved[0] % 2_000 == 0) {
				log.info("naive: {} offerings saved", saved[0]);
			}
		});
		return new double[] { saved[0], saved[0] / (nanos[0] / 1e9) };
	}

	private static NaiveModel.Offering toEntity(SeedRecord record) {
		NaiveModel.Offering offering = new NaiveModel.Offering();
		Map<String, Object> properties = record.properties();
		offering.id = record.id();
		offering.name = (String) properties.get("name");
		offering.description = (String) properties.get("description");
		offering.status = (String) properties.get("status");
		@SuppressWarnings("unchecked")
		List<String> settings = (List<String>) properties.get("settings");
		offering.settings = settings;
		offering.lastVerified = (java.time.LocalDate) properties.get("lastVerified");
		for (SeedRecord.Link link : record.links()) {
			switch (link.targetKind()) {
				case ORGANISATION -> offering.organisers.add(new NaiveModel.Organisation(link.targetId()));
				case TARGET_GROUP -> offering.targetGroups.add(new NaiveModel.TargetGroup(link.targetId()));
				case CARE_THEME -> offering.careThemes.add(new NaiveModel.CareTheme(link.targetId()));
				case SUPPORT_FUNCTION -> offering.supportFunctions.add(new NaiveModel.SupportFunction(link.targetId()));
				case RESPITE_TYPE -> offering.respiteTypes.add(new NaiveModel.RespiteType(link.targetId()));
				case FUNDING_ROUTE -> offering.fundingRoutes.add(new NaiveModel.FundingRoute(link.targetId()));
				case AREA -> offering.areas.add(new NaiveModel.Area(link.targetId()));
				case SOURCE -> offering.sources.add(new NaiveModel.Source(link.targetId()));
				default -> {
				}
			}
		}
		return offering;
	}

	void wipe() {
		wipe(this.driver);
	}

	/** Empties the benchmark's database but for the schema migrations' bookkeeping. */
	static void wipe(Driver driver) {
		// CALL ... IN TRANSACTIONS needs an auto-commit transaction: session.run, not a transaction function.
		try (var session = driver.session()) {
			session.run("MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock "
					+ "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
		}
	}

	private static String fmt(long value) {
		return String.format("%,d", value);
	}

	private static void delete(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}


}
