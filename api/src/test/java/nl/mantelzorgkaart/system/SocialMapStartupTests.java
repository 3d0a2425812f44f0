package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The running application as a new user first meets it: the database alive, seeded and reachable. */
@IntegrationTest
class SocialMapStartupTests {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	HttpGraphQlTester graphQl() {
		return HttpGraphQlTester.create(client().mutate().baseUrl("http://localhost:" + this.port + "/graphql").build());
	}

	@Test
	void statsCountsTheSeededSocialMapOverHttp() {
		var stats = graphQl().documentName("stats").execute();
		stats.path("stats.organisations").entity(Integer.class).satisfies((n) -> assertThat(n).isGreaterThanOrEqualTo(100));
		stats.path("stats.offerings").entity(Integer.class).satisfies((n) -> assertThat(n).isGreaterThanOrEqualTo(100));
		stats.path("stats.networks").entity(Integer.class).satisfies((n) -> assertThat(n).isGreaterThanOrEqualTo(25));
		stats.path("stats.supportFunctions").entity(Integer.class).isEqualTo(8);
		// The five seed documents, 43 pages giving areas' postcodes, 27 more giving areas' centres and 16 in
		// sources/public.yaml (10 for the vocabulary, 1 for the glossary, 2 for Het Mantelzorgcentrum and
		// Mantelzorgvrij.nl, 3 for the out-of-hours GP post and the crisis line).
		stats.path("stats.sources").entity(Integer.class).isEqualTo(91);
		stats.path("stats.terms").entity(Integer.class).satisfies((n) -> assertThat(n).isGreaterThanOrEqualTo(15));
		stats.path("stats.relationships").entity(Integer.class).satisfies((n) -> assertThat(n).isGreaterThan(1000));
		stats.path("stats.schemaVersions").entityList(String.class).containsExactly("0001", "0002", "0003");
	}

	@Test
	void healthIsUpAndIncludesNeo4j() {
		client().get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP")
			// Status only: no Neo4j version, Bolt address, data paths or disk sizes for the public.
			.jsonPath("$.components.neo4j.details")
			.doesNotExist()
			.jsonPath("$.components.diskSpace.details")
			.doesNotExist();
		String health = client().get().uri("/actuator/health").exchange().expectBody(String.class).returnResult()
			.getResponseBody();
		assertThat(health).doesNotContain("bolt", "version", "/tmp", "free", "127.0.0.1");
	}

	@Test
	void healthWatchesTheDiskOfTheDataDirectory(@Autowired Environment environment) {
		assertThat(environment.getProperty("management.health.diskspace.path"))
			.isEqualTo(environment.getProperty("mantelzorgkaart.neo4j.embedded.data-directory"));
		client().get()
			.uri("/actuator/health")
			.exchange()
			.expectBody()
			.jsonPath("$.components.diskSpace.status")
			.isEqualTo("UP");
	}

	@Test
	void theActuatorHasNoLinksPageThatWouldEchoAForgedHost() {
		client().get()
			.uri("/actuator")
			.header("Host", "evil.example")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void infoNamesTheApplicationAndItsVersion() {
		client().get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.build.version")
			.isEqualTo("0.1.0-SNAPSHOT")
			.jsonPath("$.app.name")
			.isEqualTo("Mantelzorgkaart");
	}

	@Test
	void graphiqlAndItsAssetsAreServedByTheApplicationItself() {
		String page = client().get()
			.uri("/graphiql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("/webjars/graphiql/2.4.7/graphiql.min.js").doesNotContain("https://");
		for (String asset : List.of("/webjars/graphiql/2.4.7/graphiql.min.js", "/webjars/graphiql/2.4.7/graphiql.min.css",
				"/webjars/react/18.3.1/umd/react.production.min.js",
				"/webjars/react-dom/18.3.1/umd/react-dom.production.min.js")) {
			client().get().uri(asset).exchange().expectStatus().isOk();
		}
	}

	@Test
	void aMalformedGraphQlRequestGetsAClearErrorNotAServerError() {
		client().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ stats { nosuchfield } }\"}")
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat(message.toString()).contains("nosuchfield"));
	}

	/** A fixed list of names from each of the five seed documents, each cited to its file. */
	@ParameterizedTest(name = "{1} ''{2}'' comes from {0}")
	@CsvSource(delimiter = '|', textBlock = """
			000_42ca9364088ab070.txt | Organisation    | Vrijwilligers en Mantelzorg Centrale Almere
			000_42ca9364088ab070.txt | Offering        | Eigen Tijd
			000_42ca9364088ab070.txt | Offering        | Cursus In Balans
			000_42ca9364088ab070.txt | Network         | Ketennetwerk KOPP-KOV Almere
			001_b6863d1eb3644f86.txt | Organisation    | Humanitas
			001_b6863d1eb3644f86.txt | Offering        | Vrijwilligersprojecten in de zorg van Humanitas Almere
			002_fdec4182d9ff7724.txt | Offering        | Digitale wegwijzer voor mantelzorgers
			003_119975fd017667f7.txt | Organisation    | MantelzorgNL
			003_119975fd017667f7.txt | Organisation    | Trendbureau Drenthe
			003_119975fd017667f7.txt | Offering        | Sociale Kaart van SamenGorinchem
			003_119975fd017667f7.txt | Network         | Netwerk Informele Zorg Assen (NIZ Assen)
			003_119975fd017667f7.txt | Term            | Odensehuis
			004_a21c00795ff3dbd4.txt | Organisation    | Gemeente Huizen
			004_a21c00795ff3dbd4.txt | Offering        | Mantelzorgcompliment Blaricum
			004_a21c00795ff3dbd4.txt | Area            | Eemnes
			""")
	void namesFromEachSeedDocumentAreInTheGraphWithTheirSource(String file, String label, String name) {
		String nameProperty = label.equals("Term") ? "term" : "name";
		// Label and property come from this test's own fixed list, not from user input.
		long cited = this.driver.executableQuery("""
				MATCH (n:%s)-[c:CITED_IN]->(s:Source {file: $file})
				WHERE n.%s = $name AND c.section IS NOT NULL AND n.lastVerified IS NOT NULL
				RETURN count(n) AS cited""".formatted(label, nameProperty))
			.withParameters(Map.of("file", file, "name", name))
			.execute()
			.records()
			.get(0)
			.get("cited")
			.asLong();
		assertThat(cited).as("%s '%s' cited in %s", label, name, file).isPositive();
	}

	@Test
	void anEndedOfferingIsKeptAndMarkedEnded() {
		var record = this.driver
			.executableQuery("MATCH (o:Offering {id: 'vmca-jonge-mantelzorg-maatjes'}) RETURN o.status AS status, "
					+ "o.statusNote AS note")
			.execute()
			.records();
		assertThat(record).hasSize(1);
		assertThat(record.get(0).get("status").asString()).isEqualTo("ended");
		assertThat(record.get(0).get("note").asString()).contains("2025");
	}

}
