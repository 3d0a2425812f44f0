package nl.mantelzorgkaart.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import nl.mantelzorgkaart.ApiClient;
import nl.mantelzorgkaart.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Every kind of bad request an anonymous client can send gets a clear error naming what was wrong,
 * never an INTERNAL_ERROR or a stack trace.
 */
@IntegrationTest
class ApiErrorsTests {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = ApiClient.graphQl(this.port);
	}

	@ParameterizedTest(name = "{0} ''{1}'' is null with NOT_FOUND")
	@CsvSource({ "offering, bestaat-niet", "organisation, bestaat-niet", "network, bestaat-niet",
			"careTheme, bestaat-niet", "targetGroup, bestaat-niet", "supportFunction, bestaat-niet",
			"respiteType, bestaat-niet", "fundingRoute, bestaat-niet", "area, bestaat-niet", "location, bestaat-niet",
			"source, bestaat-niet", "term, bestaat-niet" })
	void anUnknownIdIsNullWithANotFoundErrorNamingKindAndId(String field, String id) {
		this.graphQl.document("{ " + field + "(id: \"" + id + "\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
				assertThat(error.getExtensions()).containsEntry("id", id).containsKey("kind");
				assertThat(error.getPath()).isEqualTo(field);
			}))
			.path(field)
			.valueIsNull();
	}

	@Test
	void theOperationFilesReportEachErrorKindForBadVariables() {
		// Unknown id: null with NOT_FOUND.
		this.graphQl.documentName("offering").variable("id", "bestaat-niet").execute().errors().satisfy((errors) ->
				assertThat(errors).singleElement().satisfies((error) -> assertThat(error.getErrorType().toString())
					.isEqualTo("NOT_FOUND")));
		// Malformed id, page too large, foreign cursor: BAD_REQUEST naming the argument.
		assertBadVariables("offering", Map.of("id", "Geen Id!"), "argument", "id");
		assertBadVariables("offerings", Map.of("first", 1000), "argument", "first");
		assertBadVariables("offerings", Map.of("after", "bm90LWEtY3Vyc29y"), "argument", "after");
		assertBadVariables("offerings", Map.of("filter", Map.of("careThemes", List.of("Dementie!"))), "argument",
				"filter.careThemes");
		assertBadVariables("connection", Map.of("from", "vmca", "to", "de-schoor", "maxSteps", 50), "argument",
				"maxSteps");
		// Unknown enum value and wrong type in variables: BAD_REQUEST naming the variable.
		assertBadVariables("offerings", Map.of("sort", Map.of("field", "POPULARITY")), "variable", "sort");
		assertBadVariables("taxonomy", Map.of("includeEnded", "ja"), "variable", "includeEnded");
	}

	private void assertBadVariables(String document, Map<String, Object> variables, String key, String name) {
		var request = this.graphQl.documentName(document);
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		request.execute().errors().satisfy((errors) -> {
			assertThat(errors).as(document + " " + variables).isNotEmpty();
			assertThat(errors.get(0).getExtensions()).as(document + " " + variables)
				.containsEntry("classification", "BAD_REQUEST")
				.containsEntry(key, name);
		});
	}

	@Test
	void aMalformedIdIsABadRequestNamingTheArgument() {
		assertBadRequest("{ offering(id: \"Niet Geldig!\") { id } }", "id");
		assertBadRequest("{ offerings(filter: {areas: [\"ALMERE\"]}) { totalCount } }", "filter.areas");
		assertBadRequest("{ organisation(id: \"vmca\") { sharedNetworks(with: \"x y\") { id } } }", "with");
	}

	@Test
	void aPageBeyondTheCapOrBelowZeroIsABadRequestNamingFirst() {
		assertBadRequest("{ offerings(first: 101) { totalCount } }", "first");
		assertBadRequest("{ organisations(first: -1) { totalCount } }", "first");
		assertBadRequest("{ careTheme(id: \"dementie\") { offerings(first: 1000) { totalCount } } }", "first");
	}

	@Test
	void aCursorThatIsNotOursOrBelongsToAnotherSortIsABadRequestNamingAfter() {
		assertBadRequest("{ offerings(after: \"bm90LWEtY3Vyc29y\") { totalCount } }", "after");
		assertBadRequest("{ offerings(after: \"%%%\") { totalCount } }", "after");
		String cursor = this.graphQl.documentName("offerings")
			.variable("first", 1)
			.execute()
			.path("offerings.pageInfo.endCursor")
			.entity(String.class)
			.get();
		assertBadRequest("{ offerings(sort: {field: LAST_VERIFIED}, after: \"" + cursor + "\") { totalCount } }",
				"after");
	}

	@Test
	void anUnknownEnumValueIsABadRequestNamingTheArgument() {
		assertBadRequest("{ offerings(sort: {field: POPULARITY}) { totalCount } }", "sort.field");
		assertBadRequest("{ offerings(filter: {statuses: [GESLOTEN]}) { totalCount } }", "filter.statuses[0]");
		assertBadRequest("{ areas(kind: STAD) { id } }", "kind");
	}

	@Test
	void aWrongVariableIsABadRequestNamingTheVariable() {
		this.graphQl.documentName("offerings")
			.variable("first", "twintig")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")
					.containsEntry("variable", "first");
			}));
	}

	@Test
	void otherBadArgumentsAreBadRequestsNamingThem() {
		assertBadRequest("{ organisations(filter: {kinds: [\"bakkerij\"]}) { totalCount } }", "filter.kinds");
		assertBadRequest("{ connection(from: \"vmca\", to: \"de-schoor\", maxSteps: 99) { length } }", "maxSteps");
		assertBadRequest("{ connection(from: \"vmca\", to: \"vmca\") { length } }", "to");
	}

	@Test
	void tooDeepOrTooComplexQueriesAreRefusedWithTheLimitNamed() {
		String deep = "{ area(id: \"almere-poort\") { " + "parent { ".repeat(13) + "id" + " }".repeat(13) + " } }";
		assertRefused(deep, "depth");
		StringBuilder wide = new StringBuilder("{ ");
		for (int i = 0; i < 250; i++) {
			wide.append("a").append(i).append(": offering(id: \"vmca-eigen-tijd\") { id name description status }\n");
		}
		assertRefused(wide.append("}").toString(), "complexity");
	}

	@Test
	void anAliasBombOfCostlyFieldsIsRefusedBeforeAnyOfThemRuns() {
		// The probe of issue 20: 249 aliases of a search with explanations (27 KB) took 17.7 s and 195 MB.
		StringBuilder bomb = new StringBuilder("{ ");
		for (int i = 0; i < 249; i++) {
			bomb.append("s").append(i)
				.append(": search(text: \"zorg dementie mantelzorg\", explain: true, first: 100) { edges { node { explanation } } }\n");
		}
		assertRefused(bomb.append("}").toString(), "complexity");
		StringBuilder guides = new StringBuilder("{ ");
		for (int i = 0; i < 30; i++) {
			guides.append("g").append(i).append(": respiteGuide(input: {area: \"almere\"}) { matchCount }\n");
		}
		assertRefused(guides.append("}").toString(), "complexity");
		// One such search, and a few guides, are answered as before.
		ApiClient.http(this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ search(text: \"zorg dementie mantelzorg\", explain: true, first: 5) { edges { node { explanation } } }"
					+ " a: respiteGuide(input: {area: \"almere\"}) { matchCount } b: respiteGuide(input: {area: \"huizen\"}) { matchCount } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist();
	}

	@Test
	void theStandardIntrospectionQueryOfGraphiqlAndCodeGeneratorsIsAnsweredThoughItNestsDeeperThanTheLimit() {
		// graphql-java's copy of the official introspection query, as GraphiQL's Docs panel sends it.
		ApiClient.http(this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("application/graphql-response+json"))
			.bodyValue(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY, "operationName", "IntrospectionQuery"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.__schema.queryType.name")
			.isEqualTo("Query")
			.jsonPath("$.data.__schema.types[?(@.name == 'Offering')].name")
			.exists();
		// A query that only starts with introspection and then digs into data is still held to the depth limit.
		assertRefused("{ __typename area(id: \"almere-poort\") { " + "parent { ".repeat(13) + "id" + " }".repeat(13)
				+ " } }", "depth");
	}

	/** A refused query has no data, so GraphQL over HTTP answers it with a 4xx status. */
	private void assertRefused(String query, String limit) {
		ApiClient.http(this.port)
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("application/graphql-response+json"))
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.limit")
			.isEqualTo(limit)
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].message")
			.value((message) -> assertThat(message.toString())
				.startsWith(limit.equals("depth") ? "De vraag gaat te diep: " : "De vraag is te groot: ")
				.contains(limit.equals("depth") ? "hoogstens 12 mogen" : "hoogstens 1000 mag"));
	}

	@Test
	void nothingAClientSendsYieldsAnInternalError() {
		for (String query : List.of("{ offerings(first: 101) { totalCount } offering(id: \"x\") { id } }",
				"{ offering(id: \"\") { id } }", "{ offerings(after: \"\") { totalCount } }",
				"{ connection(from: \"bestaat-niet\", to: \"vmca\") { length } }",
				"{ taxonomy(area: \"bestaat-niet\") { careThemes { id } } }", "{ term(id: \"" + "a".repeat(5000) + "\") { id } }")) {
			String body = ApiClient.http(this.port)
				.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", query))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(body).as(query).contains("\"errors\"").doesNotContain("INTERNAL_ERROR").doesNotContain("Exception")
				.doesNotContain("\tat ");
		}
	}

	@Test
	void queriesWorkOverGetAndMutationsOverGetAreRefused() {
		ApiClient.http(this.port)
			.get()
			.uri((uri) -> uri.path("/graphql").queryParam("query", "{query}").build("{ stats { sources } }"))
			.accept(MediaType.parseMediaType("application/graphql-response+json"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/graphql-response+json")
			.expectBody()
			.jsonPath("$.data.stats.sources")
			.isEqualTo(91);
		ApiClient.http(this.port)
			.get()
			.uri((uri) -> uri.path("/graphql").queryParam("query", "{query}").build("mutation { stats }"))
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "POST");
	}

	@Test
	void theSchemaCanBeDownloaded() {
		String schema = ApiClient.http(this.port)
			.get()
			.uri("/graphql/schema")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(schema).contains("type Offering").contains("input OfferingFilter").contains("type PageInfo");
	}

	@Test
	void corsIsClosedUnlessAPartnerSiteIsAllowed() {
		ApiClient.http(this.port)
			.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://onbekende-site.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	private void assertBadRequest(String query, String argument) {
		this.graphQl.document(query).execute().errors().satisfy((errors) -> {
			assertThat(errors).as(query).isNotEmpty();
			assertThat(errors.get(0).getExtensions()).as(query)
				.containsEntry("classification", "BAD_REQUEST")
				.containsEntry("argument", argument);
		});
	}

}
