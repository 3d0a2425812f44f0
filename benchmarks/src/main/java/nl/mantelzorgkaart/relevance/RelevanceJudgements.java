package nl.mantelzorgkaart.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import nl.mantelzorgkaart.seed.SeedDataset;
import nl.mantelzorgkaart.seed.SeedFile;
import nl.mantelzorgkaart.seed.SeedKind;
import nl.mantelzorgkaart.seed.SeedProblem;
import nl.mantelzorgkaart.system.GraphInitializer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One part of the judged relevance set: questions as caregivers, young carers, professionals, employers and
 * English speakers type them, with the records that must be among the first five hits and further good
 * answers, and how to score a ranking against them (Recall@5, nDCG@10, glossary explanations shown).
 *
 * <p>The set has two parts ({@link Part}): the tuning part, which may be looked at while the analysis or the
 * ranking changes, and the held-out part, written before any run and only run to report. The judged
 * relevance test holds the application's search to both; the search benchmark measures every engine on both.
 *
 * <p>Answers name records of every kind the search box shows as hits, as {@code <kind>:<id>}
 * ({@code offering:vmca-held-in-huis}, {@code organisation:versa-welzijn}, {@code network:havenverbond}); a
 * glossary term is never a hit but may be the {@code explanation} a "what is X" question should show beside
 * the hits ({@code term:blokzorg}). Loading checks every entry and every id against the seed dataset and
 * fails naming the file and the question.
 */
public final class RelevanceJudgements {

	/** The two parts of the set, each one file on the classpath. */
	public enum Part {

		/** May be looked at while the analysis or the ranking changes. */
		TUNING("tuning", "search/judged-queries-tuning.yaml"),
		/** Written before any run; only run to report, never to tune. */
		HELD_OUT("held-out", "search/judged-queries-heldout.yaml");

		private final String label;

		private final String resource;

		Part(String label, String resource) {
			this.label = label;
			this.resource = resource;
		}

		/** How reports name the part. */
		public String label() {
			return this.label;
		}

		/** Where the part is on the classpath. */
		public String resource() {
			return this.resource;
		}

	}

	/** Who asks a question. */
	public static final List<String> PERSONAS = List.of("caregiver", "young-carer", "professional", "employer",
			"english");

	/** What a question tests (a question has one or more); described at the top of the held-out file. */
	public static final List<String> KINDS = List.of("colloquial", "professional", "typo", "split-word", "compound",
			"synonym", "concept", "english", "place-in-text", "postcode", "area-wider", "graph-question", "glossary",
			"organisation-hit", "funding", "name");

	/** The kinds of record an answer may name: what the search box shows as hits. */
	public static final List<String> HIT_KINDS = List.of("offering", "organisation", "network");

	/** The kind of record an explanation names. */
	public static final String TERM = "term";

	/** Judged answers count among the first five (Recall) and the first ten (nDCG). */
	public static final int RECALL_DEPTH = 5, NDCG_DEPTH = 10;

	private static SeedRecords classpathRecords;

	private final Part part;

	private final List<Judgement> judgements;

	private RelevanceJudgements(Part part, List<Judgement> judgements) {
		this.part = part;
		this.judgements = List.copyOf(judgements);
	}

	/** Reads one part from the classpath and checks it against the seed dataset on the classpath. */
	public static RelevanceJudgements load(Part part) {
		try (InputStream in = RelevanceJudgements.class.getClassLoader().getResourceAsStream(part.resource())) {
			if (in == null) {
				throw new IllegalStateException(part.resource() + " is not on the classpath");
			}
			return read(part, part.resource(), in, classpathRecords());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + part.resource(), ex);
		}
	}

	/** Both parts, tuning first. */
	public static List<RelevanceJudgements> loadAll() {
		return List.of(load(Part.TUNING), load(Part.HELD_OUT));
	}

	/**
	 * Reads a part from {@code in}; every problem fails with an {@link IllegalArgumentException} naming
	 * {@code source}, the entry and its question.
	 */
	static RelevanceJudgements read(Part part, String source, InputStream in, SeedRecords records) {
		YAMLMapper mapper = YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
			.build();
		JsonNode entries;
		try {
			entries = mapper.readTree(in);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(source + " is not valid YAML: " + ex.getOriginalMessage(), ex);
		}
		if (entries == null || !entries.isArray() || entries.isEmpty()) {
			throw new IllegalArgumentException(source + " must be a non-empty YAML list of questions");
		}
		List<Judgement> judgements = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			JsonNode entry = entries.get(i);
			JsonNode text = (entry != null) ? entry.get("query") : null;
			String where = source + ", entry " + (i + 1)
					+ ((text != null && text.isString()) ? " (\"" + text.asString() + "\")" : "");
			Judgement judgement;
			try {
				judgement = mapper.treeToValue(entry, Judgement.class);
			}
			catch (JacksonException ex) {
				throw new IllegalArgumentException(where + ": " + ex.getOriginalMessage(), ex);
			}
			List<String> problems = problems(judgement, records);
			if (!problems.isEmpty()) {
				throw new IllegalArgumentException(where + ": " + String.join("; ", problems));
			}
			if (!keys.add(judgement.key())) {
				throw new IllegalArgumentException(where + ": the same question (and area) is in the file twice");
			}
			judgements.add(judgement);
		}
		return new RelevanceJudgements(part, judgements);
	}

	private static List<String> problems(Judgement judgement, SeedRecords records) {
		List<String> problems = new ArrayList<>();
		if (judgement.query() == null || judgement.query().isBlank()) {
			problems.add("'query' is missing");
		}
		if (judgement.persona() == null) {
			problems.add("'persona' is missing (one of " + PERSONAS + ")");
		}
		else if (!PERSONAS.contains(judgement.persona())) {
			problems.add("persona '" + judgement.persona() + "' is not one of " + PERSONAS);
		}
		if (judgement.kind().isEmpty()) {
			problems.add("'kind' is missing (one or more of " + KINDS + ")");
		}
		for (String kind : judgement.kind()) {
			if (!KINDS.contains(kind)) {
				problems.add("kind '" + kind + "' is not one of " + KINDS);
			}
		}
		if (judgement.area() != null && !records.exists("area", judgement.area())) {
			problems.add("area '" + judgement.area() + "' is not an area of the seed data");
		}
		answerProblems("mustInTop5", judgement.mustInTop5(), records, problems);
		answerProblems("relevant", judgement.relevant(), records, problems);
		for (String answer : judgement.mustInTop5()) {
			if (judgement.relevant().contains(answer)) {
				problems.add(answer + " is in both 'mustInTop5' and 'relevant'");
			}
		}
		if (judgement.mustInTop5().size() > RECALL_DEPTH) {
			problems.add("'mustInTop5' names more than " + RECALL_DEPTH + " records");
		}
		String explanation = judgement.explanation();
		if (explanation != null) {
			String[] parts = explanation.split(":", 2);
			if (parts.length != 2 || !TERM.equals(parts[0])) {
				problems.add("explanation '" + explanation + "' is not term:<id>");
			}
			else if (!records.exists(TERM, parts[1])) {
				problems.add("explanation '" + explanation + "' is not a glossary term of the seed data");
			}
		}
		if (judgement.mustInTop5().isEmpty()) {
			if (explanation == null) {
				problems.add("'mustInTop5' is empty, which only a \"what is X\" question with an 'explanation' may be");
			}
			if (!judgement.relevant().isEmpty()) {
				problems.add("'relevant' needs at least one record in 'mustInTop5'");
			}
		}
		return problems;
	}

	private static void answerProblems(String field, List<String> answers, SeedRecords records,
			List<String> problems) {
		for (String answer : answers) {
			String[] parts = (answer != null) ? answer.split(":", 2) : new String[0];
			if (parts.length != 2 || !HIT_KINDS.contains(parts[0])) {
				problems.add(field + " names '" + answer + "', which is not <kind>:<id> with kind one of "
						+ HIT_KINDS + (TERM.equals(parts.length > 0 ? parts[0] : null)
								? " (a glossary term is never a hit: put it in 'explanation')" : ""));
			}
			else if (!records.exists(parts[0], parts[1])) {
				problems.add(field + " names " + answer + ", which is not an " + parts[0] + " of the seed data");
			}
			else if ("ended".equals(records.status(parts[0], parts[1]))) {
				problems.add(field + " names " + answer + ", which has ended: the default search never returns it");
			}
		}
	}

	private static synchronized SeedRecords classpathRecords() {
		if (classpathRecords == null) {
			classpathRecords = SeedRecords.classpath();
		}
		return classpathRecords;
	}

	public Part part() {
		return this.part;
	}

	public List<Judgement> judgements() {
		return this.judgements;
	}

	/**
	 * Runs every question through an engine and scores the rankings.
	 *
	 * @param engine gives the ranked records for a text and its optional area filter, as {@code <kind>:<id>},
	 *        the first ten or more: hits of any kind in the order the search box shows them, terms included
	 *        where it shows them among the hits (an engine that shows terms apart may add them after its hits)
	 */
	public Evaluation evaluate(BiFunction<String, String, List<String>> engine) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Judgement judgement : this.judgements) {
			List<String> ranking = engine.apply(judgement.query(), judgement.area());
			outcomes.add(new Outcome(judgement, List.copyOf(ranking)));
		}
		return new Evaluation(this.part, outcomes);
	}

	/**
	 * One judged question.
	 *
	 * @param query the text as typed
	 * @param persona who asks (one of {@link #PERSONAS})
	 * @param kind what the question tests (one or more of {@link #KINDS})
	 * @param area an area filter the question runs with, or null
	 * @param mustInTop5 records that must be among the first five hits (grade 2)
	 * @param relevant further good answers (grade 1)
	 * @param explanation the glossary term ({@code term:<id>}) the search should show for the question, or null
	 * @param note why, in one line
	 */
	public record Judgement(String query, String persona, List<String> kind, String area, List<String> mustInTop5,
			List<String> relevant, String explanation, String note) {

		public Judgement {
			kind = (kind != null) ? List.copyOf(kind) : List.of();
			mustInTop5 = (mustInTop5 != null) ? List.copyOf(mustInTop5) : List.of();
			relevant = (relevant != null) ? List.copyOf(relevant) : List.of();
		}

		/** How tests and reports name the question: its text, and its area filter if it has one. */
		public String key() {
			return (this.area != null) ? this.query + " [area " + this.area + "]" : this.query;
		}

		/** Whether any hit is judged; a "what is X" question may judge only its explanation. */
		public boolean judgesHits() {
			return !this.mustInTop5.isEmpty();
		}

		/** The share of the must-have records among the first five; NaN when no hit is judged. */
		double recallAt5(List<String> ranking) {
			if (!judgesHits()) {
				return Double.NaN;
			}
			Set<String> top = Set.copyOf(ranking.subList(0, Math.min(RECALL_DEPTH, ranking.size())));
			return this.mustInTop5.stream().filter(top::contains).count() / (double) this.mustInTop5.size();
		}

		private int grade(String record) {
			return this.mustInTop5.contains(record) ? 2 : this.relevant.contains(record) ? 1 : 0;
		}

		/**
		 * Normalised discounted cumulative gain over the first ten, with grades 2 and 1; a term, or a record
		 * not judged, takes its place with grade 0. NaN when no hit is judged.
		 */
		double ndcgAt10(List<String> ranking) {
			if (!judgesHits()) {
				return Double.NaN;
			}
			double dcg = 0;
			for (int i = 0; i < Math.min(NDCG_DEPTH, ranking.size()); i++) {
				dcg += gain(grade(ranking.get(i)), i);
			}
			List<Integer> ideal = new ArrayList<>();
			this.mustInTop5.forEach((id) -> ideal.add(2));
			this.relevant.forEach((id) -> ideal.add(1));
			double idcg = 0;
			for (int i = 0; i < Math.min(NDCG_DEPTH, ideal.size()); i++) {
				idcg += gain(ideal.get(i), i);
			}
			return dcg / idcg;
		}

		private static double gain(int grade, int position) {
			return (Math.pow(2, grade) - 1) / (Math.log(position + 2) / Math.log(2));
		}

	}

	/** A question's ranking and its scores. */
	public record Outcome(Judgement judgement, List<String> ranking) {

		public double recallAt5() {
			return this.judgement.recallAt5(this.ranking);
		}

		public double ndcgAt10() {
			return this.judgement.ndcgAt10(this.ranking);
		}

		/** The must-have records missing from the first five. */
		public List<String> missing() {
			Set<String> top = Set.copyOf(this.ranking.subList(0, Math.min(RECALL_DEPTH, this.ranking.size())));
			return this.judgement.mustInTop5().stream().filter((id) -> !top.contains(id)).toList();
		}

		/** Whether the judged glossary term is among what the engine returned; null when none is judged. */
		public Boolean explained() {
			return (this.judgement.explanation() == null) ? null : this.ranking.contains(this.judgement.explanation());
		}

		/** Every must-have record in the first five and, where a term is judged, the term shown. */
		public boolean passes() {
			return missing().isEmpty() && !Boolean.FALSE.equals(explained());
		}

	}

	/**
	 * What a group of questions scored: Recall@5 and nDCG@10 averaged over the questions that judge hits,
	 * and how many of the judged explanations were shown.
	 */
	public record Figures(int questions, int judgingHits, double recallAt5, double ndcgAt10, int explanations,
			int explained, int passing) {

		static Figures of(List<Outcome> outcomes) {
			List<Outcome> judging = outcomes.stream().filter((outcome) -> outcome.judgement().judgesHits()).toList();
			double recall = judging.stream().mapToDouble(Outcome::recallAt5).average().orElse(Double.NaN);
			double ndcg = judging.stream().mapToDouble(Outcome::ndcgAt10).average().orElse(Double.NaN);
			int explanations = (int) outcomes.stream().filter((outcome) -> outcome.explained() != null).count();
			int explained = (int) outcomes.stream().filter((outcome) -> Boolean.TRUE.equals(outcome.explained())).count();
			int passing = (int) outcomes.stream().filter(Outcome::passes).count();
			return new Figures(outcomes.size(), judging.size(), recall, ndcg, explanations, explained, passing);
		}

		/** The share of judged explanations shown; NaN when none is judged. */
		public double explanationRate() {
			return (this.explanations == 0) ? Double.NaN : this.explained / (double) this.explanations;
		}

	}

	/** The scores of one part on one engine. */
	public record Evaluation(Part part, List<Outcome> outcomes) {

		public Figures figures() {
			return Figures.of(this.outcomes);
		}

		public double recallAt5() {
			return figures().recallAt5();
		}

		public double ndcgAt10() {
			return figures().ndcgAt10();
		}

		/** The figures per persona, in the order of {@link #PERSONAS}. */
		public Map<String, Figures> byPersona() {
			return grouped(PERSONAS, (judgement) -> List.of(judgement.persona()));
		}

		/** The figures per kind of question (a question counts in each of its kinds), in the order of {@link #KINDS}. */
		public Map<String, Figures> byKind() {
			return grouped(KINDS, Judgement::kind);
		}

		private Map<String, Figures> grouped(List<String> order, Function<Judgement, List<String>> groups) {
			Map<String, Figures> figures = new LinkedHashMap<>();
			for (String group : order) {
				List<Outcome> members = this.outcomes.stream()
					.filter((outcome) -> groups.apply(outcome.judgement()).contains(group))
					.toList();
				if (!members.isEmpty()) {
					figures.put(group, Figures.of(members));
				}
			}
			return figures;
		}

		/**
		 * The same rankings with the glossary terms taken out of the hits and shown after them, as a search box
		 * that shows terms apart would: what the hits score once terms no longer take their places.
		 */
		public Evaluation termsApart() {
			List<Outcome> apart = new ArrayList<>();
			for (Outcome outcome : this.outcomes) {
				List<String> ranking = new ArrayList<>();
				outcome.ranking().stream().filter((record) -> !record.startsWith(TERM + ":")).forEach(ranking::add);
				outcome.ranking().stream().filter((record) -> record.startsWith(TERM + ":")).forEach(ranking::add);
				apart.add(new Outcome(outcome.judgement(), List.copyOf(ranking)));
			}
			return new Evaluation(this.part, apart);
		}

		/** The questions that pass: every must-have in the first five and the judged term shown. */
		public List<Outcome> passing() {
			return this.outcomes.stream().filter(Outcome::passes).toList();
		}

		/** The questions that do not pass. */
		public List<Outcome> failing() {
			return this.outcomes.stream().filter((outcome) -> !outcome.passes()).toList();
		}

		/** The outcome of one question by its {@link Judgement#key()}. */
		public Outcome outcome(String key) {
			return this.outcomes.stream()
				.filter((outcome) -> outcome.judgement().key().equals(key))
				.findFirst()
				.orElse(null);
		}

		/** One line per failing question, with what it misses and the first five it got. */
		public String failures() {
			StringBuilder text = new StringBuilder();
			for (Outcome outcome : failing()) {
				text.append(failure(outcome)).append('\n');
			}
			return text.toString();
		}

		/** One line for a question that does not pass. */
		public static String failure(Outcome outcome) {
			List<String> missing = new ArrayList<>(outcome.missing());
			if (Boolean.FALSE.equals(outcome.explained())) {
				missing.add(outcome.judgement().explanation() + " (explanation)");
			}
			return String.format("  \"%s\" misses %s; top 5: %s", outcome.judgement().key(), missing,
					outcome.ranking().subList(0, Math.min(RECALL_DEPTH, outcome.ranking().size())));
		}

		/** The part's figures, then per persona and per kind, as a small table. */
		public String report() {
			Figures all = figures();
			StringBuilder text = new StringBuilder(String.format(
					"Judged set, %s part: %d questions (%d judge hits); Recall@5 %.3f, nDCG@10 %.3f; explanations "
							+ "shown %d/%d; passing (must-haves in the top 5, term shown) %d/%d%n",
					this.part.label(), all.questions(), all.judgingHits(), all.recallAt5(), all.ndcgAt10(),
					all.explained(), all.explanations(), all.passing(), all.questions()));
			Figures apart = termsApart().figures();
			text.append(String.format("  with the terms taken out of the hits (shown apart): Recall@5 %.3f, nDCG@10 %.3f, "
					+ "passing %d/%d%n", apart.recallAt5(), apart.ndcgAt10(), apart.passing(), apart.questions()));
			text.append(String.format("  %-18s %9s %9s %8s %9s %8s%n", "persona / kind", "questions", "Recall@5",
					"nDCG@10", "explained", "passing"));
			byPersona().forEach((group, figures) -> text.append(row(group, figures)));
			byKind().forEach((group, figures) -> text.append(row(group, figures)));
			return text.toString();
		}

		private static String row(String group, Figures figures) {
			return String.format("  %-18s %9d %9s %8s %9s %8s%n", group, figures.questions(),
					number(figures.recallAt5()), number(figures.ndcgAt10()),
					(figures.explanations() == 0) ? "-" : figures.explained() + "/" + figures.explanations(),
					figures.passing() + "/" + figures.questions());
		}

		private static String number(double value) {
			return Double.isNaN(value) ? "-" : String.format("%.3f", value);
		}

	}

	/** The ids (and statuses) of the seed dataset's records that judgements may name. */
	static final class SeedRecords {

		/** The kinds a judgement may name, by the prefix it uses for them. */
		private static final Map<String, SeedKind> KINDS = Map.of("offering", SeedKind.OFFERING, "organisation",
				SeedKind.ORGANISATION, "network", SeedKind.NETWORK, TERM, SeedKind.TERM, "area", SeedKind.AREA);

		private final Map<String, Map<String, String>> statuses;

		private SeedRecords(Map<String, Map<String, String>> statuses) {
			this.statuses = statuses;
		}

		/** The curated dataset the application loads (the seed-data module's files on the classpath). */
		static SeedRecords classpath() {
			return of(GraphInitializer.classpathDataset());
		}

		/** The records of a dataset, which must be valid. */
		static SeedRecords of(List<SeedFile> files) {
			SeedDataset dataset = new SeedDataset(files);
			List<SeedProblem> problems = dataset.validate();
			if (!problems.isEmpty()) {
				throw new IllegalStateException("The seed dataset has " + problems.size()
						+ " problems, so the judged set cannot be checked against it; the first: " + problems.get(0));
			}
			Map<String, Map<String, String>> statuses = new LinkedHashMap<>();
			KINDS.forEach((prefix, kind) -> {
				Map<String, String> ofKind = new LinkedHashMap<>();
				dataset.records(kind, (record) -> ofKind.put(record.id(),
						String.valueOf(record.properties().getOrDefault("status", ""))));
				statuses.put(prefix, Map.copyOf(ofKind));
			});
			return new SeedRecords(Map.copyOf(statuses));
		}

		boolean exists(String kind, String id) {
			return this.statuses.getOrDefault(kind, Map.of()).containsKey(id);
		}

		/** The record's status ({@code active}, {@code planned}, {@code ended}), empty for kinds without one. */
		String status(String kind, String id) {
			return this.statuses.getOrDefault(kind, Map.of()).get(id);
		}

	}

}
