package nl.mantelzorgkaart.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Relay cursor: the sort it belongs to, and the sort key and id of the last record seen, so that
 * the next page continues exactly after it (keyset paging, stable under inserts). Opaque to
 * clients: base64url.
 */
public record Cursor(Sort sort, String key, String id) {

	private static final String VERSION = "c1";

	public String encode() {
		String raw = String.join("\u001f", VERSION, this.sort.field().name(), this.sort.direction().name(), this.key,
				this.id);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/** Decodes a cursor given as {@code after}, checking that it was made for the same sort. */
	public static Cursor decode(String text, Sort sort) {
		if (text == null) {
			return null;
		}
		String[] parts;
		try {
			parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\u001f", -1);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		if (parts.length != 5 || !parts[0].equals(VERSION)) {
			throw invalid();
		}
		Sort cursorSort;
		try {
			cursorSort = new Sort(Sort.Field.valueOf(parts[1]), Sort.Direction.valueOf(parts[2]));
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		if (!cursorSort.equals(sort)) {
			throw new InvalidArgumentException("after", "api.cursor.otherSort", parts[1], parts[2]);
		}
		return new Cursor(cursorSort, parts[3], parts[4]);
	}

	private static InvalidArgumentException invalid() {
		return new InvalidArgumentException("after", "api.cursor.foreign");
	}

}
