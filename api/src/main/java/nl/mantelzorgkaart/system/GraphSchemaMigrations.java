package nl.mantelzorgkaart.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsException;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StringUtils;

/**
 * Applies the versioned Cypher migrations of the {@code graph-schema} module
 * ({@code classpath:neo4j/migrations/V*__*.cypher}) with neo4j-migrations: idempotent, with the
 * applied versions recorded in the graph as {@code __Neo4jMigration} nodes. A failing migration
 * stops start-up with the file and the statement named.
 */
public final class GraphSchemaMigrations {

	static final String LOCATION = "neo4j/migrations";

	private static final Logger log = LoggerFactory.getLogger(GraphSchemaMigrations.class);

	private final Driver driver;

	private final String database;

	private final String[] locations;

	public GraphSchemaMigrations(Driver driver, String database) {
		this(driver, database, LOCATION);
	}

	GraphSchemaMigrations(Driver driver, String database, String... locations) {
		this.driver = driver;
		this.database = database;
		this.locations = locations;
	}

	/** Applies pending migrations; returns the database's schema version afterwards. */
	public Optional<String> apply() {
		MigrationsConfig.Builder config = MigrationsConfig.builder()
			.withLocationsToScan(java.util.Arrays.stream(this.locations).map((l) -> "classpath:" + l).toArray(String[]::new))
			.withAutocrlf(true)
			.withInstalledBy("mantelzorgkaart")
			// Spring's resolver finds the files; ClassGraph's scan of Neo4j's large classpath costs seconds.
			.withResourceScanner(this::scan);
		if (StringUtils.hasText(this.database)) {
			config.withDatabase(this.database);
		}
		long started = System.nanoTime();
		try {
			Optional<MigrationVersion> version = new Migrations(config.build(), this.driver).apply();
			log.info("Graph schema at version {} ({} ms)", version.map(MigrationVersion::getValue).orElse("none"),
					(System.nanoTime() - started) / 1_000_000);
			return version.map(MigrationVersion::getValue);
		}
		catch (MigrationsException ex) {
			throw new IllegalStateException("Graph schema migration failed in " + failedFile(ex) + ": " + describe(ex),
					ex);
		}
	}

	/** neo4j-migrations names the version that failed; the file is the one holding that version. */
	private String failedFile(MigrationsException ex) {
		var matcher = java.util.regex.Pattern.compile("migration: (\\S+)").matcher(String.valueOf(ex.getMessage()));
		if (matcher.find()) {
			String prefix = "V" + matcher.group(1) + "__";
			for (URL url : this.scanned) {
				String path = url.getPath();
				String name = path.substring(path.lastIndexOf('/') + 1);
				if (name.startsWith(prefix)) {
					return path.contains("!/") ? path.substring(path.indexOf("!/") + 2) : name;
				}
			}
		}
		return "a migration under " + String.join(", ", this.locations);
	}

	/** neo4j-migrations names the file; the server's message names the statement. */
	private static String describe(Throwable ex) {
		List<String> messages = new ArrayList<>();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && !messages.contains(cause.getMessage())) {
				messages.add(cause.getMessage());
			}
		}
		return String.join(" <- ", messages);
	}

	private final List<URL> scanned = new ArrayList<>();

	private List<URL> scan(List<String> paths) {
		var resolver = new PathMatchingResourcePatternResolver(GraphSchemaMigrations.class.getClassLoader());
		List<URL> urls = new ArrayList<>();
		for (String path : paths) {
			String folder = path.replaceFirst("^classpath:", "").replaceAll("^/+|/+$", "");
			try {
				for (Resource resource : resolver.getResources("classpath*:" + folder + "/*.cypher")) {
					urls.add(resource.getURL());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list migrations in " + folder, ex);
			}
		}
		this.scanned.addAll(urls);
		return urls;
	}

}
