package nl.mantelzorgkaart.knowledge;

import static nl.mantelzorgkaart.SeedRecords.GELIJKGERICHTE_ONDERSTEUNING;
import static nl.mantelzorgkaart.SeedRecords.VMCA_JAARVERSLAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.mantelzorgkaart.graph.GraphQlSliceConfiguration;
import nl.mantelzorgkaart.graph.GraphReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The source documents without a database: the list, one by id with its dates as ISO dates, and the
 * errors. The controller reads through {@link GraphReads} itself, which is stubbed.
 */
@GraphQlTest(SourceController.class)
@Import(GraphQlSliceConfiguration.class)
class SourceControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	GraphReads graph;

	@Test
	void shouldListTheSourceDocumentsAndFindOneById() {
		given(this.graph.list(anyString(), eq(Map.of()), any()))
			.willReturn(List.of(GELIJKGERICHTE_ONDERSTEUNING, VMCA_JAARVERSLAG));
		given(this.graph.one(anyString(), eq(Map.of("id", "mantelzorgnl-gelijkgerichte-ondersteuning-2026")), any()))
			.willReturn(Optional.of(GELIJKGERICHTE_ONDERSTEUNING));
		given(this.graph.one(anyString(), eq(Map.of("id", "wikipedia-postcodes-almere")), any()))
			.willReturn(Optional.of(new Source("wikipedia-postcodes-almere", null, "Almere (Wikipedia)",
					"Wikipedia-bijdragers", LocalDate.of(2019, 1, 1), "month", "https://de.zxc.wiki/wiki/Almere",
					LocalDate.of(2026, 12, 4))));

		var response = this.graphQl.documentName("sources").execute();

		response.path("sources[*].title").entityList(String.class)
			.containsExactly("Gelijkgerichte mantelzorgondersteuning in Nederland", "VMCA Jaarverslag 2025");
		response.path("sources[0].date").entity(String.class).isEqualTo("2026-03-01");
		response.path("source.publisher").entity(String.class).isEqualTo("MantelzorgNL en Trendbureau Drenthe");
		response.path("source.datePrecision").entity(String.class).isEqualTo("month");
		// A public source has no file of the seed set, but its address and the date it was read.
		response.path("almere.file").valueIsNull();
		response.path("almere.readOn").entity(String.class).isEqualTo("2026-12-04");
	}

	@Test
	void shouldAnswerAnUnknownSourceWithNullAndNotFoundNamingKindAndId() {
		given(this.graph.one(anyString(), eq(Map.of("id", "bestaat-niet")), any())).willReturn(Optional.empty());

		this.graphQl.document("{ source(id: \"bestaat-niet\") { title } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getExtensions()).containsEntry("kind", "source").containsEntry("id", "bestaat-niet");
			}))
			.path("source").valueIsNull();
	}

	@Test
	void shouldRefuseAMalformedIdAsABadRequestNamingIdWithoutReading() {
		this.graphQl.document("{ source(id: \"000_42ca9364088ab070.txt\") { title } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "id");
			}));
		verifyNoInteractions(this.graph);
	}

}
