package nl.mantelzorgkaart.search.execution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.search.query.CloseSpellingChecker;
import nl.mantelzorgkaart.search.query.TextQueries;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** "Bedoelde u": the text with each word the index has never seen spelled as the index has it. */
public final class Suggestions {

	/** Shorter words are left as typed: too many short words are one letter apart. */
	private static final int MIN_LENGTH = 3;

	private final DirectSpellChecker spelling = new CloseSpellingChecker();

	/** The corrected text, or nothing when no unknown word has a close spelling. */
	public List<String> didYouMean(IndexReader reader, TextQueries text) throws IOException {
		if (text.unknownWords().isEmpty()) {
			return List.of();
		}
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : text.words()) {
			if (text.unknownWords().contains(word) && word.length() >= MIN_LENGTH) {
				SuggestWord[] suggestions = this.spelling.suggestSimilar(new Term(IndexFields.SPELL, word), 1, reader,
						SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				if (suggestions.length > 0) {
					corrected.add(suggestions[0].string);
					changed = true;
					continue;
				}
			}
			corrected.add(word);
		}
		return changed ? List.of(String.join(" ", corrected)) : List.of();
	}

}
