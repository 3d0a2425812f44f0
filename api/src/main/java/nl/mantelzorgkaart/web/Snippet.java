package nl.mantelzorgkaart.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A highlighted passage as plain-text segments, each marked or not. The search returns passages
 * HTML-escaped with {@code <mark>} around matches; the page renders segments with {@code th:text}, so
 * nothing from the data ever reaches the page as markup, even if that escaping changed.
 */
record Snippet(List<Segment> segments) {

	/** A run of text, highlighted or not. */
	record Segment(String text, boolean marked) {

	}

	private static final String OPEN = "<mark>";

	private static final String CLOSE = "</mark>";

	static Snippet parse(String highlighted) {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		while (at < highlighted.length()) {
			int open = highlighted.indexOf(OPEN, at);
			if (open < 0) {
				add(segments, highlighted.substring(at), false);
				break;
			}
			add(segments, highlighted.substring(at, open), false);
			int close = highlighted.indexOf(CLOSE, open + OPEN.length());
			if (close < 0) {
				add(segments, highlighted.substring(open + OPEN.length()), true);
				break;
			}
			add(segments, highlighted.substring(open + OPEN.length(), close), true);
			at = close + CLOSE.length();
		}
		return new Snippet(segments);
	}

	private static void add(List<Segment> segments, String escaped, boolean marked) {
		if (!escaped.isEmpty()) {
			segments.add(new Segment(HtmlUtils.htmlUnescape(escaped), marked));
		}
	}

}
