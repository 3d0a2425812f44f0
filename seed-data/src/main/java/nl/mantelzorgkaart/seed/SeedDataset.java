package nl.mantelzorgkaart.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.mantelzorgkaart.seed.Field.Type;
import nl.mantelzorgkaart.seed.SeedReader.RawRecord;
import nl.mantelzorgkaart.seed.SeedRecord.Link;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A set of dataset files: validates all of them against {@link SeedSchema} (every problem, not the
 * first) and streams their records, converted for the graph, once they are valid.
 */
public final class SeedDataset {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");

	/** A 4-digit postcode or a range of them; the dash may be an en dash, as sources write it. */
	private static final Pattern POSTCODES = Pattern.compile("([1-9][0-9]{3})(?:\\s*[-\u2013]\\s*([1-9][0-9]{3}))?");

	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s]+\\.[^\\s]+");

	/** The Netherlands, generously: the European part's bounding box with a margin. */
	static final double MIN_LAT = 50.7, MAX_LAT = 53.7, MIN_LON = 3.2, MAX_LON = 7.3;

	private static final LocalDate OLDEST_DATE = LocalDate.of(1950, 1, 1);

	private final List<SeedFile> files;

	private final SourceDocuments documents;

	private final LocalDate today;

	private Map<SeedKind, Set<String>> ids;

	/** Source id to the document file it names, known after pass 1 of {@link #validate()}. */
	private final Map<String, String> sourceFiles = new HashMap<>();

	/** Source id to its date as written, known after pass 1 of {@link #validate()}. */
	private final Map<String, String> sourceDates = new HashMap<>();

	/** A dataset whose cited sections are not checked against document texts (generated data). */
	public SeedDataset(List<SeedFile> files) {
		this(files, SourceDocuments.UNCHECKED, LocalDate.now());
	}

	/** A dataset whose cited sections must exist in {@code documents}. */
	public SeedDataset(List<SeedFile> files, SourceDocuments documents) {
		this(files, documents, LocalDate.now());
	}

	SeedDataset(List<SeedFile> files, LocalDate today) {
		this(files, SourceDocuments.UNCHECKED, today);
	}

	SeedDataset(List<SeedFile> files, SourceDocuments documents, LocalDate today) {
		this.files = List.copyOf(files);
		this.documents = documents;
		this.today = today;
	}

	public List<SeedFile> files() {
		return this.files;
	}

	/** The ids of every kind, known after {@link #validate()}. */
	public Map<SeedKind, Set<String>> ids() {
		if (this.ids == null) {
			throw new IllegalStateException("validate() first");
		}
		return this.ids;
	}

	/** Checks every file and record; returns all problems found, in file order. */
	public List<SeedProblem> validate() {
		List<SeedProblem> problems = new ArrayList<>();
		this.sourceFiles.clear();
		this.sourceDates.clear();
		Map<SeedKind, Map<String, String>> seen = new EnumMap<>(SeedKind.class);
		for (SeedKind kind : SeedKind.values()) {
			seen.put(kind, new HashMap<>());
		}
		// Pass 1: ids, so that pass 2 can check references to records in any file.
		for (SeedFile file : this.files) {
			if (file.kind() == null) {
				problems.add(new SeedProblem(file.name(), null, null, 0,
						"is not in a folder that names a kind of record; expected one of " + folders()));
				continue;
			}
			SeedReader.read(file, (raw) -> {
				JsonNode id = raw.node().get("id");
				if (id == null || !id.isString() || id.asString().isBlank()) {
					problems.add(new SeedProblem(file.name(), null, "id", raw.line(),
							"record has no id (every record needs 'id: <slug>')"));
					return;
				}
				String value = id.asString();
				if (file.kind() == SeedKind.SOURCE && text(raw.node().get("file")) != null) {
					this.sourceFiles.put(value, text(raw.node().get("file")));
				}
				if (file.kind() == SeedKind.SOURCE && text(raw.node().get("date")) != null) {
					this.sourceDates.put(value, text(raw.node().get("date")));
				}
				if (!SLUG.matcher(value).matches()) {
					problems.add(new SeedProblem(file.name(), value, "id", raw.line(),
							"'" + value + "' is not a slug (lowercase letters, digits and single dashes)"));
				}
				String earlier = seen.get(file.kind()).putIfAbsent(value, file.name() + ":" + raw.line());
				if (earlier != null) {
					problems.add(new SeedProblem(file.name(), value, "id", raw.line(), "duplicate "
							+ file.kind().displayName() + " id '" + value + "', already defined at " + earlier));
				}
			}, problems::add);
		}
		Map<SeedKind, Set<String>> known = new EnumMap<>(SeedKind.class);
		seen.forEach((kind, byId) -> known.put(kind, Set.copyOf(byId.keySet())));
		this.ids = known;
		// Pass 2: every field of every record.
		Map<String, String> areaParents = new HashMap<>();
		Map<String, String> groupParents = new HashMap<>();
		Map<String, String> areaKinds = new HashMap<>();
		Map<String, List<String>> areaRegions = new LinkedHashMap<>();
		Map<String, String> whereDefined = new HashMap<>();
		for (SeedFile file : this.files) {
			if (file.kind() == null) {
				continue;
			}
			SeedReader.read(file, (raw) -> {
				SeedRecord record = convert(raw, problems::add);
				if (record != null) {
					whereDefined.put(record.kind().folder() + "/" + record.id(), raw.file().name() + ":" + raw.line());
					// The tree runs through 'parent'; an area's 'regions' are PART_OF links too, checked below.
					String parent = text(raw.node().get("parent"));
					if (parent != null && record.kind() == SeedKind.AREA) {
						areaParents.put(record.id(), parent);
					}
					else if (parent != null && record.kind() == SeedKind.TARGET_GROUP) {
						groupParents.put(record.id(), parent);
					}
					if (record.kind() == SeedKind.AREA) {
						areaKinds.put(record.id(), (String) record.properties().get("kind"));
						JsonNode regions = raw.node().get("regions");
						if (regions != null && regions.isArray() && !regions.isEmpty()) {
							List<String> ids = new ArrayList<>();
							regions.forEach((region) -> ids.add(region.asString().strip()));
							areaRegions.put(record.id(), ids);
						}
					}
				}
			}, (problem) -> {
				// structural problems were reported in pass 1
			});
		}
		problems.addAll(cycles(SeedKind.AREA, areaParents, whereDefined));
		problems.addAll(cycles(SeedKind.TARGET_GROUP, groupParents, whereDefined));
		problems.addAll(regionProblems(areaRegions, areaParents, areaKinds, whereDefined));
		return problems;
	}

	/**
	 * An area's {@code regions} must be areas of kind {@code region} (a group of municipalities such as the
	 * HBEL-gemeenten) that do not lie within the area itself, so that the area hierarchy stays free of cycles.
	 */
	private static List<SeedProblem> regionProblems(Map<String, List<String>> regions, Map<String, String> parents,
			Map<String, String> kinds, Map<String, String> whereDefined) {
		List<SeedProblem> problems = new ArrayList<>();
		regions.forEach((area, targets) -> {
			String[] where = whereDefined.getOrDefault("areas/" + area, "areas:0").split(":");
			for (String region : targets) {
				if (!"region".equals(kinds.get(region))) {
					problems.add(new SeedProblem(where[0], area, "regions", Integer.parseInt(where[1]),
							"'" + region + "' is " + article(String.valueOf(kinds.get(region))) + ", not a region"));
					continue;
				}
				List<String> path = new ArrayList<>();
				for (String current = region; current != null && !path.contains(current); current = parents.get(current)) {
					path.add(current);
					if (current.equals(area)) {
						problems.add(new SeedProblem(where[0], area, "regions", Integer.parseInt(where[1]),
								"region '" + region + "' lies within " + area + ": " + String.join(" -> ", path)));
						break;
					}
				}
			}
		});
		return problems;
	}

	private static String text(JsonNode value) {
		return (value == null || !value.isString() || value.asString().isBlank()) ? null : value.asString().strip();
	}

	/** Validates, and throws with every problem when there is any. */
	public SeedDataset requireValid() {
		List<SeedProblem> problems = validate();
		if (!problems.isEmpty()) {
			throw new SeedValidationException(problems);
		}
		return this;
	}

	/** Streams the records of one kind, converted for the graph. Call after a clean validation. */
	public void records(SeedKind kind, Consumer<SeedRecord> sink) {
		ids();
		for (SeedFile file : this.files) {
			if (file.kind() != kind) {
				continue;
			}
			SeedReader.read(file, (raw) -> {
				SeedRecord record = convert(raw, (problem) -> {
					throw new SeedValidationException(List.of(problem));
				});
				sink.accept(record);
			}, (problem) -> {
				throw new SeedValidationException(List.of(problem));
			});
		}
	}

	private SeedRecord convert(RawRecord raw, Consumer<SeedProblem> problems) {
		SeedKind kind = raw.file().kind();
		ObjectNode node = raw.node();
		JsonNode idNode = node.get("id");
		if (idNode == null || !idNode.isString()) {
			return null; // reported in pass 1
		}
		String id = idNode.asString();
		Checker checker = new Checker(raw, id, problems);
		Map<String, Field> fields = SeedSchema.fields(kind);
		for (String name : node.propertyNames()) {
			if (!fields.containsKey(name)) {
				checker.problem(name, "unknown field for " + article(kind.displayName()) + "; known fields: "
						+ String.join(", ", fields.keySet()));
			}
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		List<Link> links = new ArrayList<>();
		List<Map<String, Object>> locations = new ArrayList<>();
		for (Field field : fields.values()) {
			JsonNode value = node.get(field.name());
			if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())
					|| (value.isArray() && value.isEmpty())) {
				if (field.required()) {
					checker.problem(field.name(), "is required");
				}
				continue;
			}
			switch (field.type()) {
				case REF -> {
					String target = checker.reference(field, value);
					if (target != null) {
						links.add(new Link(field.relationship(), field.incoming(), field.target(), target, Map.of()));
					}
				}
				case REF_LIST -> {
					for (JsonNode item : checker.list(field, value)) {
						String target = checker.reference(field, item);
						if (target != null) {
							links.add(new Link(field.relationship(), field.incoming(), field.target(), target,
									Map.of()));
						}
					}
				}
				case SOURCES -> links.addAll(checker.sources(field, value));
				case EXPLAINS -> links.addAll(checker.explains(field, value));
				case LOCATIONS -> locations.addAll(checker.locations(field, value));
				default -> {
					Object converted = checker.scalar(field.name(), field, value);
					if (converted != null) {
						properties.put(field.name(), converted);
					}
				}
			}
		}
		checker.ranges(properties);
		if (fields.containsKey("status") && !properties.containsKey("status")) {
			properties.put("status", "active"); // the documented default
		}
		if (kind == SeedKind.AREA && !"country".equals(properties.get("kind")) && text(node.get("parent")) == null) {
			checker.problem("parent", "is required for every area but the country");
		}
		if (kind == SeedKind.SOURCE && !properties.containsKey("file")
				&& (!properties.containsKey("url") || !properties.containsKey("readOn"))) {
			checker.problem(properties.containsKey("url") ? "readOn" : "file", "a source is either a seed document"
					+ " ('file') or a public source with its address and the date it was read ('url' and 'readOn')");
		}
		if (kind == SeedKind.AREA && properties.get("postcodes") instanceof List<?> written) {
			properties.put("postcodes", checker.postcodes(written));
		}
		if (kind == SeedKind.SOURCE && this.documents.checks() && properties.get("file") instanceof String file
				&& !this.documents.has(file)) {
			checker.problem("file", "'" + file + "' is not among the seed documents in " + SourceDocuments.FOLDER
					+ "/, so its sections cannot be checked");
		}
		if (properties.get("lastVerified") instanceof LocalDate verified) {
			newestSource(links).ifPresent((newest) -> {
				LocalDate date = LocalDate.parse(this.sourceDates.get(newest));
				if (!verified.equals(date)) {
					checker.problem("lastVerified", "is " + verified + ", but the newest source it cites, '" + newest
							+ "', is of " + date + ": lastVerified is the date of the newest source");
				}
			});
		}
		if (links.stream().anyMatch((link) -> link.targetKind() == kind && link.targetId().equals(id))) {
			checker.problem(null, "refers to itself");
		}
		if (checker.failed) {
			return null;
		}
		return new SeedRecord(kind, id, raw.file().name(), properties, links, locations);
	}

	/** The cited source with the latest date (of those whose date could be read), if any. */
	private Optional<String> newestSource(List<Link> links) {
		String newest = null;
		LocalDate newestDate = null;
		for (Link link : links) {
			if (!SeedSchema.CITED_IN.equals(link.type())) {
				continue;
			}
			String written = this.sourceDates.get(link.targetId());
			LocalDate date;
			try {
				date = (written == null) ? null : LocalDate.parse(written);
			}
			catch (DateTimeParseException ex) {
				date = null; // reported on the source itself
			}
			if (date != null && (newestDate == null || date.isAfter(newestDate))) {
				newest = link.targetId();
				newestDate = date;
			}
		}
		return Optional.ofNullable(newest);
	}

	/** One problem per cycle of parents, reported at the record where the cycle was first met. */
	private List<SeedProblem> cycles(SeedKind kind, Map<String, String> parents, Map<String, String> whereDefined) {
		List<SeedProblem> problems = new ArrayList<>();
		Set<String> done = new HashSet<>();
		for (String start : new java.util.TreeSet<>(parents.keySet())) {
			List<String> path = new ArrayList<>();
			String current = start;
			while (current != null && !done.contains(current) && !path.contains(current)) {
				path.add(current);
				current = parents.get(current);
			}
			if (current != null && path.contains(current)) {
				List<String> cycle = path.subList(path.indexOf(current), path.size());
				String[] where = whereDefined.getOrDefault(kind.folder() + "/" + current, kind.folder() + ":0").split(":");
				problems.add(new SeedProblem(where[0], current, "parent", Integer.parseInt(where[1]),
						"parents form a cycle: " + String.join(" -> ", cycle) + " -> " + current));
			}
			done.addAll(path);
		}
		return problems;
	}

	private static String article(String noun) {
		return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}

	private static String folders() {
		List<String> folders = new ArrayList<>();
		for (SeedKind kind : SeedKind.values()) {
			folders.add(kind.folder());
		}
		return String.join(", ", folders);
	}

	/** Checks the fields of one record and reports each problem with file, id, field and line. */
	private final class Checker {

		private final RawRecord raw;

		private final String id;

		private final Consumer<SeedProblem> problems;

		private boolean failed;

		Checker(RawRecord raw, String id, Consumer<SeedProblem> problems) {
			this.raw = raw;
			this.id = id;
			this.problems = problems;
		}

		void problem(String field, String message) {
			this.failed = true;
			this.problems.accept(new SeedProblem(this.raw.file().name(), this.id, field, this.raw.line(), message));
		}

		Iterable<JsonNode> list(Field field, JsonNode value) {
			if (!value.isArray()) {
				problem(field.name(), "expected a list, e.g. [a, b], found " + SeedReader.describe(value));
				return List.of();
			}
			return value;
		}

		String text(String field, JsonNode value) {
			if (!value.isString() && !value.isNumber()) {
				problem(field, "expected text, found " + SeedReader.describe(value));
				return null;
			}
			String text = value.asString().strip();
			return text.isEmpty() ? null : text;
		}

		String reference(Field field, JsonNode value) {
			String target = text(field.name(), value);
			if (target == null) {
				return null;
			}
			if (!SeedDataset.this.ids.get(field.target()).contains(target)) {
				problem(field.name(), "unknown " + field.target().displayName() + " '" + target + "'");
				return null;
			}
			return target;
		}

		Object scalar(String name, Field field, JsonNode value) {
			return switch (field.type()) {
				case STRING -> text(name, value);
				case URL -> {
					String url = text(name, value);
					if (url != null && !WEB_ADDRESS.matcher(url).matches()) {
						problem(name, "'" + url + "' is not a web address (http:// or https://)");
					}
					yield url;
				}
				case EMAIL -> {
					String email = text(name, value);
					if (email != null && !EMAIL_ADDRESS.matcher(email).matches()) {
						problem(name, "'" + email + "' is not an e-mail address");
					}
					yield email;
				}
				case INT -> {
					if (!value.canConvertToInt() || !value.isIntegralNumber()) {
						problem(name, "expected a whole number, found " + SeedReader.describe(value));
						yield null;
					}
					yield value.asInt();
				}
				case LATITUDE, LONGITUDE -> {
					if (!value.isNumber()) {
						problem(name, "expected a number (WGS84 degrees), found " + SeedReader.describe(value));
						yield null;
					}
					double degrees = value.asDouble();
					boolean latitude = field.type() == Type.LATITUDE;
					double min = latitude ? MIN_LAT : MIN_LON;
					double max = latitude ? MAX_LAT : MAX_LON;
					if (degrees < min || degrees > max) {
						problem(name, degrees + " is outside the Netherlands (" + (latitude ? "latitude" : "longitude")
								+ " " + min + " to " + max + ")");
						yield null;
					}
					yield degrees;
				}
				case DATE -> {
					String text = text(name, value);
					if (text == null) {
						yield null;
					}
					try {
						LocalDate date = LocalDate.parse(text);
						if (date.isAfter(SeedDataset.this.today) || date.isBefore(OLDEST_DATE)) {
							problem(name, "date " + text + " is in the future or before 1950");
							yield null;
						}
						yield date;
					}
					catch (DateTimeParseException ex) {
						problem(name, "'" + text + "' is not a date (expected YYYY-MM-DD)");
						yield null;
					}
				}
				case ENUM -> {
					String text = text(name, value);
					if (text != null && !field.allowed().contains(text)) {
						problem(name, "'" + text + "' is not one of " + sorted(field.allowed()));
						yield null;
					}
					yield text;
				}
				case ENUM_LIST, STRING_LIST -> {
					List<String> items = new ArrayList<>();
					for (JsonNode item : list(field, value)) {
						String text = text(name, item);
						if (text == null) {
							continue;
						}
						if (field.type() == Type.ENUM_LIST && !field.allowed().contains(text)) {
							problem(name, "'" + text + "' is not one of " + sorted(field.allowed()));
							continue;
						}
						items.add(text);
					}
					yield items.isEmpty() ? null : items;
				}
				default -> throw new IllegalStateException("not a scalar field: " + field);
			};
		}

		/**
		 * An area's 4-digit postcodes as its source writes them, single ("1305") or as ranges ("1311-1319"),
		 * expanded to every postcode in order.
		 */
		List<String> postcodes(List<?> written) {
			TreeSet<Integer> postcodes = new TreeSet<>();
			for (Object item : written) {
				Matcher range = POSTCODES.matcher(String.valueOf(item).strip());
				if (!range.matches()) {
					problem("postcodes", "'" + item + "' is no 4-digit postcode (1000-9999) or range of them"
							+ " such as 1311-1319");
					continue;
				}
				int from = Integer.parseInt(range.group(1));
				int to = (range.group(2) != null) ? Integer.parseInt(range.group(2)) : from;
				if (to < from) {
					problem("postcodes", "range '" + item + "' ends before it starts");
					continue;
				}
				for (int postcode = from; postcode <= to; postcode++) {
					postcodes.add(postcode);
				}
			}
			return postcodes.stream().map(String::valueOf).toList();
		}

		List<Link> sources(Field field, JsonNode value) {
			List<Link> links = new ArrayList<>();
			for (JsonNode item : list(field, value)) {
				if (!(item instanceof ObjectNode source)) {
					problem(field.name(), "expected {source: <source id>, section: \"...\"}, found "
							+ SeedReader.describe(item));
					continue;
				}
				JsonNode sourceId = source.get("source");
				JsonNode section = source.get("section");
				if (sourceId == null || !sourceId.isString()) {
					problem(field.name(), "a source entry has no 'source' id");
					continue;
				}
				if (!SeedDataset.this.ids.get(SeedKind.SOURCE).contains(sourceId.asString())) {
					problem(field.name(), "unknown source '" + sourceId.asString() + "'");
					continue;
				}
				if (section == null || !section.isString() || section.asString().isBlank()) {
					problem(field.name(), "source '" + sourceId.asString() + "' names no section");
					continue;
				}
				String file = SeedDataset.this.sourceFiles.get(sourceId.asString());
				if (SeedDataset.this.documents.has(file)) {
					String missing = SeedDataset.this.documents.missingHeading(file, section.asString());
					if (missing != null) {
						problem(field.name(), "source '" + sourceId.asString() + "' has no section \""
								+ section.asString().strip() + "\": the heading \"" + missing + "\" is not in " + file
								+ " (after the headings before it)");
						continue;
					}
				}
				links.add(new Link(SeedSchema.CITED_IN, false, SeedKind.SOURCE, sourceId.asString(),
						Map.of("section", section.asString().strip())));
			}
			return links;
		}

		List<Link> explains(Field field, JsonNode value) {
			List<Link> links = new ArrayList<>();
			for (JsonNode item : list(field, value)) {
				String target = text(field.name(), item);
				if (target == null) {
					continue;
				}
				int slash = target.indexOf('/');
				SeedKind kind = (slash > 0) ? SeedKind.ofFolder(target.substring(0, slash)).orElse(null) : null;
				if (kind == null) {
					problem(field.name(), "'" + target + "' is not <kind folder>/<id>, e.g. respite-types/blokzorg");
					continue;
				}
				String targetId = target.substring(slash + 1);
				if (!SeedDataset.this.ids.get(kind).contains(targetId)) {
					problem(field.name(), "unknown " + kind.displayName() + " '" + targetId + "'");
					continue;
				}
				links.add(new Link(SeedSchema.EXPLAINS_RELATIONSHIP, false, kind, targetId, Map.of()));
			}
			return links;
		}

		List<Map<String, Object>> locations(Field field, JsonNode value) {
			List<Map<String, Object>> locations = new ArrayList<>();
			int index = 0;
			for (JsonNode item : list(field, value)) {
				index++;
				String name = field.name() + "[" + index + "]";
				if (!(item instanceof ObjectNode object)) {
					problem(name, "expected a location {address, postcode, city, lat, lon}, found "
							+ SeedReader.describe(item));
					continue;
				}
				Map<String, Object> location = new LinkedHashMap<>();
				for (String property : object.propertyNames()) {
					if (SeedSchema.LOCATION_FIELDS.stream().noneMatch((f) -> f.name().equals(property))) {
						problem(name + "." + property, "unknown field for a location");
					}
				}
				for (Field locationField : SeedSchema.LOCATION_FIELDS) {
					JsonNode part = object.get(locationField.name());
					if (part != null && !part.isNull()) {
						Object converted = scalar(name + "." + locationField.name(), locationField, part);
						if (converted != null) {
							location.put(locationField.name(), converted);
						}
					}
				}
				if (location.containsKey("lat") != location.containsKey("lon")) {
					problem(name, "has only one of lat and lon");
					continue;
				}
				if (!location.containsKey("address") && !location.containsKey("name")
						&& !location.containsKey("city")) {
					problem(name, "needs at least a name, an address or a city");
					continue;
				}
				location.put("id", locationId(location));
				locations.add(location);
			}
			return locations;
		}

		void ranges(Map<String, Object> properties) {
			Object min = properties.get("ageMin");
			Object max = properties.get("ageMax");
			for (String name : List.of("ageMin", "ageMax")) {
				if (properties.get(name) instanceof Integer age && (age < 0 || age > 120)) {
					problem(name, "age " + age + " is not between 0 and 120");
				}
			}
			if (min instanceof Integer from && max instanceof Integer to && from > to) {
				problem("ageMax", "ageMax " + to + " is below ageMin " + from);
			}
			if (properties.containsKey("lat") != properties.containsKey("lon")) {
				problem(properties.containsKey("lat") ? "lon" : "lat", "lat and lon go together");
			}
			if (properties.get("order") instanceof Integer order && (order < 1 || order > 8)) {
				problem("order", "order " + order + " is not 1 to 8 (there are 8 support functions)");
			}
		}

	}

	/** Locations are shared by address: two records naming one address point at one node. */
	static String locationId(Map<String, Object> location) {
		StringBuilder key = new StringBuilder();
		for (String part : List.of("postcode", "address", "city", "name")) {
			Object value = location.get(part);
			if (value != null) {
				key.append(value).append(' ');
			}
		}
		return "loc-" + slug(key.toString());
	}

	/** A slug of free text: lowercase ASCII letters and digits separated by single dashes. */
	public static String slug(String text) {
		String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT);
		return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private static List<String> sorted(Set<String> values) {
		return values.stream().sorted().toList();
	}

}
