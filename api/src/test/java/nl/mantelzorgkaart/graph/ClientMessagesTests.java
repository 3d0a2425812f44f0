package nl.mantelzorgkaart.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages the API tells clients exist in Dutch and English (issue 20): every key the code names, in both
 * bundles, worded without MessageFormat's leftovers (a doubled quote, a placeholder left open); and the language
 * a client asks for in {@code Accept-Language} is read as people send it.
 */
class ClientMessagesTests {

	private static final Pattern CODE = Pattern.compile("\"((?:api|problem)\\.[A-Za-z.]+)\"");

	@Test
	void everyMessageTheCodeNamesIsInDutchAndEnglishAndReadsCleanly() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				Matcher code = CODE.matcher(Files.readString(source));
				while (code.find()) {
					if (!code.group(1).endsWith(".")) {
						codes.add(code.group(1));
					}
				}
			}
		}
		assertThat(codes).hasSizeGreaterThan(30).contains("api.notFound", "api.first.tooLarge", "api.limit.depth");
		Properties dutch = load("/messages.properties");
		Properties english = load("/messages_en.properties");
		for (String prefix : new String[] { "api.request.member.", "problem.title.", "problem.detail.", "api.kind.",
				"api.facet.", "api.areaKind." }) {
			dutch.stringPropertyNames().stream().filter((key) -> key.startsWith(prefix)).forEach(codes::add);
		}
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		for (String code : codes) {
			assertThat(dutch).as(code + " in Dutch").containsKey(code);
			assertThat(english).as(code + " in English").containsKey(code);
			// A message with placeholders is worded with arguments (MessageFormat), one without as it stands.
			Object[] arguments = dutch.getProperty(code, "").contains("{0}") ? new Object[] { "x", "y", "z", "w" } : new Object[0];
			for (Locale locale : new Locale[] { ClientLanguage.DUTCH, ClientLanguage.ENGLISH }) {
				String text = new ClientMessage(code, arguments).in(messages, locale);
				assertThat(text).as(code + " in " + locale).doesNotContain("''", "{0}", "{1}", "{2}", "{3}", code).isNotBlank();
			}
			assertThat(english.getProperty(code, "").contains("{0}")).as(code).isEqualTo(arguments.length > 0);
			assertThat(new ClientMessage(code, arguments).in(messages, ClientLanguage.ENGLISH)).as(code)
				.isNotEqualTo(new ClientMessage(code, arguments).in(messages, ClientLanguage.DUTCH));
		}
		assertThat(new ClientMessage("api.notFound", ClientMessage.word("api.kind.care-theme"), "x").in(messages,
				ClientLanguage.DUTCH)).isEqualTo("Er is geen situatie (zorgthema) met id 'x'.");
		assertThat(new ClientMessage("api.notFound", ClientMessage.word("api.kind.care-theme"), "x").in(messages,
				ClientLanguage.ENGLISH)).isEqualTo("There is no care theme with id 'x'.");
	}

	@Test
	void theLanguageAskedForIsEnglishOnlyWhenEnglishComesBeforeDutch() {
		assertThat(ClientLanguage.of(null)).isEqualTo(ClientLanguage.DUTCH);
		assertThat(ClientLanguage.of("en")).isEqualTo(ClientLanguage.ENGLISH);
		assertThat(ClientLanguage.of("en-GB,en;q=0.9")).isEqualTo(ClientLanguage.ENGLISH);
		assertThat(ClientLanguage.of("de-DE,en;q=0.5")).isEqualTo(ClientLanguage.ENGLISH);
		assertThat(ClientLanguage.of("nl-NL,nl;q=0.9,en;q=0.8")).isEqualTo(ClientLanguage.DUTCH);
		assertThat(ClientLanguage.of("en;q=0.1,nl;q=0.9")).isEqualTo(ClientLanguage.DUTCH);
		assertThat(ClientLanguage.of("en;q=0")).isEqualTo(ClientLanguage.DUTCH);
		assertThat(ClientLanguage.of("*")).isEqualTo(ClientLanguage.DUTCH);
		for (String garbage : new String[] { "@@@", "en;q=abc", "en_GB", ",,,", "\u00e9", "x".repeat(5000) }) {
			assertThat(ClientLanguage.of(garbage)).as(garbage).isIn(ClientLanguage.DUTCH, ClientLanguage.ENGLISH);
		}
		assertThat(ClientLanguage.of("@@@")).isEqualTo(ClientLanguage.DUTCH);
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ClientMessagesTests.class.getResourceAsStream(resource)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
