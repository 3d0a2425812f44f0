package nl.mantelzorgkaart.system;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.NotificationConfig;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Points the driver at the graph: the embedded database by default, or the server named by
 * {@code NEO4J_URI}. Boot's driver auto-configuration and Spring Data Neo4j then run unchanged.
 * (With only {@code spring.neo4j.*} set, Boot's own connection details apply.)
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	/**
	 * No query notifications from the server (query-plan hints such as "cartesian product"): Spring Data
	 * Neo4j logs each one with its query, so one request of many aliases wrote thousands of log lines
	 * (issue 20). They are hints for whoever writes the Cypher, not events of the running service.
	 */
	@Bean
	ConfigBuilderCustomizer noQueryNotifications() {
		return (builder) -> builder.withNotificationConfig(NotificationConfig.disableAllConfig());
	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(EmbeddedDatabaseCondition.class)
	static class Embedded {

		@Bean(destroyMethod = "")
		EmbeddedNeo4j embeddedNeo4j(Neo4jSettings settings) {
			return EmbeddedNeo4j.Registry.acquire(settings.embedded());
		}

		@Bean
		DisposableBean embeddedNeo4jRelease(EmbeddedNeo4j neo4j) {
			// Destroyed before the database bean it depends on: the driver has closed by then.
			return () -> EmbeddedNeo4j.Registry.release(neo4j);
		}

		@Bean
		Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedNeo4j neo4j) {
			return new FixedConnectionDetails(neo4j.boltUri(), neo4j.authToken());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnExpression("'${mantelzorgkaart.neo4j.uri:}'.trim() != ''")
	static class External {

		@Bean
		Neo4jConnectionDetails externalConnectionDetails(Neo4jSettings settings) {
			AuthToken auth = (settings.password() == null || settings.password().isEmpty()) ? AuthTokens.none()
					: AuthTokens.basic(settings.username(), settings.password());
			return new FixedConnectionDetails(URI.create(settings.uri().strip()), auth);
		}

	}

	private record FixedConnectionDetails(URI getUri, AuthToken getAuthToken) implements Neo4jConnectionDetails {

	}

}
