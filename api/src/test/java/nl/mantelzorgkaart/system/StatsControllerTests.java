package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.mantelzorgkaart.graph.GraphQlSliceConfiguration;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.system.StatsController.Stats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The {@code stats} query without a database: the counts and the applied schema migrations as the
 * graph gives them, and a failing database that reaches clients as a bare INTERNAL_ERROR.
 */
@GraphQlTest(StatsController.class)
@Import(GraphQlSliceConfiguration.class)
class StatsControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	GraphReads graph;

	@Test
	void shouldCountTheRecordsOfEachKindAndNameTheAppliedMigrations() {
		given(this.graph.one(anyString(), eq(Map.of()), any()))
			.willReturn(Optional.of(new Stats(124, 132, 48, 14, 20, 8, 12, 9, 48, 60, 90, 5, 2400, List.of())));
		given(this.graph.list(anyString(), eq(Map.of()), any())).willReturn(List.of("0001", "0002", "0003"));

		var response = this.graphQl.documentName("stats").execute();

		response.path("stats.organisations").entity(Integer.class).isEqualTo(124);
		response.path("stats.offerings").entity(Integer.class).isEqualTo(132);
		response.path("stats.supportFunctions").entity(Integer.class).isEqualTo(8);
		response.path("stats.relationships").entity(Integer.class).isEqualTo(2400);
		response.path("stats.schemaVersions").entityList(String.class).containsExactly("0001", "0002", "0003");
	}

	@Test
	void shouldAnswerAFailingDatabaseWithAnInternalErrorThatTellsNothingAboutIt() {
		given(this.graph.one(anyString(), eq(Map.of()), any()))
			.willThrow(new IllegalStateException("Connection to bolt://127.0.0.1:7687 refused"));

		this.graphQl.documentName("stats").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
				assertThat(error.getMessage()).doesNotContain("bolt", "7687", "refused");
			}));
	}

}
