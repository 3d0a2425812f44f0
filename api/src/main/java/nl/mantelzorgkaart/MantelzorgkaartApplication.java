package nl.mantelzorgkaart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The social map (sociale kaart) and respite guide (respijtwijzer) for informal caregivers
 * (mantelzorgers): a GraphQL API and web pages over a Neo4j graph.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MantelzorgkaartApplication {

	public static void main(String[] args) {
		SpringApplication.run(MantelzorgkaartApplication.class, args);
	}

}
