package nl.mantelzorgkaart.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.ApiClient;
import nl.mantelzorgkaart.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Coverage and gaps over the seed dataset: what a municipality officer in Almere or the HBEL-gemeenten reads
 * to see what exists per support function and target group, and what is missing.
 */
@IntegrationTest
class CoverageTests {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		this.graphQl = ApiClient.graphQl(this.port);
	}

	@Test
	void almereHasTheEightFunctionsAsColumnsAndEveryTargetGroupAsARowCaregiversFirst() {
		Report almere = coverage("almere");

		assertThat(almere.list("supportFunctions", "id")).containsExactly("informatie-en-advies",
				"persoonlijke-begeleiding", "educatie", "emotionele-steun", "praktische-hulp", "respijtzorg",
				"financiele-hulp", "materiele-hulp");
		List<String> rows = almere.rows().stream().map(Row::group).toList();
		assertThat(rows.get(0)).isEqualTo("mantelzorgers");
		assertThat(rows).hasSize(21);
		// Each group is followed by the groups within it.
		assertThat(rows.indexOf("jonge-mantelzorgers-8-12")).isEqualTo(rows.indexOf("jonge-mantelzorgers") + 2);
		assertThat(almere.row("jonge-mantelzorgers-8-12").level()).isEqualTo(2);
		assertThat(almere.row("professionals").caregivers()).isFalse();
		assertThat(almere.list("areas", "id")).containsExactlyInAnyOrder("almere", "almere-stad", "almere-haven",
				"almere-poort", "almere-hout");
	}

	@Test
	void almereShowsTheGapsForYoungAndWorkingCarers() {
		Report almere = coverage("almere");

		Row young = almere.row("jonge-mantelzorgers");
		// Rolled up: the KOPP training for 8-12-year-olds counts for young carers.
		assertThat(young.offerings("educatie")).contains("vmca-alles-op-zn-kopp", "vmca-piep-zei-de-muis");
		assertThat(young.offerings("respijtzorg")).containsExactlyInAnyOrder("vmca-jmz-tienerweekend",
				"vmca-jmz-18-plus-weekend");
		assertThat(young.emptyFunctions()).contains("praktische-hulp", "materiele-hulp");
		// The ended buddy project no longer fills the respite cell.
		assertThat(young.offerings("respijtzorg")).doesNotContain("vmca-jonge-mantelzorg-maatjes");

		Row working = almere.row("werkende-mantelzorgers");
		assertThat(working.offerings("informatie-en-advies")).contains("vmca-werk-en-mantelzorg",
				"vmca-mantelzorgspreekuur-personeel");
		assertThat(working.emptyFunctions()).contains("respijtzorg", "emotionele-steun", "praktische-hulp");
		assertThat(working.cell("respijtzorg").get("empty")).isEqualTo(true);

		// A gap with something announced: planned offerings are listed apart and do not fill it.
		Row partners = almere.row("partners-als-mantelzorger");
		assertThat(partners.offerings("educatie")).isEmpty();
		assertThat(partners.ids("educatie", "plannedOfferings")).containsExactly("vmca-themabijeenkomsten-mantelzorg");
		assertThat(almere.number("emptyCellCount")).isPositive();
	}

	@Test
	void almereMissesBlokzorgDagbestedingLogeerzorgMantelzorgmakelaarAndEmergencyCare() {
		Report almere = coverage("almere");

		assertThat(almere.list("missingRespiteTypes", "id")).containsExactlyInAnyOrder("blokzorg", "dagbesteding",
				"logeerzorg", "mantelzorgmakelaar", "crisisopvang");
		Map<String, Object> presence = almere.respiteType("aanwezigheidszorg");
		assertThat(presence.get("present")).isEqualTo(true);
		assertThat(ids(presence, "offerings")).containsExactly("saar-aan-huis-hulp-thuis");
		// The national Zorgoppas is shown apart: it does not make aanwezigheidszorg local.
		assertThat(ids(presence, "widerOfferings")).containsExactly("zorgoppas-bemiddeling");
		assertThat(ids(almere.respiteType("maatje"), "offerings")).containsExactlyInAnyOrder("vmca-held-in-huis",
				"vmca-ivt");
		assertThat(almere.number("widerOfferingCount")).isPositive();
	}

	@Test
	void aDistrictOffersWhatTheMunicipalityOffersAndItsOwn() {
		Report almere = coverage("almere");

		int poort = almere.subArea("almere-poort");
		int haven = almere.subArea("almere-haven");
		// Only Almere Poort has the Week van de Jonge Mantelzorger.
		assertThat(poort).isEqualTo(haven + 1);

		Report district = coverage("almere-poort");
		// For a district, the municipality's offerings are local.
		assertThat(district.row("mantelzorgers").offerings("respijtzorg")).contains("vmca-eigen-tijd");
		assertThat(district.number("offeringCount")).isEqualTo(poort);
	}

	@Test
	void huizenCountsTheOfferingsOfTheHbelMunicipalitiesAndTheRegionListsItsMunicipalities() {
		Report huizen = coverage("huizen");

		assertThat(huizen.row("mantelzorgers").offerings("persoonlijke-begeleiding"))
			.contains("versa-welzijn-mantelzorgconsulenten");
		assertThat(ids(huizen.respiteType("dagbesteding"), "offerings"))
			.containsExactly("hbel-dagbesteding-daginvulling-lokaal");
		// Maatjes are still being looked into in the HBEL-gemeenten: planned, not present.
		Map<String, Object> buddy = huizen.respiteType("maatje");
		assertThat(buddy.get("present")).isEqualTo(false);
		assertThat(ids(buddy, "plannedOfferings")).containsExactly("hbel-maatjes-naast-mantelzorger");
		assertThat(huizen.row("werkende-mantelzorgers").emptyFunctions()).contains("informatie-en-advies");
		assertThat(huizen.row("werkende-mantelzorgers").ids("informatie-en-advies", "plannedOfferings"))
			.contains("hbel-informatie-op-maat-doelgroepen");

		Report region = coverage("hbel");
		assertThat(region.list("areas", "id")).contains("huizen", "blaricum", "eemnes", "laren");
		assertThat(region.subArea("huizen")).isGreaterThan(region.subArea("eemnes"));
	}

	@Test
	void cellsHoldOfferingsWhoseFieldsResolveLikeAnyOffering() {
		this.graphQl.document("""
				{ coverage(area: "almere") { rows { targetGroup { id }
				    cells { supportFunction { id } offerings { id organisers { id } } } } } }""")
			.execute()
			.path("coverage.rows[0].cells[5].offerings[*].organisers[*].id")
			.entityList(String.class)
			.contains("vmca", "saar-aan-huis");
	}

	@Test
	void anUnknownAreaIsNotFoundAndAMalformedOrTooLargeOneABadRequest() {
		for (String area : List.of("Almere!", "nederland", "flevoland")) {
			this.graphQl.documentName("coverage")
				.variable("area", area)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).as(area).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(error.getExtensions()).containsEntry("argument", "area");
				}));
		}
		this.graphQl.documentName("coverage")
			.variable("area", "bestaat-niet")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
				assertThat(error.getExtensions()).containsEntry("kind", "area").containsEntry("id", "bestaat-niet");
			}))
			.path("coverage")
			.valueIsNull();
	}

	private Report coverage(String area) {
		var response = this.graphQl.documentName("coverage").variable("area", area).execute();
		response.errors().verify();
		return new Report(response.path("coverage").entity(Map.class).get());
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Map<String, Object> json, String list) {
		return ((List<Map<String, Object>>) json.get(list)).stream().map((m) -> (String) m.get("id")).toList();
	}

	/** The {@code coverage} field of a response, read for assertions. */
	@SuppressWarnings("unchecked")
	record Report(Map<String, Object> json) {

		List<String> list(String field, String key) {
			return ((List<Map<String, Object>>) this.json.get(field)).stream().map((m) -> (String) m.get(key)).toList();
		}

		int number(String field) {
			return ((Number) this.json.get(field)).intValue();
		}

		List<Row> rows() {
			return ((List<Map<String, Object>>) this.json.get("rows")).stream().map(Row::new).toList();
		}

		Row row(String group) {
			return rows().stream().filter((row) -> row.group().equals(group)).findFirst().orElseThrow();
		}

		Map<String, Object> respiteType(String id) {
			return ((List<Map<String, Object>>) this.json.get("respiteTypes")).stream()
				.filter((r) -> id.equals(((Map<String, Object>) r.get("respiteType")).get("id")))
				.findFirst()
				.orElseThrow();
		}

		int subArea(String id) {
			return ((List<Map<String, Object>>) this.json.get("subAreas")).stream()
				.filter((s) -> id.equals(((Map<String, Object>) s.get("area")).get("id")))
				.map((s) -> ((Number) s.get("offeringCount")).intValue())
				.findFirst()
				.orElseThrow();
		}

	}

	/** One row of the matrix. */
	@SuppressWarnings("unchecked")
	record Row(Map<String, Object> json) {

		String group() {
			return (String) ((Map<String, Object>) this.json.get("targetGroup")).get("id");
		}

		int level() {
			return ((Number) this.json.get("level")).intValue();
		}

		boolean caregivers() {
			return (Boolean) this.json.get("caregivers");
		}

		Map<String, Object> cell(String function) {
			return ((List<Map<String, Object>>) this.json.get("cells")).stream()
				.filter((c) -> function.equals(((Map<String, Object>) c.get("supportFunction")).get("id")))
				.findFirst()
				.orElseThrow();
		}

		List<String> offerings(String function) {
			return ids(function, "offerings");
		}

		List<String> ids(String function, String list) {
			return CoverageTests.ids(cell(function), list);
		}

		List<String> emptyFunctions() {
			return ((List<Map<String, Object>>) this.json.get("emptyFunctions")).stream()
				.map((m) -> (String) m.get("id"))
				.toList();
		}

	}

}
