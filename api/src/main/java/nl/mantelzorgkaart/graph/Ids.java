package nl.mantelzorgkaart.graph;

import java.util.List;
import java.util.regex.Pattern;

/** Checks the ids clients send: every id in the graph is a lowercase slug. */
public final class Ids {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int MAX_LENGTH = 200;

	/** The most ids one argument takes. */
	public static final int MAX_IDS = 100;

	private Ids() {
	}

	/** The id, or an {@link InvalidArgumentException} naming the argument when it cannot be an id. */
	public static String require(String argument, String id) {
		if (!isValid(id)) {
			throw new InvalidArgumentException(argument, invalid(argument, id));
		}
		return id;
	}

	/** Whether the text can be an id: a lowercase slug of at most 200 characters. */
	public static boolean isValid(String id) {
		return id != null && id.length() <= MAX_LENGTH && SLUG.matcher(id).matches();
	}

	/** What an error says of a text that cannot be an id for {@code argument}. */
	public static ClientMessage invalid(String argument, String id) {
		String shown = (id == null) ? "null" : (id.length() > 40 ? id.substring(0, 40) + "…" : id);
		return new ClientMessage("api.id.invalid", shown, argument);
	}

	/** A list of ids (null stays null: no filter). */
	public static List<String> requireAll(String argument, List<String> ids) {
		if (ids == null) {
			return null;
		}
		if (ids.size() > MAX_IDS) {
			throw new InvalidArgumentException(argument, "api.ids.tooMany", argument, MAX_IDS, ids.size());
		}
		ids.forEach((id) -> require(argument, id));
		return List.copyOf(ids);
	}

}
