package nl.mantelzorgkaart;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Talks to the running application over real HTTP, as partner sites do. */
public final class ApiClient {

	private ApiClient() {
	}

	public static WebTestClient http(int port) {
		// Generous: the first run of a query plans its Cypher cold, on a machine that may be busy.
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(java.time.Duration.ofSeconds(30))
			.build();
	}

	/** A GraphQL tester whose documents are the {@code graphql-test/*.graphql} files. */
	public static HttpGraphQlTester graphQl(int port) {
		return HttpGraphQlTester.create(http(port).mutate().baseUrl("http://localhost:" + port + "/graphql").build())
			.mutate()
			.responseTimeout(java.time.Duration.ofSeconds(30))
			.build();
	}

}
