package nl.mantelzorgkaart.seed.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import nl.mantelzorgkaart.seed.SourceDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A deterministic synthetic social map of national shape for scale runs: the 12 provinces, about 340
 * municipalities with districts, organisations, networks and offerings with Dutch-sounding names and
 * texts built from the real vocabulary (themes, target groups, functions, respite types, funding
 * routes). The same seed and size give byte-identical files, in the format the loader reads.
 */
public final class SyntheticDataset {

	/** The real vocabulary, copied into every synthetic dataset so that it is complete on its own. */
	static final List<String> VOCABULARY_FILES = List.of("sources/seeds.yaml", "sources/centres.yaml", "sources/public.yaml", "care-themes/landelijk.yaml",
			"target-groups/landelijk.yaml", "support-functions/landelijk.yaml", "respite-types/landelijk.yaml",
			"funding-routes/landelijk.yaml", "areas/nederland.yaml");

	static final int MUNICIPALITIES = 342;

	private static final int RECORDS_PER_FILE = 50_000;

	private static final String SOURCE = "synthetisch-testbestand";

	private static final String DATE = "2026-01-01";

	private static final String[] STEMS = { "Aal", "Bree", "Dor", "Eem", "Gel", "Haar", "Ker", "Lin", "Mar", "Nun",
			"Ros", "Stein", "Ter", "Vel", "Wes", "Zwa", "Ber", "Dal", "Eck", "Hol", "Oos", "Rij", "Sli", "Ulf", "Wou",
			"Zee", "Ame", "Bor", "Cuy", "Doe" };

	private static final String[] ENDINGS = { "veen", "broek", "dam", "dijk", "wijk", "horst", "hoven", "lo", "rade",
			"zand", "meer", "berg", "wold", "hout", "sloot", "hem", "kerk", "stede" };

	private static final String[] DISTRICTS = { "Centrum", "Noord", "Zuid", "Oost", "West", "De Hoven", "Het Zand",
			"Buitenhof", "Molenwijk", "Stationskwartier", "De Akkers", "Waterkant" };

	private static final String[] STREETS = { "Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat", "Lindelaan",
			"Beukenlaan", "Julianastraat", "Stationsweg", "Wilhelminalaan", "Parkweg", "Zuiderweg", "Brink" };

	private static final String[] PLACES = { "De Linde", "Het Baken", "De Eik", "Het Anker", "De Horizon",
			"Zonnehof", "De Boomgaard", "Het Trefpunt", "De Brug", "Rustpunt" };

	/** Province ids of areas/nederland.yaml with a rough bounding box (lat, lon, half-height, half-width). */
	private static final Object[][] PROVINCES = { { "groningen-provincie", 53.22, 6.74, 0.15, 0.35 },
			{ "friesland", 53.11, 5.85, 0.15, 0.4 }, { "drenthe", 52.86, 6.62, 0.15, 0.3 },
			{ "overijssel", 52.44, 6.45, 0.15, 0.4 }, { "flevoland", 52.53, 5.60, 0.1, 0.2 },
			{ "gelderland", 52.06, 5.95, 0.2, 0.5 }, { "utrecht-provincie", 52.08, 5.18, 0.1, 0.2 },
			{ "noord-holland", 52.58, 4.87, 0.2, 0.1 }, { "zuid-holland", 52.02, 4.49, 0.12, 0.25 },
			{ "zeeland", 51.49, 3.85, 0.08, 0.3 }, { "noord-brabant", 51.56, 5.20, 0.12, 0.6 },
			{ "limburg", 51.21, 5.93, 0.3, 0.06 } };

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final long seed;

	private final int offerings;

	public SyntheticDataset(long seed, int offerings) {
		if (offerings < 1 || offerings > 1_000_000) {
			throw new IllegalArgumentException("offerings must be 1 to 1,000,000, got " + offerings);
		}
		this.seed = seed;
		this.offerings = offerings;
	}

	/** Writes the dataset under {@code root} (which must be empty or absent); returns counts per kind. */
	public Map<String, Integer> writeTo(Path root) {
		try {
			if (Files.isDirectory(root)) {
				try (var entries = Files.list(root)) {
					if (entries.findAny().isPresent()) {
						throw new IllegalArgumentException("output directory is not empty: " + root);
					}
				}
			}
			return write(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, Integer> write(Path root) throws IOException {
		SplittableRandom random = new SplittableRandom(this.seed);
		Map<String, List<String>> vocabulary = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (String file : VOCABULARY_FILES) {
			Path target = root.resolve(file);
			Files.createDirectories(target.getParent());
			try (InputStream in = resource(file)) {
				Files.copy(in, target);
			}
			String folder = file.substring(0, file.indexOf('/'));
			List<String> ids = new ArrayList<>();
			for (JsonNode record : YAML.readTree(target.toFile())) {
				ids.add(record.get("id").asString());
				if (record.get("file") != null) {
					copyDocument(root, record.get("file").asString());
				}
				JsonNode name = record.get("name");
				if (name != null) {
					names.put(folder + "/" + record.get("id").asString(), name.asString());
				}
			}
			vocabulary.put(folder, ids);
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		try (Writer out = writer(root.resolve("sources/synthetic.yaml"))) {
			out.write("- id: " + SOURCE + "\n  file: synthetic.txt\n  title: Synthetisch testbestand (seed " + this.seed
					+ ")\n  publisher: Mantelzorgkaart generator\n  date: " + DATE + "\n  datePrecision: day\n");
		}
		// The synthetic records cite the section "generator" of a document of their own.
		try (Writer out = writer(root.resolve(SourceDocuments.FOLDER + "/synthetic.txt"))) {
			out.write("Synthetisch testbestand\n\ngenerator\nAlle records die dit bestand noemen zijn verzonnen door de"
					+ " generator van de Mantelzorgkaart (seed " + this.seed + "), om te meten en te testen.\n");
		}
		List<Municipality> municipalities = writeAreas(root, random);
		counts.put("areas", municipalities.stream().mapToInt((m) -> 1 + m.districts.size()).sum());
		int organisationCount = Math.max(20, this.offerings / 4);
		List<Organisation> organisations = writeOrganisations(root, random, municipalities, organisationCount);
		counts.put("organisations", organisations.size());
		counts.put("networks", writeNetworks(root, random, organisations, vocabulary));
		writeOfferings(root, random, organisations, vocabulary, names);
		counts.put("offerings", this.offerings);
		return counts;
	}

	private record Municipality(String id, String name, String province, double lat, double lon,
			List<String> districts) {

	}

	private record Organisation(String id, String name, String kind, Municipality municipality) {

	}

	private List<Municipality> writeAreas(Path root, SplittableRandom random) throws IOException {
		List<Municipality> municipalities = new ArrayList<>();
		Set<String> used = new HashSet<>();
		try (Writer out = writer(root.resolve("areas/synthetic.yaml"))) {
			for (int i = 0; i < MUNICIPALITIES; i++) {
				Object[] province = PROVINCES[i % PROVINCES.length];
				String name;
				do {
					name = STEMS[random.nextInt(STEMS.length)] + ENDINGS[random.nextInt(ENDINGS.length)];
				}
				while (!used.add(name) && used.size() < STEMS.length * ENDINGS.length);
				if (used.size() >= STEMS.length * ENDINGS.length) {
					name = name + " " + (i + 1);
				}
				double lat = round((double) province[1] + (random.nextDouble() * 2 - 1) * (double) province[3]);
				double lon = round((double) province[2] + (random.nextDouble() * 2 - 1) * (double) province[4]);
				String id = "syn-" + slug(name);
				List<String> districts = new ArrayList<>();
				int districtCount = 2 + random.nextInt(5);
				record(out, id, "name", name, "kind", "municipality", "parent", (String) province[0]);
				out.write("  lat: " + lat + "\n  lon: " + lon + "\n");
				footer(out);
				for (int d = 0; d < districtCount; d++) {
					String district = DISTRICTS[(d + i) % DISTRICTS.length];
					String districtId = id + "-" + slug(district);
					if (districts.contains(districtId)) {
						continue;
					}
					districts.add(districtId);
					record(out, districtId, "name", name + " " + district, "kind", "district", "parent", id);
					out.write("  lat: " + round(lat + (random.nextDouble() - 0.5) * 0.04) + "\n  lon: "
							+ round(lon + (random.nextDouble() - 0.5) * 0.06) + "\n");
					footer(out);
				}
				municipalities.add(new Municipality(id, name, (String) province[0], lat, lon, districts));
			}
		}
		return municipalities;
	}

	private List<Organisation> writeOrganisations(Path root, SplittableRandom random, List<Municipality> municipalities,
			int count) throws IOException {
		String[][] templates = { { "Stichting Welzijn %s", "welzijn" },
				{ "Steunpunt Mantelzorg %s", "mantelzorgondersteuning" }, { "Zorggroep %s", "zorgaanbieder" },
				{ "Vrijwilligerscentrale %s", "vrijwilligersorganisatie" }, { "Wijkteam %s", "wijkteam" },
				{ "Thuiszorg %s", "zorgaanbieder" }, { "GGZ %s", "ggz" }, { "Dagcentrum %s", "zorgaanbieder" },
				{ "Odensehuis %s", "informeel-initiatief" }, { "Humanitas %s", "vrijwilligersorganisatie" } };
		List<Organisation> organisations = new ArrayList<>(count);
		Chunked out = new Chunked(root, "organisations");
		for (int i = 0; i < count; i++) {
			Municipality municipality = municipalities.get(random.nextInt(municipalities.size()));
			String[] template = templates[random.nextInt(templates.length)];
			String place = random.nextInt(3) == 0 ? PLACES[random.nextInt(PLACES.length)] : municipality.name;
			String name = template[0].formatted(place) + (i >= templates.length * 10 ? " " + (i + 1) : "");
			String id = "syn-org-" + (i + 1);
			Writer writer = out.next();
			record(writer, id, "name", name, "kind", template[1], "description",
					"Organisatie in " + municipality.name + " die inwoners en hun mantelzorgers ondersteunt.");
			writer.write("  areas: [" + municipality.id + "]\n");
			writer.write("  phone: \"0" + (10 + random.nextInt(89)) + "-" + (1000000 + random.nextInt(8999999))
					+ "\"\n");
			if (i > 0 && random.nextInt(4) == 0) {
				writer.write("  partners: [syn-org-" + (1 + random.nextInt(i)) + "]\n");
			}
			footer(writer);
			organisations.add(new Organisation(id, name, template[1], municipality));
		}
		out.close();
		return organisations;
	}

	private int writeNetworks(Path root, SplittableRandom random, List<Organisation> organisations,
			Map<String, List<String>> vocabulary) throws IOException {
		String[] kinds = { "netwerk", "keten", "samenwerkingsverband", "overleg", "alliantie" };
		String[] templates = { "Netwerk %s %s", "Ketenzorg %s %s", "Samenwerkingsverband %s %s", "Overleg %s %s",
				"Alliantie %s %s" };
		List<String> themes = vocabulary.get("care-themes");
		int count = Math.max(5, organisations.size() / 8);
		Chunked out = new Chunked(root, "networks");
		for (int i = 0; i < count; i++) {
			Organisation anchor = organisations.get(random.nextInt(organisations.size()));
			String theme = themes.get(random.nextInt(themes.size()));
			int kind = random.nextInt(kinds.length);
			Writer writer = out.next();
			record(writer, "syn-net-" + (i + 1), "name",
					templates[kind].formatted(theme.replace('-', ' '), anchor.municipality.name) + " " + (i + 1),
					"kind", kinds[kind], "description", "Organisaties in " + anchor.municipality.name
							+ " die samenwerken rond " + theme.replace('-', ' ') + ".");
			Set<String> members = new java.util.TreeSet<>();
			members.add(anchor.id);
			int size = 2 + random.nextInt(8);
			for (int m = 0; m < size; m++) {
				members.add(organisations.get(random.nextInt(organisations.size())).id);
			}
			writer.write("  members: [" + String.join(", ", members) + "]\n  coordinator: " + anchor.id
					+ "\n  careThemes: [" + theme + "]\n  areas: [" + anchor.municipality.id + "]\n");
			footer(writer);
		}
		out.close();
		return count;
	}

	private void writeOfferings(Path root, SplittableRandom random, List<Organisation> organisations,
			Map<String, List<String>> vocabulary, Map<String, String> names) throws IOException {
		List<String> themes = vocabulary.get("care-themes");
		List<String> groups = vocabulary.get("target-groups");
		List<String> functions = vocabulary.get("support-functions");
		List<String> respite = vocabulary.get("respite-types");
		List<String> funding = vocabulary.get("funding-routes");
		String[] settings = { "at-home", "at-location", "online", "overnight", "by-phone" };
		Chunked out = new Chunked(root, "offerings");
		for (int i = 0; i < this.offerings; i++) {
			Organisation organiser = organisations.get(random.nextInt(organisations.size()));
			Municipality municipality = organiser.municipality;
			String theme = themes.get(random.nextInt(themes.size()));
			String function = functions.get(random.nextInt(functions.size()));
			boolean isRespite = function.equals("respijtzorg") || random.nextInt(4) == 0;
			String respiteType = isRespite ? respite.get(random.nextInt(respite.size())) : null;
			String kindName = (respiteType != null) ? names.get("respite-types/" + respiteType)
					: names.get("support-functions/" + function);
			String themeName = names.get("care-themes/" + theme).toLowerCase(java.util.Locale.ROOT);
			String place = PLACES[random.nextInt(PLACES.length)];
			String name = kindName + " " + place + " bij " + themeName;
			Writer writer = out.next();
			record(writer, "syn-off-" + (i + 1), "name", name, "description",
					kindName + " voor mantelzorgers en hun naasten bij " + themeName + ", georganiseerd door "
							+ organiser.name + " in " + municipality.name + ".");
			writer.write("  organisers: [" + organiser.id + "]\n");
			String group = groups.get(random.nextInt(groups.size()));
			writer.write("  targetGroups: [" + group + "]\n  careThemes: [" + theme + "]\n");
			writer.write("  supportFunctions: [" + (isRespite && !function.equals("respijtzorg")
					? function + ", respijtzorg" : function) + "]\n");
			if (respiteType != null) {
				writer.write("  respiteTypes: [" + respiteType + "]\n");
			}
			writer.write("  settings: [" + settings[random.nextInt(settings.length)] + "]\n");
			if (random.nextInt(2) == 0) {
				writer.write("  fundingRoutes: [" + funding.get(random.nextInt(funding.size())) + "]\n");
			}
			String area = (random.nextInt(3) == 0 || municipality.districts.isEmpty()) ? municipality.id
					: municipality.districts.get(random.nextInt(municipality.districts.size()));
			writer.write("  areas: [" + area + "]\n");
			if (random.nextInt(3) != 0) {
				writer.write("  locations:\n    - address: \"" + STREETS[random.nextInt(STREETS.length)] + " "
						+ (1 + random.nextInt(200)) + "\"\n      postcode: \"" + (1000 + random.nextInt(8999)) + " "
						+ (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + "\"\n      city: "
						+ quote(municipality.name) + "\n      lat: "
						+ round(municipality.lat + (random.nextDouble() - 0.5) * 0.05) + "\n      lon: "
						+ round(municipality.lon + (random.nextDouble() - 0.5) * 0.08) + "\n");
			}
			if (random.nextInt(20) == 0) {
				writer.write("  status: ended\n");
			}
			footer(writer);
		}
		out.close();
	}

	/** Splits a kind over files of {@value #RECORDS_PER_FILE} records, named in order. */
	private static final class Chunked implements AutoCloseable {

		private final Path folder;

		private final String kind;

		private Writer writer;

		private int records;

		private int files;

		Chunked(Path root, String kind) {
			this.folder = root.resolve(kind);
			this.kind = kind;
		}

		Writer next() throws IOException {
			if (this.writer == null || this.records == RECORDS_PER_FILE) {
				close();
				this.files++;
				this.writer = writer(this.folder.resolve("synthetic-%03d.yaml".formatted(this.files)));
				this.records = 0;
			}
			this.records++;
			return this.writer;
		}

		@Override
		public void close() throws IOException {
			if (this.writer != null) {
				this.writer.close();
				this.writer = null;
			}
		}

		@Override
		public String toString() {
			return this.kind;
		}

	}

	private static void record(Writer out, String id, String... fields) throws IOException {
		out.write("- id: " + id + "\n");
		for (int i = 0; i < fields.length; i += 2) {
			out.write("  " + fields[i] + ": " + quote(fields[i + 1]) + "\n");
		}
	}

	private static void footer(Writer out) throws IOException {
		out.write("  sources: [{source: " + SOURCE + ", section: generator}]\n  lastVerified: " + DATE + "\n");
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static double round(double degrees) {
		return Math.round(degrees * 10_000) / 10_000.0;
	}

	private static String slug(String text) {
		return nl.mantelzorgkaart.seed.SeedDataset.slug(text);
	}

	private static Writer writer(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
	}

	/** Copies a seed document that the copied sources name, so that their sections can be checked. */
	private static void copyDocument(Path root, String file) throws IOException {
		Path target = root.resolve(SourceDocuments.FOLDER).resolve(file);
		Files.createDirectories(target.getParent());
		try (InputStream in = resource(SourceDocuments.FOLDER + "/" + file)) {
			Files.copy(in, target);
		}
	}

		private static InputStream resource(String file) {
		InputStream in = SyntheticDataset.class.getClassLoader().getResourceAsStream("seed/" + file);
		if (in == null) {
			throw new IllegalStateException("The dataset vocabulary file seed/" + file + " is not on the classpath");
		}
		return in;
	}

}
