package nl.mantelzorgkaart.system;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded database as soon as the configuration is known, before any bean is created,
 * so that Neo4j's start-up runs beside the rest of the application's. The {@link EmbeddedNeo4j}
 * bean then takes over the running database.
 */
public class EarlyEmbeddedNeo4jStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		var environment = event.getEnvironment();
		if (!EmbeddedDatabaseCondition.embedded(environment)) {
			return;
		}
		EmbeddedNeo4j.Registry.obtain(Neo4jSettings.embeddedFrom(environment));
	}

}
