package nl.mantelzorgkaart.search.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a search text can name, and finding them in a text: the areas of the social map by their
 * names and the short forms people type ("almere haven", "hbel"), a misspelt name ("almre"), and the
 * 4-digit postcodes that the areas' sources give and those of the addresses in our records ("1353", "1315
 * BC"). Made when the index is built,
 * kept with it ({@link #encode()}), so that a search needs no graph to read its text.
 *
 * <p>Countries are never read from a text: "Alzheimer Nederland" is a name, and a search in the whole
 * country is the search without a place.
 */
public final class PlaceNames {

	/** The shortest name a misspelling is forgiven in: shorter names are too close to common words. */
	static final int MIN_FUZZY_LENGTH = 5;

	/** A Dutch postcode: four digits (not starting with 0) and optionally two letters. */
	private static final Pattern POSTCODE = Pattern.compile("(?<![\\p{L}\\p{N}])([1-9]\\d{3})(?:\\s?([a-zA-Z]{2}))?(?![\\p{L}\\p{N}])");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	public static final PlaceNames NONE = new PlaceNames(List.of(), Map.of());

	private final List<Place> places;

	private final Map<String, Place> byId = new LinkedHashMap<>();

	/** The area of each known 4-digit postcode. */
	private final Map<String, String> postcodes;

	/** Every name of every place as its words, longest first, so that "almere haven" wins over "almere". */
	private final List<Map.Entry<List<String>, Place>> names = new ArrayList<>();

	public PlaceNames(List<Place> places, Map<String, String> postcodes) {
		this.places = List.copyOf(places);
		this.postcodes = Map.copyOf(postcodes);
		for (Place place : this.places) {
			this.byId.put(place.id(), place);
			for (String name : place.names()) {
				List<String> words = words(name);
				if (!words.isEmpty()) {
					this.names.add(Map.entry(words, place));
				}
			}
		}
		this.names.sort((a, b) -> Integer.compare(b.getKey().size(), a.getKey().size()));
	}

	/**
	 * A place of the social map.
	 *
	 * @param kind the stored kind of area ({@code municipality}, {@code district}, {@code region}, ...)
	 * @param names what a text may call it, its name first
	 * @param lat the latitude of its centre, or null when unknown
	 * @param lon the longitude of its centre, or null when unknown
	 */
	public record Place(String id, String kind, List<String> names, Double lat, Double lon) {

		public Place(String id, String kind, List<String> names) {
			this(id, kind, names, null, null);
		}

		public String name() {
			return this.names.get(0);
		}

	}

	/**
	 * What a text says of places: the areas it names, the words that named them, and the text without
	 * those words; and a postcode it gives that we know no area of.
	 *
	 * @param areas the places named, in the order of the text
	 * @param words the words that named them, as typed
	 * @param rest the text without them (what the search looks for in the places)
	 * @param unknownPostcode a 4-digit postcode of the text that no record of ours lies in, or null
	 */
	public record Found(List<Place> areas, List<String> words, String rest, String unknownPostcode) {

		public boolean any() {
			return !this.areas.isEmpty() || this.unknownPostcode != null;
		}

	}

	/**
	 * The places a text names. A single word names a place only as a whole word; a misspelt one only when
	 * the index does not know the word as it is typed ({@code known}), so that "leren" is never Laren.
	 */
	public Found find(String text, Predicate<String> known) {
		if (text == null || text.isBlank() || (this.places.isEmpty() && this.postcodes.isEmpty())) {
			return new Found(List.of(), List.of(), text, null);
		}
		Map<String, Place> found = new LinkedHashMap<>();
		List<String> words = new ArrayList<>();
		String rest = text;
		String unknownPostcode = null;
		Matcher postcode = POSTCODE.matcher(text);
		while (postcode.find()) {
			String area = this.postcodes.get(postcode.group(1));
			if (area != null && place(area) != null) {
				found.putIfAbsent(area, place(area));
			}
			else if (unknownPostcode == null) {
				unknownPostcode = postcode.group(1);
			}
			words.add(postcode.group());
			rest = rest.replace(postcode.group(), " ");
		}
		// The text's words as typed, and folded for comparing.
		String[] typed = rest.trim().isEmpty() ? new String[0] : rest.trim().split("\\s+");
		List<String> folded = new ArrayList<>();
		List<Integer> owner = new ArrayList<>();
		for (int i = 0; i < typed.length; i++) {
			for (String word : words(typed[i])) {
				folded.add(word);
				owner.add(i);
			}
		}
		boolean[] used = new boolean[typed.length];
		for (int start = 0; start < folded.size(); start++) {
			Match match = match(folded, start, known);
			if (match == null || used[owner.get(start)]) {
				continue;
			}
			found.putIfAbsent(match.place.id(), match.place);
			int first = owner.get(start);
			int last = owner.get(start + match.length - 1);
			StringBuilder said = new StringBuilder();
			for (int i = first; i <= last; i++) {
				used[i] = true;
				said.append(i > first ? " " : "").append(typed[i]);
			}
			words.add(said.toString());
			start += match.length - 1;
		}
		StringBuilder remaining = new StringBuilder();
		for (int i = 0; i < typed.length; i++) {
			if (!used[i]) {
				remaining.append(remaining.length() > 0 ? " " : "").append(typed[i]);
			}
		}
		if (found.isEmpty() && unknownPostcode == null) {
			return new Found(List.of(), List.of(), text, null);
		}
		return new Found(new ArrayList<>(found.values()), words, remaining.toString(), unknownPostcode);
	}

	private record Match(Place place, int length) {

	}

	private Match match(List<String> folded, int start, Predicate<String> known) {
		for (Map.Entry<List<String>, Place> name : this.names) {
			List<String> words = name.getKey();
			if (start + words.size() <= folded.size() && folded.subList(start, start + words.size()).equals(words)) {
				return new Match(name.getValue(), words.size());
			}
		}
		String word = folded.get(start);
		if (word.length() >= MIN_FUZZY_LENGTH && !known.test(word)) {
			for (Map.Entry<List<String>, Place> name : this.names) {
				List<String> words = name.getKey();
				if (words.size() == 1 && words.get(0).length() >= MIN_FUZZY_LENGTH && oneEditApart(word, words.get(0))) {
					return new Match(name.getValue(), 1);
				}
			}
		}
		return null;
	}

	/** Whether two words differ by one letter added, left out, changed or two letters swapped. */
	static boolean oneEditApart(String a, String b) {
		if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (a.length() == b.length()) {
			if (a.substring(i + 1).equals(b.substring(i + 1))) {
				return true;
			}
			return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
					&& a.substring(i + 2).equals(b.substring(i + 2));
		}
		String longer = (a.length() > b.length()) ? a : b;
		String shorter = (a.length() > b.length()) ? b : a;
		return longer.substring(i + 1).equals(shorter.substring(i));
	}

	/** A place by id, or null. */
	public Place place(String id) {
		return this.byId.get(id);
	}

	/** Words of a name or text as compared: lower case, accents folded, split at anything not a letter or digit. */
	static List<String> words(String text) {
		String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		List<String> words = new ArrayList<>();
		for (String word : NOT_A_WORD.split(folded)) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * What a text may call an area: its name, its id read as words ("almere-haven"), the name without what
	 * follows in brackets ("HBEL-gemeenten (Huizen, …)" is "HBEL-gemeenten") and without "-gemeenten"
	 * ("HBEL").
	 */
	public static List<String> namesOf(String id, String name) {
		Set<String> names = new LinkedHashSet<>();
		names.add(name);
		String bare = name.replaceAll("\\s*\\(.*\\)\\s*$", "").trim();
		names.add(bare);
		names.add(bare.replaceAll("(?i)[- ]?gemeenten$", "").trim());
		names.add(id.replace('-', ' '));
		names.removeIf(String::isBlank);
		return new ArrayList<>(names);
	}

	/**
	 * As kept in the index's commit: a line per place ({@code P id TAB kind TAB lat,lon TAB names by TAB})
	 * and per postcode ({@code C postcode TAB area}).
	 */
	public String encode() {
		StringBuilder encoded = new StringBuilder();
		for (Place place : this.places) {
			encoded.append("P\t").append(place.id()).append('\t').append(place.kind() != null ? place.kind() : "")
				.append('\t').append(place.lat() != null ? place.lat() + "," + place.lon() : "");
			place.names().forEach((name) -> encoded.append('\t').append(name.replace('\t', ' ').replace('\n', ' ')));
			encoded.append('\n');
		}
		this.postcodes.forEach((postcode, area) -> encoded.append("C\t").append(postcode).append('\t').append(area).append('\n'));
		return encoded.toString();
	}

	/** What {@link #encode()} wrote; {@link #NONE} for nothing. */
	public static PlaceNames decode(String encoded) {
		if (encoded == null || encoded.isEmpty()) {
			return NONE;
		}
		List<Place> places = new ArrayList<>();
		Map<String, String> postcodes = new LinkedHashMap<>();
		for (String line : encoded.split("\n")) {
			String[] parts = line.split("\t", -1);
			if (parts[0].equals("P") && parts.length >= 5) {
				String[] centre = parts[3].split(",");
				places.add(new Place(parts[1], parts[2].isEmpty() ? null : parts[2], List.of(parts).subList(4, parts.length),
						centre.length == 2 ? Double.valueOf(centre[0]) : null, centre.length == 2 ? Double.valueOf(centre[1]) : null));
			}
			else if (parts[0].equals("C") && parts.length == 3) {
				postcodes.put(parts[1], parts[2]);
			}
		}
		return new PlaceNames(places, postcodes);
	}

}
