package nl.mantelzorgkaart.search.execution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.search.query.CloseSpellingChecker;
import nl.mantelzorgkaart.search.query.QueryTranslator;
import nl.mantelzorgkaart.search.query.TextQueries;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Bedoelde u": the text with each word the index has never seen spelled as the index has it. Only words
 * that are unknown are corrected (never a word of the care vocabulary, an indexed word or a stop word: see
 * {@code TextAnalysis}); a correction is a word that several records use and that is written in letters, a
 * word a caregiver recognises rather than a name or code of one record; and a suggestion that would find
 * fewer records than the text as typed (with its close spellings) is not made.
 */
public final class Suggestions {

	/** Shorter words are left as typed: too many short words are one letter apart. */
	private static final int MIN_LENGTH = 3;

	/** A correction is a word of at least this many records. */
	static final int MIN_RECORDS = 2;

	/** How many of the closest spellings are looked at for one that passes. */
	private static final int CANDIDATES = 5;

	private final DirectSpellChecker spelling = new CloseSpellingChecker();

	private final QueryTranslator translator;

	/** @param translator to find what a suggestion would find */
	public Suggestions(QueryTranslator translator) {
		this.translator = translator;
	}

	/**
	 * The corrected text, or nothing when no unknown word has a close spelling or the correction finds fewer
	 * records than the text (both counted over the whole index, without the request's filters).
	 */
	public List<String> didYouMean(IndexReader reader, TextQueries text) throws IOException {
		if (text.unknownWords().isEmpty()) {
			return List.of();
		}
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : text.words()) {
			String correction = text.unknownWords().contains(word) ? correction(reader, word) : null;
			corrected.add((correction != null) ? correction : word);
			changed |= correction != null;
		}
		if (!changed) {
			return List.of();
		}
		String suggestion = String.join(" ", corrected);
		IndexSearcher searcher = new IndexSearcher(reader);
		int typed = text.isEmpty() ? 0 : searcher.count(text.match());
		TextQueries suggested = this.translator.translate(suggestion, searcher);
		int found = suggested.isEmpty() ? 0 : searcher.count(suggested.match());
		return (found > 0 && found >= typed) ? List.of(suggestion) : List.of();
	}

	/** The closest spelling of an unknown word that a caregiver would recognise, or null. */
	private String correction(IndexReader reader, String word) throws IOException {
		if (word.length() < MIN_LENGTH) {
			return null;
		}
		for (SuggestWord suggestion : this.spelling.suggestSimilar(new Term(IndexFields.SPELL, word), CANDIDATES,
				reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
			if (suggestion.freq >= MIN_RECORDS && suggestion.string.chars().allMatch(Character::isLetter)) {
				return suggestion.string;
			}
		}
		return null;
	}

}
