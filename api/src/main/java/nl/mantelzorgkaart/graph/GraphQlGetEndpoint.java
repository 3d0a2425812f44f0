package nl.mantelzorgkaart.graph;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP with GET, as the GraphQL-over-HTTP specification describes it: queries in the
 * URL (cacheable, linkable), mutations refused with 405. POST is served by Spring for GraphQL; both
 * run through the same {@link WebGraphQlHandler}, interceptors included.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlGetEndpoint {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private final JsonMapper json = JsonMapper.builder().build();

	private final MessageSource messages;

	GraphQlGetEndpoint(MessageSource messages) {
		this.messages = messages;
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring for GraphQL's POST route, which answers GET with 405
	RouterFunction<ServerResponse> graphQlGet(WebGraphQlHandler handler, @Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route(RequestPredicates.GET(path), (request) -> handle(handler, request));
	}

	private ServerResponse handle(WebGraphQlHandler handler, ServerRequest request) {
		MediaType responseType = responseType(request);
		Locale locale = ClientLanguage.of(request.headers().firstHeader(HttpHeaders.ACCEPT_LANGUAGE));
		String query = request.param("query").orElse(null);
		if (query == null || query.isBlank()) {
			return error(HttpStatus.BAD_REQUEST, responseType, "query", new ClientMessage("api.get.noQuery").in(this.messages, locale));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		request.param("operationName").filter((name) -> !name.isBlank()).ifPresent((name) -> body.put("operationName", name));
		try {
			for (String name : List.of("variables", "extensions")) {
				String value = request.param(name).orElse(null);
				if (value != null && !value.isBlank()) {
					body.put(name, this.json.readValue(value, Map.class));
				}
			}
		}
		catch (JacksonException ex) {
			return error(HttpStatus.BAD_REQUEST, responseType, "variables",
					new ClientMessage("api.get.notJson").in(this.messages, locale));
		}
		if (isMutation(query, (String) body.get("operationName"))) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, "POST")
				.contentType(responseType)
				.body(errors("method", new ClientMessage("api.get.mutation").in(this.messages, locale)));
		}
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), Map.of(), body,
				UUID.randomUUID().toString(), locale);
		WebGraphQlResponse response = handler.handleRequest(graphQlRequest).block(Duration.ofSeconds(60));
		Map<String, Object> result = response.toMap();
		// application/graphql-response+json: a request that produced no data at all is a 4xx.
		HttpStatus status = (GRAPHQL_RESPONSE.equals(responseType) && !result.containsKey("data")) ? HttpStatus.BAD_REQUEST
				: HttpStatus.OK;
		return ServerResponse.status(status).headers((headers) -> headers.putAll(response.getResponseHeaders()))
			.contentType(responseType)
			.body(result);
	}

	private static boolean isMutation(String query, String operationName) {
		try {
			Document document = Parser.parse(query);
			return document.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
				.anyMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
		}
		catch (InvalidSyntaxException ex) {
			return false; // the engine reports the syntax error itself
		}
	}

	private static MediaType responseType(ServerRequest request) {
		List<MediaType> accepted = request.headers().accept();
		for (MediaType type : accepted) {
			if (type.isCompatibleWith(GRAPHQL_RESPONSE) && !type.isWildcardType()) {
				return GRAPHQL_RESPONSE;
			}
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
				return MediaType.APPLICATION_JSON;
			}
		}
		return accepted.isEmpty() || accepted.stream().anyMatch(MediaType::isWildcardType) ? GRAPHQL_RESPONSE
				: MediaType.APPLICATION_JSON;
	}

	private static ServerResponse error(HttpStatus status, MediaType type, String what, String message) {
		return ServerResponse.status(status).contentType(type).body(errors(what, message));
	}

	/** One error as GraphQL shapes it, with the classification and the part of the request that was wrong. */
	private static Map<String, Object> errors(String what, String message) {
		return Map.of("errors", List.of(Map.of("message", message, "extensions",
				Map.of("classification", "BAD_REQUEST", "request", what))));
	}

}
