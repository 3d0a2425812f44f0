package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import nl.mantelzorgkaart.MantelzorgkaartApplication;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SocialMapSearch;
import nl.mantelzorgkaart.seed.SeedKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Crash safety, shown (issue 20): a first start killed while it loads the seed dataset (a child JVM halted
 * on the spot after a committed batch of offerings, as {@code kill -9} would), then a start of the
 * application on the same data directory, gives the same graph and the same search answers as a clean
 * start. Full-stack: it starts Neo4j and the application itself, outside the shared test context.
 */
@Tag("full-stack")
class CrashSafetyTests {

	@Test
	void aFirstStartKilledDuringTheSeedLoadIsCompletedByTheNextStart(@TempDir Path directory) throws Exception {
		Map<String, Long> clean = startAndMeasure(directory.resolve("clean"));

		Path killed = directory.resolve("killed");
		Process child = new ProcessBuilder(
				ChildJvm.command(SeedLoadKilledHalfWay.class, killed.toString(), SeedKind.OFFERING.name()))
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("child.log").toFile())
			.start();
		assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the child JVM ended").isTrue();
		String log = Files.readString(directory.resolve("child.log"), StandardCharsets.UTF_8);
		assertThat(child.exitValue()).as(log).isEqualTo(137);
		assertThat(log).contains("KILLED OFFERING");

		assertThat(startAndMeasure(killed)).isEqualTo(clean);
	}

	/** Starts the application on a data directory and counts what a user would notice. */
	private static Map<String, Long> startAndMeasure(Path dataDirectory) throws IOException {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MantelzorgkaartApplication.class).run(
				"--server.port=0", "--mantelzorgkaart.neo4j.embedded.data-directory=" + dataDirectory,
				"--mantelzorgkaart.search.index-directory=" + dataDirectory.resolve("search-index"))) {
			Driver driver = app.getBean(Driver.class);
			Map<String, Long> counts = new LinkedHashMap<>();
			for (String label : List.of("Organisation", "Offering", "Network", "Location", "Area", "Term", "Source")) {
				counts.put(label, driver.executableQuery("MATCH (n:" + label + ") RETURN count(n) AS c")
					.execute().records().get(0).get("c").asLong());
			}
			counts.put("relationships", driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS c")
				.execute().records().get(0).get("c").asLong());
			counts.put("unnamed organisations", driver.executableQuery(
					"MATCH (g:Organisation) WHERE g.name IS NULL RETURN count(g) AS c").execute().records().get(0).get("c").asLong());
			SocialMapSearch search = app.getBean(SocialMapSearch.class);
			for (String text : List.of("dementie", "respijtzorg", "jonge mantelzorgers")) {
				counts.put("search " + text, (long) search.search(new SearchRequest(text, Map.of(), null, false, null, 10, 0,
						false)).totalCount());
			}
			return counts;
		}
	}

}
