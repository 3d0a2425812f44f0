package nl.mantelzorgkaart.system;

import java.util.List;

import nl.mantelzorgkaart.seed.SeedFile;

/** The curated dataset as the application loads it, for tests outside this package. */
public final class TestDatasets {

	private TestDatasets() {
	}

	public static List<SeedFile> curated() {
		return GraphInitializer.classpathDataset();
	}

}
