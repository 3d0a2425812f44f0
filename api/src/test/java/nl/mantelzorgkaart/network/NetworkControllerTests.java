package nl.mantelzorgkaart.network;

import static nl.mantelzorgkaart.SeedRecords.ALMERE;
import static nl.mantelzorgkaart.SeedRecords.DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.GESPREKSTAFEL_DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.KETENNETWERK;
import static nl.mantelzorgkaart.SeedRecords.NETWERK_DEMENTIE;
import static nl.mantelzorgkaart.SeedRecords.TACTUS;
import static nl.mantelzorgkaart.SeedRecords.VMCA;
import static nl.mantelzorgkaart.SeedRecords.VMCA_JAARVERSLAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.GraphQlSliceConfiguration;
import nl.mantelzorgkaart.graph.NotFoundException;
import nl.mantelzorgkaart.graph.Paging;
import nl.mantelzorgkaart.knowledge.Source.Citation;
import nl.mantelzorgkaart.network.NetworkReads.OfferingsKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The {@code Network} queries without a database: a network with its members, coordinator and what
 * they offer, the filtered list, batches over many networks, and the errors a client gets.
 */
@GraphQlTest(NetworkController.class)
@Import(GraphQlSliceConfiguration.class)
class NetworkControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	NetworkReads reads;

	@Test
	void shouldShowANetworkWithItsMembersCoordinatorAndWhatTheyOfferForATheme() {
		List<Network> one = List.of(NETWERK_DEMENTIE);
		OfferingsKey forDementia = new OfferingsKey("netwerk-dementie-almere", "dementie");
		given(this.reads.network("netwerk-dementie-almere")).willReturn(NETWERK_DEMENTIE);
		given(this.reads.members(one)).willReturn(Map.of(NETWERK_DEMENTIE, List.of(VMCA)));
		given(this.reads.coordinator(one)).willReturn(Map.of(NETWERK_DEMENTIE, VMCA));
		given(this.reads.careThemes(one)).willReturn(Map.of(NETWERK_DEMENTIE, List.of(DEMENTIE)));
		given(this.reads.areas(one)).willReturn(Map.of(NETWERK_DEMENTIE, List.of(ALMERE)));
		given(this.reads.sources(one))
			.willReturn(Map.of(NETWERK_DEMENTIE, List.of(new Citation(VMCA_JAARVERSLAG, "Netwerken"))));
		given(this.reads.memberOfferings(Set.of(forDementia)))
			.willReturn(Map.of(forDementia, List.of(GESPREKSTAFEL_DEMENTIE)));

		var response = this.graphQl.documentName("networkMembers")
			.variable("id", "netwerk-dementie-almere")
			.variable("careTheme", "dementie")
			.execute();

		response.path("network.name").entity(String.class).isEqualTo("Netwerk Dementie");
		response.path("network.members[*].id").entityList(String.class).containsExactly("vmca");
		response.path("network.coordinator.name").entity(String.class)
			.isEqualTo("Vrijwilligers en Mantelzorg Centrale Almere");
		response.path("network.careThemes[*].name").entityList(String.class).containsExactly("Dementie");
		response.path("network.areas[*].id").entityList(String.class).containsExactly("almere");
		response.path("network.offerings[*].name").entityList(String.class).containsExactly("Gesprekstafel dementie");
		response.path("network.sources[0].source.title").entity(String.class).isEqualTo("VMCA Jaarverslag 2025");
	}

	@Test
	void shouldShowNoCoordinatorForANetworkWithoutOne() {
		List<Network> one = List.of(KETENNETWERK);
		given(this.reads.network("ketennetwerk-kopp-kov-almere")).willReturn(KETENNETWERK);
		given(this.reads.coordinator(one)).willReturn(Map.of());

		this.graphQl.document("{ network(id: \"ketennetwerk-kopp-kov-almere\") { name coordinator { id } } }")
			.execute()
			.path("network.coordinator")
			.valueIsNull();
	}

	@Test
	void shouldPassTheFilterToTheReadsAndLoadTheMembersOfAllListedNetworksAtOnce() {
		NetworkFilter filter = new NetworkFilter(List.of("almere"), List.of("dementie"), List.of("vmca"));
		given(this.reads.networks(filter, Paging.Request.of(10, null, null))).willReturn(new Connection<>(
				List.of(new Connection.Edge<>(KETENNETWERK, "c1"), new Connection.Edge<>(NETWERK_DEMENTIE, "c2")),
				new Connection.PageInfo(false, false, "c1", "c2"), 2));
		List<Network> both = List.of(KETENNETWERK, NETWERK_DEMENTIE);
		given(this.reads.members(both))
			.willReturn(Map.of(KETENNETWERK, List.of(VMCA, TACTUS), NETWERK_DEMENTIE, List.of(VMCA)));

		var response = this.graphQl.documentName("networks")
			.variable("filter", Map.of("areas", List.of("almere"), "careThemes", List.of("dementie"), "members",
					List.of("vmca")))
			.variable("first", 10)
			.execute();

		response.path("networks.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("networks.edges[0].node.members[*].id").entityList(String.class)
			.containsExactly("vmca", "tactus-verslavingszorg");
		response.path("networks.edges[1].node.members[*].id").entityList(String.class).containsExactly("vmca");
		then(this.reads).should(times(1)).members(both);
	}

	@Test
	void shouldAskForWhatTheMembersOfAllListedNetworksOfferInOneRead() {
		given(this.reads.networks(NetworkFilter.NONE, Paging.Request.of(20, null, null))).willReturn(new Connection<>(
				List.of(new Connection.Edge<>(KETENNETWERK, "c1"), new Connection.Edge<>(NETWERK_DEMENTIE, "c2")),
				new Connection.PageInfo(false, false, "c1", "c2"), 2));
		OfferingsKey keten = new OfferingsKey("ketennetwerk-kopp-kov-almere", null);
		OfferingsKey dementie = new OfferingsKey("netwerk-dementie-almere", null);
		given(this.reads.memberOfferings(Set.of(keten, dementie)))
			.willReturn(Map.of(keten, List.of(), dementie, List.of(GESPREKSTAFEL_DEMENTIE)));

		var response = this.graphQl.documentName("networksWithOfferings").execute();

		response.path("networks.edges[0].node.offerings").entityList(Object.class).hasSize(0);
		response.path("networks.edges[1].node.offerings[*].id").entityList(String.class)
			.containsExactly("vmca-gesprekstafel-dementie");
		then(this.reads).should(times(1)).memberOfferings(Set.of(keten, dementie));
	}

	@Test
	void shouldAnswerAnUnknownNetworkWithNullAndNotFoundNamingKindAndId() {
		given(this.reads.network("bestaat-niet")).willThrow(new NotFoundException("network", "bestaat-niet"));

		this.graphQl.document("{ network(id: \"bestaat-niet\") { name } }").execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(error.getExtensions()).containsEntry("kind", "network").containsEntry("id", "bestaat-niet");
			}))
			.path("network").valueIsNull();
	}

	@Test
	void shouldRefuseAMalformedThemeAsABadRequestNamingCareThemeWithoutReadingOfferings() {
		given(this.reads.network("netwerk-dementie-almere")).willReturn(NETWERK_DEMENTIE);

		this.graphQl.document("""
				{ network(id: "netwerk-dementie-almere") { offerings(careTheme: "Dementie!") { id } } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "careTheme");
			}));
		then(this.reads).should(never()).memberOfferings(anySet());
	}

}
