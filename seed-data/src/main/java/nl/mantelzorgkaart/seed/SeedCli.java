package nl.mantelzorgkaart.seed;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import nl.mantelzorgkaart.seed.synthetic.SyntheticDataset;

/**
 * Command line for the dataset: {@code validate}, {@code load} into a running Neo4j, and
 * {@code generate} a synthetic national dataset. Run through {@code mvn -pl seed-data exec:java
 * -Dexec.args="..."}; {@code help} lists the options.
 */
public final class SeedCli {

	private static final String USAGE = """
			Usage:
			  validate [DIR]                       check every file in DIR (default: seed-data/data)
			  load [DIR] [--uri URI] [--user U] [--password P] [--database DB] [--prune]
			                                       validate, then load into Neo4j (default bolt://localhost:7687,
			                                       or NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD)
			  generate --offerings N [--seed S] --out DIR
			                                       write a deterministic synthetic national dataset
			""";

	private SeedCli() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
			out.print(USAGE);
			return args.length == 0 ? 2 : 0;
		}
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("Error: " + ex.getMessage());
			err.print(USAGE);
			return 2;
		}
		try {
			return switch (options.command) {
				case "validate" -> validate(options, out, err);
				case "load" -> load(options, out, err);
				case "generate" -> generate(options, out);
				default -> {
					err.println("Error: unknown command '" + options.command + "'");
					err.print(USAGE);
					yield 2;
				}
			};
		}
		catch (SeedValidationException ex) {
			err.println(ex.getMessage());
			return 1;
		}
		catch (IllegalArgumentException ex) {
			err.println("Error: " + ex.getMessage());
			return 2;
		}
	}

	private static int validate(Options options, PrintStream out, PrintStream err) {
		SeedDataset dataset = new SeedDataset(SeedFile.fromDirectory(options.directory()),
				SourceDocuments.fromDataset(options.directory()));
		List<SeedProblem> problems = dataset.validate();
		if (!problems.isEmpty()) {
			err.println(new SeedValidationException(problems).getMessage());
			return 1;
		}
		out.println("The seed data in " + options.directory() + " is valid:");
		dataset.ids().forEach((kind, ids) -> out.printf("  %-18s %,9d%n", kind.folder(), ids.size()));
		return 0;
	}

	private static int load(Options options, PrintStream out, PrintStream err) {
		SeedDataset dataset = new SeedDataset(SeedFile.fromDirectory(options.directory()),
				SourceDocuments.fromDataset(options.directory()));
		var auth = (options.user == null) ? AuthTokens.none() : AuthTokens.basic(options.user, options.password);
		try (Driver driver = GraphDatabase.driver(options.uri, auth)) {
			driver.verifyConnectivity();
			SeedLoader loader = new SeedLoader(driver, options.database, 2_000, (kind, done, total) -> {
				if (total >= 10_000) {
					err.printf("\r%s: %,d / %,d", kind.folder(), done, total);
					if (done == total) {
						err.println();
					}
				}
			});
			out.print(loader.load(dataset, options.prune).summary());
			return 0;
		}
	}

	private static int generate(Options options, PrintStream out) {
		if (options.offerings <= 0) {
			throw new IllegalArgumentException("generate needs --offerings N (1,000 to 1,000,000)");
		}
		if (options.out == null) {
			throw new IllegalArgumentException("generate needs --out DIR");
		}
		long started = System.nanoTime();
		var counts = new SyntheticDataset(options.seed, options.offerings).writeTo(Path.of(options.out));
		out.printf("Generated in %.1f s into %s: %s%n", (System.nanoTime() - started) / 1e9, options.out, counts);
		return 0;
	}

	/** Parsed command-line options; every bad one is an error naming it. */
	private static final class Options {

		String command;

		String dir;

		String uri = env("NEO4J_URI", "bolt://localhost:7687");

		String user = env("NEO4J_USERNAME", null);

		String password = env("NEO4J_PASSWORD", "");

		String database;

		boolean prune;

		int offerings;

		long seed = 42;

		String out;

		Path directory() {
			return Path.of(this.dir != null ? this.dir : "seed-data/data");
		}

		static Options parse(String[] args) {
			Options options = new Options();
			options.command = args[0];
			List<String> positional = new ArrayList<>();
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				switch (arg) {
					case "--uri" -> options.uri = value(args, ++i, arg);
					case "--user" -> options.user = value(args, ++i, arg);
					case "--password" -> options.password = value(args, ++i, arg);
					case "--database" -> options.database = value(args, ++i, arg);
					case "--prune" -> options.prune = true;
					case "--out" -> options.out = value(args, ++i, arg);
					case "--offerings" -> options.offerings = (int) number(value(args, ++i, arg), arg, 1, 1_000_000);
					case "--seed" -> options.seed = number(value(args, ++i, arg), arg, Long.MIN_VALUE, Long.MAX_VALUE);
					default -> {
						if (arg.startsWith("--")) {
							throw new IllegalArgumentException("unknown option '" + arg + "'");
						}
						positional.add(arg);
					}
				}
			}
			if (positional.size() > 1) {
				throw new IllegalArgumentException("expected at most one directory, got " + positional);
			}
			if (!positional.isEmpty()) {
				options.dir = positional.get(0);
			}
			return options;
		}

		private static String value(String[] args, int index, String option) {
			if (index >= args.length) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return args[index];
		}

		private static long number(String text, String option, long min, long max) {
			try {
				long value = Long.parseLong(text.replace("_", "").replace(",", ""));
				if (value < min || value > max) {
					throw new IllegalArgumentException(option + " must be between " + min + " and " + max);
				}
				return value;
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(option + " expects a whole number, got '" + text + "'");
			}
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return (value == null || value.isBlank()) ? fallback : value;
		}

	}

}
