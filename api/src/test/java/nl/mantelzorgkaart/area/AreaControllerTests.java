package nl.mantelzorgkaart.area;

import static nl.mantelzorgkaart.SeedRecords.ALMERE;
import static nl.mantelzorgkaart.SeedRecords.ALMERE_HAVEN;
import static nl.mantelzorgkaart.SeedRecords.HUIZEN;
import static nl.mantelzorgkaart.SeedRecords.WAGENMAKERBAAN;
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
import nl.mantelzorgkaart.offering.NestedOfferings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The {@code Area} and {@code Location} queries without a database. The controller reads the area
 * hierarchy through {@link GraphReads} itself, so that is stubbed too, answering by the parents and
 * ids asked for (whatever the Cypher).
 */
@GraphQlTest(AreaController.class)
@Import(GraphQlSliceConfiguration.class)
class AreaControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	AreaReads reads;

	@MockitoBean
	GraphReads graph;

	@MockitoBean
	NestedOfferings nestedOfferings;

	@Test
	void shouldFindAnAreaWithItsParent() {
		given(this.reads.area("almere-haven")).willReturn(ALMERE_HAVEN);
		given(this.graph.relatedOne(eq(List.of(ALMERE_HAVEN)), any(), anyString(), any()))
			.willReturn(Map.of(ALMERE_HAVEN, ALMERE));

		var response = this.graphQl.documentName("areaWithParent").variable("id", "almere-haven").execute();

		response.path("area.name").entity(String.class).isEqualTo("Almere Haven");
		response.path("area.kind").entity(String.class).isEqualTo("DISTRICT");
		response.path("area.lat").entity(Double.class).isEqualTo(52.34);
		response.path("area.parent.id").entity(String.class).isEqualTo("almere");
		response.path("area.parent.kind").entity(String.class).isEqualTo("MUNICIPALITY");
	}

	@Test
	void shouldListTheMunicipalitiesWithTheDistrictsOfAllOfThemInOneRead() {
		given(this.reads.areas(Area.Kind.MUNICIPALITY)).willReturn(List.of(ALMERE, HUIZEN));
		given(this.graph.related(eq(List.of(ALMERE, HUIZEN)), any(), anyString(), any()))
			.willReturn(Map.of(ALMERE, List.of(ALMERE_HAVEN), HUIZEN, List.of()));

		var response = this.graphQl.documentName("municipalities").execute();

		response.path("areas[*].name").entityList(String.class).containsExactly("Almere", "Huizen");
		response.path("areas[0].children[*].name").entityList(String.class).containsExactly("Almere Haven");
		response.path("areas[1].children").entityList(Object.class).hasSize(0);
		then(this.graph).should(times(1)).related(eq(List.of(ALMERE, HUIZEN)), any(), anyString(), any());
	}

	@Test
	void shouldListEveryAreaWhenNoKindIsGiven() {
		given(this.reads.areas(null)).willReturn(List.of(ALMERE, ALMERE_HAVEN, HUIZEN));

		this.graphQl.document("{ areas { id } }").execute()
			.path("areas[*].id").entityList(String.class).containsExactly("almere", "almere-haven", "huizen");
	}

	@Test
	void shouldFindALocationById() {
		given(this.graph.one(anyString(), eq(Map.of("id", "vmca-wagenmakerbaan")), any()))
			.willReturn(Optional.of(WAGENMAKERBAAN));

		var response = this.graphQl.document("{ location(id: \"vmca-wagenmakerbaan\") { address postcode city } }")
			.execute();

		response.path("location.address").entity(String.class).isEqualTo("Wagenmakerbaan 43");
		response.path("location.city").entity(String.class).isEqualTo("Almere");
	}

	@Test
	void shouldAnswerAnUnknownLocationWithNullAndNotFoundNamingKindAndId() {
		given(this.graph.one(anyString(), eq(Map.of("id", "bestaat-niet")), any())).willReturn(Optional.empty());

		this.graphQl.document("{ location(id: \"bestaat-niet\") { address } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getExtensions()).containsEntry("kind", "location").containsEntry("id", "bestaat-niet");
			}))
			.path("location").valueIsNull();
	}

	@Test
	void shouldRefuseAMalformedIdAsABadRequestNamingIdWithoutReading() {
		this.graphQl.document("{ location(id: \"Wagenmakerbaan 43\") { address } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "id");
			}));
		verifyNoInteractions(this.graph);
	}

}
