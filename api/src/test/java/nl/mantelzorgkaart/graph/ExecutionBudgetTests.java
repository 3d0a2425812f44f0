package nl.mantelzorgkaart.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A request that gets past the depth and complexity limits still stops at the time and size budget,
 * and stops working, not only answering (issue 20).
 */
class ExecutionBudgetTests {

	private final AtomicInteger slowCalls = new AtomicInteger();

	private ExecutionBudget budget;

	private GraphQL graphQl(Duration timeout, int maxFields) {
		String sdl = "type Query { slow: Int  items(count: Int!): [Item!]!  ping: String }  type Item { name: String }";
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", (type) -> type.dataFetcher("slow", (env) -> {
				this.slowCalls.incrementAndGet();
				Thread.sleep(100);
				return 1;
			})
				.dataFetcher("items", (env) -> IntStream.range(0, env.<Integer>getArgument("count"))
					.mapToObj((i) -> Map.of("name", "item " + i))
					.toList())
				.dataFetcher("ping", (env) -> "pong"))
			.build();
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
		this.budget = new ExecutionBudget(timeout, maxFields);
		return GraphQL.newGraphQL(schema).instrumentation(this.budget).build();
	}

	@AfterEach
	void stopAlarms() {
		if (this.budget != null) {
			this.budget.destroy();
		}
	}

	@Test
	void aRequestThatRunsPastTheTimeoutIsCancelledAndStopsWorking() {
		GraphQL graphQl = graphQl(Duration.ofMillis(300), 20_000);
		String twentySlowFields = IntStream.range(0, 20).mapToObj((i) -> "s" + i + ": slow").collect(Collectors.joining(" ", "{ ", " }"));

		long started = System.nanoTime();
		ExecutionResult result = graphQl.execute(twentySlowFields);
		long tookMillis = (System.nanoTime() - started) / 1_000_000;

		assertThat(limitError(result).getMessage()).contains("duurde langer dan 300 ms");
		assertThat(result.<Object>getData()).as("no partial answer").isNull();
		// Twenty fields of 100 ms would take 2 s; the work stopped soon after the deadline.
		assertThat(this.slowCalls.get()).isLessThan(20);
		assertThat(tookMillis).isLessThan(1500);
	}

	@Test
	void anAnswerWithMoreFieldValuesThanTheCapIsRefused() {
		GraphQL graphQl = graphQl(Duration.ofSeconds(10), 500);

		ExecutionResult result = graphQl.execute("{ items(count: 1000) { name } }");

		GraphQLError error = limitError(result);
		assertThat(error.getExtensions()).containsEntry("limit", "size");
		assertThat(error.getMessage()).contains("meer dan 500 waarden");
	}

	@Test
	void aRequestWithinTheBudgetIsAnsweredUntouched() {
		GraphQL graphQl = graphQl(Duration.ofSeconds(10), 500);

		ExecutionResult result = graphQl.execute("{ ping items(count: 100) { name } }");

		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Map<String, Object>>getData()).containsEntry("ping", "pong");
		assertThat((List<?>) result.<Map<String, Object>>getData().get("items")).hasSize(100);
	}

	@Test
	void aBudgetThatCannotWorkIsRefusedNamingTheSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ExecutionBudget(Duration.ZERO, 20_000))
			.withMessageContaining("GRAPHQL_TIMEOUT");
		assertThatIllegalArgumentException().isThrownBy(() -> new ExecutionBudget(Duration.ofSeconds(1), 10))
			.withMessageContaining("GRAPHQL_MAX_FIELDS");
	}

	private static GraphQLError limitError(ExecutionResult result) {
		assertThat(result.getErrors()).hasSize(1);
		GraphQLError error = result.getErrors().get(0);
		assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST").containsKey("limit");
		return error;
	}

}
