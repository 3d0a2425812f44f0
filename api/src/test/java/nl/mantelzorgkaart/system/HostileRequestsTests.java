package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.mantelzorgkaart.IntegrationTest;
import nl.mantelzorgkaart.system.RawHttp.Request;
import nl.mantelzorgkaart.system.RawHttp.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A corpus of hostile and malformed requests (issue 20), built as kinds × variants: malformed JSON, huge and
 * deep GraphQL documents, alias and fragment bombs, bad content types, forged cursors, bad arguments and
 * coordinates, path tricks, header abuse, bad cookies, bad query strings on every page, GET {@code /graphql}
 * with bad parameters and wrong methods. Each case has a name and says which client it stands for; each must
 * get an answer below 500, without any internal detail (stack traces, class or package names, file paths, the
 * database's version, the server's own error pages), in that client's format: GraphQL errors with
 * {@code extensions.classification} for {@code /graphql}, the Dutch error page for a browser, a problem detail
 * (RFC 9457) for any other client.
 */
@IntegrationTest
class HostileRequestsTests {

	/** What a client gets when something is wrong. */
	enum Format {

		/** GraphQL over HTTP: a JSON object with {@code errors[].extensions.classification}. */
		GRAPHQL,
		/** A browser: the error page, in the language asked (Dutch unless English was asked). */
		PAGE,
		/** Any other client: a JSON problem detail. */
		PROBLEM,
		/**
		 * The error page or a problem detail: for an {@code Accept} that takes neither HTML nor JSON, and for a
		 * request line Tomcat could not read at all (then it cannot know the headers or the path either).
		 */
		EITHER

	}

	/** One hostile request, with the format its client reads and the page language it asked for. */
	record Case(String kind, String name, Request request, Format format, String language) {

		@Override
		public String toString() {
			return this.kind + ": " + this.name;
		}

	}

	/** What no answer may show: how the server is built or where it runs. */
	static final List<Pattern> LEAKS = List.of(Pattern.compile("Exception"), Pattern.compile("\\bat [a-z]+\\.[a-z]+\\."),
			Pattern.compile("Caused by"), Pattern.compile("org\\.springframework"), Pattern.compile("org\\.apache"),
			Pattern.compile("\\bjava\\.[a-z]+\\."), Pattern.compile("\\bjakarta\\."), Pattern.compile("tools\\.jackson"),
			Pattern.compile("com\\.fasterxml"), Pattern.compile("\\bgraphql\\.[a-z]+\\.[A-Za-z]"),
			Pattern.compile("nl\\.mantelzorgkaart\\."), Pattern.compile("org\\.neo4j"),
			Pattern.compile("(?i)neo4j[^a-z<]{0,20}\\b5\\.\\d+"), Pattern.compile("(?i)whitelabel"),
			Pattern.compile("(?i)apache tomcat"), Pattern.compile("HTTP Status \\d{3}"),
			Pattern.compile("(?<![A-Za-z0-9.])/(work|root|tmp|home|usr|var|opt|etc)/[A-Za-z0-9_.-]+/"),
			Pattern.compile("[A-Z]:\\\\[A-Za-z]"), Pattern.compile("\"trace\""), Pattern.compile("\"exception\""));

	static final String STATS = "{ stats { offerings } }";

	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	/** Every page, with a valid address for it. */
	static final List<String> PAGES = List.of("/", "/zoeken", "/zoeken?q=dementie", "/aanbod/vmca-eigen-tijd",
			"/organisaties/vmca", "/netwerken/ketenzorg-dementie-almere", "/respijtwijzer", "/respijtwijzer?stap=2",
			"/begrippen", "/dekking?gebied=almere", "/sociale-kaart?gebied=almere", "/sociale-kaart.pdf?gebied=almere",
			"/graphiql");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@TestFactory
	Stream<DynamicTest> noHostileRequestGetsA5xxALeakOrAnAnswerOutsideItsClientsFormat() {
		List<Case> cases = corpus();
		return cases.stream().map((c) -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
	}

	@Test
	void theCorpusHoldsAtLeastThreeHundredRequestsOfEveryKind() {
		List<Case> cases = corpus();
		assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
		assertThat(cases.stream().map(Case::toString).distinct().count()).as("every case has its own name")
			.isEqualTo(cases.size());
		assertThat(cases.stream().map(Case::kind).distinct().count()).isGreaterThanOrEqualTo(15);
	}

	private void check(Case c) throws Exception {
		Response response = RawHttp.send(this.port, c.request());
		String body = response.text();
		String shown = c + " → " + response.status() + " " + response.header("Content-Type") + "\n"
				+ body.substring(0, Math.min(body.length(), 1500));
		assertThat(response.status()).as("an answer at all: " + shown).isGreaterThan(0);
		assertThat(response.status()).as("no server error: " + shown).isLessThan(500);
		String type = response.header("Content-Type").toLowerCase(Locale.ROOT);
		boolean text = type.isEmpty() || type.startsWith("text/") || type.contains("json") || type.contains("xml");
		if (text) {
			for (Pattern leak : LEAKS) {
				assertThat(leak.matcher(body).find()).as("leaks " + leak + ": " + shown).isFalse();
			}
		}
		if (c.request().method().equals("HEAD") || response.status() == 304
				|| (c.request().method().equals("OPTIONS") && response.status() < 300)) {
			return;
		}
		if (response.status() >= 300 && response.status() < 400) {
			assertThat(response.header("Location")).as("a redirect says where: " + shown).isNotEmpty();
			assertThat(response.header("Location")).as("a redirect stays on this site: " + shown)
				.doesNotContain("evil.example");
			return;
		}
		switch (c.format()) {
			case GRAPHQL -> assertGraphQl(response, shown);
			case PAGE -> {
				if (response.status() >= 400) {
					assertErrorPage(response, c.language(), shown);
				}
			}
			case PROBLEM -> {
				if (response.status() >= 400) {
					assertProblem(response, shown);
				}
			}
			case EITHER -> {
				if (response.status() >= 400 && response.header("Content-Type").startsWith("text/html")) {
					assertErrorPage(response, c.language(), shown);
				}
				else if (response.status() >= 400) {
					assertProblem(response, shown);
				}
			}
		}
	}

	private static void assertGraphQl(Response response, String shown) {
		assertThat(response.header("Content-Type")).as("GraphQL's media type: " + shown)
			.matches("(?i)application/(graphql-response\\+)?json.*");
		JsonNode answer = JSON.readTree(response.body());
		assertThat(answer.isObject()).as("a JSON object: " + shown).isTrue();
		if (response.status() >= 400 || answer.has("errors")) {
			assertThat(answer.path("errors").isArray() && !answer.path("errors").isEmpty()).as("errors: " + shown).isTrue();
			for (JsonNode error : answer.path("errors")) {
				assertThat(error.path("message").asString()).as("a message: " + shown).isNotBlank();
				assertThat(error.path("extensions").path("classification").asString()).as("a classification: " + shown)
					.isNotBlank();
			}
		}
		else {
			assertThat(answer.has("data")).as("data: " + shown).isTrue();
		}
	}

	private static void assertErrorPage(Response response, String language, String shown) {
		assertThat(response.header("Content-Type")).as("an HTML page: " + shown).startsWith("text/html");
		assertThat(response.text()).as("our error page in '" + language + "': " + shown)
			.contains("<html lang=\"" + language + "\"", "<main", "<a href=\"/\"");
	}

	private static void assertProblem(Response response, String shown) {
		assertThat(response.header("Content-Type")).as("JSON: " + shown).matches("(?i)application/(problem\\+)?json.*");
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("type").asString()).as("a problem type: " + shown).isNotBlank();
		assertThat(problem.path("title").asString()).as("a title: " + shown).isNotBlank();
		assertThat(problem.path("status").asInt()).as("the status: " + shown).isEqualTo(response.status());
		assertThat(problem.has("error") || problem.has("timestamp")).as("not Spring's own body: " + shown).isFalse();
	}

	// ----------------------------------------------------------------------------------------------------------
	// The corpus
	// ----------------------------------------------------------------------------------------------------------

	static List<Case> corpus() {
		List<Case> cases = new ArrayList<>();
		malformedJson(cases);
		contentTypes(cases);
		hugeAndDeepDocuments(cases);
		aliasAndFragmentBombs(cases);
		forgedCursors(cases);
		badArguments(cases);
		badVariables(cases);
		graphQlGet(cases);
		wrongMethods(cases);
		pathTricks(cases);
		actuator(cases);
		headerAbuse(cases);
		badCookies(cases);
		badQueryStrings(cases);
		oversized(cases);
		return cases;
	}

	private static Request post(String body) {
		return Request.of("POST", "/graphql").header("Accept", "application/graphql-response+json")
			.body("application/json", body);
	}

	private static Request query(String document) {
		return post(JSON.writeValueAsString(java.util.Map.of("query", document)));
	}

	private static Request query(String document, String variablesJson) {
		return post("{\"query\":" + JSON.writeValueAsString(document) + ",\"variables\":" + variablesJson + "}");
	}

	private static Request page(String target) {
		return Request.of("GET", target).header("Accept", BROWSER_ACCEPT);
	}

	private static void graphQl(List<Case> cases, String kind, String name, Request request) {
		cases.add(new Case(kind, name, request, Format.GRAPHQL, "nl"));
	}

	private static void page(List<Case> cases, String kind, String name, Request request) {
		cases.add(new Case(kind, name, request, Format.PAGE, "nl"));
	}

	private static void problem(List<Case> cases, String kind, String name, Request request) {
		cases.add(new Case(kind, name, request, Format.PROBLEM, "nl"));
	}

	private static void either(List<Case> cases, String kind, String name, Request request) {
		cases.add(new Case(kind, name, request, Format.EITHER, "nl"));
	}

	/** Characters no request target may hold: Tomcat refuses the request line before it reads any header. */
	private static boolean unreadableLine(String target) {
		return target.chars().anyMatch((c) -> c == '\\' || c == '<' || c == '>' || c == '\'' || c == '"' || c == ' '
				|| c > 127);
	}

	static void malformedJson(List<Case> cases) {
		String kind = "malformed JSON";
		List<String[]> bodies = List.of(new String[] { "empty body", "" }, new String[] { "null", "null" },
				new String[] { "array", "[]" }, new String[] { "array of a query", "[{\"query\":\"" + STATS + "\"}]" },
				new String[] { "string", "\"" + STATS + "\"" }, new String[] { "number", "42" },
				new String[] { "true", "true" }, new String[] { "open brace", "{" }, new String[] { "cut off", "{\"query\": " },
				new String[] { "unquoted key", "{query: \"" + STATS + "\"}" },
				new String[] { "single quotes", "{'query': '" + STATS + "'}" },
				new String[] { "trailing garbage", "{\"query\":\"" + STATS + "\"} trailing" },
				new String[] { "two objects", "{\"query\":\"" + STATS + "\"}{\"query\":\"" + STATS + "\"}" },
				new String[] { "trailing comma", "{\"query\":\"" + STATS + "\",}" },
				new String[] { "query null", "{\"query\":null}" }, new String[] { "query number", "{\"query\":123}" },
				new String[] { "query array", "{\"query\":[\"" + STATS + "\"]}" },
				new String[] { "query object", "{\"query\":{\"stats\":true}}" }, new String[] { "query empty", "{\"query\":\"\"}" },
				new String[] { "query blank", "{\"query\":\"   \"}" }, new String[] { "no query", "{\"variables\":{}}" },
				new String[] { "empty object", "{}" }, new String[] { "query syntax error", "{\"query\":\"{ stats { \"}" },
				new String[] { "query garbage", "{\"query\":\"<script>alert(1)</script>\"}" },
				new String[] { "variables a string", "{\"query\":\"" + STATS + "\",\"variables\":\"x\"}" },
				new String[] { "variables an array", "{\"query\":\"" + STATS + "\",\"variables\":[1,2]}" },
				new String[] { "variables a number", "{\"query\":\"" + STATS + "\",\"variables\":7}" },
				new String[] { "operationName a number", "{\"query\":\"" + STATS + "\",\"operationName\":7}" },
				new String[] { "operationName an object", "{\"query\":\"" + STATS + "\",\"operationName\":{}}" },
				new String[] { "extensions a string", "{\"query\":\"" + STATS + "\",\"extensions\":\"x\"}" },
				new String[] { "extensions persisted query", "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}}" },
				new String[] { "duplicate query keys", "{\"query\":\"" + STATS + "\",\"query\":\"{ x }\"}" },
				new String[] { "huge number", "{\"query\":\"" + STATS + "\",\"n\":1e999999}" },
				new String[] { "long number", "{\"query\":\"" + STATS + "\",\"n\":" + "9".repeat(5000) + "}" },
				new String[] { "nested arrays 5000 deep", "{\"query\":\"" + STATS + "\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}" },
				new String[] { "nested objects 3000 deep", "{\"query\":\"" + STATS + "\",\"x\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3000) + "}" },
				new String[] { "nested variables 3000 deep", "{\"query\":\"" + STATS + "\",\"variables\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001) },
				new String[] { "NUL in query", "{\"query\":\"{ stats\\u0000 { offerings } }\"}" },
				new String[] { "lone surrogate", "{\"query\":\"{ stats { offerings } } # \\ud800\"}" },
				new String[] { "bad escape", "{\"query\":\"\\x41\"}" }, new String[] { "comment in JSON", "/* x */ {\"query\":\"" + STATS + "\"}" });
		for (String[] body : bodies) {
			graphQl(cases, kind, body[0], post(body[1]));
		}
		graphQl(cases, kind, "invalid UTF-8", Request.of("POST", "/graphql").body("application/json",
				new byte[] { '{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }));
		graphQl(cases, kind, "UTF-8 byte order mark", Request.of("POST", "/graphql").body("application/json",
				("\uFEFF{\"query\":\"" + STATS + "\"}").getBytes(StandardCharsets.UTF_8)));
		graphQl(cases, kind, "UTF-16 body", Request.of("POST", "/graphql").body("application/json",
				("{\"query\":\"" + STATS + "\"}").getBytes(StandardCharsets.UTF_16)));
		graphQl(cases, kind, "binary garbage", Request.of("POST", "/graphql").body("application/json",
				new byte[] { 0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0x7F, 10, 13 }));
	}

	static void contentTypes(List<Case> cases) {
		String kind = "content type";
		String body = "{\"query\":\"" + STATS + "\"}";
		for (String type : List.of("*/*", "text/plain", "text/html", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x", "multipart/form-data", "application/xml", "application/graphql",
				"application/graphql-response+json", "application/jsonx", "json", "garbage", "/", "application/",
				";;;", "application/json; charset=ebcdic-xyz", "application/json; charset=", "application/json; charset=\"",
				"application/json; charset=utf-16", "application/json;;q", "application/json, text/plain",
				"text/plain; charset=utf-8", "image/png", "application/octet-stream")) {
			graphQl(cases, kind, "Content-Type '" + type + "'", Request.of("POST", "/graphql").body(type, body));
		}
		graphQl(cases, kind, "no Content-Type", Request.of("POST", "/graphql").body(null, body));
		graphQl(cases, kind, "two Content-Types", Request.of("POST", "/graphql").header("Content-Type", "text/plain")
			.body("application/json", body));
		graphQl(cases, kind, "form-encoded query", Request.of("POST", "/graphql")
			.body("application/x-www-form-urlencoded", "query=" + java.net.URLEncoder.encode(STATS, StandardCharsets.UTF_8)));
		for (String accept : List.of("text/html", "application/xml", "image/png", "garbage", "*/*;q=abc",
				"application/graphql-response+json;q=0", "text/event-stream", "multipart/mixed", ";", "application/*")) {
			graphQl(cases, "GraphQL Accept", "Accept '" + accept + "'", Request.of("POST", "/graphql")
				.header("Accept", accept)
				.body("application/json", body));
		}
	}

	static void hugeAndDeepDocuments(List<Case> cases) {
		String kind = "huge or deep document";
		graphQl(cases, kind, "selection sets 600 deep", query("{ stats " + "{ a ".repeat(600) + "}".repeat(601)));
		graphQl(cases, kind, "selection sets 5000 deep", query("{" .repeat(5000) + "}".repeat(5000)));
		graphQl(cases, kind, "13 levels of area parents", query("{ area(id: \"almere-poort\") { "
				+ "parent { ".repeat(13) + "id" + " }".repeat(13) + " } }"));
		graphQl(cases, kind, "30 levels of area parents", query("{ area(id: \"almere-poort\") { "
				+ "parent { ".repeat(30) + "id" + " }".repeat(30) + " } }"));
		graphQl(cases, kind, "list value 3000 deep", query("{ offerings(filter: {areas: " + "[".repeat(3000) + "\"almere\""
				+ "]".repeat(3000) + "}) { totalCount } }"));
		graphQl(cases, kind, "input object 2000 deep", query("{ offerings(filter: " + "{areas: ".repeat(2000) + "\"a\""
				+ "}".repeat(2000) + ") { totalCount } }"));
		graphQl(cases, kind, "20,000 tokens of fields", query("{ stats { " + "offerings ".repeat(20_000) + "} }"));
		graphQl(cases, kind, "60 KB of whitespace", query("{ stats { offerings " + " ".repeat(60_000) + "} }"));
		graphQl(cases, kind, "60 KB of comments", query("{ stats { offerings \n" + "#x\n".repeat(20_000) + "} }"));
		graphQl(cases, kind, "one 60 KB string argument", query("{ search(text: \"" + "dementie ".repeat(6600)
				+ "\") { totalCount } }"));
		graphQl(cases, kind, "5000 ids in a filter", query("{ offerings(filter: {areas: [" + "\"almere\",".repeat(5000)
				+ "]}) { totalCount } }"));
		graphQl(cases, kind, "1000 directives", query("{ stats " + "@include(if: true) ".repeat(1000) + "{ offerings } }"));
		graphQl(cases, kind, "2000 operations of one name", query("query a { stats { offerings } } ".repeat(2000)));
		graphQl(cases, kind, "operationName that is not there", post("{\"query\":\"query a { stats { offerings } }\","
				+ "\"operationName\":\"b\"}"));
		graphQl(cases, kind, "two operations without operationName",
				query("query a { stats { offerings } } query b { stats { networks } }"));
		graphQl(cases, kind, "a name of 30,000 characters", query("{ " + "x".repeat(30_000) + " }"));
		graphQl(cases, kind, "unknown field", query("{ nosuchfield }"));
		graphQl(cases, kind, "mutation", query("mutation { stats { offerings } }"));
		graphQl(cases, kind, "subscription", query("subscription { stats { offerings } }"));
		graphQl(cases, kind, "schema definition as query", query("type Query { x: Int }"));
		graphQl(cases, kind, "introspection of __type with 13 levels", query("{ __type(name: \"Query\") { "
				+ "fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { "
				+ "ofType { ofType { name } } } } } } } } } } } } } }"));
	}

	static void aliasAndFragmentBombs(List<Case> cases) {
		String kind = "alias or fragment bomb";
		for (int aliases : List.of(500, 2000)) {
			StringBuilder query = new StringBuilder("{");
			for (int i = 0; i < aliases; i++) {
				query.append(" a").append(i).append(": stats { offerings }");
			}
			graphQl(cases, kind, aliases + " aliases of stats", query(query.append(" }").toString()));
		}
		for (String field : List.of("search(text: \\\"zorg dementie mantelzorg\\\", explain: true, first: 100) "
				+ "{ edges { node { explanation } } }", "respiteGuide(input: {}) { matchCount }",
				"coverage(area: \\\"almere\\\") { offeringCount }",
				"connection(from: \\\"vmca\\\", to: \\\"de-schoor\\\") { length }", "autocomplete(prefix: \\\"de\\\") { text }")) {
			StringBuilder query = new StringBuilder("{");
			for (int i = 0; i < 249; i++) {
				query.append(" a").append(i).append(": ").append(field.replace("\\\"", "\""));
			}
			graphQl(cases, kind, "249 aliases of " + field.substring(0, field.indexOf('(')), query(query.append(" }").toString()));
		}
		StringBuilder laughs = new StringBuilder("{ stats { ...f0 } } fragment f0 on Stats { offerings }");
		StringBuilder chain = new StringBuilder("query { stats { ...l9 } } fragment l0 on Stats { offerings networks }");
		for (int i = 1; i < 10; i++) {
			chain.append(" fragment l").append(i).append(" on Stats {").append((" ...l" + (i - 1)).repeat(10)).append(" }");
		}
		graphQl(cases, kind, "billion laughs: 10 fragments of 10 spreads", query(chain.toString()));
		graphQl(cases, kind, "one fragment", query(laughs.toString()));
		graphQl(cases, kind, "cyclic fragments", query("{ stats { ...a } } fragment a on Stats { ...b } "
				+ "fragment b on Stats { ...a }"));
		graphQl(cases, kind, "fragment spreading itself", query("{ stats { ...a } } fragment a on Stats { offerings ...a }"));
		graphQl(cases, kind, "unknown fragment", query("{ stats { ...nowhere } }"));
		graphQl(cases, kind, "fragment on an unknown type", query("{ stats { ...a } } fragment a on Nothing { x }"));
		graphQl(cases, kind, "5000 spreads of one fragment", query("{ stats { " + "...a ".repeat(5000)
				+ "} } fragment a on Stats { offerings }"));
		graphQl(cases, kind, "1000 inline fragments", query("{ stats { " + "... on Stats { offerings } ".repeat(1000) + "} }"));
		graphQl(cases, kind, "deep nested inline fragments", query("{ stats { " + "... on Stats { ".repeat(400) + "offerings"
				+ " }".repeat(400) + " } }"));
		StringBuilder wide = new StringBuilder("{ offerings(first: 100) { edges { node {");
		for (int i = 0; i < 300; i++) {
			wide.append(" o").append(i).append(": organisers { name }");
		}
		graphQl(cases, kind, "300 aliases of a nested list", query(wide.append(" } } } }").toString()));
	}

	static void forgedCursors(List<Case> cases) {
		String kind = "forged cursor";
		Base64.Encoder base64 = Base64.getEncoder();
		List<String[]> cursors = List.of(new String[] { "empty", "" }, new String[] { "garbage", "garbage" },
				new String[] { "not base64", "!!!***" }, new String[] { "base64 of garbage", base64.encodeToString("garbage".getBytes()) },
				new String[] { "base64 of a negative offset", base64.encodeToString("offset:-1".getBytes()) },
				new String[] { "base64 of a huge offset", base64.encodeToString("offset:99999999999999999999".getBytes()) },
				new String[] { "base64 of int max", base64.encodeToString("offerings:2147483647".getBytes()) },
				new String[] { "base64 of JSON", base64.encodeToString("{\"offset\":5}".getBytes()) },
				new String[] { "base64 of binary", base64.encodeToString(new byte[] { 0, (byte) 0xFF, 1, (byte) 0xC3 }) },
				new String[] { "10,000 characters", "A".repeat(10_000) }, new String[] { "unicode", "\u00e9\u4e2d\ud83d\ude00" },
				new String[] { "script", "<script>alert(1)</script>" }, new String[] { "url-safe base64 padding", "YQ" },
				new String[] { "cypher", "' OR 1=1 //" });
		for (String[] cursor : cursors) {
			String after = JSON.writeValueAsString(cursor[1]);
			graphQl(cases, kind, "offerings after " + cursor[0], query("{ offerings(first: 5, after: " + after + ") { totalCount edges { cursor } } }"));
			graphQl(cases, kind, "organisations after " + cursor[0], query("{ organisations(after: " + after + ") { totalCount } }"));
			graphQl(cases, kind, "search after " + cursor[0], query("{ search(text: \"dementie\", after: " + after + ") { totalCount } }"));
		}
		graphQl(cases, kind, "networks after an offerings cursor", query("{ networks(after: \"b2ZmZXJpbmdzOjE=\") { totalCount } }"));
	}

	static void badArguments(List<Case> cases) {
		String kind = "bad argument";
		List<String[]> queries = List.of(new String[] { "first -1", "{ offerings(first: -1) { totalCount } }" },
				new String[] { "first 101", "{ offerings(first: 101) { totalCount } }" },
				new String[] { "first int max", "{ offerings(first: 2147483647) { totalCount } }" },
				new String[] { "first over int", "{ offerings(first: 2147483648) { totalCount } }" },
				new String[] { "first a float", "{ offerings(first: 1.5) { totalCount } }" },
				new String[] { "first a string", "{ offerings(first: \"ten\") { totalCount } }" },
				new String[] { "first null", "{ offerings(first: null) { totalCount } }" },
				new String[] { "id empty", "{ offering(id: \"\") { id } }" },
				new String[] { "id a path", "{ offering(id: \"../../etc/passwd\") { id } }" },
				new String[] { "id script", "{ organisation(id: \"<script>alert(1)</script>\") { id } }" },
				new String[] { "id 5000 characters", "{ network(id: \"" + "a".repeat(5000) + "\") { id } }" },
				new String[] { "id unicode", "{ area(id: \"\u00e9\u4e2d\ud83d\ude00\") { id } }" },
				new String[] { "id cypher", "{ offering(id: \"x' OR 1=1 RETURN n //\") { id } }" },
				new String[] { "id null", "{ offering(id: null) { id } }" },
				new String[] { "id unknown", "{ term(id: \"bestaat-niet\") { id } }" },
				new String[] { "unknown enum", "{ areas(kind: PLANET) { id } }" },
				new String[] { "enum as string", "{ areas(kind: \"MUNICIPALITY\") { id } }" },
				new String[] { "unknown argument", "{ offerings(bogus: 1) { totalCount } }" },
				new String[] { "unknown filter field", "{ offerings(filter: {bogus: [\"x\"]}) { totalCount } }" },
				new String[] { "500 area ids", "{ offerings(filter: {areas: [" + "\"a\",".repeat(500) + "]}) { totalCount } }" },
				new String[] { "near lat 91", "{ search(text: \"zorg\", near: {lat: 91, lon: 5, radiusKm: 5}) { totalCount } }" },
				new String[] { "near lon 181", "{ search(text: \"zorg\", near: {lat: 52, lon: 181, radiusKm: 5}) { totalCount } }" },
				new String[] { "near radius 0", "{ search(text: \"zorg\", near: {lat: 52, lon: 5, radiusKm: 0}) { totalCount } }" },
				new String[] { "near radius negative", "{ search(text: \"zorg\", near: {lat: 52, lon: 5, radiusKm: -3}) { totalCount } }" },
				new String[] { "near radius 1e308", "{ search(text: \"zorg\", near: {lat: 52, lon: 5, radiusKm: 1e308}) { totalCount } }" },
				new String[] { "near lat 1e400", "{ search(text: \"zorg\", near: {lat: 1e400, lon: 5, radiusKm: 5}) { totalCount } }" },
				new String[] { "near without lon", "{ search(text: \"zorg\", near: {lat: 52, radiusKm: 5}) { totalCount } }" },
				new String[] { "sort distance without near", "{ search(text: \"zorg\", sort: DISTANCE) { totalCount } }" },
				new String[] { "search text 10,000 characters", "{ search(text: \"" + "zorg ".repeat(2000) + "\") { totalCount } }" },
				new String[] { "search first 1000", "{ search(text: \"zorg\", first: 1000) { totalCount } }" },
				new String[] { "search Lucene syntax", "{ search(text: \"zorg AND (x OR y)~2 title:[a TO z] \\\\\") { totalCount } }" },
				new String[] { "autocomplete empty", "{ autocomplete(prefix: \"\") { text } }" },
				new String[] { "guide age -1", "{ respiteGuide(input: {careRecipientAge: -1}) { matchCount } }" },
				new String[] { "guide age 999", "{ respiteGuide(input: {caregiverAge: 999}) { matchCount } }" },
				new String[] { "guide near out of range", "{ respiteGuide(input: {near: {lat: -91, lon: 5, radiusKm: 5}}) { matchCount } }" },
				new String[] { "guide radius 51", "{ respiteGuide(input: {near: {lat: 52, lon: 5, radiusKm: 51}}) { matchCount } }" },
				new String[] { "guide area and near", "{ respiteGuide(input: {area: \"almere\", near: {lat: 52, lon: 5, radiusKm: 5}}) { matchCount } }" },
				new String[] { "guide unknown area", "{ respiteGuide(input: {area: \"atlantis\"}) { matchCount } }" },
				new String[] { "guide province", "{ respiteGuide(input: {area: \"flevoland\"}) { matchCount } }" },
				new String[] { "guide unknown theme", "{ respiteGuide(input: {careThemes: [\"x\"]}) { matchCount } }" },
				new String[] { "guide first 1000", "{ respiteGuide(input: {}, first: 1000) { matchCount } }" },
				new String[] { "guide young carer of 60", "{ respiteGuide(input: {caregiverAge: 60, caregiverSituations: [YOUNG_CARER]}) { matchCount } }" },
				new String[] { "coverage unknown area", "{ coverage(area: \"atlantis\") { offeringCount } }" },
				new String[] { "coverage of the country", "{ coverage(area: \"nederland\") { offeringCount } }" },
				new String[] { "connection to itself", "{ connection(from: \"vmca\", to: \"vmca\") { length } }" },
				new String[] { "connection maxSteps -1", "{ connection(from: \"vmca\", to: \"de-schoor\", maxSteps: -1) { length } }" },
				new String[] { "connection maxSteps 1000", "{ connection(from: \"vmca\", to: \"de-schoor\", maxSteps: 1000) { length } }" },
				new String[] { "connection unknown", "{ connection(from: \"x\", to: \"y\") { length } }" },
				new String[] { "taxonomy unknown area", "{ taxonomy(area: \"atlantis\") { careThemes { id } } }" },
				new String[] { "sharedNetworks with unknown", "{ organisation(id: \"vmca\") { sharedNetworks(with: \"x\") { name } } }" });
		for (String[] query : queries) {
			graphQl(cases, kind, query[0], query(query[1]));
		}
	}

	static void badVariables(List<Case> cases) {
		String kind = "bad variables";
		String byId = "query($id: ID!) { offering(id: $id) { id } }";
		graphQl(cases, kind, "missing required variable", query(byId, "{}"));
		graphQl(cases, kind, "variable null", query(byId, "{\"id\":null}"));
		graphQl(cases, kind, "variable an object", query(byId, "{\"id\":{\"a\":1}}"));
		graphQl(cases, kind, "variable an array", query(byId, "{\"id\":[1,2]}"));
		graphQl(cases, kind, "int variable a string", query("query($n: Int) { offerings(first: $n) { totalCount } }", "{\"n\":\"x\"}"));
		graphQl(cases, kind, "int variable too big", query("query($n: Int) { offerings(first: $n) { totalCount } }", "{\"n\":99999999999}"));
		graphQl(cases, kind, "float variable a string", query("query($lat: Float!) { search(text: \"x\", near: {lat: $lat, lon: 5, radiusKm: 5}) { totalCount } }", "{\"lat\":\"north\"}"));
		graphQl(cases, kind, "enum variable unknown", query("query($k: AreaKind) { areas(kind: $k) { id } }", "{\"k\":\"PLANET\"}"));
		graphQl(cases, kind, "variable of an unknown type", query("query($x: Nothing) { stats { offerings } }", "{\"x\":1}"));
		graphQl(cases, kind, "undeclared variable", query("{ offering(id: $id) { id } }", "{\"id\":\"x\"}"));
		graphQl(cases, kind, "input object with unknown field", query("query($f: OfferingFilter) { offerings(filter: $f) { totalCount } }", "{\"f\":{\"bogus\":1}}"));
		graphQl(cases, kind, "input object a string", query("query($f: OfferingFilter) { offerings(filter: $f) { totalCount } }", "{\"f\":\"almere\"}"));
		graphQl(cases, kind, "10,000 variables", query(byId, "{\"id\":\"x\""
				+ java.util.stream.IntStream.range(0, 10_000).mapToObj((i) -> ",\"v" + i + "\":1").reduce("", String::concat) + "}"));
	}

	static void graphQlGet(List<Case> cases) {
		String kind = "GET /graphql";
		String stats = java.net.URLEncoder.encode(STATS, StandardCharsets.UTF_8);
		List<String[]> targets = List.of(new String[] { "no query", "/graphql" }, new String[] { "empty query", "/graphql?query=" },
				new String[] { "blank query", "/graphql?query=%20%20" },
				new String[] { "syntax error", "/graphql?query=%7B" },
				new String[] { "mutation", "/graphql?query=" + java.net.URLEncoder.encode("mutation { stats { offerings } }", StandardCharsets.UTF_8) },
				new String[] { "variables not JSON", "/graphql?query=" + stats + "&variables=%7Bx" },
				new String[] { "variables an array", "/graphql?query=" + stats + "&variables=%5B1%5D" },
				new String[] { "variables a string", "/graphql?query=" + stats + "&variables=%22x%22" },
				new String[] { "variables null", "/graphql?query=" + stats + "&variables=null" },
				new String[] { "extensions not JSON", "/graphql?query=" + stats + "&extensions=%7B" },
				new String[] { "unknown operationName", "/graphql?query=" + stats + "&operationName=x" },
				new String[] { "query twice", "/graphql?query=" + stats + "&query=%7B" },
				new String[] { "bad percent-encoding", "/graphql?query=%zz" },
				new String[] { "truncated percent-encoding", "/graphql?query=%7" },
				new String[] { "invalid UTF-8 in the query", "/graphql?query=%C3%28" },
				new String[] { "NUL in the query", "/graphql?query=%7B%00%7D" },
				new String[] { "depth over the limit", "/graphql?query=" + java.net.URLEncoder.encode("{ area(id: \"almere-poort\") { "
						+ "parent { ".repeat(13) + "id" + " }".repeat(13) + " } }", StandardCharsets.UTF_8) },
				new String[] { "forged cursor", "/graphql?query=" + java.net.URLEncoder.encode("{ offerings(after: \"x\") { totalCount } }", StandardCharsets.UTF_8) },
				new String[] { "unknown id", "/graphql?query=" + java.net.URLEncoder.encode("{ offering(id: \"x\") { id } }", StandardCharsets.UTF_8) },
				new String[] { "100 aliases of search", "/graphql?query=" + java.net.URLEncoder.encode("{"
						+ java.util.stream.IntStream.range(0, 100).mapToObj((i) -> " s" + i + ": search(text: \"zorg\", explain: true) { totalCount }").reduce("", String::concat) + " }", StandardCharsets.UTF_8) },
				new String[] { "lang parameter", "/graphql?query=" + stats + "&lang=@" });
		for (String[] target : targets) {
			graphQl(cases, kind, target[0], Request.of("GET", target[1]).header("Accept", "application/graphql-response+json"));
		}
		graphQl(cases, kind, "Accept text/html", Request.of("GET", "/graphql?query=%7B").header("Accept", "text/html"));
		graphQl(cases, kind, "no Accept", Request.of("GET", "/graphql?query=%7B"));
		graphQl(cases, kind, "a body with GET", Request.of("GET", "/graphql").body("application/json", "{\"query\":\"" + STATS + "\"}"));
		problem(cases, kind, "schema with a bad Accept", Request.of("GET", "/graphql/schema").header("Accept", "image/png"));
		problem(cases, kind, "under /graphql", Request.of("GET", "/graphql/x").header("Accept", "application/json"));
	}

	static void wrongMethods(List<Case> cases) {
		String kind = "wrong method";
		for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "PROPFIND", "CONNECT")) {
			graphQl(cases, kind, method + " /graphql", Request.of(method, "/graphql").header("Accept", "application/json")
				.body("application/json", "{\"query\":\"" + STATS + "\"}"));
		}
		for (String target : List.of("/", "/zoeken", "/aanbod/vmca-eigen-tijd", "/respijtwijzer", "/sociale-kaart.pdf?gebied=almere")) {
			for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "FOO")) {
				Request request = Request.of(method, target).header("Accept", BROWSER_ACCEPT);
				page(cases, kind, method + " " + target,
						method.equals("POST") ? request.body("application/x-www-form-urlencoded", "q=x") : request);
			}
		}
		for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=x", "multipart/mixed; boundary=")) {
			page(cases, kind, "POST /zoeken as " + type, Request.of("POST", "/zoeken").header("Accept", BROWSER_ACCEPT)
				.body(type, "--x\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\nzorg\r\n--x"));
			problem(cases, kind, "POST /actuator/health as " + type, Request.of("POST", "/actuator/health")
				.header("Accept", "application/json").body(type, "--x\r\n\r\n"));
		}
		problem(cases, kind, "POST /actuator/health", Request.of("POST", "/actuator/health").header("Accept", "application/json")
			.body("application/json", "{}"));
		problem(cases, kind, "DELETE /actuator/info", Request.of("DELETE", "/actuator/info").header("Accept", "application/json"));
		problem(cases, kind, "POST /zoeken/suggesties", Request.of("POST", "/zoeken/suggesties").header("Accept", "application/json"));
		page(cases, kind, "OPTIONS with a CORS preflight from an unknown site", Request.of("OPTIONS", "/graphql")
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST"));
		graphQl(cases, kind, "POST from an unknown site", Request.of("POST", "/graphql").header("Origin", "https://evil.example")
			.body("application/json", "{\"query\":\"" + STATS + "\"}"));
	}

	static void pathTricks(List<Case> cases) {
		String kind = "path trick";
		for (String target : List.of("/..", "/zoeken/..", "/zoeken/../aanbod", "/./zoeken", "/%2e%2e/", "/%2E%2E%2Fetc%2Fpasswd",
				"/actuator/health/../env", "/actuator/health/%2e%2e/env", "/actuator/health/..%2fenv", "//etc/passwd",
				"/css/../../application.yml", "/css/%2e%2e/%2e%2e/application.yml", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
				"/application.yml", "/templates/error.html", "/messages.properties", "/aanbod/%00", "/aanbod/%ff",
				"/aanbod/" + "a".repeat(3000), "/organisaties/..%2f..%2f", "/netwerken/%2f", "/graphiql/../graphql",
				"/graphql/schema/..", "/;jsessionid=x", "/zoeken;x=y", "/aanbod/vmca-eigen-tijd;.css", "/error", "/error/",
				"/error?status=500", "/error/x", "/aanbod/%5c..%5c", "/aanbod/\\..\\", "/aanbod/%252e%252e",
				"/aanbod/%u002e", "/aanbod/x%0d%0aSet-Cookie:%20a=b", "/aanbod/<script>", "/aanbod/'\"", "/aanbod/%C3%28",
				"/zoeken/suggesties/..", "/embed.js/..", "/js/../graphql", "/bestaat-niet", "/bestaat-niet.php",
				"/index.html", "/graphiql/index.html/..", "/aanbod/", "/organisaties/", "/netwerken")) {
			page(cases, kind, target + " (browser)", page(target));
			Request api = Request.of("GET", target).header("Accept", "application/json");
			if (unreadableLine(target)) {
				either(cases, kind, target + " (API client)", api);
			}
			else {
				problem(cases, kind, target + " (API client)", api);
			}
		}
		for (String target : List.of("/%", "/%zz", "/zoeken?q=%", "/\u00e9", "/a b", "*", "http://evil.example/", "/aanbod/%",
				"/?" + "&".repeat(2000), "/zoeken#fragment")) {
			page(cases, "raw target", "'" + target + "' (browser)", page(target));
			either(cases, "raw target", "'" + target + "' (API client)", Request.of("GET", target).header("Accept", "application/json"));
		}
	}

	static void actuator(List<Case> cases) {
		String kind = "actuator";
		for (String target : List.of("/actuator", "/actuator/", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
				"/actuator/threaddump", "/actuator/configprops", "/actuator/mappings", "/actuator/loggers", "/actuator/shutdown",
				"/actuator/health/bestaat-niet", "/actuator/health/neo4j", "/actuator/health/diskSpace",
				"/actuator/health?x=<script>", "/actuator/info?lang=@", "/actuator/health/" + "x".repeat(2000))) {
			if (unreadableLine(target)) {
				either(cases, kind, target, Request.of("GET", target).header("Accept", "application/json"));
			}
			else {
				problem(cases, kind, target, Request.of("GET", target).header("Accept", "application/json"));
			}
		}
		problem(cases, kind, "/actuator/health as XML", Request.of("GET", "/actuator/health").header("Accept", "application/xml"));
		page(cases, kind, "/actuator/env in a browser", page("/actuator/env"));
		problem(cases, kind, "/actuator/health with Accept garbage", Request.of("GET", "/actuator/health").header("Accept", "garbage"));
	}

	static void headerAbuse(List<Case> cases) {
		String kind = "header abuse";
		for (String host : List.of("evil.example", "", "<script>", "localhost:99999", "[::1", "a b", "localhost, evil.example",
				"x".repeat(300))) {
			page(cases, kind, "Host '" + abbreviate(host) + "' on a page", page("/zoeken?q=dementie").header("Host", host));
			problem(cases, kind, "Host '" + abbreviate(host) + "' on health", Request.of("GET", "/actuator/health")
				.header("Host", host).header("Accept", "application/json"));
		}
		page(cases, kind, "no Host", page("/").withoutHost());
		page(cases, kind, "two Hosts", page("/").header("Host", "localhost").header("Host", "evil.example"));
		page(cases, kind, "X-Forwarded-Host evil", page("/").header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Proto", "gopher").header("X-Forwarded-For", "<script>"));
		page(cases, kind, "X-Forwarded-Prefix", page("/").header("X-Forwarded-Prefix", "/../evil"));
		for (String accept : List.of("garbage", "text/html;q=x", "application/xml", "image/png", "*/*;q=0", "text/*",
				";", "text/html, , ,", "application/json;q=0.5,text/html;q=0.9", "x".repeat(3000))) {
			either(cases, kind, "Accept '" + abbreviate(accept) + "' on /zoeken", Request.of("GET", "/zoeken?q=x&pagina=999")
				.header("Accept", accept));
		}
		for (String accept : List.of("image/png", "text/html", "garbage", "application/pdf;q=0")) {
			either(cases, kind, "Accept '" + accept + "' on the PDF", Request.of("GET", "/sociale-kaart.pdf?gebied=atlantis")
				.header("Accept", accept));
		}
		for (String language : List.of("@@@", "en;q=abc", "*", "zz-ZZ", "en-US,en;q=0.9," + "x-y;q=0.1,".repeat(400),
				"\u00e9", "nl;q=2", "-", "en-", ",,,", "i-klingon", "en_GB")) {
			// English first is English (however long the list); anything that is no language list is Dutch.
			cases.add(new Case(kind, "Accept-Language '" + abbreviate(language) + "' on a page",
					page("/zoeken?pagina=abc").header("Accept-Language", language), Format.PAGE,
					language.startsWith("en-US") ? "en" : "nl"));
			graphQl(cases, kind, "Accept-Language '" + abbreviate(language) + "' on GraphQL",
					query("{ offering(id: \"x\") { id } }").header("Accept-Language", language));
		}
		page(cases, kind, "100 headers", withHeaders(page("/"), 100));
		page(cases, kind, "Range garbage on a page", page("/").header("Range", "bytes=garbage"));
		page(cases, kind, "If-Modified-Since garbage", page("/css/app.css").header("If-Modified-Since", "yesterday"));
		page(cases, kind, "Range beyond the end of a script", page("/embed.js").header("Range", "bytes=99999999-"));
		page(cases, kind, "Expect garbage", page("/").header("Expect", "100-nonsense"));
		graphQl(cases, kind, "Content-Encoding gzip on plain JSON", post("{\"query\":\"" + STATS + "\"}")
			.header("Content-Encoding", "gzip"));
		page(cases, kind, "header with a control character", page("/").header("X-Test", "a\u0001b"));
		page(cases, kind, "Authorization garbage", page("/").header("Authorization", "Basic !!!"));
	}

	static void badCookies(List<Case> cases) {
		String kind = "bad cookie";
		for (String cookie : List.of("mzk-lang=@", "mzk-lang=<script>", "mzk-lang=", "mzk-lang=\"en\"", "mzk-lang=xx-YY",
				"mzk-lang=en-US-x-" + "a".repeat(200), "mzk-lang=en; mzk-lang=nl", "mzk-lang=%00", "mzk-lang=\u00e9",
				"JSESSIONID=garbage", "=", ";;;;", "mzk-lang", "a=" + "b".repeat(8000), "mzk-lang=" + "x".repeat(4000),
				"x=\"unterminated")) {
			String name = "'" + abbreviate(cookie) + "'";
			// The first language cookie counts, as browsers send the most specific first; "en-US-…" is English.
			String language = cookie.startsWith("mzk-lang=en") ? "en" : "nl";
			page(cases, kind, name + " on /zoeken", page("/zoeken?q=dementie").header("Cookie", cookie));
			cases.add(new Case(kind, name + " on an error page", page("/aanbod/bestaat-niet").header("Cookie", cookie),
					Format.PAGE, language));
			graphQl(cases, kind, name + " on GraphQL", query(STATS).header("Cookie", cookie));
			problem(cases, kind, name + " on health", Request.of("GET", "/actuator/health").header("Cookie", cookie)
				.header("Accept", "application/json"));
		}
		page(cases, kind, "200 cookies", page("/").header("Cookie",
				java.util.stream.IntStream.range(0, 200).mapToObj((i) -> "c" + i + "=" + i).reduce((a, b) -> a + "; " + b).get()));
	}

	static void badQueryStrings(List<Case> cases) {
		String kind = "bad query string";
		List<String[]> parameters = List.of(new String[] { "q of 5000 characters", "q=" + "a".repeat(5000) },
				new String[] { "pagina -1", "pagina=-1" }, new String[] { "pagina abc", "pagina=abc" },
				new String[] { "pagina 30 digits", "pagina=" + "9".repeat(30) }, new String[] { "pagina 9999", "pagina=9999" },
				new String[] { "gebied path", "gebied=..%2F..%2Fetc" }, new String[] { "gebied script", "gebied=%3Cscript%3E" },
				new String[] { "gebied unknown", "gebied=atlantis" }, new String[] { "gebied empty", "gebied=" },
				new String[] { "gebied 300 times", "gebied=almere&".repeat(300) },
				new String[] { "thema unknown", "thema=bestaat-niet" }, new String[] { "lat abc", "lat=abc&lon=5&straal=5" },
				new String[] { "lat NaN", "lat=NaN&lon=NaN&straal=NaN" }, new String[] { "lat Infinity", "lat=Infinity&lon=-Infinity&straal=5" },
				new String[] { "lat 1e999", "lat=1e999&lon=5&straal=5" }, new String[] { "straal -5", "lat=52&lon=5&straal=-5" },
				new String[] { "lang @", "lang=@" }, new String[] { "lang script", "lang=%3Cscript%3E" }, new String[] { "lang xx", "lang=xx" },
				new String[] { "stap 99", "stap=99" }, new String[] { "stap abc", "stap=abc" }, new String[] { "leeftijd -3", "stap=2&leeftijd=-3" },
				new String[] { "pauze unknown", "pauze=NAP" }, new String[] { "soort unknown", "soort=PLANET" },
				new String[] { "sort garbage", "sorteer=%27%3B" }, new String[] { "NUL", "q=a%00b" },
				new String[] { "bad percent-encoding", "q=%zz" }, new String[] { "invalid UTF-8", "q=%C3%28" },
				new String[] { "name without value", "q" }, new String[] { "1000 parameters",
						java.util.stream.IntStream.range(0, 1000).mapToObj((i) -> "p" + i + "=1").reduce((a, b) -> a + "&" + b).get() },
				new String[] { "CRLF in a value", "q=a%0D%0ASet-Cookie:%20x=y" });
		for (String base : PAGES) {
			for (String[] parameter : parameters) {
				String target = base + (base.contains("?") ? "&" : "?") + parameter[1];
				page(cases, kind, base + " with " + parameter[0], page(target));
			}
		}
		problem(cases, kind, "suggestions with q of 5000 characters", Request.of("GET", "/zoeken/suggesties?q=" + "a".repeat(5000))
			.header("Accept", "application/json"));
		problem(cases, kind, "suggestions with bad percent-encoding", Request.of("GET", "/zoeken/suggesties?q=%zz")
			.header("Accept", "application/json"));
		problem(cases, kind, "suggestions with the q twice", Request.of("GET", "/zoeken/suggesties?q=a&q=b")
			.header("Accept", "application/json"));
	}

	static void oversized(List<Case> cases) {
		String kind = "oversized";
		page(cases, kind, "a 40 KB header on a page", page("/").header("X-Big", "a".repeat(40_000)));
		page(cases, kind, "a 40 KB cookie on a page", page("/zoeken").header("Cookie", "mzk-lang=" + "a".repeat(40_000)));
		graphQl(cases, kind, "a 40 KB header on GraphQL", query(STATS).header("X-Big", "a".repeat(40_000)));
		problem(cases, kind, "a 40 KB header on health", Request.of("GET", "/actuator/health").header("Accept", "application/json")
			.header("X-Big", "a".repeat(40_000)));
		page(cases, kind, "a 40 KB query string on /zoeken", page("/zoeken?q=" + "a".repeat(40_000)));
		page(cases, kind, "a 40 KB path", page("/aanbod/" + "a".repeat(40_000)));
		// A request line over the limit: Tomcat reads neither path nor headers, so the answer cannot be GraphQL's.
		either(cases, kind, "a 40 KB query string on GET /graphql", Request.of("GET", "/graphql?query=%7B%20stats%20%7B%20offerings"
				+ "%20".repeat(14_000) + "%7D%20%7D").header("Accept", "application/graphql-response+json"));
		graphQl(cases, kind, "a 70 KB body", post("{\"query\":\"" + STATS + "\",\"x\":\"" + "a".repeat(70_000) + "\"}"));
		graphQl(cases, kind, "a Content-Length larger than the limit", Request.of("POST", "/graphql")
			.header("Content-Length", "999999999999").header("Content-Type", "application/json"));
		page(cases, kind, "a 31 KB header on a page (under the limit)", page("/").header("X-Big", "a".repeat(31_000)));
	}

	private static Request withHeaders(Request request, int count) {
		for (int i = 0; i < count; i++) {
			request.header("X-H" + i, "v" + i);
		}
		return request;
	}

	private static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 20) + "…(" + text.length() + " characters)" : text;
	}

}
