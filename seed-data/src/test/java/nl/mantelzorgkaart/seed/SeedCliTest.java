package nl.mantelzorgkaart.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: exit codes and what it prints. */
class SeedCliTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		try (PrintStream outStream = new PrintStream(this.out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(this.err, true, StandardCharsets.UTF_8)) {
			return SeedCli.run(args, outStream, errStream);
		}
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void validateOfTheCuratedDatasetExitsZeroAndPrintsTheCountPerKind() {
		SeedDataset dataset = new SeedDataset(SeedFile.fromDirectory(Path.of("data")));
		dataset.validate();
		Map<SeedKind, Set<String>> ids = dataset.ids();

		int code = run("validate", "data");

		assertThat(code).isZero();
		assertThat(err()).isEmpty();
		assertThat(out()).contains("The seed data in data is valid:");
		for (SeedKind kind : SeedKind.values()) {
			assertThat(out()).containsPattern("(?m)^  " + kind.folder() + " +"
					+ java.util.regex.Pattern.quote(String.format("%,d", ids.get(kind).size())) + "$");
		}
	}

	@Test
	void validateOfADirectoryWithABadFileExitsOneAndNamesTheFileAndTheProblem(@TempDir Path root)
			throws IOException {
		Files.createDirectories(root.resolve("sources"));
		Files.copy(Path.of("data/sources/seeds.yaml"), root.resolve("sources/seeds.yaml"));
		copyDocuments(root);
		Files.createDirectories(root.resolve("organisations"));
		Files.writeString(root.resolve("organisations/kapot.yaml"), """
				- id: kapot
				  name: Kapotte organisatie
				  kind: welzijn
				  description: Heeft geen gebieden.
				  sources: [{source: vmca-jaarverslag-2025, section: "1. Hier staan we voor!"}]
				  lastVerified: 2026-01-01
				""");

		int code = run("validate", root.toString());

		assertThat(code).isEqualTo(1);
		assertThat(out()).isEmpty();
		assertThat(err()).contains("1 problem(s) in the seed data")
			.contains("organisations/kapot.yaml:1: record 'kapot', field 'areas': is required");
	}

	@Test
	void validateOfADirectoryThatDoesNotExistExitsTwo(@TempDir Path root) {
		int code = run("validate", root.resolve("bestaat-niet").toString());

		assertThat(code).isEqualTo(2);
		assertThat(err()).contains("Error: Seed data directory does not exist");
	}

	@Test
	void anUnknownOptionExitsTwoNamingTheOptionAndPrintingUsage() {
		int code = run("validate", "data", "--snel");

		assertThat(code).isEqualTo(2);
		assertThat(err()).contains("Error: unknown option '--snel'").contains("Usage:");
		assertThat(out()).isEmpty();
	}

	@Test
	void anUnknownCommandExitsTwo() {
		int code = run("opruimen");

		assertThat(code).isEqualTo(2);
		assertThat(err()).contains("unknown command 'opruimen'").contains("Usage:");
	}

	@Test
	void noArgumentsPrintsUsageAndExitsTwoWhileHelpExitsZero() {
		assertThat(run()).isEqualTo(2);
		assertThat(out()).contains("Usage:");

		assertThat(run("help")).isZero();
	}

	@Test
	void generateWithoutOfferingsExitsTwoWithAClearMessageAndWritesNothing(@TempDir Path root) {
		Path target = root.resolve("synthetisch");

		int code = run("generate", "--out", target.toString());

		assertThat(code).isEqualTo(2);
		assertThat(err()).contains("Error: generate needs --offerings N");
		assertThat(target).doesNotExist();
	}

	@Test
	void generateWithOfferingsThatAreNotANumberExitsTwo() {
		int code = run("generate", "--offerings", "abc", "--out", "niet-gebruikt");

		assertThat(code).isEqualTo(2);
		assertThat(err()).contains("Error: --offerings expects a whole number, got 'abc'");
		assertThat(Path.of("niet-gebruikt")).doesNotExist();
	}

	@Test
	void generateWithZeroOfferingsExitsTwo() {
		int code = run("generate", "--offerings", "0", "--out", "niet-gebruikt");

		assertThat(code).isEqualTo(2);
		assertThat(err()).contains("--offerings must be between 1 and 1000000");
	}

	@Test
	void generateWithoutOutExitsTwo() {
		int code = run("generate", "--offerings", "1000");

		assertThat(code).isEqualTo(2);
		assertThat(err()).contains("generate needs --out DIR");
	}

	@Test
	void anOptionWithoutItsValueExitsTwo() {
		int code = run("generate", "--offerings");

		assertThat(code).isEqualTo(2);
		assertThat(err()).contains("--offerings needs a value");
	}

	@Test
	void generateWritesADatasetThatValidateAccepts(@TempDir Path root) {
		Path target = root.resolve("synthetisch");

		assertThat(run("generate", "--offerings", "1,000", "--seed", "7", "--out", target.toString())).isZero();
		assertThat(out()).contains("Generated in").contains("offerings=1000");
		assertThat(run("validate", target.toString())).isZero();
		assertThat(err()).isEmpty();
	}

	@Test
	void generateIntoADirectoryThatIsNotEmptyExitsTwo(@TempDir Path root) throws IOException {
		Files.writeString(root.resolve("iets.txt"), "bestaat al");

		int code = run("generate", "--offerings", "1000", "--out", root.toString());

		assertThat(code).isEqualTo(2);
		assertThat(err()).contains("output directory is not empty");
	}


	private static void copyDocuments(Path root) throws IOException {
		Path documents = Files.createDirectories(root.resolve(SourceDocuments.FOLDER));
		try (var files = Files.list(Path.of("data").resolve(SourceDocuments.FOLDER))) {
			for (Path file : files.toList()) {
				Files.copy(file, documents.resolve(file.getFileName()));
			}
		}
	}

}
