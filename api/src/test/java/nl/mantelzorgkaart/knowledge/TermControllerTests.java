package nl.mantelzorgkaart.knowledge;

import static nl.mantelzorgkaart.SeedRecords.BLOKZORG;
import static nl.mantelzorgkaart.SeedRecords.BLOKZORG_TERM;
import static nl.mantelzorgkaart.SeedRecords.GELIJKGERICHTE_ONDERSTEUNING;
import static nl.mantelzorgkaart.SeedRecords.MANTELZORGMAKELAAR;
import static nl.mantelzorgkaart.SeedRecords.RESPIJTZORG;
import static nl.mantelzorgkaart.SeedRecords.VMCA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.mantelzorgkaart.graph.GraphQlSliceConfiguration;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The glossary queries without a database: a term with what it explains (records of any kind, told
 * apart by their type) and its sources, the whole glossary batch-loaded, and the errors. The controller
 * looks terms up and reads their citations through {@link GraphReads} itself, so that is stubbed too.
 */
@GraphQlTest(TermController.class)
@Import(GraphQlSliceConfiguration.class)
class TermControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	Glossary glossary;

	@MockitoBean
	GraphReads graph;

	@Test
	void shouldShowATermWithWhatItExplainsByKindAndWhereItComesFrom() {
		given(this.glossary.terms()).willReturn(List.of(BLOKZORG_TERM, MANTELZORGMAKELAAR));
		given(this.graph.one(anyString(), eq(Map.of("id", "blokzorg")), any())).willReturn(Optional.of(BLOKZORG_TERM));
		given(this.glossary.explains(List.of(BLOKZORG_TERM)))
			.willReturn(Map.of(BLOKZORG_TERM, List.of(BLOKZORG, RESPIJTZORG)));
		given(this.graph.related(eq(List.of(BLOKZORG_TERM)), any(), anyString(), any())).willReturn(
				Map.of(BLOKZORG_TERM, List.of(new Citation(GELIJKGERICHTE_ONDERSTEUNING, "Bijlage 1 Begrippenlijst"))));

		var response = this.graphQl.documentName("glossary").variable("id", "blokzorg").execute();

		response.path("terms[*].term").entityList(String.class).containsExactly("Blokzorg", "Mantelzorgmakelaar");
		response.path("term.definition").entity(String.class)
			.satisfies((text) -> assertThat(text).startsWith("Vervangende zorg"));
		response.path("term.explains[*].__typename").entityList(String.class)
			.containsExactly("RespiteType", "SupportFunction");
		response.path("term.explains[*].id").entityList(String.class).containsExactly("blokzorg", "respijtzorg");
		response.path("term.sources[0].source.file").entity(String.class).isEqualTo("003_119975fd017667f7.txt");
		response.path("term.sources[0].section").entity(String.class).isEqualTo("Bijlage 1 Begrippenlijst");
	}

	@Test
	void shouldReadWhatEveryTermOfTheGlossaryExplainsInOneRead() {
		given(this.glossary.terms()).willReturn(List.of(BLOKZORG_TERM, MANTELZORGMAKELAAR));
		given(this.glossary.explains(List.of(BLOKZORG_TERM, MANTELZORGMAKELAAR)))
			.willReturn(Map.of(BLOKZORG_TERM, List.of(BLOKZORG), MANTELZORGMAKELAAR, List.of(RESPIJTZORG, VMCA)));

		var response = this.graphQl.documentName("termsExplained").execute();

		response.path("terms[0].explains[*].name").entityList(String.class).containsExactly("Blokzorg");
		// An organisation is explained too, but this query asks for no fields of one: it shows only its type.
		response.path("terms[1].explains[*].__typename").entityList(String.class)
			.containsExactly("SupportFunction", "Organisation");
		then(this.glossary).should(times(1)).explains(List.of(BLOKZORG_TERM, MANTELZORGMAKELAAR));
	}

	@Test
	void shouldAnswerAnUnknownTermWithNullAndNotFoundNamingKindAndId() {
		given(this.graph.one(anyString(), eq(Map.of("id", "bestaat-niet")), any())).willReturn(Optional.empty());

		this.graphQl.document("{ term(id: \"bestaat-niet\") { term } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getExtensions()).containsEntry("kind", "term").containsEntry("id", "bestaat-niet");
			}))
			.path("term").valueIsNull();
	}

	@Test
	void shouldRefuseAMalformedIdAsABadRequestNamingIdWithoutReading() {
		this.graphQl.document("{ term(id: \"Blokzorg\") { term } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "id");
			}));
		verifyNoInteractions(this.graph, this.glossary);
	}

}
