package nl.mantelzorgkaart.search.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the query of a text on several fields from one analysis: the query chain (synonym graph,
 * compound paths, stemming) and the paths through its graph are the costly part of a translation,
 * and neither depends on the field. The query is built for the first field and copied onto the others.
 * <p>
 * The alternatives at one place in the query graph (a word, its synonyms, its compound parts) become
 * a disjunction that counts the best alternative, not their sum: a text naming respite three ways
 * ("respijtzorg", "even vrij", "adempauze") is not three times as relevant to "respijtzorg".
 */
public final class FieldQueries extends QueryBuilder {

	/** How much the other matching alternatives add to the best one. */
	private static final float TIE_BREAKER = 0.1f;

	/** The terms and weights of each synonym query built, which the query does not tell. */
	private final Map<SynonymQuery, TermAndBoost[]> synonyms = new IdentityHashMap<>();

	public FieldQueries(Analyzer analyzer) {
		super(analyzer);
	}

	/** The text's query per field, in the fields' order; empty when the text has no searchable word. */
	public Map<String, Query> onFields(String text, String... fields) {
		Map<String, Query> queries = new LinkedHashMap<>();
		Query first = createFieldQuery(getAnalyzer(), Occur.SHOULD, fields[0], text, false, 0);
		if (first == null) {
			return queries;
		}
		queries.put(fields[0], first);
		for (String field : Arrays.asList(fields).subList(1, fields.length)) {
			Query copy = onField(first, field);
			queries.put(field, (copy != null) ? copy : createFieldQuery(getAnalyzer(), Occur.SHOULD, field, text, false, 0));
		}
		return queries;
	}

	/** The query with its terms in {@code field}; null for a kind of query this does not copy. */
	private Query onField(Query query, String field) {
		if (query instanceof TermQuery term) {
			return new TermQuery(new Term(field, term.getTerm().bytes()));
		}
		if (query instanceof BoostQuery boosted) {
			Query copy = onField(boosted.getQuery(), field);
			return (copy != null) ? new BoostQuery(copy, boosted.getBoost()) : null;
		}
		if (query instanceof DisjunctionMaxQuery alternatives) {
			List<Query> copies = new ArrayList<>();
			for (Query alternative : alternatives.getDisjuncts()) {
				Query copy = onField(alternative, field);
				if (copy == null) {
					return null;
				}
				copies.add(copy);
			}
			return new DisjunctionMaxQuery(copies, alternatives.getTieBreakerMultiplier());
		}
		if (query instanceof BooleanQuery bool) {
			BooleanQuery.Builder copy = new BooleanQuery.Builder()
				.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
			for (BooleanClause clause : bool.clauses()) {
				Query clauseCopy = onField(clause.getQuery(), field);
				if (clauseCopy == null) {
					return null;
				}
				copy.add(clauseCopy, clause.getOccur());
			}
			return copy.build();
		}
		if (query instanceof SynonymQuery synonym && this.synonyms.containsKey(synonym)) {
			SynonymQuery.Builder copy = new SynonymQuery.Builder(field);
			for (TermAndBoost term : this.synonyms.get(synonym)) {
				copy.addTerm(term.term, term.boost);
			}
			return copy.build();
		}
		return null;
	}

	@Override
	protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
		Query query = super.newSynonymQuery(field, terms);
		if (query instanceof SynonymQuery synonym) {
			this.synonyms.put(synonym, terms);
		}
		return query;
	}

	@Override
	protected Query newGraphSynonymQuery(Iterator<Query> queries) {
		// Paths through the graph can spell the same alternative twice ("young carers" from two
		// synonym lines), at different weights: each counts once, at its highest weight.
		Map<Query, Float> weights = new LinkedHashMap<>();
		queries.forEachRemaining((query) -> {
			Query unweighted = query;
			float weight = 1f;
			while (unweighted instanceof BoostQuery boosted) {
				weight *= boosted.getBoost();
				unweighted = boosted.getQuery();
			}
			weights.merge(unweighted, weight, Math::max);
		});
		List<Query> alternatives = new ArrayList<>(weights.size());
		weights.forEach((query, weight) -> alternatives.add((weight == 1f) ? query : new BoostQuery(query, weight)));
		return (alternatives.size() == 1) ? alternatives.get(0)
				: new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
	}

}
