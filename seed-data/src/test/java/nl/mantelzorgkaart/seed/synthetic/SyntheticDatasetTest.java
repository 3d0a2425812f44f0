package nl.mantelzorgkaart.seed.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.mantelzorgkaart.seed.SeedDataset;
import nl.mantelzorgkaart.seed.SeedFile;
import nl.mantelzorgkaart.seed.SeedKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The synthetic generator, at a small size (1,000 offerings) so that the suite stays fast. */
class SyntheticDatasetTest {

	static final int OFFERINGS = 1_000;

	static final long SEED = 2026;

	static final List<String> PROVINCES = List.of("groningen-provincie", "friesland", "drenthe", "overijssel",
			"flevoland", "gelderland", "utrecht-provincie", "noord-holland", "zuid-holland", "zeeland",
			"noord-brabant", "limburg");

	static final YAMLMapper YAML = YAMLMapper.builder().build();

	/** One dataset shared by the read-only tests; generated once. */
	@TempDir
	static Path shared;

	static Map<String, Integer> sharedCounts;

	@BeforeAll
	static void generateOnce() {
		sharedCounts = new SyntheticDataset(SEED, OFFERINGS).writeTo(shared.resolve("dataset"));
	}

	static Path dataset() {
		return shared.resolve("dataset");
	}

	@Test
	void theSameSeedAndSizeGiveByteIdenticalFiles(@TempDir Path again) throws IOException {
		new SyntheticDataset(SEED, OFFERINGS).writeTo(again);

		Map<String, byte[]> first = contents(dataset());
		Map<String, byte[]> second = contents(again);
		assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
		for (String file : first.keySet()) {
			assertThat(second.get(file)).as(file).isEqualTo(first.get(file));
		}
	}

	@Test
	void aDifferentSeedGivesADifferentOfferingsFile(@TempDir Path other) throws IOException {
		new SyntheticDataset(SEED + 1, OFFERINGS).writeTo(other);

		assertThat(Files.readAllBytes(other.resolve("offerings/synthetic-001.yaml")))
			.isNotEqualTo(Files.readAllBytes(dataset().resolve("offerings/synthetic-001.yaml")));
	}

	@Test
	void theGeneratedDatasetValidatesWithoutAnyProblem() {
		SeedDataset validated = new SeedDataset(SeedFile.fromDirectory(dataset()));

		assertThat(validated.validate()).isEmpty();
		assertThat(validated.ids().get(SeedKind.OFFERING)).hasSize(OFFERINGS);
		assertThat(validated.ids().get(SeedKind.ORGANISATION)).hasSize(sharedCounts.get("organisations"));
		assertThat(validated.ids().get(SeedKind.NETWORK)).hasSize(sharedCounts.get("networks"));
	}

	@Test
	void writeToReturnsTheCountsOfWhatItWrote() {
		assertThat(sharedCounts).containsEntry("offerings", OFFERINGS)
			.containsEntry("organisations", OFFERINGS / 4)
			.containsEntry("networks", OFFERINGS / 4 / 8)
			.containsKey("areas");
	}

	@Test
	void copiesTheRealVocabularySoThatTheDatasetIsCompleteOnItsOwn() throws IOException {
		for (String file : SyntheticDataset.VOCABULARY_FILES) {
			assertThat(dataset().resolve(file)).hasSameBinaryContentAs(Path.of("data").resolve(file));
		}
	}

	@Test
	void spreadsTheMunicipalitiesOverTheTwelveProvincesEachWithDistricts() throws IOException {
		List<JsonNode> areas = records(dataset().resolve("areas/synthetic.yaml"));
		Map<String, Integer> municipalitiesPerProvince = new TreeMap<>();
		Map<String, Integer> districtsPerMunicipality = new TreeMap<>();
		for (JsonNode area : areas) {
			String kind = area.get("kind").asString();
			String parent = area.get("parent").asString();
			if (kind.equals("municipality")) {
				municipalitiesPerProvince.merge(parent, 1, Integer::sum);
				districtsPerMunicipality.putIfAbsent(area.get("id").asString(), 0);
			}
			else {
				assertThat(kind).isEqualTo("district");
				assertThat(districtsPerMunicipality).as("a district follows its municipality").containsKey(parent);
				districtsPerMunicipality.merge(parent, 1, Integer::sum);
			}
		}

		assertThat(SyntheticDataset.MUNICIPALITIES).isEqualTo(342);
		assertThat(municipalitiesPerProvince.keySet()).containsExactlyInAnyOrderElementsOf(PROVINCES);
		assertThat(municipalitiesPerProvince.values().stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(SyntheticDataset.MUNICIPALITIES);
		assertThat(municipalitiesPerProvince.values()).allSatisfy((count) -> assertThat(count).isBetween(28, 29));
		assertThat(districtsPerMunicipality).hasSize(SyntheticDataset.MUNICIPALITIES);
		assertThat(districtsPerMunicipality.values()).allSatisfy((count) -> assertThat(count).isBetween(2, 6));
		assertThat(sharedCounts.get("areas")).isEqualTo(areas.size());
	}

	@Test
	void putsEveryCoordinateInsideTheNetherlands() throws IOException {
		Pattern coordinate = Pattern.compile("^\\s*(lat|lon): (-?[0-9.]+)$", Pattern.MULTILINE);
		int seen = 0;
		for (Map.Entry<String, byte[]> file : contents(dataset()).entrySet()) {
			Matcher matcher = coordinate.matcher(new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8));
			while (matcher.find()) {
				double degrees = Double.parseDouble(matcher.group(2));
				if (matcher.group(1).equals("lat")) {
					assertThat(degrees).as(file.getKey()).isBetween(50.7, 53.7);
				}
				else {
					assertThat(degrees).as(file.getKey()).isBetween(3.2, 7.3);
				}
				seen++;
			}
		}
		// municipalities, districts and most offering locations carry coordinates
		assertThat(seen).isGreaterThan(2 * SyntheticDataset.MUNICIPALITIES);
	}

	@Test
	void givesEveryOfferingAnOrganiserThatExistsAndUniqueIds() throws IOException {
		Set<String> organisations = new HashSet<>();
		for (JsonNode organisation : records(dataset().resolve("organisations/synthetic-001.yaml"))) {
			organisations.add(organisation.get("id").asString());
		}
		List<JsonNode> offerings = records(dataset().resolve("offerings/synthetic-001.yaml"));
		Set<String> ids = new HashSet<>();

		assertThat(offerings).hasSize(OFFERINGS).allSatisfy((offering) -> {
			assertThat(ids.add(offering.get("id").asString())).isTrue();
			assertThat(organisations).contains(offering.get("organisers").get(0).asString());
		});
	}

	@Test
	void refusesToWriteIntoADirectoryThatIsNotEmpty(@TempDir Path target) throws IOException {
		Files.writeString(target.resolve("iets.txt"), "bestaat al");

		assertThatIllegalArgumentException().isThrownBy(() -> new SyntheticDataset(SEED, OFFERINGS).writeTo(target))
			.withMessageContaining("not empty");
		try (Stream<Path> entries = Files.list(target)) {
			assertThat(entries).containsExactly(target.resolve("iets.txt"));
		}
	}

	@Test
	void writesIntoADirectoryThatDoesNotExistYet(@TempDir Path parent) {
		Path target = parent.resolve("nieuw/dataset");

		Map<String, Integer> counts = new SyntheticDataset(SEED, 1).writeTo(target);

		assertThat(counts).containsEntry("offerings", 1).containsEntry("organisations", 20);
		assertThat(new SeedDataset(SeedFile.fromDirectory(target)).validate()).isEmpty();
	}

	@Test
	void refusesFewerThanOneOffering() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SyntheticDataset(SEED, 0))
			.withMessageContaining("offerings must be 1 to 1,000,000");
		assertThatIllegalArgumentException().isThrownBy(() -> new SyntheticDataset(SEED, -5));
	}

	@Test
	void refusesMoreThanAMillionOfferings() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SyntheticDataset(SEED, 1_000_001));
	}

	// --- helpers ---

	/** Every file under {@code root} by relative path, in sorted order. */
	static Map<String, byte[]> contents(Path root) throws IOException {
		Map<String, byte[]> contents = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				contents.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		return contents;
	}

	static List<JsonNode> records(Path file) throws IOException {
		List<JsonNode> records = new ArrayList<>();
		YAML.readTree(Files.readString(file)).forEach(records::add);
		return records;
	}

}
