package nl.mantelzorgkaart.organisation;

import static nl.mantelzorgkaart.SeedRecords.DE_SCHOOR;
import static nl.mantelzorgkaart.SeedRecords.EIGEN_TIJD;
import static nl.mantelzorgkaart.SeedRecords.GESPREKSTAFEL_DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.KETENNETWERK;
import static nl.mantelzorgkaart.SeedRecords.TACTUS;
import static nl.mantelzorgkaart.SeedRecords.VMCA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.Cursor;
import nl.mantelzorgkaart.graph.GraphQlSliceConfiguration;
import nl.mantelzorgkaart.graph.NotFoundException;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.graph.Sort;
import nl.mantelzorgkaart.graph.Status;
import nl.mantelzorgkaart.organisation.OrganisationReads.ConnectionPath;
import nl.mantelzorgkaart.organisation.OrganisationReads.SharedKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The {@code Organisation} queries without a database: how the API hands a client's arguments to the
 * reads, batches nested fields, and reports unknown ids and bad arguments.
 */
@GraphQlTest(OrganisationController.class)
@Import(GraphQlSliceConfiguration.class)
class OrganisationControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	OrganisationReads reads;

	@Test
	void shouldFindAnOrganisationById() {
		given(this.reads.organisation("vmca")).willReturn(VMCA);

		var response = this.graphQl.documentName("organisationContact").variable("id", "vmca").execute();

		response.path("organisation.name").entity(String.class).isEqualTo("Vrijwilligers en Mantelzorg Centrale Almere");
		response.path("organisation.shortName").entity(String.class).isEqualTo("VMCA");
		response.path("organisation.phone").entity(String.class).isEqualTo("036 53 41 404");
		response.path("organisation.status").entity(String.class).isEqualTo("ACTIVE");
		response.path("organisation.lastVerified").entity(String.class).isEqualTo("2026-01-01");
	}

	@Test
	void shouldPassTheFilterSortAndPageOfTheListToTheReads() {
		Sort byNameDescending = new Sort(Sort.Field.NAME, Sort.Direction.DESC);
		String after = new Cursor(byNameDescending, "zorggroep almere", "zorggroep-almere").encode();
		OrganisationFilter filter = new OrganisationFilter(List.of("almere"), null, List.of("dementie"),
				List.of("welzijn"), List.of(Status.ACTIVE));
		given(this.reads.organisations(filter, Paging.Request.of(2, byNameDescending, after)))
			.willReturn(new Connection<>(
					List.of(new Connection.Edge<>(VMCA, "c-vmca"), new Connection.Edge<>(DE_SCHOOR, "c-schoor")),
					new Connection.PageInfo(true, true, "c-vmca", "c-schoor"), 14));

		var response = this.graphQl.documentName("organisations")
			.variable("filter", Map.of("areas", List.of("almere"), "careThemes", List.of("dementie"), "kinds",
					List.of("welzijn"), "statuses", List.of("ACTIVE")))
			.variable("sort", Map.of("field", "NAME", "direction", "DESC"))
			.variable("first", 2)
			.variable("after", after)
			.execute();

		response.path("organisations.edges[*].node.name").entityList(String.class)
			.containsExactly("Vrijwilligers en Mantelzorg Centrale Almere", "De Schoor");
		response.path("organisations.totalCount").entity(Integer.class).isEqualTo(14);
		response.path("organisations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("organisations.pageInfo.endCursor").entity(String.class).isEqualTo("c-schoor");
	}

	@Test
	void shouldListTwentyByNameWhenTheClientAsksForNoFilterOrOrder() {
		given(this.reads.organisations(OrganisationFilter.NONE, Paging.Request.of(20, null, null)))
			.willReturn(new Connection<>(List.of(new Connection.Edge<>(DE_SCHOOR, "c-schoor")),
					new Connection.PageInfo(false, false, "c-schoor", "c-schoor"), 1));

		this.graphQl.documentName("organisations").execute()
			.path("organisations.edges[*].node.id").entityList(String.class).containsExactly("de-schoor");
	}

	@Test
	void shouldLoadTheOfferingsOfEveryListedOrganisationInOneRead() {
		given(this.reads.organisations(OrganisationFilter.NONE, Paging.Request.of(2, null, null)))
			.willReturn(page(VMCA, DE_SCHOOR));
		given(this.reads.offerings(List.of(VMCA, DE_SCHOOR)))
			.willReturn(Map.of(VMCA, List.of(EIGEN_TIJD, GESPREKSTAFEL_DEMENTIE), DE_SCHOOR, List.of()));

		var response = this.graphQl.documentName("organisationsWithOfferings").variable("first", 2).execute();

		response.path("organisations.edges[0].node.offerings[*].name").entityList(String.class)
			.containsExactly("Eigen Tijd", "Gesprekstafel dementie");
		response.path("organisations.edges[1].node.offerings").entityList(Object.class).hasSize(0);
		then(this.reads).should(times(1)).offerings(List.of(VMCA, DE_SCHOOR));
	}

	@Test
	void shouldAskForTheSharedNetworksOfAllListedOrganisationsAtOnce() {
		given(this.reads.organisations(OrganisationFilter.NONE, Paging.Request.of(2, null, null)))
			.willReturn(page(VMCA, DE_SCHOOR));
		SharedKey vmcaWithTactus = new SharedKey("vmca", "tactus-verslavingszorg");
		SharedKey schoorWithTactus = new SharedKey("de-schoor", "tactus-verslavingszorg");
		given(this.reads.sharedNetworks(Set.of(vmcaWithTactus, schoorWithTactus)))
			.willReturn(Map.of(vmcaWithTactus, List.of(KETENNETWERK), schoorWithTactus, List.of()));

		var response = this.graphQl.documentName("sharedNetworks")
			.variable("first", 2)
			.variable("with", "tactus-verslavingszorg")
			.execute();

		response.path("organisations.edges[0].node.sharedNetworks[*].name").entityList(String.class)
			.containsExactly("Ketennetwerk KOPP-KOV Almere");
		response.path("organisations.edges[1].node.sharedNetworks").entityList(Object.class).hasSize(0);
		then(this.reads).should(times(1)).sharedNetworks(Set.of(vmcaWithTactus, schoorWithTactus));
	}

	@Test
	void shouldShowTheConnectionPathStepByStep() {
		given(this.reads.connection("tactus-verslavingszorg", "vmca", 8)).willReturn(new ConnectionPath(2,
				List.of(new ConnectionPath.Step(TACTUS, null, null),
						new ConnectionPath.Step(null, KETENNETWERK, "MEMBER_OF"),
						new ConnectionPath.Step(VMCA, null, "MEMBER_OF"))));

		var response = this.graphQl.documentName("connection")
			.variable("from", "tactus-verslavingszorg")
			.variable("to", "vmca")
			.execute();

		response.path("connection.length").entity(Integer.class).isEqualTo(2);
		response.path("connection.steps[*].organisation.id").entityList(String.class)
			.containsExactly("tactus-verslavingszorg", "vmca");
		response.path("connection.steps[1].network.id").entity(String.class).isEqualTo("ketennetwerk-kopp-kov-almere");
		response.path("connection.steps[1].via").entity(String.class).isEqualTo("MEMBER_OF");
	}

	@Test
	void shouldAnswerAnUnknownOrganisationWithNullAndNotFoundNamingKindAndId() {
		given(this.reads.organisation("bestaat-niet")).willThrow(new NotFoundException("organisation", "bestaat-niet"));

		this.graphQl.documentName("organisationContact").variable("id", "bestaat-niet").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getExtensions()).containsEntry("kind", "organisation")
					.containsEntry("id", "bestaat-niet");
				assertThat(error.getPath()).isEqualTo("organisation");
			}))
			.path("organisation").valueIsNull();
	}

	@Test
	void shouldRefuseAPageOverTheCapAsABadRequestNamingFirstWithoutReading() {
		this.graphQl.document("{ organisations(first: 101) { totalCount } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "first");
			}));
		verifyNoInteractions(this.reads);
	}

	@Test
	void shouldRefuseAConnectionLongerThanTwelveStepsAsABadRequestNamingMaxSteps() {
		this.graphQl.documentName("connection")
			.variable("from", "tactus-verslavingszorg")
			.variable("to", "vmca")
			.variable("maxSteps", 13)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "maxSteps");
			}));
		verifyNoInteractions(this.reads);
	}

	@Test
	void shouldRefuseAMalformedSharedNetworksIdAsABadRequestNamingWith() {
		given(this.reads.organisations(OrganisationFilter.NONE, Paging.Request.of(1, null, null)))
			.willReturn(page(VMCA));

		this.graphQl.documentName("sharedNetworks").variable("first", 1).variable("with", "De Schoor").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "with");
			}));
	}

	private static Connection<Organisation> page(Organisation... organisations) {
		List<Connection.Edge<Organisation>> edges = Arrays.stream(organisations)
			.map((organisation) -> new Connection.Edge<>(organisation, "c-" + organisation.id()))
			.toList();
		return new Connection<>(edges, new Connection.PageInfo(false, false, null, null), edges.size());
	}

}
