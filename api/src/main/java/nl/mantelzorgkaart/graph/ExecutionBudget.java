package nl.mantelzorgkaart.graph;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * What one GraphQL request may spend once it runs (issue 20): at most {@code mantelzorgkaart.graphql.timeout}
 * of time and at most {@code mantelzorgkaart.graphql.max-fields} field values in its answer. The depth and
 * complexity limits refuse a costly query before it starts; this stops one that gets past them and still
 * runs long (a slow database, many cheap fields over long lists). Past either bound the execution is
 * cancelled through graphql-java's own cancellation, which every field fetch checks, so the work stops
 * rather than only the answer; the client gets one BAD_REQUEST error naming the limit and no partial data.
 */
@Component
class ExecutionBudget implements Instrumentation, DisposableBean {

	private final Duration timeout;

	private final int maxFields;

	/** One daemon thread that fires the deadlines; cancelling is a flag, so it never blocks. */
	private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "graphql-deadlines");
		thread.setDaemon(true);
		return thread;
	});

	ExecutionBudget(@Value("${mantelzorgkaart.graphql.timeout:10s}") Duration timeout,
			@Value("${mantelzorgkaart.graphql.max-fields:20000}") int maxFields) {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException(
					"mantelzorgkaart.graphql.timeout (GRAPHQL_TIMEOUT) must be a positive duration such as 10s, got " + timeout);
		}
		if (maxFields < 100) {
			throw new IllegalArgumentException(
					"mantelzorgkaart.graphql.max-fields (GRAPHQL_MAX_FIELDS) must be at least 100, got " + maxFields);
		}
		this.timeout = timeout;
		this.maxFields = maxFields;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Budget(parameters.getExecutionInput());
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		Budget budget = (Budget) state;
		ScheduledFuture<?> alarm = this.alarms.schedule(() -> budget.exceed("time"), this.timeout.toMillis(),
				TimeUnit.MILLISECONDS);
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> alarm.cancel(false));
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		Budget budget = (Budget) state;
		if (budget.fields.incrementAndGet() > this.maxFields) {
			budget.exceed("size");
		}
		return FieldFetchingInstrumentationContext.NOOP;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		String limit = ((Budget) state).exceeded;
		if (limit == null) {
			return CompletableFuture.completedFuture(result);
		}
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("classification", ErrorType.BAD_REQUEST.name());
		extensions.put("limit", limit);
		String message = limit.equals("time")
				? "De vraag is afgebroken: ze duurde langer dan " + seconds(this.timeout)
						+ ". Vraag minder tegelijk (minder velden of aliassen) of in delen."
				: "De vraag is afgebroken: het antwoord zou meer dan " + this.maxFields
						+ " waarden bevatten. Vraag minder velden of kleinere pagina's ('first').";
		return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().message(message).extensions(extensions).build())
			.build());
	}

	private static String seconds(Duration duration) {
		long millis = duration.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms";
	}

	@Override
	public void destroy() {
		this.alarms.shutdownNow();
	}

	/** What one execution has used, and which limit it went past first. */
	private static final class Budget implements InstrumentationState {

		private final ExecutionInput input;

		private final AtomicInteger fields = new AtomicInteger();

		private volatile String exceeded;

		Budget(ExecutionInput input) {
			this.input = input;
		}

		void exceed(String limit) {
			synchronized (this) {
				if (this.exceeded != null) {
					return;
				}
				this.exceeded = limit;
			}
			this.input.cancel();
		}

	}

}
