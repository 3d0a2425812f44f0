package nl.mantelzorgkaart.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Adds to a record's {@link Fields#ANYWHERE} terms the concept tokens of the synonyms it matches
 * ({@link CareAnalyzers#concepts()}): "#respijtzorg" when the query for "respijtzorg" with all its
 * synonyms would find the record. Finding which records a text matches then takes one term per
 * synonym entry instead of a dozen words and word pairs, many of them in most records ("zorg",
 * "vrij"): the same records, several times faster at 100,000 of them.
 * <p>
 * A record has a concept exactly when the query the {@link CareAnalyzers#query()} chain makes of the
 * concept's entry matches it, word for word: each alternative of the expansion (a word, the parts of
 * a compound, the words of a multi-word synonym) needs all its terms among the record's.
 */
final class ConceptTokens {

	/** Per concept token, whether a record with these terms has it. */
	private final Map<String, Predicate<Set<String>>> concepts = new LinkedHashMap<>();

	ConceptTokens(CareAnalyzers analyzers) {
		QueryBuilder builder = new QueryBuilder(analyzers.query());
		analyzers.conceptEntries().forEach((concept, entry) -> {
			Query expansion = builder.createBooleanQuery("terms", entry);
			if (expansion == null) {
				throw new IllegalStateException("The synonym entry '" + entry + "' has no searchable word");
			}
			this.concepts.put(concept, matcher(expansion));
		});
	}

	/** The concept tokens of a record with these terms, in concept order. */
	List<String> of(Set<String> terms) {
		List<String> found = new ArrayList<>();
		this.concepts.forEach((concept, matches) -> {
			if (matches.test(terms)) {
				found.add(concept);
			}
		});
		return found;
	}

	/** {@code analyzer} with each text's concept tokens added after its words. */
	Analyzer addedTo(Analyzer analyzer) {
		return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				return analyzer;
			}

			@Override
			protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
				return new TokenStreamComponents(components.getSource(),
						new Appended(components.getTokenStream(), ConceptTokens.this));
			}
		};
	}

	/** Whether a record's terms match a query of terms, conjunctions and disjunctions. */
	private static Predicate<Set<String>> matcher(Query query) {
		if (query instanceof BoostQuery boosted) {
			return matcher(boosted.getQuery());
		}
		if (query instanceof TermQuery term) {
			String text = term.getTerm().text();
			return (terms) -> terms.contains(text);
		}
		if (query instanceof SynonymQuery synonyms) {
			List<String> texts = synonyms.getTerms().stream().map(Term::text).toList();
			return (terms) -> texts.stream().anyMatch(terms::contains);
		}
		if (query instanceof DisjunctionMaxQuery alternatives) {
			List<Predicate<Set<String>>> any = alternatives.getDisjuncts().stream().map(ConceptTokens::matcher).toList();
			return (terms) -> any.stream().anyMatch((matches) -> matches.test(terms));
		}
		if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
			List<Predicate<Set<String>>> required = new ArrayList<>();
			List<Predicate<Set<String>>> optional = new ArrayList<>();
			for (BooleanClause clause : bool.clauses()) {
				switch (clause.getOccur()) {
					case MUST, FILTER -> required.add(matcher(clause.getQuery()));
					case SHOULD -> optional.add(matcher(clause.getQuery()));
					case MUST_NOT -> throw new IllegalStateException("A synonym expansion excludes words: " + query);
				}
			}
			return (terms) -> required.stream().allMatch((matches) -> matches.test(terms))
					&& (!required.isEmpty() || optional.stream().anyMatch((matches) -> matches.test(terms)));
		}
		throw new IllegalStateException("A synonym expansion gives a query concept tokens cannot stand for: " + query);
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

		private final Set<String> terms = new HashSet<>();

		private List<String> pending;

		private int next;

		private int lastStart;

		private int lastEnd;

		Appended(TokenStream input, ConceptTokens concepts) {
			super(input);
			this.concepts = concepts;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (this.pending == null) {
				if (this.input.incrementToken()) {
					this.terms.add(this.term.toString());
					this.lastStart = this.offset.startOffset();
					this.lastEnd = this.offset.endOffset();
					return true;
				}
				this.pending = this.concepts.of(this.terms);
			}
			if (this.next == this.pending.size()) {
				return false;
			}
			clearAttributes();
			this.term.setEmpty().append(this.pending.get(this.next++));
			this.increment.setPositionIncrement(1);
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
