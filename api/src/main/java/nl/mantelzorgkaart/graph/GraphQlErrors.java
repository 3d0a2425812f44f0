package nl.mantelzorgkaart.graph;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import nl.mantelzorgkaart.search.InvalidSearchRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Expected failures as GraphQL errors a client can act on: an unknown id is NOT_FOUND with the kind
 * and id in {@code extensions}; an unusable argument is BAD_REQUEST with the argument named.
 * Anything else stays a generic INTERNAL_ERROR without details, logged once per request however many
 * fields of it failed (issue 20: one request of many aliases must not write as many stack traces). The
 * message is in the request's language (Dutch unless {@code Accept-Language} asks for English; see
 * {@link GraphQlLanguage}).
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	/** Key in a request's GraphQL context: how many of its fields failed unexpectedly. */
	private static final String UNEXPECTED_FAILURES = GraphQlErrors.class.getName() + ".unexpected";

	private final MessageSource messages;

	GraphQlErrors(MessageSource messages) {
		this.messages = messages;
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment environment) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorType.NOT_FOUND)
			.message(ex.clientMessage().in(this.messages, environment.getLocale()))
			.extensions(Map.of("kind", ex.kind(), "id", ex.id()))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError invalidArgument(InvalidArgumentException ex, DataFetchingEnvironment environment) {
		return badRequest(ex.clientMessage().in(this.messages, environment.getLocale()), ex.argument(), environment);
	}

	/** A search the validator refused, naming the argument as the API calls it. */
	@GraphQlExceptionHandler
	GraphQLError invalidSearch(InvalidSearchRequestException ex, DataFetchingEnvironment environment) {
		return badRequest(ex.clientMessage().in(this.messages, environment.getLocale()), ex.parameter(), environment);
	}

	private static GraphQLError badRequest(String message, String argument, DataFetchingEnvironment environment) {
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(Map.of("argument", argument))
			.build();
	}

	/**
	 * A failure nobody expected: the client learns only that it was ours; the log gets the first one of the
	 * request with its stack trace, and a count line at 2, 4, 8, … failures.
	 */
	@GraphQlExceptionHandler
	GraphQLError unexpected(Throwable ex, DataFetchingEnvironment environment) {
		AtomicInteger failures = environment.getGraphQlContext().computeIfAbsent(UNEXPECTED_FAILURES,
				(key) -> new AtomicInteger());
		int count = failures.incrementAndGet();
		if (count == 1) {
			log.error("Unexpected failure in GraphQL field {} (execution {}); further failures of this request "
					+ "are counted, not logged", environment.getExecutionStepInfo().getPath(), environment.getExecutionId(), ex);
		}
		else if (Integer.bitCount(count) == 1) {
			log.warn("{} fields of GraphQL execution {} failed unexpectedly so far", count, environment.getExecutionId());
		}
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message(new ClientMessage("api.internal").in(this.messages, environment.getLocale()))
			.build();
	}

}
