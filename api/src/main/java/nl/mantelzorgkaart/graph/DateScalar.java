package nl.mantelzorgkaart.graph;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code Date} scalar: ISO 8601 calendar dates. */
@Configuration(proxyBeanMethods = false)
class DateScalar {

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("A calendar date, ISO 8601 (2026-03-01).")
		.coercing(new Coercing<LocalDate, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate date) {
					return date.toString();
				}
				throw new CoercingSerializeException("Not a date: " + value);
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				return parse(String.valueOf(input), CoercingParseValueException::new);
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue text) {
					return parse(text.getValue(), CoercingParseLiteralException::new);
				}
				throw new CoercingParseLiteralException("A Date is written as a string, e.g. \"2026-03-01\"");
			}

			private <X extends RuntimeException> LocalDate parse(String text,
					java.util.function.Function<String, X> error) {
				try {
					return LocalDate.parse(text);
				}
				catch (DateTimeParseException ex) {
					throw error.apply("'" + text + "' is not a date (expected YYYY-MM-DD)");
				}
			}

		})
		.build();

	@Bean
	RuntimeWiringConfigurer dateScalarWiring() {
		return (wiring) -> wiring.scalar(DATE);
	}

}
