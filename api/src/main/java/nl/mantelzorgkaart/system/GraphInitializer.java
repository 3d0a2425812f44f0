package nl.mantelzorgkaart.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.seed.LoadReport;
import nl.mantelzorgkaart.seed.SeedDataset;
import nl.mantelzorgkaart.seed.SeedFile;
import nl.mantelzorgkaart.seed.SeedKind;
import nl.mantelzorgkaart.seed.SeedLoader;
import nl.mantelzorgkaart.seed.SourceDocuments;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the graph up to date before the application serves anything (the web server starts
 * accepting only after this): applies the schema migrations, then loads the curated seed dataset
 * when the database holds none of it yet, or when a seed load began and did not finish.
 */
@Component
public class GraphInitializer implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final Driver driver;

	private final Neo4jSettings settings;

	private final boolean loadWhenEmpty;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	GraphInitializer(Driver driver, Neo4jSettings settings, ObjectProvider<EmbeddedNeo4j> embedded,
			@Value("${mantelzorgkaart.seed.load-when-empty:true}") boolean loadWhenEmpty) {
		this.driver = driver;
		this.settings = settings;
		this.loadWhenEmpty = loadWhenEmpty;
		this.embedded = embedded;
	}

	/** Runs after every other bean is created, so that Neo4j's start-up overlaps with theirs. */
	@Override
	public void afterSingletonsInstantiated() {
		this.embedded.ifAvailable(EmbeddedNeo4j::awaitReady);
		new GraphSchemaMigrations(this.driver, this.settings.database()).apply();
		if (!this.loadWhenEmpty) {
			return;
		}
		boolean interrupted = SeedLoader.interrupted(this.driver, this.settings.database());
		if (interrupted || isEmpty()) {
			if (interrupted) {
				// A start cut off during the seed load left part of it: load it whole again (idempotent).
				log.warn("The last seed load did not finish (the application stopped during it): loading it again");
			}
			SeedLoader loader = new SeedLoader(this.driver, this.settings.database(), 2_000, null);
			LoadReport report = loader.load(new SeedDataset(classpathDataset(), classpathDocuments()), false);
			log.info("Loaded the seed dataset into {} database:\n{}", interrupted ? "the half-loaded" : "an empty",
					report.summary());
		}
	}

	private boolean isEmpty() {
		try (var session = this.driver.session(Sessions.config(this.settings.database()))) {
			return session.executeRead((tx) -> tx.run("MATCH (o:Organisation) RETURN count(o) = 0 AS empty")
				.single()
				.get("empty")
				.asBoolean());
		}
	}

	/** The seed documents the curated dataset cites, shipped on the classpath under {@code seed/documents/}. */
	public static SourceDocuments classpathDocuments() {
		var resolver = new PathMatchingResourcePatternResolver(GraphInitializer.class.getClassLoader());
		Map<String, String> texts = new HashMap<>();
		try {
			for (Resource resource : resolver.getResources("classpath*:seed/" + SourceDocuments.FOLDER + "/*.txt")) {
				texts.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed documents on the classpath", ex);
		}
		return SourceDocuments.of(texts);
	}

	/** The curated dataset that the seed-data module ships on the classpath under {@code seed/}. */
	public static List<SeedFile> classpathDataset() {
		var resolver = new PathMatchingResourcePatternResolver(GraphInitializer.class.getClassLoader());
		List<SeedFile> files = new ArrayList<>();
		try {
			for (SeedKind kind : SeedKind.values()) {
				for (Resource resource : resolver.getResources("classpath*:seed/" + kind.folder() + "/*.yaml")) {
					files.add(new SeedFile(kind.folder() + "/" + resource.getFilename(), kind,
							resource::getInputStream));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the seed dataset on the classpath", ex);
		}
		files.sort((a, b) -> a.name().compareTo(b.name()));
		return files;
	}

}
