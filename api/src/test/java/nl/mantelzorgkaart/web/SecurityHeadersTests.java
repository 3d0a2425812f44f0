package nl.mantelzorgkaart.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import nl.mantelzorgkaart.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers a browser gets with every page and API answer (issue 20): a Content-Security-Policy
 * that allows no inline script (and the pages have none), framing only of the search pages, no MIME
 * sniffing and a short Referer.
 */
@IntegrationTest
class SecurityHeadersTests {

	/** Every kind of page, the GraphiQL page and the embed demo. */
	static final List<String> PAGES = List.of("/", "/zoeken?q=dementie&gebied=almere", "/aanbod/vmca-eigen-tijd",
			"/organisaties/vmca", "/netwerken/ketenzorg-dementie-almere", "/respijtwijzer", "/sociale-kaart?gebied=almere",
			"/begrippen", "/dekking?gebied=almere", "/graphiql", "/embed-demo.html", "/aanbod/bestaat-niet");

	/** A script element with content of its own, not only a src. */
	static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>\\s*\\S", Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Autowired
	WebSettings settings;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void everyPageHasAPolicyWithoutInlineScriptAndNoPageNeedsOne() throws Exception {
		for (String path : PAGES) {
			HttpResponse<String> page = get(path);
			String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(policy).as(path).contains("script-src 'self';", "object-src 'none'", "base-uri 'self'")
				.doesNotContain("'unsafe-eval'")
				.doesNotContainPattern("script-src[^;]*'unsafe-inline'");
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
			assertThat(INLINE_SCRIPT.matcher(page.body()).find()).as("inline script on " + path).isFalse();
		}
	}

	@Test
	void onlyTheSearchPagesMayBeFramedByPartnersAndTheMapTilesMayLoad() throws Exception {
		HttpResponse<String> search = get("/zoeken?gebied=almere&thema=dementie");
		assertThat(search.headers().firstValue("Content-Security-Policy").orElse(""))
			.contains("frame-ancestors *", "img-src 'self' data:" + SecurityHeaders.tileOrigin(this.settings.tileUrl()) + ";");
		assertThat(search.headers().firstValue("X-Frame-Options")).isEmpty();
		for (String path : List.of("/", "/aanbod/vmca-eigen-tijd", "/respijtwijzer", "/graphiql")) {
			HttpResponse<String> page = get(path);
			assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
				.contains("frame-ancestors 'none'");
			assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		}
	}

	@Test
	void theApiAnswersCarryTheHeadersToo() throws Exception {
		HttpResponse<String> answer = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ stats { offerings } }\"}"))
					.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void theTileServersOriginIsReadFromItsUrlTemplate() {
		assertThat(SecurityHeaders.tileOrigin("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
			.isEqualTo(" https://tile.openstreetmap.org");
		assertThat(SecurityHeaders.tileOrigin("https://{s}.tiles.example.nl:8443/{z}/{x}/{y}.png"))
			.isEqualTo(" https://*.tiles.example.nl:8443");
		assertThat(SecurityHeaders.tileOrigin("")).isEmpty();
	}

}
