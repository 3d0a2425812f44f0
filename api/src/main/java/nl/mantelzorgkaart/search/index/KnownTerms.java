package nl.mantelzorgkaart.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Queries with each term's statistics taken from those kept for one searcher, and without the terms
 * no record has. A care concept in a text spells out dozens of alternatives over eight fields, most of
 * them in no record of a field; looking each up for every search cost about as much as ranking did.
 */
final class KnownTerms {

	/** How many terms' statistics a searcher keeps. */
	static final int KEPT_TERMS = 50_000;

	private final IndexSearcher searcher;

	/** Per term, its statistics (and where it is) in this state of the index, looked up once. */
	private final Cache<Term, TermStates> states = Caffeine.newBuilder()
		.maximumSize(KEPT_TERMS)
		.executor(Runnable::run)
		.build();

	KnownTerms(IndexSearcher searcher) {
		this.searcher = searcher;
	}

	/**
	 * The same query (the same matches and scores) with the statistics of each term from those kept,
	 * and without the terms no record has and the alternatives that need one of them.
	 */
	Query of(Query query) throws IOException {
		try {
			Query known = knownOrNull(query);
			return (known != null) ? known : new MatchNoDocsQuery();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** {@link #of}, or null for a query no record matches. */
	private Query knownOrNull(Query query) {
		if (query instanceof TermQuery termQuery) {
			Term term = termQuery.getTerm();
			TermStates states = this.states.get(term, this::build);
			return (states.docFreq() == 0) ? null : new TermQuery(term, states);
		}
		if (query instanceof BoostQuery boosted) {
			Query known = knownOrNull(boosted.getQuery());
			return (known != null) ? new BoostQuery(known, boosted.getBoost()) : null;
		}
		if (query instanceof ConstantScoreQuery constant) {
			Query known = knownOrNull(constant.getQuery());
			return (known != null) ? new ConstantScoreQuery(known) : null;
		}
		if (query instanceof DisjunctionMaxQuery alternatives) {
			List<Query> known = new ArrayList<>();
			for (Query alternative : alternatives.getDisjuncts()) {
				Query knownAlternative = knownOrNull(alternative);
				if (knownAlternative != null) {
					known.add(knownAlternative);
				}
			}
			return known.isEmpty() ? null : new DisjunctionMaxQuery(known, alternatives.getTieBreakerMultiplier());
		}
		if (query instanceof BooleanQuery bool) {
			return knownOrNull(bool);
		}
		return query;
	}

	private Query knownOrNull(BooleanQuery bool) {
		BooleanQuery.Builder known = new BooleanQuery.Builder();
		int matching = 0;
		int optional = 0;
		for (BooleanClause clause : bool.clauses()) {
			Query knownClause = knownOrNull(clause.getQuery());
			if (knownClause == null) {
				if (clause.isRequired()) {
					return null; // a clause no record matches, that every match needs
				}
				continue; // an optional clause or an exclusion that changes nothing
			}
			known.add(knownClause, clause.getOccur());
			matching += (clause.getOccur() != Occur.MUST_NOT) ? 1 : 0;
			optional += (clause.getOccur() == Occur.SHOULD) ? 1 : 0;
		}
		if (matching == 0 || optional < bool.getMinimumNumberShouldMatch()) {
			return null;
		}
		return known.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch()).build();
	}

	private TermStates build(Term term) {
		try {
			return TermStates.build(this.searcher, term, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
