package nl.mantelzorgkaart.system;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded database as soon as the configuration is known, before any bean is created,
 * so that Neo4j's start-up runs beside the rest of the application's. The {@link EmbeddedNeo4j}
 * bean then takes over the running database.
 * <p>
 * It waits for the context's initializers rather than for the environment alone: a test slice
 * ({@code @WebMvcTest}, {@code @GraphQlTest}) switches Boot's auto-configuration off in one of them,
 * and such a context has no driver that could use the database, so starting one would only cost
 * seconds and half a gigabyte of disk.
 */
public class EarlyEmbeddedNeo4jStart implements ApplicationListener<ApplicationContextInitializedEvent> {

	@Override
	public void onApplicationEvent(ApplicationContextInitializedEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		if (!environment.getProperty(EnableAutoConfiguration.ENABLED_OVERRIDE_PROPERTY, Boolean.class, true)
				|| !EmbeddedDatabaseCondition.embedded(environment)) {
			return;
		}
		EmbeddedNeo4j.Registry.obtain(Neo4jSettings.embeddedFrom(environment));
	}

}
