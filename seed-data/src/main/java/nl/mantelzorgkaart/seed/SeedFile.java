package nl.mantelzorgkaart.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One YAML file of the dataset. {@code name} is its path inside the dataset (e.g.
 * {@code organisations/almere.yaml}), which is what problems and reports show.
 */
public record SeedFile(String name, SeedKind kind, Opener opener) {

	/** Opens the file anew: the loader reads each file more than once, streaming. */
	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

	public InputStream open() throws IOException {
		return this.opener.open();
	}

	/**
	 * All dataset files under a directory laid out as {@code <kind folder>/*.yaml}, in a stable
	 * order. Files in folders that name no kind are reported as problems by the validator.
	 */
	public static List<SeedFile> fromDirectory(Path root) {
		if (!Files.isDirectory(root)) {
			throw new IllegalArgumentException("Seed data directory does not exist: " + root.toAbsolutePath());
		}
		List<SeedFile> files = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(root)) {
			paths.filter(Files::isRegularFile)
				.filter((path) -> isYaml(path.getFileName().toString()))
				.sorted(Comparator.comparing(Path::toString))
				.forEach((path) -> {
					Path relative = root.relativize(path);
					String name = relative.toString().replace('\\', '/');
					SeedKind kind = (relative.getNameCount() == 2)
							? SeedKind.ofFolder(relative.getName(0).toString()).orElse(null) : null;
					files.add(new SeedFile(name, kind, () -> Files.newInputStream(path)));
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list seed data in " + root, ex);
		}
		return files;
	}

	public static boolean isYaml(String fileName) {
		return fileName.endsWith(".yaml") || fileName.endsWith(".yml");
	}

}
