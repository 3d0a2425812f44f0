package nl.mantelzorgkaart.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The texts of the seed documents that sources name in {@code file}, so that the validator can check
 * that every cited section exists in its document.
 *
 * <p>A cited {@code section} names one or more places in a document, separated by {@code "; "}. Each
 * place is a path of headings from the outside in, separated by {@code " - "} (for example
 * {@code "2.2 Voor jonge mantelzorgers - KOPP KOV Almere - Trainingen"}); every heading must occur in the
 * document, each after the one before it. Texts are compared on their Latin letters and digits only,
 * because the PDF extractions break words and punctuation ("Alm ere", "mantelzorg -maatjes", "ς" for a
 * dash).
 */
public final class SourceDocuments {

	/** No document texts: sections are not checked (generated datasets whose sources are no documents). */
	public static final SourceDocuments UNCHECKED = new SourceDocuments(null);

	/** The folder of a dataset that holds the seed documents, next to the kind folders. */
	public static final String FOLDER = "documents";

	private final Map<String, String> comparableTexts;

	private SourceDocuments(Map<String, String> comparableTexts) {
		this.comparableTexts = comparableTexts;
	}

	/** The documents by file name, as read. */
	public static SourceDocuments of(Map<String, String> texts) {
		Map<String, String> comparable = new HashMap<>();
		texts.forEach((file, text) -> comparable.put(file, comparable(text)));
		return new SourceDocuments(Map.copyOf(comparable));
	}

	/**
	 * The {@code *.txt} documents in {@code <dataset>/documents/}. A dataset without that folder has no
	 * documents, so every source that names a file is reported; it is not silently left unchecked.
	 */
	public static SourceDocuments fromDataset(Path datasetRoot) {
		Path folder = datasetRoot.resolve(FOLDER);
		Map<String, String> texts = new HashMap<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> paths = Files.list(folder)) {
				for (Path path : paths.filter((p) -> p.getFileName().toString().endsWith(".txt")).toList()) {
					texts.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the seed documents in " + folder, ex);
			}
		}
		return of(texts);
	}

	/** Whether sections are checked at all. */
	public boolean checks() {
		return this.comparableTexts != null;
	}

	public boolean has(String file) {
		return file != null && this.comparableTexts != null && this.comparableTexts.containsKey(file);
	}

	/**
	 * The first heading of {@code section} that is not found in {@code file} after the headings before it
	 * on its path, or {@code null} when the whole section is found.
	 */
	public String missingHeading(String file, String section) {
		String text = this.comparableTexts.get(file);
		for (String place : section.split("; ")) {
			int from = 0;
			for (String heading : place.split(" - ")) {
				String wanted = comparable(heading);
				if (wanted.isEmpty()) {
					continue;
				}
				int at = text.indexOf(wanted, from);
				if (at < 0) {
					return heading.strip();
				}
				from = at + wanted.length();
			}
		}
		return null;
	}

	/** Lowercase Latin letters and digits only. */
	static String comparable(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			if (Character.isDigit(c)
					|| (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
				kept.appendCodePoint(Character.toLowerCase(c));
			}
		});
		return kept.toString();
	}

}
