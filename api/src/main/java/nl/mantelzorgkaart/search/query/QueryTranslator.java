package nl.mantelzorgkaart.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.QueryBuilder.TermAndBoost;

/**
 * Turns what a caregiver typed into a Lucene query. The text is only ever analysed, never parsed as
 * Lucene syntax: brackets, quotes, {@code AND}, {@code *} are ordinary characters.
 *
 * <p>
 * The query adds up, per word: matches anywhere in the record ({@code all}), extra weight for the name,
 * aliases, themes, labels, organisers and places (see {@link Fields#BOOSTS}), the words near each other
 * (phrase proximity), and, only for words the index does not know, close spellings at a low weight, so
 * that a typo still finds something while exact words keep ranking first.
 */
final class QueryTranslator {

	static final int MAX_WORDS = 40;

	private static final float PHRASE_BOOST = 1.5f;

	private static final float NAME_PHRASE_BOOST = 2.0f;

	private static final float FUZZY_BOOST = 0.4f;

	/** A word in more than this share of the records is too common to weigh in a score. */
	static final double COMMON_SHARE = 0.5;

	/** What matching one more of the query's words is worth (see {@link #addCoverage}). */
	private static final float COVERAGE_BOOST = 3.0f;

	private final CareAnalyzers analyzers;

	QueryTranslator(CareAnalyzers analyzers) {
		this.analyzers = analyzers;
	}

	/**
	 * What a text means for the index.
	 *
	 * @param query the scoring query, or null when the text has no searchable word
	 * @param match which records the text finds: a small query with the same matches as {@code query}
	 *        (every weighted field is part of {@code all} or is {@code context}, and both are in
	 *        {@code anywhere}), cheap to count and facet without scores; null with {@code query}
	 * @param firstPass a light ranking (the text's concept tokens and other words in {@code all}, and the
	 *        text in the names) that picks the candidates
	 *        {@code query} then ranks: scoring every match with the full query costs too much when a
	 *        common word finds most of 100,000 records; null with {@code query}
	 * @param highlight the words to mark in snippets: the match query's, with synonyms spelled out; null
	 *        with {@code query}
	 * @param words the text's words as typed (lower-cased, accents folded)
	 * @param unknownWords those of the words the index has never seen
	 */
	record Translation(Query query, Query match, Query firstPass, Supplier<Query> highlight, List<String> words,
			Set<String> unknownWords) {

		boolean isEmpty() {
			return this.query == null;
		}

	}

	Translation translate(String text, IndexSearcher searcher) {
		IndexReader reader = searcher.getIndexReader();
		List<String> words = tokens(this.analyzers.folding(), Fields.SPELL, text);
		if (words.size() > MAX_WORDS) {
			throw new InvalidArgumentException("text",
					"The search text may have at most " + MAX_WORDS + " words, got " + words.size());
		}
		FieldQueries builder = new FieldQueries(this.analyzers.query());
		FieldQueries concepts = new FieldQueries(this.analyzers.concepts());
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int clauses = 0;
		String age = ageWords(text);
		// Each word's own terms, as indexed: none for a stop word, its stem first.
		Map<String, List<String>> own = new LinkedHashMap<>();
		words.forEach((word) -> own.computeIfAbsent(word, (key) -> tokens(this.analyzers.index(), Fields.ALL, key)));
		Set<String> common = commonWords(own, reader);
		List<String> scoredWords = scoredWords(words, own, common);
		String scored = ((scoredWords.size() < words.size()) ? String.join(" ", scoredWords) : text) + age;
		// The words that make a record a match: all but the common ones the scores leave out. A record
		// that has only "zorg" of "hulp in het huishouden omdat ik voor mijn partner zorg" is no answer
		// (and at 100,000 records, counting every record with "zorg" is most of the work).
		List<String> matching = new ArrayList<>(words);
		matching.addAll(tokens(this.analyzers.folding(), Fields.SPELL, age));
		matching.removeIf((word) -> common.contains(word) && !scoredWords.contains(word));
		// Every clause of the scoring query matches a matching word in "all" or in "context", or is a close
		// spelling: so the field with both and the spellings find the same records. There, a synonym entry
		// is one concept token that stands for its whole expansion.
		String matchingText = String.join(" ", matching);
		BooleanQuery.Builder match = new BooleanQuery.Builder();
		concepts.onFields(matchingText, Fields.ANYWHERE).values().forEach((field) -> match.add(field, Occur.SHOULD));
		List<Query> spellings = new ArrayList<>();
		BooleanQuery.Builder firstPass = new BooleanQuery.Builder();
		List<String> scoredFields = new ArrayList<>();
		scoredFields.add(Fields.ALL);
		scoredFields.addAll(Fields.BOOSTS.keySet());
		scoredFields.add(Fields.NAMES);
		Map<String, Query> perField = builder.onFields(scored, scoredFields.toArray(String[]::new));
		Query all = perField.get(Fields.ALL);
		if (all != null) {
			query.add(all, Occur.SHOULD);
			clauses++;
			// In the first pass a synonym entry is one term, its concept token, which the record has as often
			// as it mentions the entry's most frequent word: a few terms that skip well instead of dozens.
			Query allConcepts = concepts.onFields(scored, Fields.ALL).get(Fields.ALL);
			firstPass.add((allConcepts != null) ? allConcepts : all, Occur.SHOULD);
		}
		for (Map.Entry<String, Float> boosted : Fields.BOOSTS.entrySet()) {
			Query field = perField.get(boosted.getKey());
			if (field != null) {
				query.add(new BoostQuery(field, boosted.getValue()), Occur.SHOULD);
				clauses++;
			}
		}
		Query names = perField.get(Fields.NAMES);
		if (names != null) {
			// What a record is called, so that "VMCA" finds the organisation of that name (and alias) among
			// the many records that mention it: one field, not two, for a first pass that skips well.
			firstPass.add(new BoostQuery(names, Fields.BOOSTS.get(Fields.NAME)), Occur.SHOULD);
		}
		if (words.size() > 1) {
			addCoverage(concepts, matching, query);
			// Proximity of the words as typed (stemmed, without their synonyms or compound parts): phrases
			// over the synonym graph would be one phrase per path through it, thousands for a long
			// sentence, and compound parts would let "mantelzorgvriendelijk werkgeverschap" match the
			// phrase "mantelzorg en werk".
			Query phrase = typedPhrase(Fields.ALL, text, 2);
			if (phrase != null) {
				query.add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD);
			}
			Query namePhrase = typedPhrase(Fields.NAME, text, 1);
			if (namePhrase != null) {
				query.add(new BoostQuery(namePhrase, NAME_PHRASE_BOOST), Occur.SHOULD);
			}
		}
		Set<String> unknown = new LinkedHashSet<>();
		try {
			for (String word : words) {
				if (known(word, reader)) {
					continue;
				}
				unknown.add(word);
				// The word's own stem (parts of a compound come after it): the one a typo is in.
				List<String> terms = own.get(word);
				for (String stem : terms.subList(0, Math.min(1, terms.size()))) {
					if (stem.length() >= 4 && reader.docFreq(new Term(Fields.ALL, stem)) == 0) {
						int edits = (stem.length() >= 8) ? 2 : 1;
						// Expanded to the close spellings once here, not by each of the three queries that use it.
						Query fuzzy = searcher.rewrite(new CloseSpellings(new Term(Fields.ALL, stem), edits, 1, 30));
						query.add(new BoostQuery(fuzzy, FUZZY_BOOST), Occur.SHOULD);
						firstPass.add(new BoostQuery(fuzzy, FUZZY_BOOST), Occur.SHOULD);
						match.add(fuzzy, Occur.SHOULD);
						spellings.add(fuzzy);
						clauses++;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// The words to mark in a snippet: those of the match query, with each concept spelled out.
		Supplier<Query> highlight = () -> {
			BooleanQuery.Builder marked = new BooleanQuery.Builder();
			builder.onFields(matchingText, Fields.ANYWHERE).values().forEach((field) -> marked.add(field, Occur.SHOULD));
			spellings.forEach((fuzzy) -> marked.add(fuzzy, Occur.SHOULD));
			return marked.build();
		};
		return (clauses == 0) ? new Translation(null, null, null, null, words, unknown)
				: new Translation(query.build(), match.build(), firstPass.build(), highlight, words, unknown);
	}

	/** An age as people write it: "van 14", "14 jaar", "14-jarige". */
	private static final Pattern AGE = Pattern.compile(
			"(?:\\bvan\\s+(\\d{1,3})\\b(?!\\s*(?:km|kilometer|uur|minuten|euro|%)))|(?:\\b(\\d{1,3})\\s*-?\\s*(?:jaar|jarige?)\\b)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * The words of the age group an age in the text belongs to, to search for as well: in "mijn dochter
	 * van 14 zorgt mee" the 14 says "tiener", and help for teenagers is what fits. Returns "" when the text
	 * names no age; the words start with a space.
	 */
	static String ageWords(String text) {
		StringBuilder words = new StringBuilder();
		Matcher age = AGE.matcher(text);
		while (age.find()) {
			int years = Integer.parseInt((age.group(1) != null) ? age.group(1) : age.group(2));
			if (years >= 4 && years <= 11) {
				words.append(" kind");
			}
			else if (years >= 12 && years <= 19) {
				words.append(" tiener jonge");
			}
			else if (years >= 65 && years <= 120) {
				words.append(" ouderen");
			}
		}
		return words.toString();
	}

	/** The words of a text as indexed, in their places, as a phrase; null for fewer than two words. */
	private Query typedPhrase(String field, String text, int slop) {
		PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
		int terms = 0;
		try (TokenStream stream = this.analyzers.index().tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				if (increment.getPositionIncrement() == 0) {
					continue; // a compound's part, stacked on the word
				}
				position += increment.getPositionIncrement();
				phrase.add(new Term(field, term.toString()), position);
				terms++;
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return (terms < 2) ? null : phrase.build();
	}

	/**
	 * The words of a text that weigh in the field scores: without the words that only say whom someone
	 * cares for ("moeder", "zoon") and without the words nearly every record has ("zorg", "mantelzorg"),
	 * when it has other words to search for. Relation words then count only through
	 * {@link #addCoverage}, at their low weight: in the field scores a rare word like "moeder" would
	 * outweigh what the person asks for, whatever its query boost, because BM25 weighs a word by how
	 * rare it is. Common words add almost nothing to a BM25 score but cost the most to score: every
	 * record has to be visited for them. They still decide which records match.
	 */
	private List<String> scoredWords(List<String> words, Map<String, List<String>> own, Set<String> common) {
		List<String> strong = words.stream().filter((word) -> this.analyzers.weight(word) == 1f).toList();
		List<String> rare = strong.stream().filter((word) -> !common.contains(word)).toList();
		// Common words go only when at least two other words are left to rank by: in "mantelzorg Eemnes"
		// the one other word cannot tell the records of Eemnes apart.
		List<String> content = (searchable(rare, own) >= 2) ? rare : strong;
		return (searchable(content, own) > 0) ? content : words;
	}

	/** How many of the words are no stop words (every chain drops the same stop words, and only those). */
	private static long searchable(List<String> words, Map<String, List<String>> own) {
		return words.stream().filter((word) -> !own.get(word).isEmpty()).count();
	}

	/**
	 * The words whose own term is in more than {@link #COMMON_SHARE} of the records.
	 *
	 * @param own each word's own terms, its stem first
	 */
	private static Set<String> commonWords(Map<String, List<String>> own, IndexReader reader) {
		Set<String> common = new LinkedHashSet<>();
		int records = Math.max(1, reader.numDocs());
		try {
			for (Map.Entry<String, List<String>> word : own.entrySet()) {
				List<String> terms = word.getValue();
				if (!terms.isEmpty() && reader.docFreq(new Term(Fields.ALL, terms.get(0))) > COMMON_SHARE * records) {
					common.add(word.getKey());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return common;
	}

	/**
	 * Rewards a record for each of the query's words it matches anywhere (in its text or in the
	 * vocabulary that explains it), at a fixed amount per word: of two records, the one that answers
	 * "respijtzorg", "dementie" and "Almere" ranks above one that matches "dementie" strongly but not the
	 * rest. Summed field scores alone let one rare word in a name outweigh the others.
	 */
	private void addCoverage(FieldQueries builder, List<String> words, BooleanQuery.Builder query) {
		for (String word : new LinkedHashSet<>(words)) {
			Query anywhere = builder.onFields(word, Fields.ANYWHERE).get(Fields.ANYWHERE);
			if (anywhere == null) {
				continue; // a stop word
			}
			query.add(new BoostQuery(new ConstantScoreQuery(anywhere), COVERAGE_BOOST * this.analyzers.weight(word)),
					Occur.SHOULD);
		}
	}

	/**
	 * Whether the index has the word as written, its stem, a synonym of it, or every part of it as a
	 * compound ("zorgprofessionals": "zorg" and "professionals"). A word that only holds a known part
	 * is not known: "respijtzorgg" holds "zorg" but reads as no compound, so it is a typo.
	 */
	private boolean known(String word, IndexReader reader) throws IOException {
		if (reader.docFreq(new Term(Fields.SPELL, word)) > 0) {
			return true;
		}
		try (TokenStream stream = this.analyzers.query().tokenStream(Fields.ALL, word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			boolean first = true;
			boolean known = false;
			boolean hasParts = false;
			boolean partsKnown = true;
			while (stream.incrementToken()) {
				boolean indexed = reader.docFreq(new Term(Fields.ALL, term.toString())) > 0;
				if ((first || SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) && indexed) {
					known = true;
				}
				if (CareAnalyzers.TYPE_COMPOUND_PART.equals(type.type())) {
					hasParts = true;
					partsKnown &= indexed;
				}
				first = false;
			}
			stream.end();
			return known || (hasParts && partsKnown);
		}
	}

	/**
	 * Builds the query of a text on several fields from one analysis: the query chain (synonym graph,
	 * compound paths, stemming) and the paths through its graph are the costly part of a translation,
	 * and neither depends on the field. The query is built for the first field and copied onto the others.
	 * <p>
	 * The alternatives at one place in the query graph (a word, its synonyms, its compound parts) become
	 * a disjunction that counts the best alternative, not their sum: a text naming respite three ways
	 * ("respijtzorg", "even vrij", "adempauze") is not three times as relevant to "respijtzorg".
	 */
	static final class FieldQueries extends QueryBuilder {

		/** How much the other matching alternatives add to the best one. */
		private static final float TIE_BREAKER = 0.1f;

		/** The terms and weights of each synonym query built, which the query does not tell. */
		private final Map<SynonymQuery, TermAndBoost[]> synonyms = new IdentityHashMap<>();

		FieldQueries(Analyzer analyzer) {
			super(analyzer);
		}

		/** The text's query per field, in the fields' order; empty when the text has no searchable word. */
		Map<String, Query> onFields(String text, String... fields) {
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

	/** The tokens an analyzer makes of a text, in order (words at the same position included). */
	static List<String> tokens(Analyzer analyzer, String field, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
