package nl.mantelzorgkaart.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.mantelzorgkaart.graph.GraphQlSliceConfiguration;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.offering.NestedOfferings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A failure nobody expected reaches the client as a bare INTERNAL_ERROR, and one request of many
 * aliases of a failing field writes a stack trace once, not once per alias (issue 20: 499 aliases wrote
 * 2,994 log lines).
 */
@GraphQlTest(AreaController.class)
@Import(GraphQlSliceConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedFailureLoggingTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	AreaReads reads;

	@MockitoBean
	GraphReads graph;

	@MockitoBean
	NestedOfferings nestedOfferings;

	@Test
	void manyFailingAliasesOfOneRequestLogOneStackTraceAndTellTheClientNothingInternal(CapturedOutput output) {
		given(this.reads.area(anyString())).willThrow(new IllegalStateException("disk on fire at /var/lib/secret"));
		String aliases = IntStream.range(0, 64)
			.mapToObj((i) -> "a" + i + ": area(id: \"almere\") { id }")
			.collect(Collectors.joining(" ", "{ ", " }"));

		this.graphQl.document(aliases).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(64).allSatisfy((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
				assertThat(error.getMessage()).doesNotContain("disk on fire", "IllegalState", "/var/lib");
			});
		});

		String log = output.getOut() + output.getErr();
		assertThat(occurrences(log, "java.lang.IllegalStateException: disk on fire")).isEqualTo(1);
		// One trace, then a count line at 2, 4, 8, 16, 32 and 64 failures: seven lines for 64 failures, not 64 traces.
		assertThat(occurrences(log, "failed unexpectedly so far")).isEqualTo(6);
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
