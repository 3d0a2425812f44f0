package nl.mantelzorgkaart.taxonomy;

import static nl.mantelzorgkaart.SeedRecords.BLOKZORG;
import static nl.mantelzorgkaart.SeedRecords.DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.JONGE_MANTELZORGERS;
import static nl.mantelzorgkaart.SeedRecords.JONGE_MANTELZORGERS_12_17;
import static nl.mantelzorgkaart.SeedRecords.JONGE_MANTELZORGERS_8_12;
import static nl.mantelzorgkaart.SeedRecords.RESPIJTZORG;
import static nl.mantelzorgkaart.SeedRecords.WMO_MAATWERK;
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
import nl.mantelzorgkaart.graph.NotFoundException;
import nl.mantelzorgkaart.offering.NestedOfferings;
import nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup;
import nl.mantelzorgkaart.taxonomy.Taxa.Taxonomy;
import nl.mantelzorgkaart.taxonomy.Taxa.TaxonomyCount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The vocabulary queries without a database: a lookup per kind, the counts for filter lists, the
 * target group tree batch-loaded, and the errors. The controller looks records up and reads the tree
 * through {@link GraphReads} itself, so that is stubbed by the ids and parents asked for.
 */
@GraphQlTest(TaxonomyController.class)
@Import(GraphQlSliceConfiguration.class)
class TaxonomyControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	TaxonomyReads reads;

	@MockitoBean
	GraphReads graph;

	@MockitoBean
	NestedOfferings nestedOfferings;

	@Test
	void shouldFindACareThemeTargetGroupSupportFunctionRespiteTypeAndFundingRouteById() {
		lookup("dementie", DEMENTIE);
		lookup("jonge-mantelzorgers-8-12", JONGE_MANTELZORGERS_8_12);
		lookup("respijtzorg", RESPIJTZORG);
		lookup("blokzorg", BLOKZORG);
		lookup("wmo-maatwerk", WMO_MAATWERK);
		given(this.graph.relatedOne(eq(List.of(JONGE_MANTELZORGERS_8_12)), any(), anyString(), any()))
			.willReturn(Map.of(JONGE_MANTELZORGERS_8_12, JONGE_MANTELZORGERS));

		var response = this.graphQl.documentName("vocabularyLookups").execute();

		response.path("careTheme.synonyms").entityList(String.class).contains("alzheimer");
		response.path("targetGroup.ageMin").entity(Integer.class).isEqualTo(8);
		response.path("targetGroup.parent.name").entity(String.class).isEqualTo("Jonge mantelzorgers");
		response.path("supportFunction.order").entity(Integer.class).isEqualTo(6);
		response.path("respiteType.name").entity(String.class).isEqualTo("Blokzorg");
		response.path("fundingRoute.law").entity(String.class).isEqualTo("Wmo");
	}

	@Test
	void shouldCountTheOfferingsPerValueWithinTheAreaAskedFor() {
		given(this.reads.taxonomy("almere", true)).willReturn(new Taxonomy(
				List.of(new TaxonomyCount("dementie", "Dementie", 12)),
				List.of(new TaxonomyCount("mantelzorgers", "Mantelzorgers", 40)),
				List.of(new TaxonomyCount("respijtzorg", "Respijtzorg", 9)), List.of(), List.of()));

		var response = this.graphQl.documentName("taxonomy")
			.variable("area", "almere")
			.variable("includeEnded", true)
			.execute();

		response.path("taxonomy.careThemes[0].name").entity(String.class).isEqualTo("Dementie");
		response.path("taxonomy.careThemes[0].offeringCount").entity(Integer.class).isEqualTo(12);
		response.path("taxonomy.supportFunctions[0].offeringCount").entity(Integer.class).isEqualTo(9);
		response.path("taxonomy.respiteTypes").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldLeaveEndedOfferingsOutOfTheCountsUnlessAsked() {
		given(this.reads.taxonomy(null, false)).willReturn(new Taxonomy(
				List.of(new TaxonomyCount("dementie", "Dementie", 30)), List.of(), List.of(), List.of(), List.of()));

		this.graphQl.documentName("taxonomy").execute()
			.path("taxonomy.careThemes[0].offeringCount").entity(Integer.class).isEqualTo(30);
		then(this.reads).should().taxonomy(null, false);
	}

	@Test
	void shouldLoadTheChildrenOfAllChildrenOfATargetGroupInOneRead() {
		lookup("jonge-mantelzorgers", JONGE_MANTELZORGERS);
		List<TargetGroup> ageGroups = List.of(JONGE_MANTELZORGERS_8_12, JONGE_MANTELZORGERS_12_17);
		given(this.graph.<TargetGroup, TargetGroup>related(eq(List.of(JONGE_MANTELZORGERS)), any(), anyString(), any()))
			.willReturn(Map.of(JONGE_MANTELZORGERS, ageGroups));
		given(this.graph.related(eq(ageGroups), any(), anyString(), any()))
			.willReturn(Map.of(JONGE_MANTELZORGERS_8_12, List.of(), JONGE_MANTELZORGERS_12_17, List.of()));

		var response = this.graphQl.documentName("targetGroupChildren").variable("id", "jonge-mantelzorgers").execute();

		response.path("targetGroup.children[*].name").entityList(String.class)
			.containsExactly("Jonge mantelzorgers 8-12 jaar", "Jonge mantelzorgers 12-17 jaar");
		response.path("targetGroup.children[1].ageMax").entity(Integer.class).isEqualTo(17);
		response.path("targetGroup.children[*].children[*]").entityList(Object.class).hasSize(0);
		then(this.graph).should(times(1)).related(eq(ageGroups), any(), anyString(), any());
	}

	@Test
	void shouldAnswerAnUnknownCareThemeWithNullAndNotFoundNamingKindAndId() {
		given(this.graph.one(anyString(), eq(Map.of("id", "bestaat-niet")), any())).willReturn(Optional.empty());

		this.graphQl.document("{ careTheme(id: \"bestaat-niet\") { name } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getExtensions()).containsEntry("kind", "care theme").containsEntry("id", "bestaat-niet");
			}))
			.path("careTheme").valueIsNull();
	}

	@Test
	void shouldAnswerCountsForAnUnknownAreaWithNotFound() {
		given(this.reads.taxonomy("atlantis", false)).willThrow(new NotFoundException("area", "atlantis"));

		this.graphQl.documentName("taxonomy").variable("area", "atlantis").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getExtensions()).containsEntry("kind", "area").containsEntry("id", "atlantis");
			}))
			.path("taxonomy").valueIsNull();
	}

	@Test
	void shouldRefuseAMalformedIdAsABadRequestNamingIdWithoutReading() {
		this.graphQl.document("{ respiteType(id: \"Blokzorg!\") { name } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "id");
			}));
		verifyNoInteractions(this.graph);
	}

	/** The graph answers the lookup of this id with this record. */
	private void lookup(String id, Object record) {
		given(this.graph.one(anyString(), eq(Map.of("id", id)), any())).willReturn(Optional.of(record));
	}

}
