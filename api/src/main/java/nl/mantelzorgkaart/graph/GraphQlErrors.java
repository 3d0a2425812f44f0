package nl.mantelzorgkaart.graph;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import nl.mantelzorgkaart.search.InvalidSearchRequestException;
import org.springframework.context.MessageSource;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Expected failures as GraphQL errors a client can act on: an unknown id is NOT_FOUND with the kind
 * and id in {@code extensions}; an unusable argument is BAD_REQUEST with the argument named.
 * Anything else stays a generic INTERNAL_ERROR without details. The message is in the request's language
 * (Dutch unless {@code Accept-Language} asks for English; see {@link GraphQlLanguage}).
 */
@ControllerAdvice
class GraphQlErrors {

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

}
