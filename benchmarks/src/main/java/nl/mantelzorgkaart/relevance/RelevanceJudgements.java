package nl.mantelzorgkaart.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The judged relevance set ({@code search/judged-queries.yaml}): realistic queries with the offerings
 * that must be among the first five hits, and how to score a ranking against them (Recall@5, nDCG@10).
 * The judged relevance test holds the application's search to it; the search benchmark measures every
 * engine with it.
 */
public final class RelevanceJudgements {

	/** Where the set is on the classpath. */
	public static final String RESOURCE = "search/judged-queries.yaml";

	private final List<Judgement> judgements;

	private RelevanceJudgements(List<Judgement> judgements) {
		this.judgements = List.copyOf(judgements);
	}

	/** Reads the set from the classpath; a malformed file fails naming the file. */
	public static RelevanceJudgements load() {
		try (InputStream in = RelevanceJudgements.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the classpath");
			}
			YAMLMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
			List<Judgement> judgements = List.of(mapper.readValue(in, Judgement[].class));
			for (Judgement judgement : judgements) {
				if (judgement.query() == null || judgement.mustInTop5() == null || judgement.mustInTop5().isEmpty()) {
					throw new IllegalStateException(RESOURCE + ": every query needs 'query' and 'mustInTop5'; "
							+ judgement.query() + " lacks one");
				}
			}
			return new RelevanceJudgements(judgements);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Cannot read " + RESOURCE + ": " + ex.getMessage(), ex);
		}
	}

	public List<Judgement> judgements() {
		return this.judgements;
	}

	/**
	 * Runs every query through an engine and scores the rankings.
	 *
	 * @param engine gives the ranked offering ids for a query and its optional area filter
	 */
	public Evaluation evaluate(BiFunction<String, String, List<String>> engine) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Judgement judgement : this.judgements) {
			List<String> ranking = engine.apply(judgement.query(), judgement.area());
			outcomes.add(new Outcome(judgement, ranking, judgement.recallAt5(ranking), judgement.ndcgAt10(ranking)));
		}
		return new Evaluation(outcomes);
	}

	/**
	 * One judged query.
	 *
	 * @param area an area filter the query runs with, or null
	 * @param mustInTop5 offerings that must be among the first five (grade 2)
	 * @param relevant further good answers (grade 1)
	 */
	public record Judgement(String query, String kind, String area, List<String> mustInTop5, List<String> relevant,
			String note) {

		public Judgement {
			relevant = (relevant != null) ? relevant : List.of();
		}

		/** The share of the must-have offerings among the first five. */
		double recallAt5(List<String> ranking) {
			Set<String> top = Set.copyOf(ranking.subList(0, Math.min(5, ranking.size())));
			return this.mustInTop5.stream().filter(top::contains).count() / (double) this.mustInTop5.size();
		}

		private int grade(String id) {
			return this.mustInTop5.contains(id) ? 2 : this.relevant.contains(id) ? 1 : 0;
		}

		/** Normalised discounted cumulative gain over the first ten, with grades 2 and 1. */
		double ndcgAt10(List<String> ranking) {
			double dcg = 0;
			for (int i = 0; i < Math.min(10, ranking.size()); i++) {
				dcg += (Math.pow(2, grade(ranking.get(i))) - 1) / (Math.log(i + 2) / Math.log(2));
			}
			List<Integer> ideal = new ArrayList<>();
			this.mustInTop5.forEach((id) -> ideal.add(2));
			this.relevant.forEach((id) -> ideal.add(1));
			double idcg = 0;
			for (int i = 0; i < Math.min(10, ideal.size()); i++) {
				idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
			}
			return (idcg == 0) ? 0 : dcg / idcg;
		}

	}

	/** A query's ranking and its scores. */
	public record Outcome(Judgement judgement, List<String> ranking, double recallAt5, double ndcgAt10) {

		/** The must-have offerings missing from the first five. */
		public List<String> missing() {
			Set<String> top = Set.copyOf(this.ranking.subList(0, Math.min(5, this.ranking.size())));
			return this.judgement.mustInTop5().stream().filter((id) -> !top.contains(id)).toList();
		}

	}

	/** The scores of a whole run. */
	public record Evaluation(List<Outcome> outcomes) {

		public double recallAt5() {
			return this.outcomes.stream().mapToDouble(Outcome::recallAt5).average().orElse(0);
		}

		public double ndcgAt10() {
			return this.outcomes.stream().mapToDouble(Outcome::ndcgAt10).average().orElse(0);
		}

		/** One line per query that misses a must-have offering. */
		public String failures() {
			StringBuilder text = new StringBuilder();
			for (Outcome outcome : this.outcomes) {
				if (!outcome.missing().isEmpty()) {
					text.append(String.format("  \"%s\"%s misses %s; top 5: %s%n", outcome.judgement().query(),
							(outcome.judgement().area() != null) ? " in " + outcome.judgement().area() : "",
							outcome.missing(), outcome.ranking().subList(0, Math.min(5, outcome.ranking().size()))));
				}
			}
			return text.toString();
		}

	}

}
