package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.search.index.SearchIndexMaintainer;
import nl.mantelzorgkaart.seed.LoadReport;
import nl.mantelzorgkaart.seed.SeedDataset;
import nl.mantelzorgkaart.seed.SeedFile;
import nl.mantelzorgkaart.seed.SeedKind;
import nl.mantelzorgkaart.seed.SeedLoader;
import nl.mantelzorgkaart.seed.SeedValidationException;
import nl.mantelzorgkaart.seed.synthetic.SyntheticDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The loader against the real database: idempotent, updating, reporting what the files no longer
 * have, and writing nothing when the files are invalid. Each test leaves the curated dataset as it
 * found it.
 */
@IntegrationTest
class SeedLoaderIntegrationTests {

	@Autowired
	Driver driver;

	@Autowired
	SearchIndexMaintainer searchIndex;

	SeedLoader loader() {
		return new SeedLoader(this.driver, null, 500, (kind, done, total) -> {
		});
	}

	@AfterEach
	void restoreTheCuratedDataset() {
		loader().load(new SeedDataset(GraphInitializer.classpathDataset()), true);
		// The search index follows the restored graph at once, not at its next check.
		this.searchIndex.refresh();
	}

	@Autowired
	GraphInitializer initializer;

	@Test
	void aSeedLoadCutOffHalfWayIsLoadedWholeAgainAtTheNextStart() {
		Map<String, Object> clean = graphShape();
		// What a start killed during the load leaves: the mark of a load under way, the offerings half written,
		// the locations not yet, and a placeholder organisation that a relationship created without a name.
		this.driver.executableQuery("MERGE (m:__SeedLoad {id: 'seed'}) SET m.state = 'loading'").execute();
		this.driver.executableQuery("""
				MATCH (o:Offering) WITH o ORDER BY o.id SKIP 60 DETACH DELETE o""").execute();
		this.driver.executableQuery("MATCH (l:Location) DETACH DELETE l").execute();
		this.driver.executableQuery("MATCH (g:Organisation {id: 'vmca'}) REMOVE g.name").execute();
		assertThat(SeedLoader.interrupted(this.driver, null)).isTrue();

		this.initializer.afterSingletonsInstantiated();

		assertThat(SeedLoader.interrupted(this.driver, null)).isFalse();
		assertThat(graphShape()).isEqualTo(clean);
		assertThat(this.driver.executableQuery("MATCH (g:Organisation) WHERE g.name IS NULL RETURN count(g) AS c")
			.execute()
			.records()
			.get(0)
			.get("c")
			.asLong()).isZero();
	}

	@Test
	void aStartAfterAFinishedLoadDoesNotLoadAgain() {
		loader().load(new SeedDataset(GraphInitializer.classpathDataset()), false);
		this.driver.executableQuery("MATCH (o:Offering {id: 'vmca-eigen-tijd'}) SET o.name = 'Eigen Tijd (bewerkt)'").execute();

		this.initializer.afterSingletonsInstantiated();

		assertThat(this.driver.executableQuery("MATCH (o:Offering {id: 'vmca-eigen-tijd'}) RETURN o.name AS name")
			.execute()
			.records()
			.get(0)
			.get("name")
			.asString()).isEqualTo("Eigen Tijd (bewerkt)");
	}

	@Test
	void loadingTheSameFilesTwiceGivesTheSameGraph() {
		// The first load goes the way the application's own does: every cited section checked in its document.
		LoadReport first = loader().load(
				new SeedDataset(GraphInitializer.classpathDataset(), GraphInitializer.classpathDocuments()), false);
		Map<String, Object> before = graphShape();
		LoadReport second = loader().load(new SeedDataset(GraphInitializer.classpathDataset()), false);
		assertThat(graphShape()).isEqualTo(before);
		assertThat(second.nodesInGraph()).isEqualTo(first.nodesInGraph());
		assertThat(second.relationshipsInGraph()).isEqualTo(first.relationshipsInGraph());
		assertThat(second.recordsLoaded().get(SeedKind.ORGANISATION)).isGreaterThanOrEqualTo(100);
	}

	@Test
	void aChangedRecordReplacesItsPropertiesAndRelationships() {
		List<SeedFile> files = replaced("offerings/extra.yaml", SeedKind.OFFERING, """
				- id: test-eigen-tijd-extra
				  name: Testaanbod
				  description: Eerste versie.
				  organisers: [vmca]
				  targetGroups: [mantelzorgers]
				  careThemes: [dementie]
				  supportFunctions: [respijtzorg]
				  areas: [almere]
				  sources: [{source: vmca-jaarverslag-2025, section: test}]
				  lastVerified: 2026-01-01
				""");
		loader().load(new SeedDataset(files), false);
		List<SeedFile> changed = replaced("offerings/extra.yaml", SeedKind.OFFERING, """
				- id: test-eigen-tijd-extra
				  name: Testaanbod
				  description: Tweede versie.
				  organisers: [humanitas-almere]
				  targetGroups: [mantelzorgers]
				  careThemes: [nah]
				  supportFunctions: [respijtzorg]
				  areas: [almere]
				  sources: [{source: vmca-jaarverslag-2025, section: test}]
				  lastVerified: 2026-01-01
				""");
		loader().load(new SeedDataset(changed), false);
		var row = this.driver.executableQuery("""
				MATCH (o:Offering {id: 'test-eigen-tijd-extra'})
				RETURN o.description AS description,
				  [(org)-[:OFFERS]->(o) | org.id] AS organisers,
				  [(o)-[:ADDRESSES]->(t) | t.id] AS themes""").execute().records().get(0);
		assertThat(row.get("description").asString()).isEqualTo("Tweede versie.");
		assertThat(row.get("organisers").asList()).containsExactly("humanitas-almere");
		assertThat(row.get("themes").asList()).containsExactly("nah");
	}

	@Test
	void aRecordRemovedFromTheFilesIsReportedNotSilentlyKeptOrDeleted() {
		List<SeedFile> files = replaced("organisations/extra.yaml", SeedKind.ORGANISATION, """
				- id: test-tijdelijke-organisatie
				  name: Tijdelijke organisatie
				  kind: overig
				  description: Bestaat alleen in deze test.
				  areas: [almere]
				  sources: [{source: vmca-jaarverslag-2025, section: test}]
				  lastVerified: 2026-01-01
				""");
		loader().load(new SeedDataset(files), false);
		LoadReport report = loader().load(new SeedDataset(GraphInitializer.classpathDataset()), false);
		assertThat(report.notInFiles().get(SeedKind.ORGANISATION)).containsExactly("test-tijdelijke-organisatie");
		assertThat(report.summary()).contains("test-tijdelijke-organisatie").contains("--prune");
		assertThat(count("MATCH (o:Organisation {id: 'test-tijdelijke-organisatie'}) RETURN count(o) AS c"))
			.isEqualTo(1);
		LoadReport pruned = loader().load(new SeedDataset(GraphInitializer.classpathDataset()), true);
		assertThat(pruned.notInFiles().get(SeedKind.ORGANISATION)).containsExactly("test-tijdelijke-organisatie");
		assertThat(count("MATCH (o:Organisation {id: 'test-tijdelijke-organisatie'}) RETURN count(o) AS c"))
			.isZero();
	}

	@Test
	void invalidFilesWriteNothingAndNameEveryProblem() {
		Map<String, Object> before = graphShape();
		List<SeedFile> files = replaced("offerings/extra.yaml", SeedKind.OFFERING, """
				- id: test-valid-first
				  name: Geldig aanbod dat toch niet geschreven mag worden
				  description: Staat voor de fout in hetzelfde bestand.
				  organisers: [vmca]
				  targetGroups: [mantelzorgers]
				  supportFunctions: [respijtzorg]
				  areas: [almere]
				  sources: [{source: vmca-jaarverslag-2025, section: test}]
				  lastVerified: 2026-01-01
				- id: test-broken
				  name: Kapot aanbod
				  description: Verwijst naar een onbekende organisatie.
				  organisers: [bestaat-niet]
				  targetGroups: [mantelzorgers]
				  supportFunctions: [respijtzorg]
				  areas: [almere]
				  sources: [{source: vmca-jaarverslag-2025, section: test}]
				  lastVerified: 2026-01-01
				""");
		assertThatExceptionOfType(SeedValidationException.class)
			.isThrownBy(() -> loader().load(new SeedDataset(files), false))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement().satisfies((problem) -> {
				assertThat(problem.file()).isEqualTo("offerings/extra.yaml");
				assertThat(problem.recordId()).isEqualTo("test-broken");
				assertThat(problem.field()).isEqualTo("organisers");
			}));
		assertThat(graphShape()).isEqualTo(before);
	}

	@Test
	void aSyntheticDatasetLoadsBesideTheCuratedOneAndIsPrunedAgain(@TempDir Path directory) {
		new SyntheticDataset(7, 1_000).writeTo(directory);
		LoadReport report = loader().load(new SeedDataset(SeedFile.fromDirectory(directory)), false);
		assertThat(report.recordsLoaded().get(SeedKind.OFFERING)).isEqualTo(1_000);
		assertThat(count("MATCH (o:Offering) WHERE o.id STARTS WITH 'syn-' RETURN count(o) AS c")).isEqualTo(1_000);
		assertThat(count("MATCH (a:Area {kind: 'municipality'}) WHERE a.id STARTS WITH 'syn-' "
				+ "AND (a)-[:PART_OF]->(:Area {kind: 'province'}) RETURN count(a) AS c")).isEqualTo(342);
		// The curated organisations are not in the synthetic files: reported, not deleted.
		assertThat(report.notInFiles().get(SeedKind.ORGANISATION)).contains("vmca");
		assertThat(count("MATCH (o:Organisation {id: 'vmca'}) RETURN count(o) AS c")).isEqualTo(1);
	}

	private long count(String query) {
		return this.driver.executableQuery(query).execute().records().get(0).get("c").asLong();
	}

	private Map<String, Object> graphShape() {
		return this.driver.executableQuery("""
				MATCH (n) WITH labels(n)[0] AS label, count(*) AS nodes ORDER BY label
				WITH collect([label, nodes]) AS nodes
				MATCH ()-[r]->() WITH nodes, type(r) AS type, count(*) AS relationships ORDER BY type
				RETURN nodes, collect([type, relationships]) AS relationships""")
			.execute()
			.records()
			.get(0)
			.asMap();
	}

	/** The curated dataset plus one extra in-memory file. */
	private static List<SeedFile> replaced(String name, SeedKind kind, String yaml) {
		List<SeedFile> files = new ArrayList<>(GraphInitializer.classpathDataset());
		files.add(new SeedFile(name, kind, () -> stream(yaml)));
		return files;
	}

	private static InputStream stream(String yaml) throws IOException {
		return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
	}

}
