package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * There is no Docker engine to run the compose file here, so this checks what can be checked: it
 * parses, pins a Neo4j 5 image, wires the app to it with the variables the app actually reads, and
 * has health checks.
 */
class DockerComposeFileTests {

	static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	final JsonNode compose = YAMLMapper.builder().build().readTree(ROOT.resolve("docker-compose.yml").toFile());

	@Test
	void theComposeFileNamesANeo4jServiceOfTheEmbeddedMajorVersionAndTheApp() {
		JsonNode services = this.compose.get("services");
		assertThat(services.propertyNames()).contains("neo4j", "app");
		String image = services.get("neo4j").get("image").asString();
		assertThat(image).matches("neo4j:5\\.26\\.\\d+(-community|-enterprise)?");
		assertThat(services.get("neo4j").get("environment").get("NEO4J_AUTH").asString()).contains("${NEO4J_PASSWORD");
		assertThat(services.get("app").get("build").asString()).isEqualTo(".");
		assertThat(ROOT.resolve("Dockerfile")).exists();
		for (String service : List.of("neo4j", "app")) {
			assertThat(services.get(service).get("healthcheck").get("test")).as(service + " health check").isNotNull();
		}
		assertThat(services.get("app").get("depends_on").get("neo4j").get("condition").asString())
			.isEqualTo("service_healthy");
	}

	@Test
	void theAppIsConfiguredWithTheVariablesTheApplicationReads() throws Exception {
		JsonNode environment = this.compose.get("services").get("app").get("environment");
		String applicationYml = Files.readString(ROOT.resolve("api/src/main/resources/application.yml"));
		List<String> read = new ArrayList<>();
		Matcher matcher = Pattern.compile("\\$\\{([A-Z0-9_]+):").matcher(applicationYml);
		while (matcher.find()) {
			read.add(matcher.group(1));
		}
		assertThat(read).contains("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD");
		for (String variable : environment.propertyNames()) {
			assertThat(read).as("the app reads %s", variable).contains(variable);
		}
		assertThat(environment.get("NEO4J_URI").asString()).isEqualTo("bolt://neo4j:7687");
	}

}
