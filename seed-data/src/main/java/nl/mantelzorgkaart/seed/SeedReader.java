package nl.mantelzorgkaart.seed;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Streams the records of one YAML file, one mapping at a time, so that files of a million records
 * never have to fit in memory. Structural problems (not YAML, not a list of mappings) are reported,
 * not thrown.
 */
final class SeedReader {

	/** A record as written in the file, with the line it starts on. */
	record RawRecord(SeedFile file, int line, ObjectNode node) {

	}

	// Records are read one at a time from a list, so the rest of the list is no "trailing" error.
	// Generated files of 50,000 records are far above SnakeYAML's default 3 MB document limit.
	private static final YAMLMapper MAPPER = YAMLMapper
		.builder(YAMLFactory.builder()
			.loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
			.build())
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private SeedReader() {
	}

	static void read(SeedFile file, Consumer<RawRecord> records, Consumer<SeedProblem> problems) {
		try (InputStream in = file.open(); JsonParser parser = MAPPER.createParser(in)) {
			JsonToken token = parser.nextToken();
			if (token == null) {
				return; // an empty file holds no records
			}
			if (token != JsonToken.START_ARRAY) {
				problems.accept(new SeedProblem(file.name(), null, null, line(parser),
						"expected a YAML list of records (lines starting with '- id: ...')"));
				return;
			}
			while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
				int line = line(parser);
				JsonNode node = MAPPER.readTree(parser);
				if (node instanceof ObjectNode object) {
					records.accept(new RawRecord(file, line, object));
				}
				else {
					problems.accept(new SeedProblem(file.name(), null, null, line,
							"expected a record (a mapping of fields), found " + describe(node)));
				}
			}
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			problems.accept(new SeedProblem(file.name(), null, null, line,
					"not valid YAML: " + ex.getOriginalMessage()));
		}
		catch (IOException ex) {
			problems.accept(new SeedProblem(file.name(), null, null, 0, "cannot be read: " + ex.getMessage()));
		}
	}

	private static int line(JsonParser parser) {
		return parser.currentTokenLocation().getLineNr();
	}

	static String describe(JsonNode node) {
		if (node == null || node.isNull()) {
			return "nothing";
		}
		if (node.isArray()) {
			return "a list";
		}
		if (node.isObject()) {
			return "a mapping";
		}
		if (node.isNumber()) {
			return "the number " + node.asString();
		}
		if (node.isBoolean()) {
			return "the boolean " + node.asString();
		}
		return "'" + node.asString() + "'";
	}

}
