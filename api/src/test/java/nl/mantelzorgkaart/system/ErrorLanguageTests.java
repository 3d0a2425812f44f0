package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.system.RawHttp.Request;
import nl.mantelzorgkaart.system.RawHttp.Response;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors speak the request's language (issue 20): Dutch by default, English with {@code Accept-Language: en},
 * and on the pages English too when the visitor chose it ({@code ?lang=en}, the {@code mzk-lang} cookie).
 * Our GraphQL messages (arguments, limits, the request guard, records not found), graphql-java's validation
 * messages (which it words in both languages itself), the problem details, the error pages and the answers
 * Tomcat gives before the application sees the request.
 */
@IntegrationTest
class ErrorLanguageTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void graphQlErrorsWeProduceAreDutchByDefaultAndEnglishWithAcceptLanguageEn() throws Exception {
		assertGraphQlMessage("{ offering(id: \"bestaat-niet\") { id } }", null, "Er is geen aanbod met id 'bestaat-niet'.");
		assertGraphQlMessage("{ offering(id: \"bestaat-niet\") { id } }", "en-GB,en;q=0.9",
				"There is no offering with id 'bestaat-niet'.");
		assertGraphQlMessage("{ offerings(first: 101) { totalCount } }", "nl-NL",
				"'first' mag hoogstens 100 zijn, niet 101; blader verder met 'after'.");
		assertGraphQlMessage("{ offerings(first: 101) { totalCount } }", "en",
				"'first' may be at most 100, got 101; page with 'after' instead.");
		assertGraphQlMessage("{ offerings(after: \"vals\") { totalCount } }", "@@@ geen taal",
				"'after' is geen cursor van deze API; geef de endCursor van een vorige pagina mee.");
		assertGraphQlMessage("{ respiteGuide(input: {careThemes: [\"bestaat-niet\"]}) { matchCount } }", "en",
				"Unknown care theme 'bestaat-niet'; known: ");
		assertGraphQlMessage("{ search(text: \"zorg\", filter: {careThemes: [\"bestaat-niet\"]}) { totalCount } }", null,
				"Er is geen situatie (zorgthema) 'bestaat-niet' (filter.careThemes).");
		String deep = "{ area(id: \"almere-poort\") { " + "parent { ".repeat(13) + "id" + " }".repeat(13) + " } }";
		assertGraphQlMessage(deep, null, "De vraag gaat te diep: ");
		assertGraphQlMessage(deep, "en", "The query is too deep: ");
	}

	@Test
	void graphQlJavasOwnValidationMessagesFollowTheSameLanguage() throws Exception {
		assertGraphQlMessage("{ bestaatNiet }", null, "Validatiefout");
		assertGraphQlMessage("{ bestaatNiet }", "en", "Validation error");
	}

	@Test
	void theRequestGuardAndGetEndpointSpeakTheRequestsLanguageToo() throws Exception {
		Request plain = Request.of("POST", "/graphql").body("text/plain", "{ stats { offerings } }");
		assertThat(message(RawHttp.send(this.port, plain))).startsWith("Stuur de vraag als JSON");
		assertThat(message(RawHttp.send(this.port, Request.of("POST", "/graphql").header("Accept-Language", "en")
			.body("text/plain", "{ stats { offerings } }")))).startsWith("Send the query as JSON");
		assertThat(message(RawHttp.send(this.port, Request.of("GET", "/graphql"))))
			.isEqualTo("Een GET-vraag heeft een parameter 'query' nodig.");
		assertThat(message(RawHttp.send(this.port, Request.of("GET", "/graphql").header("Accept-Language", "en"))))
			.isEqualTo("A GET request needs a 'query' parameter.");
		assertThat(message(RawHttp.send(this.port, Request.of("GET", "/graphql?query="
				+ URLEncoder.encode("{ offering(id: \"x\") { id } }", StandardCharsets.UTF_8)).header("Accept-Language", "en"))))
			.isEqualTo("There is no offering with id 'x'.");
	}

	@Test
	void problemDetailsAreDutchByDefaultAndEnglishWhenAsked() throws Exception {
		JsonNode dutch = JSON.readTree(RawHttp.send(this.port, Request.of("GET", "/bestaat-niet").header("Accept",
				"application/json")).body());
		assertThat(dutch.path("title").asString()).isEqualTo("Niet gevonden");
		assertThat(dutch.path("detail").asString()).startsWith("Op dit adres staat niets.");
		JsonNode english = JSON.readTree(RawHttp.send(this.port, Request.of("GET", "/bestaat-niet")
			.header("Accept", "application/json")
			.header("Accept-Language", "en-US,en;q=0.8,nl;q=0.5")).body());
		assertThat(english.path("title").asString()).isEqualTo("Not found");
		assertThat(english.path("detail").asString()).startsWith("There is nothing at this address.");
		assertThat(english.path("status").asInt()).isEqualTo(404);
	}

	@Test
	void errorPagesAreDutchUnlessTheVisitorOrTheBrowserAsksForEnglish() throws Exception {
		for (String path : new String[] { "/aanbod/bestaat-niet", "/bestaat-niet", "/zoeken?pagina=abc" }) {
			Response dutch = RawHttp.send(this.port, Request.of("GET", path).header("Accept", "text/html"));
			assertThat(dutch.text()).as(path).contains("<html lang=\"nl\"", "Naar de startpagina").doesNotContain("home page");
			for (Request english : new Request[] {
					Request.of("GET", path).header("Accept", "text/html").header("Accept-Language", "en"),
					Request.of("GET", path).header("Accept", "text/html").header("Cookie", "mzk-lang=en"),
					Request.of("GET", path + (path.contains("?") ? "&" : "?") + "lang=en").header("Accept", "text/html") }) {
				Response answer = RawHttp.send(this.port, english);
				assertThat(answer.status()).as(path).isBetween(400, 499);
				assertThat(answer.text()).as(english.target() + " " + english.headers().stream().map((h) -> h[0] + ": " + h[1]).toList())
					.contains("<html lang=\"en\"", "Go to the home page")
					.doesNotContain("Naar de startpagina");
			}
			// A visitor who chose Dutch keeps Dutch, whatever the browser says.
			assertThat(RawHttp.send(this.port, Request.of("GET", path).header("Accept", "text/html")
				.header("Accept-Language", "en")
				.header("Cookie", "mzk-lang=nl")).text()).as(path).contains("<html lang=\"nl\"", "Naar de startpagina");
		}
		assertThat(RawHttp.send(this.port, Request.of("GET", "/aanbod/bestaat-niet").header("Accept-Language", "en")).text())
			.contains("Page not found");
	}

	@Test
	void whatTomcatRefusesItselfSpeaksTheLanguageToo() throws Exception {
		Response dutch = RawHttp.send(this.port, Request.of("GET", "/%zz%").header("Accept", "text/html"));
		assertThat(dutch.status()).isEqualTo(400);
		assertThat(dutch.text()).contains("<html lang=\"nl\"", "Ongeldige vraag", "Naar de startpagina")
			.doesNotContain("Tomcat", "HTTP Status");
		Response english = RawHttp.send(this.port, Request.of("GET", "/%zz%").header("Accept", "application/json")
			.header("Accept-Language", "en"));
		assertThat(english.header("Content-Type")).startsWith("application/problem+json");
		assertThat(JSON.readTree(english.body()).path("title").asString()).isEqualTo("Bad request");
	}

	private void assertGraphQlMessage(String query, String acceptLanguage, String expected) throws Exception {
		Request request = Request.of("POST", "/graphql").body("application/json", JSON.writeValueAsString(Map.of("query", query)));
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		assertThat(message(RawHttp.send(this.port, request))).as(query + " in " + acceptLanguage).startsWith(expected);
	}

	private static String message(Response response) {
		JsonNode errors = JSON.readTree(response.body()).path("errors");
		assertThat(errors.isArray() && !errors.isEmpty()).as(response.text()).isTrue();
		assertThat(errors.get(0).path("extensions").path("classification").asString()).as(response.text()).isNotBlank();
		return errors.get(0).path("message").asString();
	}

}
