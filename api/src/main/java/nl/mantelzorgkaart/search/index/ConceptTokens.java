package nl.mantelzorgkaart.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Adds to a record's {@link IndexFields#ANYWHERE} terms the concept tokens of the synonyms it matches
 * ({@link CareAnalyzers#concepts()}): "#respijtzorg" when the query for "respijtzorg" with all its
 * synonyms would find the record. Finding which records a text matches then takes one term per
 * synonym entry instead of a dozen words and word pairs, many of them in most records ("zorg",
 * "vrij"): the same records, far faster at 100,000 of them (docs/BENCHMARKS.md).
 * <p>
 * A record has a concept exactly when the query the {@link CareAnalyzers#query()} chain makes of the
 * concept's entry matches it, word for word: each alternative of the expansion (a word, the parts of
 * a compound, the words of a multi-word synonym) needs all its terms among the record's.
 * <p>
 * In {@link IndexFields#ALL} each text gets its concept tokens as often as it mentions them, for the first
 * pass of a ranking: there one term per synonym entry lets the search skip what cannot make the page,
 * where dozens of alternatives, each with its own bound, make it score nearly every match.
 */
final class ConceptTokens {

	/** The concept tokens, in the order of the synonym file. */
	private final List<String> names = new ArrayList<>();

	/** Per concept (as in {@link #names}), how often a text with these term counts mentions it (0: not at all). */
	private final List<ToIntFunction<Map<String, Integer>>> counts = new ArrayList<>();

	/** Per term, the concepts whose expansion has it: only those can be in a text with the term. */
	private final Map<String, BitSet> byTerm = new HashMap<>();

	/** The most concept tokens one text gets of one concept: past a few, BM25 hardly counts more. */
	static final int MAX_REPEATS = 8;

	ConceptTokens(CareAnalyzers analyzers) {
		QueryBuilder builder = new QueryBuilder(analyzers.query());
		analyzers.conceptEntries().forEach((concept, entry) -> {
			Query expansion = builder.createBooleanQuery("terms", entry);
			if (expansion == null) {
				throw new IllegalStateException("The synonym entry '" + entry + "' has no searchable word");
			}
			int index = this.names.size();
			this.names.add(concept);
			this.counts.add(counter(expansion));
			expansion.visit(new QueryVisitor() {
				@Override
				public void consumeTerms(Query query, Term... terms) {
					for (Term term : terms) {
						ConceptTokens.this.byTerm.computeIfAbsent(term.text(), (text) -> new BitSet()).set(index);
					}
				}

				@Override
				public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
					return this;
				}
			});
		});
	}

	/**
	 * The concept tokens of a text with these term counts, in concept order, each as often as the text
	 * mentions the concept but at most {@code repeats} times (1: each concept once; more: its term
	 * frequency, for scoring).
	 */
	List<String> of(Map<String, Integer> terms, int repeats) {
		List<String> found = new ArrayList<>();
		candidates(terms).stream().forEach((concept) -> {
			for (int i = Math.min(repeats, this.counts.get(concept).applyAsInt(terms)); i > 0; i--) {
				found.add(this.names.get(concept));
			}
		});
		return found;
	}

	/** The concepts one of whose terms the text has. */
	private BitSet candidates(Map<String, Integer> terms) {
		BitSet candidates = new BitSet(this.names.size());
		for (String term : terms.keySet()) {
			BitSet concepts = this.byTerm.get(term);
			if (concepts != null) {
				candidates.or(concepts);
			}
		}
		return candidates;
	}

	/** {@code analyzer} with each text's concept tokens added after its words, each once. */
	Analyzer addedTo(Analyzer analyzer) {
		return wrap(analyzer, false);
	}

	/**
	 * {@code analyzer} with each text's concept tokens stacked on its last word, as often as the text
	 * mentions them: the words keep their positions and the text its length.
	 */
	Analyzer countedIn(Analyzer analyzer) {
		return wrap(analyzer, true);
	}

	private Analyzer wrap(Analyzer analyzer, boolean counted) {
		return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				return analyzer;
			}

			@Override
			protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
				return new TokenStreamComponents(components.getSource(),
						new Appended(components.getTokenStream(), ConceptTokens.this, counted));
			}
		};
	}

	/**
	 * How often a text mentions what a query of terms, conjunctions and disjunctions matches: a term
	 * as often as it occurs, alternatives as often as the most frequent, a conjunction as often as its
	 * rarest part. Not a sum of the alternatives: a compound and its parts are one mention, not two.
	 */
	private static ToIntFunction<Map<String, Integer>> counter(Query query) {
		if (query instanceof BoostQuery boosted) {
			return counter(boosted.getQuery());
		}
		if (query instanceof TermQuery term) {
			String text = term.getTerm().text();
			return (terms) -> terms.getOrDefault(text, 0);
		}
		if (query instanceof SynonymQuery synonyms) {
			List<String> texts = synonyms.getTerms().stream().map(Term::text).toList();
			return (terms) -> texts.stream().mapToInt((text) -> terms.getOrDefault(text, 0)).max().orElse(0);
		}
		if (query instanceof DisjunctionMaxQuery alternatives) {
			return most(alternatives.getDisjuncts().stream().map(ConceptTokens::counter).toList());
		}
		if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
			List<ToIntFunction<Map<String, Integer>>> required = new ArrayList<>();
			List<ToIntFunction<Map<String, Integer>>> optional = new ArrayList<>();
			for (BooleanClause clause : bool.clauses()) {
				switch (clause.getOccur()) {
					case MUST, FILTER -> required.add(counter(clause.getQuery()));
					case SHOULD -> optional.add(counter(clause.getQuery()));
					case MUST_NOT -> throw new IllegalStateException("A synonym expansion excludes words: " + query);
				}
			}
			if (required.isEmpty()) {
				return most(optional);
			}
			return (terms) -> required.stream().mapToInt((count) -> count.applyAsInt(terms)).min().orElse(0);
		}
		throw new IllegalStateException("A synonym expansion gives a query concept tokens cannot stand for: " + query);
	}

	private static ToIntFunction<Map<String, Integer>> most(List<ToIntFunction<Map<String, Integer>>> counts) {
		return (terms) -> counts.stream().mapToInt((count) -> count.applyAsInt(terms)).max().orElse(0);
	}

	/**
	 * Passes the tokens through, noting their terms; after the last, adds the concept tokens they
	 * match, at the last token's offsets.
	 */
	private static final class Appended extends TokenFilter {

		private final ConceptTokens concepts;

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final boolean counted;

		private final Map<String, Integer> terms = new HashMap<>();

		private List<String> pending;

		private int next;

		private int lastStart;

		private int lastEnd;

		Appended(TokenStream input, ConceptTokens concepts, boolean counted) {
			super(input);
			this.concepts = concepts;
			this.counted = counted;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (this.pending == null) {
				if (this.input.incrementToken()) {
					this.terms.merge(this.term.toString(), 1, Integer::sum);
					this.lastStart = this.offset.startOffset();
					this.lastEnd = this.offset.endOffset();
					return true;
				}
				this.pending = this.concepts.of(this.terms, this.counted ? MAX_REPEATS : 1);
			}
			if (this.next == this.pending.size()) {
				return false;
			}
			clearAttributes();
			this.term.setEmpty().append(this.pending.get(this.next++));
			this.increment.setPositionIncrement(this.counted ? 0 : 1);
			this.offset.setOffset(this.lastStart, this.lastEnd);
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.terms.clear();
			this.pending = null;
			this.next = 0;
			this.lastStart = 0;
			this.lastEnd = 0;
		}

	}

}
