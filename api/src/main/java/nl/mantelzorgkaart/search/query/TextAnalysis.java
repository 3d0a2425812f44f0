package nl.mantelzorgkaart.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.mantelzorgkaart.search.analysis.AnalyzedText;
import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.index.IndexFields;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;

/**
 * What a text's words are for the index, worked out once for all the queries built from it: the words
 * as typed, each word's own terms, which words most records have, which words weigh in the scores,
 * which decide the matches, the words of an age named, and the words the index has never seen.
 *
 * @param text the text as read: as typed (checked), or, when a word was written in two or two words run
 *        together, its words with those joined or split as the index writes them
 * @param words the text's words as read, lower-cased and folded, in order
 * @param ownTerms each word's own terms as indexed: none for a stop word, its stem first
 * @param scoredText what the field scores are built from: the text, or only its scored words, with the
 *        words of an age group added
 * @param matchingText the words that make a record a match
 * @param matchingWords those words, each once
 * @param unknownWords the words the index has never seen (typos, or words no record uses)
 */
public record TextAnalysis(String text, List<String> words, Map<String, List<String>> ownTerms, String scoredText,
		String matchingText, Set<String> matchingWords, Set<String> unknownWords) {

	/** A word in more than this share of the records is too common to weigh in a score. */
	static final double COMMON_SHARE = 0.5;

	/** An age as people write it: "van 14", "14 jaar", "14-jarige". */
	private static final Pattern AGE = Pattern.compile(
			"(?:\\bvan\\s+(\\d{1,3})\\b(?!\\s*(?:km|kilometer|uur|minuten|euro|%)))|(?:\\b(\\d{1,3})\\s*-?\\s*(?:jaar|jarige?)\\b)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Analyses a text against one state of the index. */
	static TextAnalysis of(String typed, CareAnalyzers analyzers, IndexReader reader) {
		List<String> typedWords = AnalyzedText.tokens(analyzers.folding(), IndexFields.SPELL, typed);
		List<String> words = reading(typedWords, analyzers, reader);
		String text = words.equals(typedWords) ? typed : String.join(" ", words);
		String age = ageWords(typed);
		Map<String, List<String>> own = new LinkedHashMap<>();
		words.forEach((word) -> own.computeIfAbsent(word, (key) -> AnalyzedText.tokens(analyzers.index(), IndexFields.ALL, key)));
		Set<String> common = commonWords(own, reader);
		List<String> scoredWords = scoredWords(words, own, common, analyzers);
		String scored = ((scoredWords.size() < words.size()) ? String.join(" ", scoredWords) : text) + age;
		// The words that make a record a match: all but the common ones the scores leave out. A record
		// that has only "zorg" of "hulp in het huishouden omdat ik voor mijn partner zorg" is no answer
		// (and at 100,000 records, counting every record with "zorg" is most of the work).
		List<String> matching = new ArrayList<>(words);
		matching.addAll(AnalyzedText.tokens(analyzers.folding(), IndexFields.SPELL, age));
		matching.removeIf((word) -> common.contains(word) && !scoredWords.contains(word));
		Set<String> unknown = new LinkedHashSet<>();
		for (String word : words) {
			// A stop word ("de", "the") has no terms to search, and a word of the care vocabulary is spelled
			// right ("kanker", "look" of "look after"): not a typo, whatever the index holds.
			if (!own.get(word).isEmpty() && !analyzers.isCareWord(word) && !known(word, analyzers, reader)) {
				unknown.add(word);
			}
		}
		return new TextAnalysis(text, words, own, scored, String.join(" ", matching), new LinkedHashSet<>(matching),
				unknown);
	}

	/**
	 * The words of a text as the index writes them: two words that the records write as one word are read
	 * as that word when they are its parts as a compound ("respijt zorg", "dag besteding"), and an unknown
	 * word that the records write as two words next to each other is read as those two ("eigentijd"). Then
	 * "respijt zorg" finds what "respijtzorg" finds, rather than every record with "zorg" in it. Two words
	 * are not joined when a part is unknown ("mantelzorg wandeling": "wandeling" is no known part, and the
	 * two words find more than "mantelzorgwandeling").
	 */
	static List<String> reading(List<String> words, CareAnalyzers analyzers, IndexReader reader) {
		List<String> read = new ArrayList<>(words.size());
		try {
			for (int i = 0; i < words.size(); i++) {
				String word = words.get(i);
				String next = (i + 1 < words.size()) ? words.get(i + 1) : null;
				if (next != null && word.length() >= MIN_PART && next.length() >= MIN_PART
						&& analyzers.joinsAsCompound(word, next) && written(reader, word + next)) {
					read.add(word + next);
					i++;
				}
				else if (word.length() >= 2 * MIN_PART && !written(reader, word) && !analyzers.isCareWord(word)
						&& !known(word, analyzers, reader)) {
					read.addAll(split(word, reader));
				}
				else {
					read.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return read;
	}

	/** The shortest word that a word written apart or run together may consist of. */
	static final int MIN_PART = 3;

	/** Whether a record has the word as written (in its names, themes, labels or description). */
	private static boolean written(IndexReader reader, String word) throws IOException {
		return reader.docFreq(new Term(IndexFields.SPELL, word)) > 0;
	}

	/**
	 * The two words of the index that an unknown word runs together, as the records that have them next to
	 * each other most often write them; the word alone if there are none.
	 */
	private static List<String> split(String word, IndexReader reader) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		List<String> best = List.of(word);
		int bestCount = 0;
		for (int at = MIN_PART; at <= word.length() - MIN_PART; at++) {
			String first = word.substring(0, at);
			String second = word.substring(at);
			if (written(reader, first) && written(reader, second)) {
				int count = searcher.count(new PhraseQuery(IndexFields.SPELL, first, second));
				if (count > bestCount) {
					best = List.of(first, second);
					bestCount = count;
				}
			}
		}
		return best;
	}

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

	/**
	 * The words of a text that weigh in the field scores: without the words that only say whom someone
	 * cares for ("moeder", "zoon") and without the words nearly every record has ("zorg", "mantelzorg"),
	 * when it has other words to search for. Relation words then count only through the coverage
	 * reward of {@link RankQueryBuilder}, at their low weight: in the field scores a rare word like
	 * "moeder" would outweigh what the person asks for, whatever its query boost, because BM25 weighs a
	 * word by how rare it is. Common words add almost nothing to a BM25 score but cost the most to score:
	 * every record has to be visited for them. They still decide which records match.
	 */
	private static List<String> scoredWords(List<String> words, Map<String, List<String>> own, Set<String> common,
			CareAnalyzers analyzers) {
		List<String> strong = words.stream().filter((word) -> analyzers.weight(word) == 1f).toList();
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

	/** The words whose own term is in more than {@link #COMMON_SHARE} of the records. */
	private static Set<String> commonWords(Map<String, List<String>> own, IndexReader reader) {
		Set<String> common = new LinkedHashSet<>();
		int records = Math.max(1, reader.numDocs());
		try {
			for (Map.Entry<String, List<String>> word : own.entrySet()) {
				List<String> terms = word.getValue();
				if (!terms.isEmpty()
						&& reader.docFreq(new Term(IndexFields.ALL, terms.get(0))) > COMMON_SHARE * records) {
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
	 * Whether the index has the word as written, its stem, a synonym of it, or every part of it as a
	 * compound ("zorgprofessionals": "zorg" and "professionals"). A word that only holds a known part
	 * is not known: "respijtzorgg" holds "zorg" but reads as no compound, so it is a typo.
	 */
	private static boolean known(String word, CareAnalyzers analyzers, IndexReader reader) {
		try {
			if (reader.docFreq(new Term(IndexFields.SPELL, word)) > 0) {
				return true;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (TokenStream stream = analyzers.query().tokenStream(IndexFields.ALL, word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			boolean first = true;
			boolean known = false;
			boolean hasParts = false;
			boolean partsKnown = true;
			while (stream.incrementToken()) {
				boolean indexed = reader.docFreq(new Term(IndexFields.ALL, term.toString())) > 0;
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
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
