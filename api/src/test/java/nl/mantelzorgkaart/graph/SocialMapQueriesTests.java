package nl.mantelzorgkaart.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mantelzorgkaart.ApiClient;
import nl.mantelzorgkaart.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every query of the public API over the seed dataset, as professionals and partner sites ask them. */
@IntegrationTest
class SocialMapQueriesTests {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = ApiClient.graphQl(this.port);
	}

	@Test
	void anOfferingShowsWhatItIsForWhomByWhomAndWhereItComesFrom() {
		var response = this.graphQl.documentName("offering").variable("id", "vmca-eigen-tijd").execute();
		response.path("offering.name").entity(String.class).isEqualTo("Eigen Tijd");
		response.path("offering.status").entity(String.class).isEqualTo("ACTIVE");
		response.path("offering.organisers[*].id").entityList(String.class).containsExactly("vmca");
		response.path("offering.coOrganisers[*].id").entityList(String.class).contains("de-schoor", "zorggroep-almere");
		response.path("offering.supportFunctions[*].id").entityList(String.class).contains("respijtzorg");
		response.path("offering.respiteTypes[*].id").entityList(String.class).containsExactly("respijt-light");
		response.path("offering.areas[*].id").entityList(String.class).contains("almere");
		response.path("offering.sources[0].source.file").entity(String.class).isEqualTo("000_42ca9364088ab070.txt");
		response.path("offering.lastVerified").entity(String.class).isEqualTo("2026-01-01");
	}

	@Test
	void anEndedOfferingSaysSoAndWhy() {
		var response = this.graphQl.documentName("offering").variable("id", "vmca-jonge-mantelzorg-maatjes").execute();
		response.path("offering.status").entity(String.class).isEqualTo("ENDED");
		response.path("offering.statusNote").entity(String.class).satisfies((note) -> assertThat(note).contains("2025"));
	}

	@Test
	void anOrganisationShowsItsOfferingsNetworksPartnersAndSharedNetworks() {
		var response = this.graphQl.documentName("organisation")
			.variable("id", "vmca")
			.variable("other", "de-schoor")
			.execute();
		response.path("organisation.shortName").entity(String.class).isEqualTo("VMCA");
		response.path("organisation.offerings[*].id").entityList(String.class).contains("vmca-eigen-tijd")
			.hasSizeGreaterThan(20);
		response.path("organisation.coOrganisedOfferings[*].id").entityList(String.class).hasSizeGreaterThan(0);
		response.path("organisation.networks[*].id").entityList(String.class).contains("ketennetwerk-kopp-kov-almere");
		// PARTNERS_WITH read in both directions: De Schoor names VMCA, VMCA names others.
		response.path("organisation.partners[*].id").entityList(String.class).contains("de-schoor");
		response.path("organisation.sharedNetworks[*].id").entityList(String.class)
			.contains("consortium-wijkteams-almere");
		response.path("organisation.locations[0].address").entity(String.class).isEqualTo("Wagenmakerbaan 43");
		response.path("organisation.sources[*].source.file").entityList(String.class)
			.contains("000_42ca9364088ab070.txt");
	}

	@Test
	void aNetworkShowsItsMembersAndWhatTheyOfferForATheme() {
		var all = this.graphQl.documentName("network").variable("id", "ketennetwerk-kopp-kov-almere").execute();
		all.path("network.members[*].id").entityList(String.class).contains("vmca", "tactus-verslavingszorg");
		List<String> everything = all.path("network.offerings[*].id").entityList(String.class).get();

		var themed = this.graphQl.documentName("network")
			.variable("id", "ketennetwerk-kopp-kov-almere")
			.variable("careTheme", "psychische-problemen")
			.execute();
		List<String> forTheme = themed.path("network.offerings[*].id").entityList(String.class).get();
		assertThat(forTheme).isNotEmpty().isSubsetOf(everything);
		themed.path("network.offerings[*].careThemes[*].id").entityList(String.class).contains("psychische-problemen");
	}

	@Test
	void askingForAMunicipalityIncludesOfferingsThatServeOnlyOneOfItsDistricts() {
		var response = this.graphQl.documentName("offerings")
			.variable("filter", Map.of("areas", List.of("almere")))
			.variable("first", 100)
			.execute();
		response.path("offerings.edges[*].node.id").entityList(String.class)
			.contains("vmca-week-van-de-jonge-mantelzorger", "vmca-eigen-tijd");
		response.path("offerings.totalCount").entity(Integer.class).satisfies((n) -> assertThat(n).isGreaterThan(50));
	}

	@Test
	void filtersCombineWithAndAndTargetGroupsIncludeTheirAgeBands() {
		this.graphQl.documentName("offerings")
			.variable("filter", Map.of("areas", List.of("almere"), "careThemes", List.of("dementie")))
			.execute()
			.path("offerings.edges[*].node.id")
			.entityList(String.class)
			.contains("vmca-gesprekstafel-dementie")
			.doesNotContain("vmca-alles-op-zn-kopp");
		this.graphQl.documentName("offerings")
			.variable("filter", Map.of("targetGroups", List.of("jonge-mantelzorgers")))
			.variable("first", 100)
			.execute()
			.path("offerings.edges[*].node.id")
			.entityList(String.class)
			.contains("vmca-alles-op-zn-kopp");
		this.graphQl.documentName("offerings")
			.variable("filter", Map.of("networks", List.of("ketennetwerk-kopp-kov-almere"), "careThemes",
					List.of("psychische-problemen"), "supportFunctions", List.of("educatie", "emotionele-steun")))
			.execute()
			.path("offerings.totalCount")
			.entity(Integer.class)
			.satisfies((n) -> assertThat(n).isPositive());
		this.graphQl.documentName("offerings")
			.variable("filter", Map.of("areas", List.of("almere"), "statuses", List.of("ENDED")))
			.execute()
			.path("offerings.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("vmca-jonge-mantelzorg-maatjes");
		this.graphQl.documentName("offerings")
			.variable("filter", Map.of("organisations", List.of("de-schoor"), "respiteTypes", List.of("respijt-light")))
			.execute()
			.path("offerings.edges[*].node.id")
			.entityList(String.class)
			.contains("vmca-eigen-tijd");
	}

	@Test
	void cursorsWalkTheWholeListOnceInOrderWithoutGapsOrRepeats() {
		for (String field : List.of("NAME", "LAST_VERIFIED")) {
			for (String direction : List.of("ASC", "DESC")) {
				Map<String, String> sort = Map.of("field", field, "direction", direction);
				int total = this.graphQl.documentName("offerings")
					.variable("sort", sort)
					.variable("first", 0)
					.execute()
					.path("offerings.totalCount")
					.entity(Integer.class)
					.get();
				Set<String> seen = new HashSet<>();
				String after = null;
				int pages = 0;
				boolean more = true;
				while (more) {
					var page = this.graphQl.documentName("offerings")
						.variable("sort", sort)
						.variable("first", 25)
						.variable("after", after)
						.execute();
					List<String> ids = page.path("offerings.edges[*].node.id").entityList(String.class).get();
					for (String id : ids) {
						assertThat(seen.add(id)).as("%s %s repeats %s", field, direction, id).isTrue();
					}
					more = page.path("offerings.pageInfo.hasNextPage").entity(Boolean.class).get();
					after = page.path("offerings.pageInfo.endCursor").entity(String.class).get();
					pages++;
				}
				assertThat(seen).as("%s %s", field, direction).hasSize(total);
				assertThat(pages).isEqualTo((total + 24) / 25);
			}
		}
	}

	@Test
	void listsSortByNameAndByLastVerified() {
		List<String> names = this.graphQl.documentName("offerings")
			.variable("first", 30)
			.execute()
			.path("offerings.edges[*].node.name")
			.entityList(String.class)
			.get();
		assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		List<String> dates = this.graphQl.documentName("offerings")
			.variable("sort", Map.of("field", "LAST_VERIFIED", "direction", "DESC"))
			.variable("first", 100)
			.execute()
			.path("offerings.edges[*].node.lastVerified")
			.entityList(String.class)
			.get();
		assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		// The newest: the offerings that also cite public pages read on 2026-12-04 (Mantelzorgvrij.nl and Het
		// Mantelzorgcentrum's page for municipalities); before them the newest seed document, of 2026-03-01.
		assertThat(dates.get(0)).isEqualTo("2026-12-04");
	}

	@Test
	void organisationsAndNetworksFilterByAreaNetworkThemeAndKind() {
		this.graphQl.documentName("organisations")
			.variable("filter", Map.of("areas", List.of("noord-holland"), "kinds", List.of("gemeente")))
			.variable("first", 50)
			.execute()
			.path("organisations.edges[*].node.id")
			.entityList(String.class)
			.contains("gemeente-huizen", "gemeente-blaricum", "gemeente-laren")
			.doesNotContain("gemeente-eemnes", "vmca");
		this.graphQl.documentName("organisations")
			.variable("filter", Map.of("networks", List.of("ketennetwerk-kopp-kov-almere")))
			.execute()
			.path("organisations.edges[*].node.id")
			.entityList(String.class)
			.contains("vmca");
		this.graphQl.documentName("networks")
			.variable("filter", Map.of("members", List.of("vmca"), "areas", List.of("almere")))
			.variable("first", 50)
			.execute()
			.path("networks.edges[*].node.id")
			.entityList(String.class)
			.contains("ketennetwerk-kopp-kov-almere");
	}

	@Test
	void theTaxonomyCountsOfferingsPerValueAndWithinAnArea() {
		var national = this.graphQl.documentName("taxonomy").execute();
		assertThat(national.path("taxonomy.supportFunctions[*].id").entityList(String.class).get()).hasSize(8)
			.startsWith("informatie-en-advies");
		var almere = this.graphQl.documentName("taxonomy").variable("area", "almere").execute();
		int nationalDementia = count(national, "careThemes", "dementie");
		int almereDementia = count(almere, "careThemes", "dementie");
		assertThat(almereDementia).isPositive().isLessThan(nationalDementia);
		int expected = this.graphQl.documentName("offerings")
			.variable("filter", Map.of("areas", List.of("almere"), "careThemes", List.of("dementie"), "statuses",
					List.of("ACTIVE", "PLANNED")))
			.execute()
			.path("offerings.totalCount")
			.entity(Integer.class)
			.get();
		assertThat(almereDementia).isEqualTo(expected);
	}

	@SuppressWarnings("unchecked")
	private static int count(org.springframework.graphql.test.tester.GraphQlTester.Response response, String list,
			String id) {
		List<Map<String, Object>> values = response.path("taxonomy." + list).entityList(Map.class).get().stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		return values.stream()
			.filter((value) -> value.get("id").equals(id))
			.map((value) -> ((Number) value.get("offeringCount")).intValue())
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theVocabularyTypesLeadToTheirOfferingsAndTerms() {
		var response = this.graphQl.documentName("vocabulary").execute();
		response.path("careTheme.synonyms").entityList(String.class).contains("alzheimer");
		response.path("careTheme.terms[*].id").entityList(String.class).hasSizeGreaterThan(0);
		response.path("careTheme.offerings.totalCount").entity(Integer.class).satisfies((n) -> assertThat(n).isGreaterThan(5));
		response.path("careTheme.offerings.edges").entityList(Object.class).hasSize(5);
		response.path("targetGroup.ageMin").entity(Integer.class).isEqualTo(8);
		response.path("targetGroup.parent.id").entity(String.class).isEqualTo("jonge-mantelzorgers");
		response.path("parentGroup.children[*].id").entityList(String.class).contains("jonge-mantelzorgers-8-12");
		response.path("parentGroup.offerings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("supportFunction.order").entity(Integer.class).isEqualTo(6);
		response.path("respiteType.terms[*].id").entityList(String.class).contains("blokzorg");
		response.path("fundingRoute.law").entity(String.class).isEqualTo("Wmo");
	}

	@Test
	void areasFormAHierarchyFromDistrictToCountry() {
		var response = this.graphQl.documentName("areas").variable("id", "almere-poort").execute();
		response.path("area.kind").entity(String.class).isEqualTo("DISTRICT");
		response.path("area.parent.id").entity(String.class).isEqualTo("almere");
		response.path("area.parent.parent.id").entity(String.class).isEqualTo("flevoland");
		response.path("area.offerings.edges[*].node.id").entityList(String.class)
			.contains("vmca-week-van-de-jonge-mantelzorger");
		response.path("municipalities").entityList(Object.class).satisfies((list) -> assertThat(list).hasSizeGreaterThan(30));
		this.graphQl.documentName("areas")
			.variable("id", "almere")
			.execute()
			.path("area.children[*].id")
			.entityList(String.class)
			.contains("almere-poort", "almere-haven");
	}

	@Test
	void aMunicipalityInARegionKeepsItsProvinceAsParentAndTheRegionIncludesIt() {
		var huizen = this.graphQl.documentName("areas").variable("id", "huizen").execute();
		huizen.path("area.parent.id").entity(String.class).isEqualTo("noord-holland");
		huizen.path("area.regions[*].id").entityList(String.class).containsExactly("hbel");
		var region = this.graphQl.documentName("areas").variable("id", "hbel").execute();
		region.path("area.children[*].id").entityList(String.class)
			.contains("huizen", "blaricum", "eemnes", "laren");
		// What serves Huizen itself counts for the region that includes it.
		region.path("area.offerings.edges[*].node.id").entityList(String.class)
			.contains("vc-huizen-informatiebijeenkomsten-mantelzorgers", "versa-welzijn-mantelzorgconsulenten");
	}

	@Test
	void theShortestConnectionBetweenTwoOrganisationsIsThePathItself() {
		var response = this.graphQl.documentName("connection").variable("from", "tactus-verslavingszorg")
			.variable("to", "de-schoor")
			.execute();
		int length = response.path("connection.length").entity(Integer.class).get();
		assertThat(length).isBetween(1, 4);
		response.path("connection.steps[0].organisation.id").entity(String.class).isEqualTo("tactus-verslavingszorg");
		response.path("connection.steps[" + length + "].organisation.id").entity(String.class).isEqualTo("de-schoor");
		response.path("connection.steps[1].via").entity(String.class)
			.satisfies((via) -> assertThat(via).isIn("MEMBER_OF", "PARTNERS_WITH"));
		response.path("connection.steps").entityList(Object.class).hasSize(length + 1);
	}

	@Test
	void theGlossaryExplainsWordsAndLinksToWhatTheyExplain() {
		var response = this.graphQl.documentName("glossary").variable("id", "blokzorg").execute();
		response.path("terms[*].id").entityList(String.class).contains("aanwezigheidszorg", "mantelzorgmakelaar",
				"odensehuis", "respijtzorg", "zorgplan");
		response.path("term.term").entity(String.class).isEqualTo("Blokzorg");
		response.path("term.explains[?(@.__typename == 'RespiteType')].id").entityList(String.class)
			.contains("blokzorg");
		response.path("term.sources[0].source.file").entity(String.class).isEqualTo("003_119975fd017667f7.txt");
	}

	@Test
	void sourcesNameTheSeedDocumentsAndThePublicSourcesWithTheirAddressAndReadingDate() {
		var response = this.graphQl.documentName("sources").execute();
		List<Map<String, Object>> sources = response.path("sources")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
		}).get();
		assertThat(sources).filteredOn((source) -> source.get("file") != null).extracting((source) -> source.get("file"))
			.hasSize(5)
			.contains("004_a21c00795ff3dbd4.txt");
		// A public source outside the seeds has no file, but an address and the date we read it.
		assertThat(sources).filteredOn((source) -> source.get("file") == null)
			.hasSizeGreaterThan(40)
			.allSatisfy((source) -> assertThat(source).containsKey("readOn")
				.hasEntrySatisfying("url", (url) -> assertThat((String) url).startsWith("http")));
		response.path("source.publisher").entity(String.class).isEqualTo("MantelzorgNL en Trendbureau Drenthe");
		response.path("almere.file").valueIsNull();
		response.path("almere.url").entity(String.class).isEqualTo("https://de.zxc.wiki/wiki/Almere");
		response.path("almere.readOn").entity(String.class).isEqualTo("2026-12-04");
	}

}
