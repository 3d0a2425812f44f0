package nl.mantelzorgkaart.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command that runs a main class of the tests in a JVM of its own, with the options Neo4j needs. */
final class ChildJvm {

	private ChildJvm() {
	}

	static List<String> command(Class<?> main, String... arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED",
				"--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), main.getName()));
		command.addAll(List.of(arguments));
		return command;
	}

}
