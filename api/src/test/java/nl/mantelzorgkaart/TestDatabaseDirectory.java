package nl.mantelzorgkaart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Gives each test JVM a fresh, empty embedded database directory before any test runs. */
public class TestDatabaseDirectory implements LauncherSessionListener {

	public static final String PROPERTY = "mantelzorgkaart.neo4j.embedded.data-directory";

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (System.getProperty(PROPERTY) == null) {
			try {
				System.setProperty(PROPERTY, Files.createTempDirectory("mantelzorgkaart-test-neo4j").toString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
