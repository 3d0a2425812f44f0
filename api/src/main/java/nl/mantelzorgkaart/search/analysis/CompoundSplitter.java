package nl.mantelzorgkaart.search.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Reads a Dutch compound as a sequence of known word parts, e.g. "mantelzorgondersteuning" as
 * "mantelzorg" + "ondersteuning" and "vrijwilligerswerk" as "vrijwilliger" + "werk". Between parts a
 * linking "s", "e" or "en" may stand; after the last part an inflection ("s", "e", "en", "n", "er",
 * "ers"). The reading with the fewest parts wins; a word that is one known part (possibly inflected)
 * is not split, and a word with any unknown stretch has no reading at all.
 */
final class CompoundSplitter {

	private static final String[] LINKS = { "s", "e", "en" };

	private static final String[] ENDINGS = { "s", "e", "en", "n", "er", "ers" };

	private static final long NONE = Long.MAX_VALUE;

	/** The cost of one part; linking letters cost 1 each, far less. */
	private static final long PART = 1L << 32;

	private static final int AFTER_PART = 0;

	private static final int AFTER_LINK = 1;

	private final CharArraySet parts;

	private final int minPartSize;

	private final int maxPartSize;

	CompoundSplitter(CharArraySet parts, int minPartSize, int maxPartSize) {
		this.parts = parts;
		this.minPartSize = minPartSize;
		this.maxPartSize = maxPartSize;
	}

	/** The parts of {@code word}, or an empty list when it is not a compound of two or more known parts. */
	List<String> split(String word) {
		return split(word.toCharArray(), word.length());
	}

	/** The parts of the first {@code length} chars of {@code word}; see {@link #split(String)}. */
	List<String> split(char[] word, int length) {
		// A reading is a path through (position, state) nodes: state AFTER_PART may end the word or
		// take the next part, state AFTER_LINK must take the next part. A node's cost counts parts in
		// its high bits and linking letters in its low bits, so fewer parts win, then fewer links.
		long[][] cost = new long[2][length + 1];
		int[][] partStart = new int[2][length + 1];
		int[][] partEnd = new int[2][length + 1];
		int[][] previousState = new int[2][length + 1];
		Arrays.fill(cost[AFTER_PART], NONE);
		Arrays.fill(cost[AFTER_LINK], NONE);
		cost[AFTER_LINK][0] = 0;
		for (int start = 0; start < length; start++) {
			for (int state = 0; state < 2; state++) {
				if (cost[state][start] == NONE) {
					continue;
				}
				long parts = cost[state][start] + PART;
				for (int end = start + this.minPartSize; end <= Math.min(length, start + this.maxPartSize); end++) {
					if (!this.parts.contains(word, start, end - start)) {
						continue;
					}
					if (parts < cost[AFTER_PART][end]) {
						cost[AFTER_PART][end] = parts;
						partStart[AFTER_PART][end] = start;
						partEnd[AFTER_PART][end] = end;
						previousState[AFTER_PART][end] = state;
					}
					for (String link : LINKS) {
						int next = end + link.length();
						if (next < length && regionMatches(word, end, length, link)
								&& parts + link.length() < cost[AFTER_LINK][next]) {
							cost[AFTER_LINK][next] = parts + link.length();
							partStart[AFTER_LINK][next] = start;
							partEnd[AFTER_LINK][next] = end;
							previousState[AFTER_LINK][next] = state;
						}
					}
				}
			}
		}
		long best = NONE;
		int bestEnd = -1;
		for (int end = 1; end <= length; end++) {
			if (cost[AFTER_PART][end] < best && (end == length || endsWith(word, end, length))) {
				best = cost[AFTER_PART][end];
				bestEnd = end;
			}
		}
		if (bestEnd < 0 || (best / PART) < 2) {
			return List.of();
		}
		List<String> found = new ArrayList<>();
		int position = bestEnd;
		int state = AFTER_PART;
		while (position > 0) {
			int start = partStart[state][position];
			found.add(new String(word, start, partEnd[state][position] - start));
			state = previousState[state][position];
			position = start;
		}
		Collections.reverse(found);
		return found;
	}

	/**
	 * Whether {@code word} reads as a compound with a part ending at {@code at}, or the linking letters
	 * after a part ending there: "respijtzorg" at 7 ("respijt" + "zorg"), "gesprekstafel" at 8 if "tafel"
	 * were a part ("gesprek" + "s" + "tafel").
	 */
	boolean splitsAt(String word, int at) {
		List<String> parts = split(word);
		int end = 0;
		for (int i = 0; i < parts.size() - 1; i++) {
			end = word.indexOf(parts.get(i), end) + parts.get(i).length();
			int next = word.indexOf(parts.get(i + 1), end);
			if (at == end || at == next) {
				return true;
			}
		}
		return false;
	}

	/** Whether word[end, length) is one of the inflections a last part may take. */
	private static boolean endsWith(char[] word, int end, int length) {
		for (String ending : ENDINGS) {
			if (end + ending.length() == length && regionMatches(word, end, length, ending)) {
				return true;
			}
		}
		return false;
	}

	private static boolean regionMatches(char[] word, int offset, int length, String text) {
		if (offset + text.length() > length) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (word[offset + i] != text.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
