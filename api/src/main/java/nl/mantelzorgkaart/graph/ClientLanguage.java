package nl.mantelzorgkaart.graph;

import java.util.List;
import java.util.Locale;

/**
 * The language an answer speaks to a client (issue 20): Dutch unless the client asks for English, in its
 * {@code Accept-Language} header ({@code en}, {@code en-GB;q=0.9}, ...). Only Dutch and English exist; a header
 * that names neither first, or that is no header at all ({@code @@@}), gets Dutch, never an error.
 */
public final class ClientLanguage {

	public static final Locale DUTCH = Locale.forLanguageTag("nl");

	public static final Locale ENGLISH = Locale.ENGLISH;

	private ClientLanguage() {
	}

	/** Dutch or English for an {@code Accept-Language} header (null or garbage: Dutch). */
	public static Locale of(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 4096) {
			return DUTCH;
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (RuntimeException ex) {
			// Not a list of languages ("@@@"; "-" even throws ArrayIndexOutOfBoundsException from the JDK's parser).
			return DUTCH;
		}
		for (Locale.LanguageRange range : ranges) {
			if (range.getWeight() <= 0) {
				continue;
			}
			String tag = range.getRange();
			if (tag.equals("en") || tag.startsWith("en-")) {
				return ENGLISH;
			}
			if (tag.equals("nl") || tag.startsWith("nl-") || tag.equals("*")) {
				return DUTCH;
			}
		}
		return DUTCH;
	}

	/** English or Dutch: the only languages there are. */
	public static Locale supported(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? ENGLISH : DUTCH;
	}

}
