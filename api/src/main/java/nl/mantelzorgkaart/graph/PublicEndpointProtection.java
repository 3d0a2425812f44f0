package nl.mantelzorgkaart.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import reactor.core.publisher.Mono;

/**
 * What a public, anonymous GraphQL endpoint needs: limits on query depth and complexity, and
 * invalid input reported as BAD_REQUEST with the offending argument named, whether graphql-java
 * rejected it during validation (an unknown enum value, a wrong type) or a resolver did.
 */
@Configuration(proxyBeanMethods = false)
class PublicEndpointProtection {

	private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'");

	/** graphql-java's "Variable 'x'" and, in Dutch, "Variabele 'x'". */
	private static final Pattern VARIABLE = Pattern.compile("[Vv]ariabe?le '([^']+)'");

	/** The measured and the allowed size in graphql-java's "maximum query depth exceeded 13 > 12". */
	private static final Pattern LIMIT = Pattern.compile("exceeded (\\d+) > (\\d+)");

	/**
	 * The depth limit, for every operation but introspection: the standard introspection query that
	 * GraphiQL, Apollo and graphql-codegen send nests 13 deep to read the types of lists of lists, and is
	 * answered from the schema alone. It stays under the complexity limit, like every other operation.
	 */
	@Bean
	Instrumentation maxQueryDepth(@Value("${mantelzorgkaart.graphql.max-depth:12}") int maxDepth) {
		return new MaxQueryDepthInstrumentation(maxDepth) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				if (introspectionOnly(parameters.getExecutionContext().getOperationDefinition())) {
					return SimpleInstrumentationContext.noOp();
				}
				return super.beginExecuteOperation(parameters, state);
			}

		};
	}

	/** Whether every top-level field of the operation asks about the schema ({@code __schema}, {@code __type}). */
	static boolean introspectionOnly(OperationDefinition operation) {
		List<Selection> selections = operation.getSelectionSet().getSelections();
		return !selections.isEmpty() && selections.stream()
			.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	/**
	 * What one root field costs beyond its sub-fields: a search, the guide and the coverage report run
	 * whole computations, so that a few hundred aliases of one of them (27 KB of query) no longer tie up
	 * the machine for minutes (issue 20). A search with explanations costs double.
	 */
	static final Map<String, Integer> COSTLY_ROOT_FIELDS = Map.of("search", 25, "respiteGuide", 50, "coverage", 50,
			"connection", 25, "autocomplete", 5);

	@Bean
	Instrumentation maxQueryComplexity(@Value("${mantelzorgkaart.graphql.max-complexity:1000}") int maxComplexity) {
		return new MaxQueryComplexityInstrumentation(maxComplexity, PublicEndpointProtection::complexity);
	}

	/** One per field and its sub-fields, and the cost of a costly root field on top. */
	static int complexity(FieldComplexityEnvironment environment, int childComplexity) {
		int own = 1;
		if (environment.getParentEnvironment() == null && "Query".equals(environment.getParentType().getName())) {
			own += COSTLY_ROOT_FIELDS.getOrDefault(environment.getField().getName(), 0)
					* (Boolean.TRUE.equals(environment.getArguments().get("explain")) ? 2 : 1);
		}
		return own + childComplexity;
	}

	@Bean
	WebGraphQlInterceptor badRequestErrors(MessageSource messages) {
		return (request, chain) -> chain.next(request).map((response) -> {
			if (response.getErrors().isEmpty()) {
				return response;
			}
			Locale locale = GraphQlLanguage.of(request);
			List<GraphQLError> errors = new ArrayList<>();
			boolean changed = false;
			for (var error : response.getErrors()) {
				GraphQLError mapped = badRequest(error, messages, locale);
				changed |= mapped != null;
				errors.add((mapped != null) ? mapped : toGraphQlError(error));
			}
			if (!changed) {
				return response;
			}
			return response.transform((builder) -> builder.errors(errors));
		});
	}

	/**
	 * A validation or limit error as BAD_REQUEST with what was wrong in extensions, the limits' messages in the
	 * request's language; an internal error's message in that language (no details); null for others.
	 */
	private static GraphQLError badRequest(org.springframework.graphql.ResponseError error, MessageSource messages,
			Locale locale) {
		String type = String.valueOf(error.getErrorType());
		String message = String.valueOf(error.getMessage());
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		if (type.equals("ValidationError") || message.startsWith("Variable '")) {
			Matcher argument = ARGUMENT.matcher(message);
			Matcher variable = VARIABLE.matcher(message);
			if (argument.find()) {
				extensions.put("argument", argument.group(1));
			}
			else if (variable.find()) {
				extensions.put("variable", variable.group(1));
			}
			else {
				return null; // a query that is not valid GraphQL for this schema: left as graphql-java says
			}
		}
		else if (message.startsWith("maximum query depth exceeded")) {
			extensions.put("limit", "depth");
			message = limitMessage("api.limit.depth", message, messages, locale);
		}
		else if (message.startsWith("maximum query complexity exceeded")) {
			extensions.put("limit", "complexity");
			message = limitMessage("api.limit.complexity", message, messages, locale);
		}
		else if (error.getErrorType() == ErrorType.INTERNAL_ERROR) {
			return withPlace(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(new ClientMessage("api.internal").in(messages, locale))
				.extensions(extensions), error).build();
		}
		else {
			return null;
		}
		extensions.put("classification", ErrorType.BAD_REQUEST.name());
		return withPlace(GraphqlErrorBuilder.newError().message(message).extensions(extensions), error).build();
	}

	/** "De vraag gaat te diep: 13 niveaus, hoogstens 12 mogen." from graphql-java's "... exceeded 13 > 12". */
	private static String limitMessage(String code, String message, MessageSource messages, Locale locale) {
		Matcher sizes = LIMIT.matcher(message);
		if (!sizes.find()) {
			return message;
		}
		return new ClientMessage(code, sizes.group(1), sizes.group(2)).in(messages, locale);
	}

	private static GraphQLError toGraphQlError(org.springframework.graphql.ResponseError error) {
		var builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.extensions((error.getExtensions() != null) ? error.getExtensions() : Map.of());
		withPlace(builder, error);
		if (error.getErrorType() != null) {
			builder.errorType(error.getErrorType());
		}
		return builder.build();
	}

	/** Keeps where in the query an error happened, when graphql-java said. */
	private static GraphqlErrorBuilder<?> withPlace(GraphqlErrorBuilder<?> builder,
			org.springframework.graphql.ResponseError error) {
		if (error.getLocations() != null && !error.getLocations().isEmpty()) {
			builder.locations(error.getLocations());
		}
		if (error.getParsedPath() != null && !error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder;
	}

}
