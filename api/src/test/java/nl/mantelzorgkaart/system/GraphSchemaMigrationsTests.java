package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import nl.mantelzorgkaart.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** Schema migrations: recorded in the graph, idempotent, and loud about a broken file. */
@IntegrationTest
class GraphSchemaMigrationsTests {

	@Autowired
	Driver driver;

	@Test
	void applyingTheMigrationsAgainChangesNothing() {
		long constraintsBefore = count("SHOW CONSTRAINTS YIELD name RETURN count(name) AS c");
		assertThat(new GraphSchemaMigrations(this.driver, null).apply()).contains("0003");
		assertThat(count("SHOW CONSTRAINTS YIELD name RETURN count(name) AS c")).isEqualTo(constraintsBefore);
		assertThat(count("MATCH (m:__Neo4jMigration) WHERE m.version IN ['0001', '0002', '0003'] RETURN count(m) AS c"))
			.isEqualTo(3);
	}

	@Test
	void everyNodeKindHasAUniqueIdConstraint() {
		assertThat(count("""
				SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
				WHERE type = 'UNIQUENESS' AND properties = ['id'] AND NOT labelsOrTypes[0] STARTS WITH '__'
				RETURN count(*) AS c""")).isEqualTo(12);
	}

	@Test
	void aBrokenMigrationStopsWithTheFileAndTheStatementNamed() {
		var migrations = new GraphSchemaMigrations(this.driver, null, GraphSchemaMigrations.LOCATION,
				"broken-migrations");
		assertThatIllegalStateException().isThrownBy(migrations::apply)
			.withMessageContaining("V0099__Broken_statement.cypher")
			.withMessageContaining("CREATE INDEX offering_broken");
		assertThat(count("MATCH (m:__Neo4jMigration {version: '0099'}) RETURN count(m) AS c")).isZero();
	}

	private long count(String query) {
		return this.driver.executableQuery(query).execute().records().get(0).get("c").asLong();
	}

}
