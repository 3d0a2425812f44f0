package nl.mantelzorgkaart.offering;

import static nl.mantelzorgkaart.SeedRecords.ALMERE;
import static nl.mantelzorgkaart.SeedRecords.DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.DE_SCHOOR;
import static nl.mantelzorgkaart.SeedRecords.EIGEN_TIJD;
import static nl.mantelzorgkaart.SeedRecords.GESPREKSTAFEL_DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.MANTELZORGERS;
import static nl.mantelzorgkaart.SeedRecords.RESPIJTZORG;
import static nl.mantelzorgkaart.SeedRecords.RESPIJT_LIGHT;
import static nl.mantelzorgkaart.SeedRecords.TACTUS;
import static nl.mantelzorgkaart.SeedRecords.VMCA;
import static nl.mantelzorgkaart.SeedRecords.VMCA_JAARVERSLAG;
import static nl.mantelzorgkaart.SeedRecords.WAGENMAKERBAAN;
import static nl.mantelzorgkaart.SeedRecords.WMO_MAATWERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.Cursor;
import nl.mantelzorgkaart.graph.GraphQlSliceConfiguration;
import nl.mantelzorgkaart.graph.NotFoundException;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.graph.Sort;
import nl.mantelzorgkaart.graph.Status;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The {@code Offering} queries without a database: every nested field of an offering from its batch
 * read, the list's arguments handed to the reads, and the errors a client gets.
 */
@GraphQlTest(OfferingController.class)
@Import(GraphQlSliceConfiguration.class)
class OfferingControllerTests {

	@Autowired
	ExecutionGraphQlServiceTester graphQl;

	@MockitoBean
	OfferingReads reads;

	@Test
	void shouldShowAnOfferingWithWhoOrganisesItForWhomWhereAndFromWhichSource() {
		List<Offering> one = List.of(EIGEN_TIJD);
		given(this.reads.offering("vmca-eigen-tijd")).willReturn(EIGEN_TIJD);
		given(this.reads.organisers(one)).willReturn(Map.of(EIGEN_TIJD, List.of(VMCA)));
		given(this.reads.coOrganisers(one)).willReturn(Map.of(EIGEN_TIJD, List.of(DE_SCHOOR)));
		given(this.reads.careThemes(one)).willReturn(Map.of(EIGEN_TIJD, List.of()));
		given(this.reads.targetGroups(one)).willReturn(Map.of(EIGEN_TIJD, List.of(MANTELZORGERS)));
		given(this.reads.supportFunctions(one)).willReturn(Map.of(EIGEN_TIJD, List.of(RESPIJTZORG)));
		given(this.reads.respiteTypes(one)).willReturn(Map.of(EIGEN_TIJD, List.of(RESPIJT_LIGHT)));
		given(this.reads.fundingRoutes(one)).willReturn(Map.of(EIGEN_TIJD, List.of(WMO_MAATWERK)));
		given(this.reads.areas(one)).willReturn(Map.of(EIGEN_TIJD, List.of(ALMERE)));
		given(this.reads.locations(one)).willReturn(Map.of(EIGEN_TIJD, List.of(WAGENMAKERBAAN)));
		given(this.reads.sources(one)).willReturn(Map.of(EIGEN_TIJD,
				List.of(new Citation(VMCA_JAARVERSLAG, "2.1 Voor volwassen mantelzorgers - Aanbod"))));

		var response = this.graphQl.documentName("offering").variable("id", "vmca-eigen-tijd").execute();

		response.path("offering.name").entity(String.class).isEqualTo("Eigen Tijd");
		response.path("offering.settings").entityList(String.class).containsExactly("AT_LOCATION");
		response.path("offering.lastVerified").entity(String.class).isEqualTo("2026-01-01");
		response.path("offering.organisers[*].name").entityList(String.class)
			.containsExactly("Vrijwilligers en Mantelzorg Centrale Almere");
		response.path("offering.coOrganisers[*].id").entityList(String.class).containsExactly("de-schoor");
		response.path("offering.careThemes").entityList(Object.class).hasSize(0);
		response.path("offering.targetGroups[*].id").entityList(String.class).containsExactly("mantelzorgers");
		response.path("offering.supportFunctions[0].order").entity(Integer.class).isEqualTo(6);
		response.path("offering.respiteTypes[*].id").entityList(String.class).containsExactly("respijt-light");
		response.path("offering.fundingRoutes[0].law").entity(String.class).isEqualTo("Wmo");
		response.path("offering.areas[0].kind").entity(String.class).isEqualTo("MUNICIPALITY");
		response.path("offering.locations[0].postcode").entity(String.class).isEqualTo("1315 BC");
		response.path("offering.sources[0].source.file").entity(String.class).isEqualTo("000_42ca9364088ab070.txt");
		response.path("offering.sources[0].section").entity(String.class)
			.isEqualTo("2.1 Voor volwassen mantelzorgers - Aanbod");
	}

	@Test
	void shouldPassEveryFilterTheSortAndThePageOfTheListToTheReads() {
		Sort newestFirst = new Sort(Sort.Field.LAST_VERIFIED, Sort.Direction.DESC);
		String after = new Cursor(newestFirst, "2026-03-01", "vmca-ivt").encode();
		OfferingFilter filter = new OfferingFilter(List.of("dementie"), List.of("mantelzorgers"),
				List.of("respijtzorg"), List.of("respijt-light"), List.of("wmo-maatwerk"), List.of("vmca"),
				List.of("ketennetwerk-kopp-kov-almere"), List.of("almere"), List.of(Status.ACTIVE, Status.PLANNED));
		given(this.reads.offerings(filter, Paging.Request.of(5, newestFirst, after)))
			.willReturn(new Connection<>(List.of(new Connection.Edge<>(EIGEN_TIJD, "c-eigen-tijd")),
					new Connection.PageInfo(false, true, "c-eigen-tijd", "c-eigen-tijd"), 6));

		var response = this.graphQl.documentName("offerings")
			.variable("filter", Map.of("careThemes", List.of("dementie"), "targetGroups", List.of("mantelzorgers"),
					"supportFunctions", List.of("respijtzorg"), "respiteTypes", List.of("respijt-light"), "fundingRoutes",
					List.of("wmo-maatwerk"), "organisations", List.of("vmca"), "networks",
					List.of("ketennetwerk-kopp-kov-almere"), "areas", List.of("almere"), "statuses",
					List.of("ACTIVE", "PLANNED")))
			.variable("sort", Map.of("field", "LAST_VERIFIED", "direction", "DESC"))
			.variable("first", 5)
			.variable("after", after)
			.execute();

		response.path("offerings.edges[*].node.name").entityList(String.class).containsExactly("Eigen Tijd");
		response.path("offerings.edges[0].cursor").entity(String.class).isEqualTo("c-eigen-tijd");
		response.path("offerings.totalCount").entity(Integer.class).isEqualTo(6);
		response.path("offerings.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void shouldLoadTheOrganisersAndThemesOfEveryListedOfferingInOneReadEach() {
		given(this.reads.offerings(OfferingFilter.NONE, Paging.Request.of(2, null, null))).willReturn(new Connection<>(
				List.of(new Connection.Edge<>(EIGEN_TIJD, "c1"), new Connection.Edge<>(GESPREKSTAFEL_DEMENTIE, "c2")),
				new Connection.PageInfo(false, false, "c1", "c2"), 2));
		List<Offering> both = List.of(EIGEN_TIJD, GESPREKSTAFEL_DEMENTIE);
		given(this.reads.organisers(both))
			.willReturn(Map.of(EIGEN_TIJD, List.of(VMCA), GESPREKSTAFEL_DEMENTIE, List.of(VMCA, TACTUS)));
		given(this.reads.careThemes(both))
			.willReturn(Map.of(EIGEN_TIJD, List.of(), GESPREKSTAFEL_DEMENTIE, List.of(DEMENTIE)));

		var response = this.graphQl.documentName("offeringsWithOrganisers").variable("first", 2).execute();

		response.path("offerings.edges[1].node.organisers[*].id").entityList(String.class)
			.containsExactly("vmca", "tactus-verslavingszorg");
		response.path("offerings.edges[0].node.organisers[0].phone").entity(String.class).isEqualTo("036 53 41 404");
		response.path("offerings.edges[1].node.careThemes[*].name").entityList(String.class).containsExactly("Dementie");
		then(this.reads).should(times(1)).organisers(both);
		then(this.reads).should(times(1)).careThemes(both);
	}

	@Test
	void shouldAnswerAnUnknownOfferingWithNullAndNotFoundNamingKindAndId() {
		given(this.reads.offering("bestaat-niet")).willThrow(new NotFoundException("offering", "bestaat-niet"));

		this.graphQl.document("{ offering(id: \"bestaat-niet\") { id name } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getExtensions()).containsEntry("kind", "offering").containsEntry("id", "bestaat-niet");
			}))
			.path("offering").valueIsNull();
	}

	@Test
	void shouldRefuseACursorOfAnotherSortAsABadRequestNamingAfter() {
		String byName = new Cursor(Sort.DEFAULT, "eigen tijd", "vmca-eigen-tijd").encode();

		this.graphQl.documentName("offerings")
			.variable("sort", Map.of("field", "LAST_VERIFIED"))
			.variable("after", byName)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "after");
				assertThat(error.getMessage()).contains("NAME ASC");
			}));
		then(this.reads).should(never()).offerings(any(), any());
	}

	@Test
	void shouldRefuseANegativePageSizeAsABadRequestNamingFirst() {
		this.graphQl.document("{ offerings(first: -1) { totalCount } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "first");
			}));
		then(this.reads).should(never()).offerings(any(), any());
	}

}
