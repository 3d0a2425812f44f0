package nl.mantelzorgkaart;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one full-stack test setup: the whole application on a random port with the embedded Neo4j
 * in a fresh temporary directory (see {@link TestDatabaseDirectory}). Every class annotated with it
 * shares one Spring context, so the database starts and the seed dataset loads once per test JVM.
 * Tagged {@code full-stack}: these run in {@code mvn verify} (failsafe), not in {@code mvn test}.
 * All its clients come from this machine, so the per-client rate limits are raised far above what the
 * suite sends in a minute; {@code RateLimitsTests} runs the limits at their size.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("full-stack")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mantelzorgkaart.rate-limit.api=" + IntegrationTest.RATE_LIMIT,
				"mantelzorgkaart.rate-limit.pages=" + IntegrationTest.RATE_LIMIT })
public @interface IntegrationTest {

	/** Requests per minute per client in the full-stack suite: the suite is one client. */
	int RATE_LIMIT = 100_000;

}
