package nl.mantelzorgkaart;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Talks to the running application over real HTTP, as partner sites do. */
public final class ApiClient {

	private ApiClient() {
	}

	public static WebTestClient http(int port) {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

	/** A GraphQL tester whose documents are the {@code graphql-test/*.graphql} files. */
	public static HttpGraphQlTester graphQl(int port) {
		return HttpGraphQlTester.create(http(port).mutate().baseUrl("http://localhost:" + port + "/graphql").build());
	}

}
