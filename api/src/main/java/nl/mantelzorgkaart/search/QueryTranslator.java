package nl.mantelzorgkaart.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

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

	/** Longer text is not a search but a pasted document. */
	static final int MAX_TEXT_LENGTH = 500;

	static final int MAX_WORDS = 40;

	private static final float PHRASE_BOOST = 1.5f;

	private static final float NAME_PHRASE_BOOST = 2.0f;

	private static final float FUZZY_BOOST = 0.4f;

	private final CareAnalyzers analyzers;

	QueryTranslator(CareAnalyzers analyzers) {
		this.analyzers = analyzers;
	}

	/**
	 * What a text means for the index.
	 *
	 * @param query the scoring query, or null when the text has no searchable word
	 * @param words the text's words as typed (lower-cased, accents folded)
	 * @param unknownWords those of the words the index has never seen
	 */
	record Translation(Query query, List<String> words, Set<String> unknownWords) {

		boolean isEmpty() {
			return this.query == null;
		}

	}

	/** Checks the text as a client sent it; returns it trimmed, or "" for none. */
	static String checkText(String text) {
		if (text == null) {
			return "";
		}
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new InvalidArgumentException("text", "The search text may be at most " + MAX_TEXT_LENGTH
					+ " characters, got " + text.length() + "; use fewer words");
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints()
			.forEach((c) -> clean.appendCodePoint(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
					? ' ' : c));
		return clean.toString().trim();
	}

	Translation translate(String text, IndexReader reader) {
		List<String> words = tokens(this.analyzers.folding(), Fields.SPELL, text);
		if (words.size() > MAX_WORDS) {
			throw new InvalidArgumentException("text",
					"The search text may have at most " + MAX_WORDS + " words, got " + words.size());
		}
		QueryBuilder builder = new QueryBuilder(this.analyzers.query());
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int clauses = 0;
		Query all = builder.createBooleanQuery(Fields.ALL, text, Occur.SHOULD);
		if (all != null) {
			query.add(all, Occur.SHOULD);
			clauses++;
		}
		for (Map.Entry<String, Float> boosted : Fields.BOOSTS.entrySet()) {
			Query field = builder.createBooleanQuery(boosted.getKey(), text, Occur.SHOULD);
			if (field != null) {
				query.add(new BoostQuery(field, boosted.getValue()), Occur.SHOULD);
				clauses++;
			}
		}
		if (words.size() > 1) {
			Query phrase = builder.createPhraseQuery(Fields.ALL, text, 2);
			if (phrase != null) {
				query.add(new BoostQuery(phrase, PHRASE_BOOST), Occur.SHOULD);
			}
			Query namePhrase = builder.createPhraseQuery(Fields.NAME, text, 1);
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
				List<String> own = tokens(this.analyzers.index(), Fields.ALL, word);
				// The word's own stem (parts of a compound come after it): the one a typo is in.
				for (String stem : own.isEmpty() ? own : own.subList(0, 1)) {
					if (stem.length() >= 4 && reader.docFreq(new Term(Fields.ALL, stem)) == 0) {
						int edits = (stem.length() >= 8) ? 2 : 1;
						query.add(new BoostQuery(new FuzzyQuery(new Term(Fields.ALL, stem), edits, 1, 30, true),
								FUZZY_BOOST), Occur.SHOULD);
						clauses++;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Translation((clauses == 0) ? null : query.build(), words, unknown);
	}

	/**
	 * Whether the index has the word as written, its stem, or a synonym of it. Parts of a compound do
	 * not count: "respijtzorgg" holds "zorg", but is still a typo.
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
			while (stream.incrementToken()) {
				if ((first || SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()))
						&& reader.docFreq(new Term(Fields.ALL, term.toString())) > 0) {
					known = true;
				}
				first = false;
			}
			stream.end();
			return known;
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
