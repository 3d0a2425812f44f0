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
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("full-stack")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface IntegrationTest {

}
