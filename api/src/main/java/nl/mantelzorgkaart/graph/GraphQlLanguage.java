package nl.mantelzorgkaart.graph;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;

/**
 * The language of a GraphQL answer's errors (issue 20): Dutch, unless the request's {@code Accept-Language}
 * asks for English, over POST and GET alike (the pages' language cookie plays no part in the API). It is the
 * locale of the execution, so that our own messages ({@link GraphQlErrors}) and graphql-java's validation
 * messages, which graphql-java words in Dutch or English itself, speak the same language.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLanguage {

	/** The language a GraphQL request asked for. */
	static Locale of(WebGraphQlRequest request) {
		return ClientLanguage.of(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
	}

	@Bean
	WebGraphQlInterceptor requestLanguage() {
		return (request, chain) -> {
			Locale locale = of(request);
			request.configureExecutionInput((input, builder) -> builder.locale(locale).build());
			return chain.next(request);
		};
	}

}
