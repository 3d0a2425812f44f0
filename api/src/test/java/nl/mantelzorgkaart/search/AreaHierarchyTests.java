package nl.mantelzorgkaart.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.ApiClient;
import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.graph.GraphReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * An area filter finds what serves every area within it, whichever way an area lies in it: Huizen lies
 * in its province (its parent) and in the region of the HBEL-gemeenten, so a search in that region
 * finds what serves Huizen, as it finds what serves Almere's districts in Almere.
 */
@IntegrationTest
class AreaHierarchyTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphReads graph;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = ApiClient.graphQl(this.port);
	}

	@Test
	void shouldFindInARegionWhatServesEachOfItsMunicipalities() {
		List<String> serving = this.graph.list("""
				MATCH (o:Offering)-[:SERVES]->(a:Area)-[:PART_OF*1..]->(:Area {id: $region})
				WHERE coalesce(o.status, 'active') <> 'ended'
				RETURN DISTINCT o.id AS id""", Map.of("region", "hbel"), (row) -> row.get("id").asString());

		List<String> found = this.graphQl.document("""
				{ search(filter: {areas: ["hbel"], kinds: [OFFERING]}, first: 100) { edges { node { id } } } }""")
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.get();

		assertThat(serving).as("the seed data has offerings for the HBEL municipalities").isNotEmpty();
		assertThat(found).containsAll(serving);
	}

}
