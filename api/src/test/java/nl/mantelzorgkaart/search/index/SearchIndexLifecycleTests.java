package nl.mantelzorgkaart.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SearchResults;
import nl.mantelzorgkaart.search.SearchSettings;
import nl.mantelzorgkaart.search.SocialMapSearch;
import nl.mantelzorgkaart.seed.SeedLoader;
import nl.mantelzorgkaart.system.Neo4jSettings;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The index is derived from the graph: built when missing or built differently, rebuilt after a
 * committed change, and losing it loses nothing.
 */
@IntegrationTest
class SearchIndexLifecycleTests {

	@Autowired
	SearchIndex index;

	@Autowired
	SearchIndexMaintainer maintainer;

	@Autowired
	SocialMapSearch search;

	@Autowired
	Driver driver;

	@Autowired
	Neo4jSettings neo4j;

	@TempDir
	Path temporary;

	long recordsInGraph() {
		try (var session = this.driver.session()) {
			return session.run("""
					MATCH (n) WHERE n:Organisation OR n:Offering OR n:Network OR n:Term RETURN count(n) AS c""")
				.single()
				.get("c")
				.asLong();
		}
	}

	void write(String cypher) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> {
				tx.run(cypher).consume();
				tx.run(SeedLoader.BUMP_REVISION).consume();
			});
		}
	}

	List<String> find(String text) {
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		return this.search.search(new SearchRequest(text, filters, null, false, null, 10, 0, false))
			.hits()
			.stream()
			.map(SearchResults.Hit::id)
			.toList();
	}

	@Test
	void theIndexHoldsEveryOrganisationOfferingNetworkAndTermOfTheGraph() {
		this.maintainer.refresh();
		assertThat((long) documents(this.index)).isEqualTo(recordsInGraph());
		assertThat(this.maintainer.refresh()).as("an up-to-date index is not rebuilt").isFalse();
	}

	@Test
	void aCommittedChangeToTheGraphReachesTheSearch() {
		try {
			write("""
					MERGE (o:Offering {id: 'test-zonnebloemcafe'})
					SET o.name = 'Zonnebloemcafé voor mantelzorgers', o.description = 'Een middag samen koffie drinken.',
					    o.status = 'active', o.nameKey = 'zonnebloemcafé voor mantelzorgers'""");
			assertThat(this.maintainer.refresh()).isTrue();
			assertThat(find("zonnebloemcafe")).containsExactly("test-zonnebloemcafe");
			write("MATCH (o:Offering {id: 'test-zonnebloemcafe'}) SET o.name = 'Zonnebloemkoffie'");
			this.maintainer.refresh();
			assertThat(find("zonnebloemkoffie")).containsExactly("test-zonnebloemcafe");
		}
		finally {
			write("MATCH (o:Offering {id: 'test-zonnebloemcafe'}) DETACH DELETE o");
			this.maintainer.refresh();
		}
		assertThat(find("zonnebloemkoffie")).isEmpty();
		assertThat((long) documents(this.index)).isEqualTo(recordsInGraph());
	}

	@Test
	void deletingTheIndexDirectoryLosesNothing() throws IOException {
		Path directory = this.temporary.resolve("index");
		SearchSettings settings = new SearchSettings(directory, Duration.ZERO, false);
		int built;
		try (SearchIndex own = new SearchIndex(directory, this.index.analyzers())) {
			new SearchIndexMaintainer(own, this.driver, this.neo4j, settings).refresh();
			built = documents(own);
		}
		assertThat((long) built).isEqualTo(recordsInGraph());
		deleteRecursively(directory);
		try (SearchIndex own = new SearchIndex(directory, this.index.analyzers())) {
			assertThat(own.builtStamp()).as("a missing index is known to be missing").isEmpty();
			assertThat(new SearchIndexMaintainer(own, this.driver, this.neo4j, settings).refresh()).isTrue();
			assertThat(documents(own)).isEqualTo(built);
		}
	}

	@Test
	void aDamagedIndexIsStartedAgainAndRebuiltFromTheGraphNotFatal() throws IOException {
		Path directory = this.temporary.resolve("damaged-index");
		SearchSettings settings = new SearchSettings(directory, Duration.ZERO, false);
		int built;
		try (SearchIndex own = new SearchIndex(directory, this.index.analyzers())) {
			new SearchIndexMaintainer(own, this.driver, this.neo4j, settings).refresh();
			built = documents(own);
		}
		// A crash or a full disk half-wrote the compound segment files: truncate each (the probe of issue 20).
		Files.writeString(directory.resolve("notes.txt"), "not Lucene's");
		try (Stream<Path> files = Files.list(directory)) {
			List<Path> compound = files.filter((f) -> f.getFileName().toString().endsWith(".cfs")).toList();
			assertThat(compound).isNotEmpty();
			for (Path file : compound) {
				try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
					channel.truncate(channel.size() / 2);
				}
			}
		}
		try (SearchIndex own = new SearchIndex(directory, this.index.analyzers())) {
			assertThat(own.builtStamp()).as("a damaged index is not trusted").isEmpty();
			assertThat(new SearchIndexMaintainer(own, this.driver, this.neo4j, settings).refresh()).isTrue();
			assertThat(documents(own)).isEqualTo(built);
		}
		assertThat(directory.resolve("notes.txt")).as("only Lucene's own files are deleted").exists();
	}

	@Test
	void anIndexInUseByAnotherInstanceIsRefusedWithAMessageNotDeleted() throws IOException {
		Path directory = this.temporary.resolve("locked-index");
		try (SearchIndex first = new SearchIndex(directory, this.index.analyzers())) {
			assertThatExceptionOfType(IllegalStateException.class)
				.isThrownBy(() -> new SearchIndex(directory, this.index.analyzers()))
				.withMessageContaining("in use by another running instance")
				.withMessageContaining("do not delete the directory");
			assertThat(first.builtStamp()).isNotNull();
		}
	}

	@Test
	void anIndexBuiltWithAnotherSchemaIsRebuiltNotTrusted() throws IOException {
		Path directory = this.temporary.resolve("old-index");
		SearchSettings settings = new SearchSettings(directory, Duration.ZERO, false);
		try (SearchIndex own = new SearchIndex(directory, this.index.analyzers())) {
			new SearchIndexMaintainer(own, this.driver, this.neo4j, settings).refresh();
		}
		// What an older version of the application left: same graph stamp, other document schema.
		try (var fs = FSDirectory.open(directory);
				IndexWriter writer = new IndexWriter(fs, new IndexWriterConfig())) {
			Map<String, String> data = new java.util.HashMap<>();
			writer.getLiveCommitData().forEach((entry) -> data.put(entry.getKey(), entry.getValue()));
			data.put("schema", "0/old");
			writer.setLiveCommitData(data.entrySet());
			writer.commit();
		}
		try (SearchIndex own = new SearchIndex(directory, this.index.analyzers())) {
			assertThat(own.builtStamp()).isEmpty();
			assertThat(new SearchIndexMaintainer(own, this.driver, this.neo4j, settings).refresh()).isTrue();
			assertThat(own.builtStamp()).isNotEmpty();
		}
	}

	static void deleteRecursively(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static int documents(SearchIndex index) {
		return index.withSearcher((searcher) -> searcher.getIndexReader().numDocs());
	}

}
