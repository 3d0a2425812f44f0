package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import nl.mantelzorgkaart.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Client mistakes that gave the server's 500 (issue 20): a GraphQL request that is no JSON object or has no
 * JSON content type, an oversized body, the error page asked for directly, and paths with dot segments or
 * encoded slashes. Each is a 4xx that says what was wrong, in the client's format.
 */
@IntegrationTest
class ClientMistakesTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> send(String method, String path, String contentType, String accept, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (accept != null) {
			request.header("Accept", accept);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void aGraphQlRequestThatIsNoJsonObjectIsAClientMistakeInTheShapeOfAGraphQlError() throws Exception {
		String stats = "{\"query\":\"{ stats { offerings } }\"}";
		assertGraphQlMistake(send("POST", "/graphql", "*/*", null, stats), 415, "Content-Type");
		assertGraphQlMistake(send("POST", "/graphql", "text/plain", null, "{ stats { offerings } }"), 415, "Content-Type");
		assertGraphQlMistake(send("POST", "/graphql", "application/json", null, "null"), 400, "body");
		assertGraphQlMistake(send("POST", "/graphql", "application/json", null, "[]"), 400, "body");
		assertGraphQlMistake(send("POST", "/graphql", "application/json", null, "{\"query\": "), 400, "body");
		// A body over the limit (64 KB by default) is not read at all.
		assertGraphQlMistake(send("POST", "/graphql", "application/json", null,
				"{\"query\":\"{ stats { offerings } }\",\"x\":\"" + "a".repeat(70_000) + "\"}"), 413, "body");
		// The same question sent right is answered.
		HttpResponse<String> right = send("POST", "/graphql", "application/json; charset=utf-8", null, stats);
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(right.body()).contains("\"offerings\":");
	}

	@Test
	void theErrorPageAskedForDirectlyAndPathTricksAreNotFoundOrBadRequestNeverA500() throws Exception {
		HttpResponse<String> errorPage = send("GET", "/error", null, "text/html", null);
		assertThat(errorPage.statusCode()).isEqualTo(404);
		assertThat(errorPage.body()).contains("<html lang=\"nl\">");
		assertThat(send("GET", "/error", null, "application/json", null).statusCode()).isEqualTo(404);
		for (String tricky : List.of("/actuator/health/../env", "/actuator/health/%2e%2e/env", "/zoeken/..",
				"/aanbod//vmca-eigen-tijd", "/actuator/health;x=y", "/css/%2fetc%2fpasswd")) {
			HttpResponse<String> answer = send("GET", tricky, null, null, null);
			assertThat(answer.statusCode()).as(tricky).isEqualTo(400);
			assertThat(answer.body()).as(tricky).doesNotContain("Exception", "at nl.", "Tomcat");
		}
		assertThat(send("GET", "/actuator/health", null, null, null).statusCode()).isEqualTo(200);
	}

	@Test
	void anErrorForAnApiClientIsAProblemDetailInDutchWithoutSpringsEnglishOrInternals() throws Exception {
		HttpResponse<String> missing = send("GET", "/bestaat-niet", null, "application/json", null);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("\"type\":\"about:blank\"", "\"title\":\"Niet gevonden\"", "\"status\":404",
				"\"instance\":\"/bestaat-niet\"")
			.doesNotContain("\"error\"", "Not Found", "timestamp", "Exception");
		HttpResponse<String> unknown = send("DELETE", "/actuator/health", null, "application/json", null);
		assertThat(unknown.statusCode()).isEqualTo(405);
		assertThat(unknown.body()).contains("\"type\":\"about:blank\"", "\"title\":\"Methode niet toegestaan\"")
			.doesNotContain("Exception");
	}

	@Test
	void aWrongMethodOnTheGraphQlEndpointIsAGraphQlErrorNamingTheMethod() throws Exception {
		for (String method : List.of("DELETE", "PUT", "PATCH")) {
			HttpResponse<String> answer = send(method, "/graphql", "application/json", "application/json",
					"{\"query\":\"{ stats { offerings } }\"}");
			assertGraphQlMistake(answer, 405, "method");
			assertThat(answer.headers().firstValue("Allow")).hasValue("GET, POST, OPTIONS");
			assertThat(answer.body()).contains("niet met " + method);
		}
		HttpResponse<String> options = send("OPTIONS", "/graphql", null, null, null);
		assertThat(options.statusCode()).isEqualTo(204);
		assertThat(options.headers().firstValue("Allow")).hasValue("GET, POST, OPTIONS");
	}

	@Test
	void aGraphQlRequestWithMembersOfTheWrongKindOrAnAcceptItCannotServeIsAGraphQlError() throws Exception {
		assertGraphQlMistake(send("POST", "/graphql", "application/json", null, "{\"query\": null}"), 400, "query");
		assertGraphQlMistake(send("POST", "/graphql", "application/json", null, "{\"variables\": {}}"), 400, "query");
		assertGraphQlMistake(send("POST", "/graphql", "application/json", null,
				"{\"query\": \"{ stats { offerings } }\", \"variables\": [1]}"), 400, "variables");
		assertGraphQlMistake(send("POST", "/graphql", "application/json", null,
				"{\"query\": \"{ stats { offerings } }\", \"operationName\": {}}"), 400, "operationName");
		assertGraphQlMistake(send("POST", "/graphql", "application/json", "text/html", "{\"query\": \"{ stats { offerings } }\"}"),
				406, "Accept");
		// Null members are as good as none.
		assertThat(send("POST", "/graphql", "application/json", "application/json",
				"{\"query\": \"{ stats { offerings } }\", \"variables\": null, \"operationName\": null}").statusCode())
			.isEqualTo(200);
	}

	@Test
	void aQueryStringTomcatCannotDecodeIsABadRequestNotAServerError() throws Exception {
		// Java's HTTP client refuses to send such an address: a plain socket does.
		RawHttp.Response page = RawHttp.send(this.port, RawHttp.Request.of("GET", "/zoeken?q=%zz").header("Accept", "text/html"));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text()).contains("<html lang=\"nl\"", "Naar de startpagina").doesNotContain("Exception");
		RawHttp.Response graphQl = RawHttp.send(this.port, RawHttp.Request.of("GET", "/graphql?query=%7B%zz"));
		assertThat(graphQl.status()).isEqualTo(400);
		assertThat(graphQl.text()).contains("\"classification\":\"BAD_REQUEST\"");
	}

	private static void assertGraphQlMistake(HttpResponse<String> answer, int status, String what) {
		assertThat(answer.statusCode()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/graphql-response+json");
		assertThat(answer.body()).contains("\"classification\":\"BAD_REQUEST\"", "\"request\":\"" + what + "\"")
			.doesNotContain("Exception", "Tomcat");
	}

}
