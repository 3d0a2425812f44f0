package nl.mantelzorgkaart.search.analysis;

/**
 * A data file of the text-analysis chain is missing or malformed. The message names the file and,
 * for a bad entry, its line number and text.
 */
public final class AnalysisDataException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String file;

	private final int line;

	AnalysisDataException(String file, int line, String problem, Throwable cause) {
		super(file + ((line > 0) ? " line " + line : "") + ": " + problem, cause);
		this.file = file;
		this.line = line;
	}

	/** The classpath location of the file, e.g. {@code search/analysis/synonyms.txt}. */
	public String file() {
		return this.file;
	}

	/** The 1-based line number of the bad entry, or 0 when the file as a whole could not be read. */
	public int line() {
		return this.line;
	}

}
