package nl.mantelzorgkaart.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One entry of an analysis data file: its file, 1-based line number and text without comment. */
record DataFileLine(String file, int number, String content) {

	/** The non-blank lines of a file without their comments ({@code #} to the end of the line). */
	static List<DataFileLine> lines(Function<String, InputStream> files, String file) {
		InputStream in = files.apply(file);
		if (in == null) {
			throw new AnalysisDataException(file, 0, "not found on the classpath", null);
		}
		List<DataFileLine> lines = new ArrayList<>();
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)); BufferedReader buffered = new BufferedReader(reader)) {
			int number = 0;
			for (String text = buffered.readLine(); text != null; text = buffered.readLine()) {
				number++;
				int comment = text.indexOf('#');
				String content = ((comment >= 0) ? text.substring(0, comment) : text).strip();
				if (number == 1 && content.startsWith("\uFEFF")) {
					content = content.substring(1).strip();
				}
				if (!content.isEmpty()) {
					lines.add(new DataFileLine(file, number, content));
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw new AnalysisDataException(file, 0, "not UTF-8 text", ex);
		}
		catch (IOException ex) {
			throw new AnalysisDataException(file, 0, "cannot be read: " + ex.getMessage(), ex);
		}
		return lines;
	}

	AnalysisDataException malformed(String problem) {
		return malformed(problem, null);
	}

	AnalysisDataException malformed(String problem, Throwable cause) {
		return new AnalysisDataException(this.file, this.number, problem + " (in: " + this.content + ")", cause);
	}

}
