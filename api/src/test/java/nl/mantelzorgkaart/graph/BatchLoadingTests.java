package nl.mantelzorgkaart.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.mantelzorgkaart.ApiClient;
import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.seed.SeedDataset;
import nl.mantelzorgkaart.seed.SeedFile;
import nl.mantelzorgkaart.seed.SeedKind;
import nl.mantelzorgkaart.seed.SeedLoader;
import nl.mantelzorgkaart.seed.synthetic.SyntheticDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import nl.mantelzorgkaart.search.index.SearchIndexMaintainer;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No N+1: a three-level query costs the same number of database round trips for 50 parents as for
 * 500. Runs on a synthetic dataset loaded beside the curated one, with two test networks of 50 and
 * 500 member organisations.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchLoadingTests {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	GraphReads graph;

	@Autowired
	SearchIndexMaintainer searchIndex;

	@BeforeAll
	void loadASyntheticGraphWithLargeNetworks(@TempDir Path directory) {
		new SyntheticDataset(11, 3_000).writeTo(directory);
		List<SeedFile> files = new ArrayList<>(SeedFile.fromDirectory(directory));
		files.add(network("test-netwerk-50", 50));
		files.add(network("test-netwerk-500", 500));
		new SeedLoader(this.driver, null, 2_000, (kind, done, total) -> {
		}).load(new SeedDataset(files), false);
	}

	@AfterAll
	void restoreTheCuratedDataset() {
		new SeedLoader(this.driver, null, 2_000, (kind, done, total) -> {
		}).load(new SeedDataset(nl.mantelzorgkaart.system.TestDatasets.curated()), true);
		// As every writer of the graph does: the search index follows at once, not at its next check, so
		// that the tests after this one do not search records that are gone.
		this.searchIndex.refresh();
	}

	@Test
	void aThreeLevelQueryCostsTheSameRoundTripsForFiftyAndFiveHundredParents() {
		long fifty = roundTrips("test-netwerk-50", 50);
		long fiveHundred = roundTrips("test-netwerk-500", 500);
		System.out.printf("Round trips of network -> members -> offerings -> themes/organisers: %d at 50 parents, %d at 500%n",
				fifty, fiveHundred);
		assertThat(fiveHundred).isEqualTo(fifty);
		assertThat(fifty).isLessThanOrEqualTo(5);
	}

	@Test
	void aPagedThreeLevelListCostsTheSameRoundTripsForFewAndManyParents() {
		long ten = organisationsRoundTrips(10);
		long hundred = organisationsRoundTrips(100);
		assertThat(hundred).isEqualTo(ten);
	}

	private long roundTrips(String network, int members) {
		long before = this.graph.roundTrips();
		var response = ApiClient.graphQl(this.port).documentName("threeLevels").variable("network", network).execute();
		long used = this.graph.roundTrips() - before;
		response.path("network.members").entityList(Object.class).hasSize(members);
		response.path("network.members[*].offerings[*].id").entityList(String.class).hasSizeGreaterThan(members);
		return used;
	}

	private long organisationsRoundTrips(int first) {
		long before = this.graph.roundTrips();
		ApiClient.graphQl(this.port)
			.documentName("organisationsThreeLevels")
			.variable("first", first)
			.execute()
			.path("organisations.edges")
			.entityList(Object.class)
			.hasSize(first);
		return this.graph.roundTrips() - before;
	}

	/** A network whose members are the first {@code size} synthetic organisations. */
	private static SeedFile network(String id, int size) {
		String members = IntStream.rangeClosed(1, size).mapToObj((i) -> "syn-org-" + i).collect(Collectors.joining(", "));
		String yaml = """
				- id: %s
				  name: Testnetwerk met %d leden
				  description: Bestaat alleen in de test van batch loading.
				  kind: netwerk
				  members: [%s]
				  areas: [nederland]
				  sources: [{source: synthetisch-testbestand, section: test}]
				  lastVerified: 2026-01-01
				""".formatted(id, size, members);
		return new SeedFile("networks/" + id + ".yaml", SeedKind.NETWORK,
				() -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
	}

}
