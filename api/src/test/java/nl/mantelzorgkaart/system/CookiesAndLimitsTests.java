package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.system.RawHttp.Request;
import nl.mantelzorgkaart.system.RawHttp.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every cookie the app sets is {@code HttpOnly} and {@code SameSite} (issue 20), and a request over the header
 * limit ({@code server.max-http-request-header-size}, 32 KB: a huge header, cookie or query string) gets a clean
 * 4xx in its client's format, never Tomcat's own page.
 */
@IntegrationTest
class CookiesAndLimitsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void everyCookieTheAppSetsIsHttpOnlyAndSameSite() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		List<String> cookies = new ArrayList<>();
		for (String path : List.of("/?lang=en", "/?lang=nl", "/zoeken?q=dementie&lang=en", "/aanbod/vmca-eigen-tijd?lang=en",
				"/respijtwijzer?lang=en", "/sociale-kaart?gebied=almere&lang=en", "/aanbod/bestaat-niet?lang=en", "/graphiql",
				"/actuator/health")) {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.timeout(Duration.ofSeconds(60))
				.build(), HttpResponse.BodyHandlers.ofString());
			cookies.addAll(page.headers().allValues("Set-Cookie"));
		}
		assertThat(cookies).as("the language switch remembers the choice").anyMatch((c) -> c.startsWith("mzk-lang=en"));
		assertThat(cookies).allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; SameSite=Lax"));
	}

	@Test
	void aHeaderOverTheLimitIsACleanClientErrorInTheClientsFormat() throws Exception {
		String big = "a".repeat(40_000);
		Response page = RawHttp.send(this.port, Request.of("GET", "/zoeken").header("Accept", "text/html").header("X-Big", big));
		assertThat(page.status()).isIn(400, 431);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.text()).contains("<html lang=\"nl\"", "Naar de startpagina").doesNotContain("Tomcat", "HTTP Status",
				"Exception");
		Response cookie = RawHttp.send(this.port, Request.of("GET", "/").header("Accept", "text/html")
			.header("Cookie", "mzk-lang=" + big));
		assertThat(cookie.status()).isIn(400, 431);
		assertThat(cookie.text()).contains("<html lang=\"nl\"").doesNotContain("Tomcat", "HTTP Status");
		Response api = RawHttp.send(this.port, Request.of("GET", "/actuator/health").header("Accept", "application/json")
			.header("X-Big", big));
		assertThat(api.status()).isIn(400, 431);
		assertThat(JSON.readTree(api.body()).path("status").asInt()).isEqualTo(api.status());
		Response graphQl = RawHttp.send(this.port, Request.of("POST", "/graphql").header("X-Big", big)
			.body("application/json", "{\"query\":\"{ stats { offerings } }\"}"));
		assertThat(graphQl.status()).isIn(400, 431);
		assertThat(JSON.readTree(graphQl.body()).path("errors").get(0).path("extensions").path("classification").asString())
			.isEqualTo("BAD_REQUEST");
		// Under the limit, a large header is fine.
		assertThat(RawHttp.send(this.port, Request.of("GET", "/").header("X-Big", "a".repeat(30_000))).status()).isEqualTo(200);
	}

	@Test
	void aQueryStringOverTheLimitIsACleanClientErrorOnPagesAndOnGetGraphQl() throws Exception {
		Response page = RawHttp.send(this.port, Request.of("GET", "/zoeken?q=" + "zorg+".repeat(8_000)).header("Accept", "text/html"));
		assertThat(page.status()).isIn(400, 414, 431);
		assertThat(page.text()).contains("<html lang=\"nl\"", "Naar de startpagina").doesNotContain("Tomcat", "HTTP Status");
		// A request line over the limit: Tomcat reads neither its path nor its headers, so the answer is the
		// plain Dutch problem detail or page (it cannot tell the request was for /graphql, nor the language).
		Response graphQl = RawHttp.send(this.port, Request.of("GET", "/graphql?query=%7B%20stats%20%7B%20offerings"
				+ "%20".repeat(14_000) + "%7D%20%7D").header("Accept", "application/json"));
		assertThat(graphQl.status()).isIn(400, 414, 431);
		assertThat(graphQl.text()).doesNotContain("Tomcat", "HTTP Status", "Exception");
		assertThat(graphQl.text()).containsAnyOf("\"title\":\"Ongeldige vraag\"", "Naar de startpagina");
		// A long search text within the limit gets the search page's own friendly 400 (over 500 characters).
		Response friendly = RawHttp.send(this.port, Request.of("GET", "/zoeken?q=" + "a".repeat(5_000)).header("Accept", "text/html"));
		assertThat(friendly.status()).isEqualTo(400);
		assertThat(friendly.text()).contains("Deze vraag kunnen we niet beantwoorden", "Het gaat om: q");
	}

}
