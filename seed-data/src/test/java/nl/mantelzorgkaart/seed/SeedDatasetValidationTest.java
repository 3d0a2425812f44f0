package nl.mantelzorgkaart.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator against small datasets: the real vocabulary plus one small valid file of
 * organisations, offerings and networks, and then one bad file per test. Each problem must say where
 * it is (file, record id, field) and what is wrong.
 */
class SeedDatasetValidationTest {

	/** The curated dataset; surefire runs in the module directory. */
	static final Path DATA = Path.of("data");

	static final List<String> VOCABULARY = List.of("sources/seeds.yaml", "sources/centres.yaml", "sources/public.yaml", "support-functions/landelijk.yaml",
			"care-themes/landelijk.yaml", "target-groups/landelijk.yaml", "respite-types/landelijk.yaml",
			"funding-routes/landelijk.yaml", "areas/nederland.yaml");

	static final String SOURCE = "mantelzorgnl-gelijkgerichte-ondersteuning-2026";

	@TempDir
	Path root;

	@BeforeEach
	void writeASmallValidDataset() {
		for (String file : VOCABULARY) {
			copy(DATA.resolve(file), this.root.resolve(file));
		}
		for (String document : documents()) {
			copy(DATA.resolve(SourceDocuments.FOLDER).resolve(document),
					this.root.resolve(SourceDocuments.FOLDER).resolve(document));
		}
		write("organisations/basis.yaml", yaml(organisation("steunpunt-test"), organisation("welzijn-test")
			.with("kind", "welzijn")
			.with("partners", "[steunpunt-test]")));
		write("offerings/basis.yaml", yaml(offering("logeren-test").with("careThemes", "[dementie]")
			.with("supportFunctions", "[respijtzorg]")
			.with("respiteTypes", "[logeerzorg]")
			.with("settings", "[overnight, at-location]")
			.with("fundingRoutes", "[wmo-maatwerk]")
			.with("coOrganisers", "[welzijn-test]")
			.with("ageMin", "18")
			.with("ageMax", "99")
			.with("status", "planned"), offering("cursus-test")));
		write("networks/basis.yaml",
				yaml(new Rec("netwerk-test").with("name", "Netwerk Test")
					.with("description", "Organisaties die samenwerken rond mantelzorg.")
					.with("kind", "netwerk")
					.with("members", "[steunpunt-test, welzijn-test]")
					.with("coordinator", "steunpunt-test")
					.with("careThemes", "[dementie]")
					.with("areas", "[nederland]")
					.with("status", "active")
					.sourced()));
	}

	@Test
	void theSmallDatasetThatEveryTestStartsFromIsValid() {
		assertThat(validate()).isEmpty();
	}

	@Nested
	class StructuralProblems {

		@Test
		void reportsAFileThatIsNotYamlWithTheLineOfTheSyntaxError() {
			List<SeedProblem> problems = validateWith("organisations/kapot.yaml", """
					- id: kapot
					  name: "Een naam zonder slotaanhalingsteken
					  kind: welzijn
					""");

			SeedProblem problem = only(problems);
			assertThat(problem.file()).isEqualTo("organisations/kapot.yaml");
			assertThat(problem.recordId()).isNull();
			assertThat(problem.field()).isNull();
			assertThat(problem.line()).isPositive();
			assertThat(problem.message()).startsWith("not valid YAML");
		}

		@Test
		void reportsAFileWhoseTopLevelIsAMappingInsteadOfAList() {
			List<SeedProblem> problems = validateWith("organisations/geen-lijst.yaml", """
					id: geen-lijst
					name: Een los record zonder streepje
					""");

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("organisations/geen-lijst.yaml", null, null);
			assertThat(problem.message()).contains("expected a YAML list of records");
		}

		@Test
		void reportsAListItemThatIsNotAMappingWithItsLine() {
			List<SeedProblem> problems = validateWith("organisations/los-item.yaml",
					yaml(organisation("goed-record")) + "- zomaar een regel tekst\n");

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("organisations/los-item.yaml", null, null);
			assertThat(problem.line()).isEqualTo(organisation("goed-record").lines() + 1);
			assertThat(problem.message()).contains("expected a record")
				.contains("found 'zomaar een regel tekst'");
		}

		@Test
		void reportsARecordWithoutAnId() {
			List<SeedProblem> problems = validateWith("organisations/zonder-id.yaml",
					yaml(organisation("wordt-weggelaten").without("id")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("organisations/zonder-id.yaml", null, "id");
			assertThat(problem.line()).isEqualTo(1);
			assertThat(problem.message()).contains("record has no id");
		}

		@Test
		void reportsAnIdThatIsNotASlug() {
			List<SeedProblem> problems = validateWith("organisations/hoofdletters.yaml",
					yaml(organisation("Steunpunt_Test")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("organisations/hoofdletters.yaml", "Steunpunt_Test", "id");
			assertThat(problem.message()).contains("'Steunpunt_Test' is not a slug");
		}

		@Test
		void reportsAnIdUsedTwiceInOneKindAcrossTwoFilesNamingTheEarlierFile() {
			List<SeedProblem> problems = validateWith("organisations/dubbel.yaml", yaml(organisation("steunpunt-test")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("organisations/dubbel.yaml", "steunpunt-test", "id");
			assertThat(problem.message()).contains("duplicate organisation id 'steunpunt-test'")
				.contains("already defined at organisations/basis.yaml:1");
		}

		@Test
		void acceptsTheSameIdInTwoDifferentKinds() {
			// "dementie" is a care theme; an organisation may carry the same slug.
			assertThat(validateWith("organisations/zelfde-id.yaml", yaml(organisation("dementie")))).isEmpty();
		}

		@Test
		void reportsAFileInAFolderThatNamesNoKind() {
			List<SeedProblem> problems = validateWith("diensten/los.yaml", yaml(organisation("ergens-anders")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("diensten/los.yaml", null, null);
			assertThat(problem.message()).contains("is not in a folder that names a kind of record")
				.contains("organisations")
				.contains("offerings");
		}

		@Test
		void reportsAFileAtTheTopOfTheDatasetOutsideAnyKindFolder() {
			List<SeedProblem> problems = validateWith("los.yaml", yaml(organisation("bovenaan")));

			SeedProblem problem = only(problems);
			assertThat(problem.file()).isEqualTo("los.yaml");
			assertThat(problem.message()).contains("is not in a folder that names a kind of record");
		}

	}

	@Nested
	class FieldProblems {

		@Test
		void reportsAnUnknownFieldNamingTheKnownFields() {
			List<SeedProblem> problems = validateWith("organisations/veld.yaml",
					yaml(organisation("met-kleur").with("kleur", "blauw")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("organisations/veld.yaml", "met-kleur", "kleur");
			assertThat(problem.line()).isEqualTo(1);
			assertThat(problem.message()).contains("unknown field").contains("organisation").contains("shortName");
		}

		@Test
		void reportsAMissingRequiredField() {
			List<SeedProblem> problems = validateWith("offerings/zonder-functie.yaml",
					yaml(offering("zonder-functie").without("supportFunctions")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("offerings/zonder-functie.yaml", "zonder-functie", "supportFunctions");
			assertThat(problem.message()).isEqualTo("is required");
		}

		@Test
		void reportsARequiredListThatIsEmpty() {
			List<SeedProblem> problems = validateWith("offerings/lege-lijst.yaml",
					yaml(offering("zonder-organisator").with("organisers", "[]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::recordId, SeedProblem::field)
				.containsExactly("zonder-organisator", "organisers");
			assertThat(problem.message()).isEqualTo("is required");
		}

		@Test
		void reportsAMissingSourcesAndLastVerifiedOnEveryKindButSources() {
			List<SeedProblem> problems = validateWith("organisations/onbronnen.yaml",
					yaml(organisation("zonder-bron").without("sources").without("lastVerified")));

			assertThat(problems).extracting(SeedProblem::recordId, SeedProblem::field, SeedProblem::message)
				.containsExactlyInAnyOrder(tuple("zonder-bron", "sources", "is required"),
						tuple("zonder-bron", "lastVerified", "is required"));
		}

		@Test
		void reportsAListFieldWrittenAsASingleValue() {
			List<SeedProblem> problems = validateWith("offerings/geen-lijst.yaml",
					yaml(offering("losse-waarde").with("areas", "nederland")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::recordId, SeedProblem::field)
				.containsExactly("losse-waarde", "areas");
			assertThat(problem.message()).contains("expected a list").contains("'nederland'");
		}

		@Test
		void reportsAnAgeThatIsNotAWholeNumber() {
			List<SeedProblem> problems = validateWith("offerings/leeftijd.yaml",
					yaml(offering("leeftijd-tekst").with("ageMin", "achttien")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::recordId, SeedProblem::field)
				.containsExactly("leeftijd-tekst", "ageMin");
			assertThat(problem.message()).contains("expected a whole number").contains("'achttien'");
		}

		@Test
		void reportsAnAgeMinAboveAgeMaxOnTheAgeMaxField() {
			List<SeedProblem> problems = validateWith("offerings/leeftijden.yaml",
					yaml(offering("omgekeerde-leeftijden").with("ageMin", "18").with("ageMax", "12")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("offerings/leeftijden.yaml", "omgekeerde-leeftijden", "ageMax");
			assertThat(problem.message()).contains("ageMax 12 is below ageMin 18");
		}

		@Test
		void reportsAnAgeOutsideZeroToOneHundredTwenty() {
			List<SeedProblem> problems = validateWith("offerings/oud.yaml",
					yaml(offering("te-oud").with("ageMax", "150")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::recordId, SeedProblem::field)
				.containsExactly("te-oud", "ageMax");
			assertThat(problem.message()).contains("age 150 is not between 0 and 120");
		}

		@Test
		void reportsAnEmailAddressWithoutAt() {
			List<SeedProblem> problems = validateWith("organisations/mail.yaml",
					yaml(organisation("slechte-mail").with("email", "info-at-steunpunt.nl")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("organisations/mail.yaml", "slechte-mail", "email");
			assertThat(problem.message()).contains("'info-at-steunpunt.nl' is not an e-mail address");
		}

		@Test
		void reportsAWebsiteWithoutHttpOrHttps() {
			List<SeedProblem> problems = validateWith("organisations/web.yaml",
					yaml(organisation("slechte-website").with("website", "www.steunpunt.nl")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("organisations/web.yaml", "slechte-website", "website");
			assertThat(problem.message()).contains("'www.steunpunt.nl' is not a web address");
		}

		@Test
		void reportsAnUnknownStatus() {
			List<SeedProblem> problems = validateWith("offerings/status.yaml",
					yaml(offering("gesloten-aanbod").with("status", "gesloten")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("offerings/status.yaml", "gesloten-aanbod", "status");
			assertThat(problem.message()).contains("'gesloten' is not one of [active, ended, planned]");
		}

		@Test
		void reportsAnUnknownSettingInTheListOfSettings() {
			List<SeedProblem> problems = validateWith("offerings/setting.yaml",
					yaml(offering("ergens-aanbod").with("settings", "[online, somewhere]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("offerings/setting.yaml", "ergens-aanbod", "settings");
			assertThat(problem.message()).contains("'somewhere' is not one of")
				.contains("at-home")
				.doesNotContain("'online'");
		}

		@Test
		void reportsAnUnknownOrganisationKind() {
			List<SeedProblem> problems = validateWith("organisations/soort.yaml",
					yaml(organisation("vreemde-soort").with("kind", "supermarkt")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::recordId, SeedProblem::field)
				.containsExactly("vreemde-soort", "kind");
			assertThat(problem.message()).contains("'supermarkt' is not one of").contains("mantelzorgondersteuning");
		}

	}

	@Nested
	class ReferenceProblems {

		@Test
		void reportsAnOfferingThatNamesAnUnknownOrganisationWithFileIdAndField() {
			List<SeedProblem> problems = validateWith("offerings/wees.yaml",
					yaml(offering("weesaanbod").with("organisers", "[steunpunt-test, bestaat-niet]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("offerings/wees.yaml", "weesaanbod", "organisers");
			assertThat(problem.line()).isEqualTo(1);
			assertThat(problem.message()).isEqualTo("unknown organisation 'bestaat-niet'");
		}

		@Test
		void reportsAnOfferingThatNamesAnUnknownCareTheme() {
			List<SeedProblem> problems = validateWith("offerings/thema.yaml",
					yaml(offering("heimwee-aanbod").with("careThemes", "[dementie, heimwee]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("offerings/thema.yaml", "heimwee-aanbod", "careThemes");
			assertThat(problem.message()).isEqualTo("unknown care theme 'heimwee'");
		}

		@Test
		void reportsANetworkCoordinatorThatIsNoOrganisation() {
			List<SeedProblem> problems = validateWith("networks/coordinator.yaml",
					yaml(new Rec("netwerk-zonder-trekker").with("name", "Netwerk")
						.with("description", "Samenwerking.")
						.with("kind", "netwerk")
						.with("coordinator", "niemand")
						.with("areas", "[nederland]")
						.sourced()));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::recordId, SeedProblem::field)
				.containsExactly("netwerk-zonder-trekker", "coordinator");
			assertThat(problem.message()).isEqualTo("unknown organisation 'niemand'");
		}

		@Test
		void reportsAnOrganisationThatNamesItselfAsPartner() {
			List<SeedProblem> problems = validateWith("organisations/zelf.yaml",
					yaml(organisation("eigen-partner").with("partners", "[eigen-partner]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::recordId, SeedProblem::field)
				.containsExactly("eigen-partner", null);
			assertThat(problem.message()).isEqualTo("refers to itself");
		}

		@Test
		void reportsAnUnknownSourceIdInSources() {
			List<SeedProblem> problems = validateWith("organisations/bron.yaml",
					yaml(organisation("onbekende-bron").with("sources",
							"[{source: geen-bestaande-bron, section: \"Hoofdstuk 1\"}]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("organisations/bron.yaml", "onbekende-bron", "sources");
			assertThat(problem.message()).isEqualTo("unknown source 'geen-bestaande-bron'");
		}

		@Test
		void reportsASourceEntryWithoutSection() {
			List<SeedProblem> problems = validateWith("organisations/sectie.yaml",
					yaml(organisation("zonder-sectie").with("sources", "[{source: " + SOURCE + "}]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("organisations/sectie.yaml", "zonder-sectie", "sources");
			assertThat(problem.message()).isEqualTo("source '" + SOURCE + "' names no section");
		}

		@Test
		void reportsASourceEntryWithoutSourceId() {
			List<SeedProblem> problems = validateWith("organisations/bronloos.yaml",
					yaml(organisation("zonder-bron-id").with("sources", "[{section: \"Hoofdstuk 1\"}]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::recordId, SeedProblem::field)
				.containsExactly("zonder-bron-id", "sources");
			assertThat(problem.message()).contains("has no 'source' id");
		}

		@Test
		void reportsATermThatExplainsSomethingInAFolderThatNamesNoKind() {
			List<SeedProblem> problems = validateWith("terms/uitleg.yaml",
					yaml(term("verkeerde-map").with("explains", "[themas/dementie]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("terms/uitleg.yaml", "verkeerde-map", "explains");
			assertThat(problem.message()).contains("'themas/dementie' is not <kind folder>/<id>");
		}

		@Test
		void reportsATermThatExplainsAnUnknownId() {
			List<SeedProblem> problems = validateWith("terms/uitleg.yaml",
					yaml(term("onbekend-thema").with("explains", "[care-themes/dementie, care-themes/heimwee]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("terms/uitleg.yaml", "onbekend-thema", "explains");
			assertThat(problem.message()).isEqualTo("unknown care theme 'heimwee'");
		}

		@Test
		void acceptsATermThatExplainsRecordsOfSeveralKinds() {
			assertThat(validateWith("terms/uitleg.yaml", yaml(term("goede-uitleg").with("explains",
					"[respite-types/logeerzorg, support-functions/respijtzorg, offerings/logeren-test]"))))
				.isEmpty();
		}

	}

	@Nested
	class DateProblems {

		@Test
		void reportsADateThatDoesNotExist() {
			List<SeedProblem> problems = validateWith("organisations/datum.yaml",
					yaml(organisation("rare-datum").with("lastVerified", "2026-13-45")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("organisations/datum.yaml", "rare-datum", "lastVerified");
			assertThat(problem.message()).contains("'2026-13-45' is not a date (expected YYYY-MM-DD)");
		}

		@Test
		void reportsADateInTheFuture() {
			write("organisations/toekomst.yaml",
					yaml(organisation("uit-de-toekomst").with("lastVerified", "2027-06-02")));

			List<SeedProblem> problems = new SeedDataset(SeedFile.fromDirectory(root), LocalDate.of(2027, 6, 1))
				.validate();

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("organisations/toekomst.yaml", "uit-de-toekomst", "lastVerified");
			assertThat(problem.message()).contains("date 2027-06-02 is in the future");
		}

		@Test
		void acceptsADateOfToday() {
			write("sources/vandaag.yaml", """
					- id: bron-van-vandaag
					  title: Een pagina van vandaag
					  publisher: Iemand
					  url: https://example.org/vandaag
					  date: 2027-06-01
					  datePrecision: day
					  readOn: 2027-06-01
					""");
			write("organisations/vandaag.yaml", yaml(organisation("van-vandaag")
				.with("sources", "[{source: bron-van-vandaag, section: Inleiding}]")
				.with("lastVerified", "2027-06-01")));

			assertThat(new SeedDataset(SeedFile.fromDirectory(root), LocalDate.of(2027, 6, 1)).validate()).isEmpty();
		}

		@Test
		void reportsALastVerifiedThatIsNotTheDateOfTheNewestSourceCited() {
			// The annual report is of 2026-01-01 and MantelzorgNL's report of 2026-03-01.
			SeedProblem later = only(validateWith("organisations/datum.yaml", yaml(organisation("te-laat")
				.with("sources", "[{source: vmca-jaarverslag-2025, section: \"2.1 Voor volwassen mantelzorgers\"}]")
				.with("lastVerified", "2026-03-01"))));
			assertThat(later.field()).isEqualTo("lastVerified");
			assertThat(later.message()).contains("'vmca-jaarverslag-2025', is of 2026-01-01");

			SeedProblem earlier = only(validateWith("organisations/datum.yaml", yaml(organisation("te-vroeg")
				.with("sources", "[{source: vmca-jaarverslag-2025, section: \"2.1 Voor volwassen mantelzorgers\"},"
						+ " {source: " + SOURCE + ", section: \"1. Inleiding\"}]")
				.with("lastVerified", "2026-01-01"))));
			assertThat(earlier.message()).contains("'" + SOURCE + "', is of 2026-03-01");
		}

		@Test
		void reportsADateFarInTheFutureWithTheRealClock() {
			List<SeedProblem> problems = validateWith("organisations/toekomst.yaml",
					yaml(organisation("ver-weg").with("lastVerified", "2999-01-01")));

			assertThat(only(problems).field()).isEqualTo("lastVerified");
		}

		@Test
		void reportsASourceDateBefore1950() {
			List<SeedProblem> problems = validateWith("sources/oud.yaml", """
					- id: oud-document
					  file: 000_42ca9364088ab070.txt
					  title: Een oud document
					  publisher: Iemand
					  date: 1949-12-31
					  datePrecision: day
					""");

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("sources/oud.yaml", "oud-document", "date");
			assertThat(problem.message()).contains("before 1950");
		}

	}

	@Nested
	class CoordinateProblems {

		@Test
		void reportsALocationOutsideTheNetherlandsOnBothCoordinates() {
			List<SeedProblem> problems = validateWith("organisations/parijs.yaml", yaml(organisation("in-parijs")
				.with("locations", "[{address: Rue de Rivoli 1, city: Parijs, lat: 48.86, lon: 2.35}]")));

			assertThat(problems).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly(tuple("organisations/parijs.yaml", "in-parijs", "locations[1].lat"),
						tuple("organisations/parijs.yaml", "in-parijs", "locations[1].lon"));
			assertThat(problems.get(0).message()).contains("48.86 is outside the Netherlands (latitude");
			assertThat(problems.get(1).message()).contains("2.35 is outside the Netherlands (longitude");
		}

		@Test
		void reportsAnAreaCentroidOutsideTheNetherlands() {
			List<SeedProblem> problems = validateWith("areas/buitenland.yaml",
					yaml(area("parijs", "municipality", "nederland").with("lat", "48.86").with("lon", "2.35")));

			assertThat(problems).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly(tuple("areas/buitenland.yaml", "parijs", "lat"),
						tuple("areas/buitenland.yaml", "parijs", "lon"));
			assertThat(problems.get(0).message()).contains("48.86 is outside the Netherlands (latitude 50.7 to 53.7)");
			assertThat(problems.get(1).message()).contains("2.35 is outside the Netherlands (longitude 3.2 to 7.3)");
		}

		@Test
		void reportsAnAreaWithAnUnknownKind() {
			List<SeedProblem> problems = validateWith("areas/soort.yaml", yaml(area("stadje", "stad", "flevoland")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("areas/soort.yaml", "stadje", "kind");
			assertThat(problem.message()).contains("'stad' is not one of");
		}

		@Test
		void reportsAnAreaWithoutKind() {
			List<SeedProblem> problems = validateWith("areas/geen-soort.yaml",
					yaml(area("naamloos", null, "flevoland")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("areas/geen-soort.yaml", "naamloos", "kind");
			assertThat(problem.message()).isEqualTo("is required");
		}

		@Test
		void reportsAnAreaWithLatitudeButNoLongitude() {
			List<SeedProblem> problems = validateWith("areas/half.yaml",
					yaml(area("alleen-breedte", "municipality", "nederland").with("lat", "52.1")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("areas/half.yaml", "alleen-breedte", "lon");
			assertThat(problem.message()).isEqualTo("lat and lon go together");
		}

		@Test
		void reportsALocationWithLatitudeButNoLongitude() {
			List<SeedProblem> problems = validateWith("organisations/half.yaml", yaml(organisation("halve-plek")
				.with("locations", "[{address: Kerkstraat 1, city: Almere, lat: 52.37}]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::recordId, SeedProblem::field)
				.containsExactly("halve-plek", "locations[1]");
			assertThat(problem.message()).isEqualTo("has only one of lat and lon");
		}

		@Test
		void reportsALocationWithNeitherNameAddressNorCity() {
			List<SeedProblem> problems = validateWith("organisations/leeg.yaml",
					yaml(organisation("lege-plek").with("locations", "[{postcode: 1234 AB}]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::recordId, SeedProblem::field)
				.containsExactly("lege-plek", "locations[1]");
			assertThat(problem.message()).contains("needs at least a name, an address or a city");
		}

		@Test
		void reportsAnUnknownFieldInsideALocation() {
			List<SeedProblem> problems = validateWith("organisations/plekveld.yaml",
					yaml(organisation("plek-met-verdieping").with("locations", "[{address: Kerkstraat 1, floor: 2}]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::recordId, SeedProblem::field)
				.containsExactly("plek-met-verdieping", "locations[1].floor");
			assertThat(problem.message()).isEqualTo("unknown field for a location");
		}

	}

	@Nested
	class AreaHierarchyProblems {

		@Test
		void reportsAnAreaThatIsNotTheCountryWithoutParent() {
			List<SeedProblem> problems = validateWith("areas/wees.yaml",
					yaml(area("zwevende-gemeente", "municipality", null)));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("areas/wees.yaml", "zwevende-gemeente", "parent");
			assertThat(problem.message()).contains("is required for every area but the country");
		}

		@Test
		void reportsAnAreaWhoseParentIsUnknown() {
			List<SeedProblem> problems = validateWith("areas/wees.yaml",
					yaml(area("wijk-zonder-stad", "district", "bestaat-niet")));

			assertThat(problems).extracting(SeedProblem::recordId, SeedProblem::field, SeedProblem::message)
				.contains(tuple("wijk-zonder-stad", "parent", "unknown area 'bestaat-niet'"));
		}

		@Test
		void reportsAParentCycleBetweenAreas() {
			List<SeedProblem> problems = validateWith("areas/kringetje.yaml", yaml(
					area("kip", "district", "ei"), area("ei", "district", "kip")));

			// One problem per cycle, at the file and line of the record where it was first met.
			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("areas/kringetje.yaml", "ei", "parent");
			assertThat(problem.line()).isPositive();
			assertThat(problem.message()).isEqualTo("parents form a cycle: ei -> kip -> ei");
		}

		@Test
		void reportsAnAreaThatIsItsOwnParent() {
			List<SeedProblem> problems = validateWith("areas/zelf.yaml", yaml(area("eigen-ouder", "district",
					"eigen-ouder")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId)
				.containsExactly("areas/zelf.yaml", "eigen-ouder");
			assertThat(problem.message()).isEqualTo("refers to itself");
		}

		@Test
		void reportsAParentCycleBetweenTargetGroups() {
			List<SeedProblem> problems = validateWith("target-groups/kringetje.yaml",
					yaml(targetGroup("groep-a", "groep-b"), targetGroup("groep-b", "groep-a")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::field)
				.containsExactly("target-groups/kringetje.yaml", "parent");
			assertThat(problem.message()).startsWith("parents form a cycle: groep-a -> groep-b -> groep-a");
		}

		@Test
		void acceptsAMunicipalityThatAlsoBelongsToARegion() {
			assertThat(validateWith("areas/regio.yaml",
					yaml(area("testregio", "region", "nederland"),
							area("testdorp", "municipality", "flevoland").with("regions", "[testregio]"))))
				.isEmpty();
		}

		@Test
		void reportsARegionThatIsNoRegion() {
			List<SeedProblem> problems = validateWith("areas/regio.yaml",
					yaml(area("testdorp", "municipality", "flevoland").with("regions", "[drenthe]")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly("areas/regio.yaml", "testdorp", "regions");
			assertThat(problem.message()).isEqualTo("'drenthe' is a province, not a region");
		}

		@Test
		void reportsARegionThatLiesWithinTheAreaItself() {
			List<SeedProblem> problems = validateWith("areas/regio.yaml",
					yaml(area("teststad", "municipality", "flevoland").with("regions", "[binnenregio]"),
							area("binnenregio", "region", "teststad")));

			SeedProblem problem = only(problems);
			assertThat(problem).extracting(SeedProblem::recordId, SeedProblem::field)
				.containsExactly("teststad", "regions");
			assertThat(problem.message()).isEqualTo("region 'binnenregio' lies within teststad: binnenregio -> teststad");
		}

		@Test
		void acceptsAMunicipalityWithDistrictsUnderAProvince() {
			assertThat(validateWith("areas/stad.yaml",
					yaml(area("teststad", "municipality", "flevoland").with("lat", "52.37").with("lon", "5.21"),
							area("teststad-centrum", "district", "teststad"))))
				.isEmpty();
		}

	}

	@Nested
	class AllProblemsAtOnce {

		@Test
		void validateReturnsEveryProblemOfAFileInFileOrderNotJustTheFirst() {
			List<SeedProblem> problems = validateWith("offerings/drie-fouten.yaml",
					yaml(offering("eerste-fout").with("organisers", "[bestaat-niet]"), offering("goed-aanbod"),
							offering("tweede-fout").with("status", "gesloten"),
							offering("derde-fout").with("lastVerified", "2026-13-45")));

			assertThat(problems).extracting(SeedProblem::file, SeedProblem::recordId, SeedProblem::field)
				.containsExactly(tuple("offerings/drie-fouten.yaml", "eerste-fout", "organisers"),
						tuple("offerings/drie-fouten.yaml", "tweede-fout", "status"),
						tuple("offerings/drie-fouten.yaml", "derde-fout", "lastVerified"));
			assertThat(problems).extracting(SeedProblem::line).isSorted().doesNotHaveDuplicates();
		}

		@Test
		void validateReturnsProblemsOfSeveralFilesAndSeveralFieldsOfOneRecordTogether() {
			write("organisations/fouten.yaml",
					yaml(organisation("dubbel-fout").with("email", "geen-mail").with("website", "geen-site")));
			write("offerings/fouten.yaml", yaml(offering("aanbod-fout").with("careThemes", "[heimwee]")));
			write("diensten/los.yaml", yaml(organisation("los")));

			List<SeedProblem> problems = validate();

			assertThat(problems).extracting(SeedProblem::file, SeedProblem::field)
				.containsExactlyInAnyOrder(tuple("organisations/fouten.yaml", "email"),
						tuple("organisations/fouten.yaml", "website"), tuple("offerings/fouten.yaml", "careThemes"),
						tuple("diensten/los.yaml", null));
		}

		@Test
		void requireValidThrowsAnExceptionWhoseMessageListsEveryProblem() {
			write("offerings/drie-fouten.yaml",
					yaml(offering("eerste-fout").with("organisers", "[bestaat-niet]"),
							offering("tweede-fout").with("status", "gesloten"),
							offering("derde-fout").with("lastVerified", "2026-13-45")));
			SeedDataset dataset = new SeedDataset(SeedFile.fromDirectory(root));

			assertThatExceptionOfType(SeedValidationException.class).isThrownBy(dataset::requireValid)
				.satisfies((ex) -> {
					assertThat(ex.problems()).hasSize(3);
					assertThat(ex.getMessage()).startsWith("3 problem(s) in the seed data")
						.contains("offerings/drie-fouten.yaml:1: record 'eerste-fout', field 'organisers': "
								+ "unknown organisation 'bestaat-niet'")
						.contains("record 'tweede-fout', field 'status': 'gesloten' is not one of")
						.contains("record 'derde-fout', field 'lastVerified': '2026-13-45' is not a date");
					for (SeedProblem problem : ex.problems()) {
						assertThat(ex.getMessage()).contains("  - " + problem);
					}
				});
		}

		@Test
		void requireValidReturnsTheDatasetWhenThereIsNoProblem() {
			SeedDataset dataset = new SeedDataset(SeedFile.fromDirectory(root));

			assertThat(dataset.requireValid()).isSameAs(dataset);
			assertThat(dataset.ids().get(SeedKind.OFFERING)).containsExactlyInAnyOrder("logeren-test", "cursus-test");
		}

	}

	@Nested
	class CitedSections {

		@Test
		void reportsASectionWhoseHeadingIsNotInTheDocumentNamingTheHeadingAndTheFile() {
			SeedProblem problem = only(validateWith("offerings/extra.yaml", yaml(offering("verzonnen-test")
				.with("sources", "[{source: " + SOURCE + ", section: \"2. Resultaten - Ondersteuning bij kanker\"}]"))));

			assertThat(problem.file()).isEqualTo("offerings/extra.yaml");
			assertThat(problem.recordId()).isEqualTo("verzonnen-test");
			assertThat(problem.field()).isEqualTo("sources");
			assertThat(problem.message()).contains("\"Ondersteuning bij kanker\"", "003_119975fd017667f7.txt");
		}

		@Test
		void reportsAPathWhoseHeadingsStandInTheWrongOrder() {
			// Both headings exist, but Eigen tijd (2.1.1) comes before Ketenzorg dementie (2.3), not within it.
			SeedProblem problem = only(validateWith("offerings/extra.yaml", yaml(offering("omgekeerd-test")
				.with("sources", "[{source: vmca-jaarverslag-2025, section: \"2.3 Ketenzorg dementie - 2.1.1 Eigen tijd\"}]"))));

			assertThat(problem.message()).contains("\"2.1.1 Eigen tijd\"");
		}

		@Test
		void checksEveryPlaceOfASectionThatNamesSeveral() {
			SeedProblem problem = only(validateWith("offerings/extra.yaml", yaml(offering("twee-plaatsen-test")
				.with("sources", "[{source: " + SOURCE + ", section: \"1. Inleiding; Bijlage 9 Adressen\"}]"))));

			assertThat(problem.message()).contains("\"Bijlage 9 Adressen\"");
		}

		@Test
		void findsHeadingsThatThePdfExtractionBrokeUp() {
			// The annual report has "1.1 Mantelzorg en vrijwillige inzet in Almer e" and "Jonge mantelzorg -maatjes".
			assertThat(validateWith("offerings/extra.yaml", yaml(offering("gebroken-test").with("lastVerified", "2026-01-01").with("sources",
					"[{source: vmca-jaarverslag-2025, section: \"1.1 Mantelzorg en vrijwillige inzet in Almere\"},"
							+ " {source: vmca-jaarverslag-2025, section: \"2.2 Voor jonge mantelzorgers - Jonge mantelzorg-maatjes\"}]"))))
				.isEmpty();
		}

		@Test
		void reportsASourceWhoseDocumentIsNotInTheDatasetOnItsFileField() {
			SeedProblem problem = only(validateWith("sources/extra.yaml", """
					- id: ontbrekend-document
					  file: 999_ontbreekt.txt
					  title: Ontbrekend
					  publisher: Niemand
					  date: 2025-01-01
					  datePrecision: year
					"""));

			assertThat(problem.recordId()).isEqualTo("ontbrekend-document");
			assertThat(problem.field()).isEqualTo("file");
			assertThat(problem.message()).contains("999_ontbreekt.txt", "documents/");
		}

	}

	@Nested
	class PublicSourcesAndPostcodes {

		static final String PUBLIC_SOURCE = """
				- id: wikipedia-test
				  title: Testdorp (Wikipedia)
				  publisher: Wikipedia-bijdragers
				  url: https://de.wikipedia.org/wiki/Testdorp
				  date: 2024-01-01
				  datePrecision: month
				  readOn: 2026-12-01
				""";

		@Test
		void acceptsAPublicSourceWithItsAddressAndReadingDateAndExpandsAnAreasPostcodeRanges() {
			write("sources/publiek.yaml", PUBLIC_SOURCE);
			write("areas/testdorp.yaml", """
					- id: testdorp
					  name: Testdorp
					  kind: municipality
					  parent: nederland
					  postcodes: ["1311-1313", "1305", "1309 – 1310"]
					  sources: [{source: wikipedia-test, section: "Infobox: Postleitzahlen 1305, 1309-1313"}]
					  lastVerified: 2024-01-01
					""");
			SeedDataset dataset = new SeedDataset(SeedFile.fromDirectory(root), SourceDocuments.fromDataset(root));

			assertThat(dataset.validate()).isEmpty();
			List<Object> postcodes = new ArrayList<>();
			dataset.records(SeedKind.AREA, (area) -> {
				if (area.id().equals("testdorp")) {
					postcodes.add(area.properties().get("postcodes"));
				}
			});
			assertThat(postcodes).containsExactly(List.of("1305", "1309", "1310", "1311", "1312", "1313"));
		}

		@Test
		void reportsAPublicSourceWithoutTheDateItWasRead() {
			SeedProblem problem = only(validateWith("sources/publiek.yaml", PUBLIC_SOURCE.replace("  readOn: 2026-12-01\n", "")));

			assertThat(problem.recordId()).isEqualTo("wikipedia-test");
			assertThat(problem.field()).isEqualTo("readOn");
			assertThat(problem.message()).contains("'url' and 'readOn'");
		}

		@Test
		void reportsAPostcodeThatIsNoFourDigitNumberAndARangeThatRunsBackwards() {
			write("sources/publiek.yaml", PUBLIC_SOURCE);
			List<SeedProblem> problems = validateWith("areas/testdorp.yaml", """
					- id: testdorp
					  name: Testdorp
					  kind: municipality
					  parent: nederland
					  postcodes: ["1311 AB", "0999", "1319-1311"]
					  sources: [{source: wikipedia-test, section: "Infobox"}]
					  lastVerified: 2024-01-01
					""");

			assertThat(problems).extracting(SeedProblem::field).containsOnly("postcodes");
			assertThat(problems).extracting(SeedProblem::message)
				.anySatisfy((message) -> assertThat(message).contains("'1311 AB' is no 4-digit postcode"))
				.anySatisfy((message) -> assertThat(message).contains("'0999'"))
				.anySatisfy((message) -> assertThat(message).contains("'1319-1311' ends before it starts"));
		}

	}

	@Nested
	class TheCuratedDataset {

		/** The 15 terms of "Bijlage 1 Begrippenlijst". */
		static final Set<String> GLOSSARY = Set.of("aanwezigheidszorg", "blokzorg", "casemanager-dementie",
				"levend-verlies", "mantelzorgcafe", "mantelzorgcompliment", "mantelzorgconsulent", "mantelzorgmakelaar",
				"nazorg", "odensehuis", "onafhankelijke-clientondersteuner", "ontspoorde-mantelzorg", "respijtregeling",
				"respijtzorg", "zorgplan");

		@Test
		void validatesWithoutAnyProblemAndHasANationalSocialMapWorthOfRecords() {
			SeedDataset dataset = new SeedDataset(SeedFile.fromDirectory(DATA), SourceDocuments.fromDataset(DATA));

			assertThat(dataset.validate()).isEmpty();

			Map<SeedKind, Set<String>> ids = dataset.ids();
			assertThat(ids.get(SeedKind.ORGANISATION)).hasSizeGreaterThanOrEqualTo(100);
			assertThat(ids.get(SeedKind.OFFERING)).hasSizeGreaterThanOrEqualTo(100);
			assertThat(ids.get(SeedKind.NETWORK)).hasSizeGreaterThanOrEqualTo(25);
			assertThat(ids.get(SeedKind.TERM)).hasSizeGreaterThanOrEqualTo(15).containsAll(GLOSSARY);
			assertThat(ids.get(SeedKind.SUPPORT_FUNCTION)).containsExactlyInAnyOrder("informatie-en-advies",
					"persoonlijke-begeleiding", "educatie", "emotionele-steun", "praktische-hulp", "respijtzorg",
					"financiele-hulp", "materiele-hulp");
		}

		@Test
		void hasTheFifteenGlossaryTermsInTheBegrippenlijstFile() {
			SeedDataset dataset = new SeedDataset(SeedFile.fromDirectory(DATA)).requireValid();
			Set<String> inBegrippenlijst = new TreeSet<>();

			dataset.records(SeedKind.TERM, (record) -> {
				if (record.file().equals("terms/begrippenlijst.yaml")) {
					inBegrippenlijst.add(record.id());
				}
			});

			assertThat(inBegrippenlijst).containsAll(GLOSSARY);
		}

		@Test
		void numbersTheEightSupportFunctionsOneToEight() {
			SeedDataset dataset = new SeedDataset(SeedFile.fromDirectory(DATA)).requireValid();
			List<Object> orders = new ArrayList<>();

			dataset.records(SeedKind.SUPPORT_FUNCTION, (record) -> orders.add(record.properties().get("order")));

			assertThat(orders).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
		}

	}

	// --- helpers ---

	private List<SeedProblem> validateWith(String file, String yaml) {
		write(file, yaml);
		return validate();
	}

	private List<SeedProblem> validate() {
		return new SeedDataset(SeedFile.fromDirectory(this.root), SourceDocuments.fromDataset(this.root)).validate();
	}

	private static List<String> documents() {
		try (var paths = Files.list(DATA.resolve(SourceDocuments.FOLDER))) {
			return paths.map((path) -> path.getFileName().toString()).filter((name) -> name.endsWith(".txt")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SeedProblem only(List<SeedProblem> problems) {
		assertThat(problems).as("problems").hasSize(1);
		return problems.get(0);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	private void write(String file, String yaml) {
		Path path = this.root.resolve(file);
		try {
			Files.createDirectories(path.getParent());
			Files.writeString(path, yaml, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void copy(Path from, Path to) {
		try {
			Files.createDirectories(to.getParent());
			Files.copy(from, to);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Rec organisation(String id) {
		return new Rec(id).with("name", "Organisatie " + id)
			.with("kind", "mantelzorgondersteuning")
			.with("description", "Ondersteunt mantelzorgers in de buurt.")
			.with("website", "https://www.example.nl")
			.with("email", "info@example.nl")
			.with("areas", "[nederland]")
			.with("locations", "[{address: Kerkstraat 1, postcode: 1315 BC, city: Almere, lat: 52.37, lon: 5.21}]")
			.sourced();
	}

	static Rec offering(String id) {
		return new Rec(id).with("name", "Aanbod " + id)
			.with("description", "Een cursus voor mantelzorgers.")
			.with("organisers", "[steunpunt-test]")
			.with("targetGroups", "[mantelzorgers]")
			.with("supportFunctions", "[educatie]")
			.with("areas", "[nederland]")
			.sourced();
	}

	static Rec term(String id) {
		return new Rec(id).with("term", "Begrip " + id)
			.with("definition", "Uitleg in eigen woorden.")
			.sourced();
	}

	static Rec area(String id, String kind, String parent) {
		Rec area = new Rec(id).with("name", "Gebied " + id);
		if (kind != null) {
			area.with("kind", kind);
		}
		if (parent != null) {
			area.with("parent", parent);
		}
		return area.sourced();
	}

	static Rec targetGroup(String id, String parent) {
		return new Rec(id).with("name", "Groep " + id)
			.with("description", "Een groep.")
			.with("parent", parent)
			.sourced();
	}

	static String yaml(Rec... records) {
		StringBuilder yaml = new StringBuilder();
		for (Rec record : records) {
			yaml.append(record.yaml());
		}
		return yaml.toString();
	}

	/** One record as YAML fields in insertion order; {@code with} replaces a field in place. */
	static final class Rec {

		private final Map<String, String> fields = new LinkedHashMap<>();

		Rec(String id) {
			this.fields.put("id", id);
		}

		Rec with(String field, String yamlValue) {
			if (this.fields.containsKey("sources") && !this.fields.containsKey(field)) {
				// keep sources and lastVerified last, as the curated files do
				String sources = this.fields.remove("sources");
				String lastVerified = this.fields.remove("lastVerified");
				this.fields.put(field, yamlValue);
				this.fields.put("sources", sources);
				if (lastVerified != null) {
					this.fields.put("lastVerified", lastVerified);
				}
			}
			else {
				this.fields.put(field, yamlValue);
			}
			return this;
		}

		Rec without(String field) {
			this.fields.remove(field);
			return this;
		}

		Rec sourced() {
			this.fields.put("sources", "[{source: " + SOURCE + ", section: \"1. Inleiding\"}]");
			this.fields.put("lastVerified", "2026-03-01");
			return this;
		}

		int lines() {
			return this.fields.size();
		}

		String yaml() {
			StringBuilder yaml = new StringBuilder();
			String prefix = "- ";
			for (Map.Entry<String, String> field : this.fields.entrySet()) {
				yaml.append(prefix).append(field.getKey()).append(": ").append(field.getValue()).append('\n');
				prefix = "  ";
			}
			if (this.fields.isEmpty()) {
				yaml.append("- {}\n");
			}
			return yaml.toString();
		}

	}

}
