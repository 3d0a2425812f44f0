package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import nl.mantelzorgkaart.MantelzorgkaartApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * The two ways the application finds its database: an external server named by NEO4J_URI (here a
 * Neo4j in a second JVM), and the embedded one, whose data survives a restart. Full-stack: it starts
 * Neo4j and the whole application itself, outside the shared {@code @IntegrationTest} context.
 */
@Tag("full-stack")
class DatabaseModesTests {

	@Test
	void withNeo4jUriTheApplicationUsesThatServerAndStartsNoEmbeddedDatabase(@TempDir Path directory)
			throws Exception {
		int port = freePort();
		List<String> command = ChildJvm.command(StandaloneNeo4jServer.class, directory.resolve("server").toString(),
				String.valueOf(port));
		Process server = new ProcessBuilder(command).redirectError(directory.resolve("server.err").toFile()).start();
		try {
			var output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = output.readLine()) != null && !line.startsWith("READY")) {
				// Neo4j's own output
			}
			assertThat(line).as("the Neo4j server JVM started").isEqualTo("READY " + port);
			// That server asks for a password, as a real one does: the one it keeps in its data directory.
			String password = Files.readString(directory.resolve("server").resolve(EmbeddedNeo4j.PASSWORD_FILE)).strip();

			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MantelzorgkaartApplication.class)
				.run("--mantelzorgkaart.neo4j.uri=bolt://127.0.0.1:" + port, "--mantelzorgkaart.neo4j.password=" + password,
						"--server.port=0",
						"--mantelzorgkaart.neo4j.embedded.data-directory=" + directory.resolve("unused"),
						// The search index is the application's own, whichever database it uses.
						"--mantelzorgkaart.search.index-directory=" + directory.resolve("search-index"))) {
				assertThat(app.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
				assertThat(directory.resolve("unused")).doesNotExist();
				assertThat(directory.resolve("search-index")).isDirectory();
			}
			// The application migrated and seeded the external database.
			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.basic("neo4j", password))) {
				var counts = driver.executableQuery("""
						RETURN COUNT { (:Organisation) } AS organisations,
						  COUNT { (m:__Neo4jMigration) WHERE m.version = '0003' } AS migrated""")
					.execute()
					.records()
					.get(0);
				assertThat(counts.get("organisations").asLong()).isGreaterThanOrEqualTo(100);
				assertThat(counts.get("migrated").asLong()).isEqualTo(1);
			}
		}
		finally {
			server.getOutputStream().close();
			if (!server.waitFor(60, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	@Test
	void theEmbeddedDatabaseKeepsItsDataAcrossARestartBehindItsPassword(@TempDir Path directory) throws Exception {
		var settings = new Neo4jSettings.Embedded(directory, 0, DataSize.ofMegabytes(32));
		EmbeddedNeo4j first = EmbeddedNeo4j.Registry.acquire(settings);
		first.awaitReady();
		// Bolt asks for the password kept in the data directory: without it nobody on the machine gets in.
		try (Driver anonymous = GraphDatabase.driver(first.boltUri(), AuthTokens.none())) {
			assertThatExceptionOfType(AuthenticationException.class)
				.isThrownBy(() -> anonymous.executableQuery("CREATE (:Organisation {id: 'ingebroken'})").execute());
		}
		assertThat(Files.readString(directory.resolve(EmbeddedNeo4j.PASSWORD_FILE)).strip()).hasSizeGreaterThanOrEqualTo(32);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(EmbeddedNeo4j.PASSWORD_FILE))))
				.isEqualTo("rw-------");
		}
		try (Driver driver = GraphDatabase.driver(first.boltUri(), first.authToken())) {
			driver.executableQuery("CREATE (:Organisation {id: 'blijft-bestaan', name: 'Blijft bestaan'})").execute();
		}
		EmbeddedNeo4j.Registry.release(first);

		EmbeddedNeo4j second = EmbeddedNeo4j.Registry.acquire(settings);
		second.awaitReady();
		try (Driver driver = GraphDatabase.driver(second.boltUri(), second.authToken())) {
			var names = driver.executableQuery("MATCH (o:Organisation {id: $id}) RETURN o.name AS name")
				.withParameters(Map.of("id", "blijft-bestaan"))
				.execute()
				.records();
			assertThat(names).singleElement().satisfies((r) -> assertThat(r.get("name").asString()).isEqualTo("Blijft bestaan"));
		}
		finally {
			EmbeddedNeo4j.Registry.release(second);
		}
	}

	@Test
	void aSecondInstanceOnTheSameDataDirectoryRefusesWithAMessageThatSaysSo(@TempDir Path directory) throws Exception {
		Process first = new ProcessBuilder(
				ChildJvm.command(StandaloneNeo4jServer.class, directory.toString(), String.valueOf(freePort())))
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			var output = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
			String line;
			while ((line = output.readLine()) != null && !line.startsWith("READY")) {
				// Neo4j's own output
			}
			assertThat(line).as("the first instance started").startsWith("READY");

			EmbeddedNeo4j second = EmbeddedNeo4j.start(directory, 0, 32L << 20);
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(second::awaitReady)
				.withMessageContaining("is in use by another running instance")
				.withMessageContaining("do not delete the directory");
		}
		finally {
			first.getOutputStream().close();
			if (!first.waitFor(60, TimeUnit.SECONDS)) {
				first.destroyForcibly();
			}
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
