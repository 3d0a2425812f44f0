package nl.mantelzorgkaart.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.mantelzorgkaart.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running application's {@code /graphql} endpoint against the GraphQL over HTTP specification,
 * as checked by the audit suite of the {@code graphql-http} npm package ({@code serverAudits}). The
 * audit runner and its pinned dependencies live in {@code test-tools/graphql-http-audit}; it lists
 * every audit and fails only when a MUST audit fails (SHOULD/MAY audits are listed, not enforced).
 * Needs Node.js and npm on the PATH; the packages are installed with {@code npm ci} on first use.
 */
@IntegrationTest
class GraphQlOverHttpAuditTests {

	private static final Path AUDIT_DIR = Path.of("../test-tools/graphql-http-audit");

	private static final long NPM_CI_TIMEOUT_SECONDS = 180;

	private static final long AUDIT_TIMEOUT_SECONDS = 180;

	/** Prefix for the audit's lines in the test log, so they read as this test's output. */
	private static final String LOG_PREFIX = "graphql-http audit | ";

	@LocalServerPort
	int port;

	@Test
	void graphQlEndpointPassesEveryMustAuditOfGraphQlHttp() throws Exception {
		Path dir = AUDIT_DIR.toAbsolutePath().normalize();
		assertThat(dir.resolve("audit.mjs")).as("audit runner in %s", dir).isRegularFile();
		installPackagesIfMissing(dir);

		String url = "http://localhost:" + this.port + "/graphql";
		Result audit = run(dir, AUDIT_TIMEOUT_SECONDS, "node", "audit.mjs", url);
		log(audit.output());

		assertThat(audit.exitCode())
			.as("graphql-http audit against %s exited with %d; failing MUST audits:%n%s", url, audit.exitCode(),
					failingMustAudits(audit.output()))
			.isZero();
		assertThat(audit.output()).as("summary line of the graphql-http audit").contains(" 0 failed");
	}

	/** The lines of the MUST audits that failed, or the whole output if none can be picked out. */
	private static String failingMustAudits(String output) {
		List<String> lines = output.lines().filter((line) -> line.matches("^\\S+\\s+error\\s+MUST .*")).toList();
		return lines.isEmpty() ? output : String.join(System.lineSeparator(), lines);
	}

	private static void installPackagesIfMissing(Path dir) throws Exception {
		if (Files.isRegularFile(dir.resolve("node_modules/graphql-http/package.json"))
				&& Files.isRegularFile(dir.resolve("node_modules/graphql/package.json"))) {
			return;
		}
		Result install = run(dir, NPM_CI_TIMEOUT_SECONDS, npm(), "ci", "--no-audit", "--no-fund");
		log(install.output());
		assertThat(install.exitCode()).as("'npm ci' in %s failed:%n%s", dir, install.output()).isZero();
	}

	private static String npm() {
		return System.getProperty("os.name", "").toLowerCase().startsWith("windows") ? "npm.cmd" : "npm";
	}

	/**
	 * Runs a command in {@code dir} with stdout and stderr merged into a temporary file (so a full pipe
	 * can never block it), and kills it if it outlives {@code timeoutSeconds}.
	 */
	private static Result run(Path dir, long timeoutSeconds, String... command) throws Exception {
		Path output = Files.createTempFile("graphql-http-audit-", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
			builder.environment().put("NO_COLOR", "1");
			Process process;
			try {
				process = builder.start();
			}
			catch (IOException ex) {
				return fail("Could not start '%s' (%s). This test needs Node.js 18+ and npm on the PATH "
						+ "to run the graphql-http audit in %s.", String.join(" ", command), ex.getMessage(), dir);
			}
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				return fail("'%s' in %s did not finish within %d s; its output so far:%n%s", String.join(" ", command),
						dir, timeoutSeconds, Files.readString(output, StandardCharsets.UTF_8));
			}
			return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private static File nullDevice() {
		return new File(System.getProperty("os.name", "").toLowerCase().startsWith("windows") ? "NUL"
				: "/dev/null");
	}

	private static void log(String output) {
		List<String> lines = new ArrayList<>();
		output.lines().forEach((line) -> lines.add(LOG_PREFIX + line));
		System.out.println(String.join(System.lineSeparator(), lines));
	}

	private record Result(int exitCode, String output) {
	}

}
