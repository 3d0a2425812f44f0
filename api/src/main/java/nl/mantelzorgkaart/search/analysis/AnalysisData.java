package nl.mantelzorgkaart.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The word lists of the analysis chain, read from {@code search/analysis/} on the classpath. Every
 * entry goes through the folding chain (lower case, diacritics folded) so that it meets the tokens it
 * is compared with; an entry that does not survive that as the expected number of words is malformed.
 */
final class AnalysisData {

	/** Where the data files live on the classpath. */
	static final String DIRECTORY = "search/analysis/";

	static final String STOP_WORDS = DIRECTORY + "stopwords.txt";

	static final String COMPOUND_PARTS = DIRECTORY + "compound-parts.txt";

	static final String STEM_OVERRIDES = DIRECTORY + "stem-overrides.txt";

	static final String SYNONYMS = DIRECTORY + "synonyms.txt";

	static final String WEAK_WORDS = DIRECTORY + "weak-words.txt";

	static final String ENGLISH_STOP_WORDS = DIRECTORY + "english-stopwords.txt";

	static final String ENGLISH = DIRECTORY + "english.txt";

	final CharArraySet stopWords;

	final CharArraySet compoundParts;

	final CompoundSplitter compoundSplitter;

	final StemmerOverrideFilter.StemmerOverrideMap stemOverrides;

	final SynonymMap synonyms;

	/** Every synonym entry mapped to the one concept token of what it expands to (see {@link CareAnalyzers#concepts()}). */
	final SynonymMap conceptSynonyms;

	/** Per concept token, an entry that expands to it (its words separated by spaces). */
	final Map<String, String> concepts;

	final CharArraySet weakWords;

	/**
	 * The words of the care vocabulary: every word of a synonym or lexicon entry, every compound part and
	 * every weak word. A word spelled as one of them is no typo, whether the records have it or not.
	 */
	final CharArraySet careWords;

	private AnalysisData(CharArraySet stopWords, CharArraySet compoundParts,
			StemmerOverrideFilter.StemmerOverrideMap stemOverrides, Synonyms synonyms, CharArraySet weakWords) {
		this.stopWords = stopWords;
		this.compoundParts = compoundParts;
		this.compoundSplitter = new CompoundSplitter(compoundParts, CareAnalyzers.MIN_PART_SIZE,
				CareAnalyzers.MAX_PART_SIZE);
		this.stemOverrides = stemOverrides;
		this.synonyms = synonyms.map();
		this.conceptSynonyms = synonyms.conceptMap();
		this.concepts = synonyms.concepts();
		this.weakWords = weakWords;
		CharArraySet care = new CharArraySet(synonyms.words(), false);
		care.addAll(compoundParts);
		care.addAll(weakWords);
		this.careWords = CharArraySet.unmodifiableSet(care);
	}

	/** The synonym map, and the map of every entry to its concept token with one entry per concept. */
	private record Synonyms(SynonymMap map, SynonymMap conceptMap, Map<String, String> concepts, Set<String> words) {

	}

	/**
	 * Reads and checks all data files. {@code files} opens a file by its classpath location, or
	 * returns {@code null} when there is no such file.
	 */
	static AnalysisData load(Function<String, InputStream> files, Analyzer folding) {
		CharArraySet stopWords = new CharArraySet(wordSet(files, folding, STOP_WORDS, 1, Integer.MAX_VALUE), false);
		stopWords.addAll(wordSet(files, folding, ENGLISH_STOP_WORDS, 1, Integer.MAX_VALUE));
		stopWords = CharArraySet.unmodifiableSet(stopWords);
		CharArraySet compoundParts = wordSet(files, folding, COMPOUND_PARTS, CareAnalyzers.MIN_PART_SIZE,
				CareAnalyzers.MAX_PART_SIZE);
		StemmerOverrideFilter.StemmerOverrideMap stemOverrides = stemOverrides(files, folding);
		CharArraySet weakWords = wordSet(files, folding, WEAK_WORDS, 1, Integer.MAX_VALUE);
		try (Analyzer synonymEntries = new SynonymEntries(stopWords)) {
			return new AnalysisData(stopWords, compoundParts, stemOverrides, synonyms(files, synonymEntries),
					weakWords);
		}
	}

	private static CharArraySet wordSet(Function<String, InputStream> files, Analyzer folding, String file,
			int minLength, int maxLength) {
		CharArraySet words = new CharArraySet(64, false);
		for (DataFileLine line : DataFileLine.lines(files, file)) {
			String word = singleWord(folding, line, line.content());
			if (word.length() < minLength || word.length() > maxLength) {
				throw line.malformed("'" + word + "' must be " + minLength + " to " + maxLength + " letters long");
			}
			words.add(word);
		}
		return CharArraySet.unmodifiableSet(words);
	}

	private static StemmerOverrideFilter.StemmerOverrideMap stemOverrides(Function<String, InputStream> files,
			Analyzer folding) {
		StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
		for (DataFileLine line : DataFileLine.lines(files, STEM_OVERRIDES)) {
			String[] columns = line.content().split("\\s+");
			if (columns.length != 2) {
				throw line.malformed("expected a word and its stem separated by spaces, got " + columns.length
						+ " column" + ((columns.length == 1) ? "" : "s"));
			}
			String word = singleWord(folding, line, columns[0]);
			if (!builder.add(word, singleWord(folding, line, columns[1]))) {
				throw line.malformed("'" + word + "' is listed twice");
			}
		}
		try {
			return builder.build();
		}
		catch (IOException ex) {
			throw new AnalysisDataException(STEM_OVERRIDES, 0, "cannot build the stem overrides", ex);
		}
	}

	private static Synonyms synonyms(Function<String, InputStream> files, Analyzer entries) {
		// What each entry expands to, as the parser adds it: an entry of "a, b, c" to all three.
		Map<CharsRef, Set<String>> expansions = new LinkedHashMap<>();
		SolrSynonymParser parser = new SolrSynonymParser(true, true, entries) {
			@Override
			public void add(CharsRef input, CharsRef output, boolean includeOrig) {
				super.add(input, output, includeOrig);
				Set<String> expansion = expansions.computeIfAbsent(CharsRef.deepCopyOf(input), (key) -> new LinkedHashSet<>());
				if (includeOrig) {
					expansion.add(input.toString());
				}
				expansion.add(output.toString());
			}
		};
		for (DataFileLine line : DataFileLine.lines(files, SYNONYMS)) {
			String[] sides = line.content().split("=>", -1);
			if (sides.length == 1 && line.content().split(",").length < 2) {
				throw line.malformed("a group of synonyms needs two or more entries separated by commas");
			}
			for (String side : sides) {
				if (side.isBlank()) {
					throw line.malformed("a mapping needs words on both sides of '=>'");
				}
			}
			try {
				parser.parse(new StringReader(line.content()));
			}
			catch (ParseException | IOException | RuntimeException ex) {
				Throwable detail = (ex.getCause() != null) ? ex.getCause() : ex;
				throw line.malformed(detail.getMessage(), ex);
			}
		}
		Set<CharsRef> dutch = Set.copyOf(expansions.keySet());
		Map<String, Set<String>> english = addEnglish(files, parser, expansions);
		// One concept per distinct expansion of synonyms.txt, named after its first entry ("#respijtzorg"):
		// '#' never survives the tokenizer, so no word of a text can be a concept token.
		SynonymMap.Builder conceptMap = new SynonymMap.Builder(true);
		Map<Set<String>, String> conceptOf = new LinkedHashMap<>();
		Map<String, String> concepts = new LinkedHashMap<>();
		Map<CharsRef, String> conceptByInput = new LinkedHashMap<>();
		expansions.forEach((input, expansion) -> {
			if (!dutch.contains(input)) {
				return; // an English entry only: it stands for the concepts of what it means, below
			}
			String concept = conceptOf.computeIfAbsent(expansion, (key) -> {
				String name = "#" + key.iterator().next().replace(SynonymMap.WORD_SEPARATOR, '_');
				String unique = name;
				for (int n = 2; concepts.containsKey(unique); n++) {
					unique = name + n;
				}
				concepts.put(unique, input.toString().replace(SynonymMap.WORD_SEPARATOR, ' '));
				return unique;
			});
			conceptMap.add(input, new CharsRef(concept), false);
			conceptByInput.put(input, concept);
		});
		// An English entry stands for the concept of each Dutch entry it means, or for the Dutch words
		// themselves where they are in no group: a concept of its own would add a token to every record
		// text with its Dutch words, and longer texts rank otherwise.
		english.forEach((entry, meanings) -> {
			CharsRef input = new CharsRef(entry);
			if (dutch.contains(input)) {
				return; // also a word of synonyms.txt, with the concept of its group
			}
			// The entry itself too, unless a concept stands for it (a word that joined the group): the records
			// with the English words are found as the query chain finds them.
			boolean covered = meanings.stream().allMatch((meaning) -> conceptByInput.containsKey(new CharsRef(meaning))
					&& expansions.get(new CharsRef(meaning)).contains(entry));
			for (String meaning : meanings) {
				String concept = conceptByInput.get(new CharsRef(meaning));
				conceptMap.add(input, new CharsRef((concept != null) ? concept : meaning), !covered);
			}
		});
		try {
			Set<String> words = new LinkedHashSet<>();
			expansions.forEach((input, expansion) -> {
				words.addAll(List.of(input.toString().split(String.valueOf(SynonymMap.WORD_SEPARATOR))));
				expansion.forEach((entry) -> words.addAll(List.of(entry.split(String.valueOf(SynonymMap.WORD_SEPARATOR)))));
			});
			return new Synonyms(parser.build(), conceptMap.build(), Collections.unmodifiableMap(concepts), words);
		}
		catch (IOException ex) {
			throw new AnalysisDataException(SYNONYMS, 0, "cannot build the synonym map", ex);
		}
	}

	/**
	 * Adds the English lexicon ({@code english.txt}) to the synonyms: each English entry joins the group of
	 * every Dutch entry it means, as the groups are in {@code synonyms.txt} (so that the lexicon's lines do not
	 * depend on their order). The entry then searches what each of those groups searches, English entries that
	 * joined it included, and every word of those groups searches the entry if it is one word. A Dutch entry
	 * in no group is searched by the English entries that mean it, and searches only itself.
	 *
	 * @param expansions what each synonym entry expands to, as the parser added it (see {@link #synonyms})
	 * @return per English entry, the Dutch entries it means
	 */
	private static Map<String, Set<String>> addEnglish(Function<String, InputStream> files, SynonymMap.Parser parser,
			Map<CharsRef, Set<String>> expansions) {
		Map<String, Set<String>> groups = new LinkedHashMap<>();
		expansions.forEach((input, expansion) -> groups.put(input.toString(), Set.copyOf(expansion)));
		// Per English entry, the Dutch entries it means; per Dutch entry, the English entries that mean it.
		Map<String, Set<String>> meanings = new LinkedHashMap<>();
		Map<String, Set<String>> translations = new LinkedHashMap<>();
		for (DataFileLine line : DataFileLine.lines(files, ENGLISH)) {
			String[] sides = line.content().split("=", -1);
			if (sides.length != 2 || sides[1].strip().startsWith(">")) {
				throw line.malformed("expected English entries, '=' and the Dutch entries they mean");
			}
			List<String> english = entries(parser, line, sides[0]);
			List<String> dutch = entries(parser, line, sides[1]);
			for (String entry : english) {
				Set<String> meaning = meanings.computeIfAbsent(entry, (key) -> new LinkedHashSet<>());
				for (String concept : dutch) {
					if (!concept.equals(entry)) {
						meaning.add(concept);
						// Back from Dutch to English one word at a time: a Dutch text hardly has an English phrase, and
						// a phrase would turn the group's one blended term query into a disjunction scored otherwise.
						// And only into a group: a Dutch word of no group stays one term, its concept token the word
						// itself, so that Dutch questions rank as they did.
						if (entry.indexOf(SynonymMap.WORD_SEPARATOR) < 0 && groups.containsKey(concept)) {
							translations.computeIfAbsent(concept, (key) -> new LinkedHashSet<>()).add(entry);
						}
					}
				}
			}
		}
		// What each Dutch entry searches with its English entries added: its group, or itself alone.
		Map<String, Set<String>> searched = new LinkedHashMap<>();
		translations.forEach((concept, english) -> {
			for (String member : groups.get(concept)) {
				if (groups.containsKey(member) && groups.get(member).contains(member)) {
					// A group's member; the input of a one-way mapping ("a => b") stays as it is.
					searched.computeIfAbsent(member, (key) -> new LinkedHashSet<>(groups.get(key))).addAll(english);
				}
			}
		});
		searched.forEach((member, words) -> words.forEach((word) -> parser.add(new CharsRef(member), new CharsRef(word), true)));
		meanings.forEach((entry, concepts) -> {
			Set<String> words = new LinkedHashSet<>();
			for (String concept : concepts) {
				words.addAll(groups.getOrDefault(concept, Set.of(concept)));
				words.addAll(searched.getOrDefault(concept, Set.of()));
			}
			words.remove(entry);
			words.forEach((word) -> parser.add(new CharsRef(entry), new CharsRef(word), true));
		});
		return meanings;
	}

	/** The entries of one side of a lexicon line, analysed as synonym entries are. */
	private static List<String> entries(SynonymMap.Parser parser, DataFileLine line, String side) {
		List<String> entries = new ArrayList<>();
		for (String entry : side.split(",", -1)) {
			if (entry.isBlank()) {
				throw line.malformed("an empty entry: entries are separated by single commas, on both sides of '='");
			}
			try {
				entries.add(parser.analyze(entry.strip(), new CharsRefBuilder()).toString());
			}
			catch (IOException | RuntimeException ex) {
				throw line.malformed("'" + entry.strip() + "' has no word left to search: " + ex.getMessage(), ex);
			}
		}
		return entries;
	}

	/** The one word {@code text} folds to; anything else makes {@code line} malformed. */
	private static String singleWord(Analyzer folding, DataFileLine line, String text) {
		List<String> words = AnalyzedText.tokens(folding, "", text);
		if (words.size() != 1) {
			throw line.malformed("expected one word, '" + text + "' is " + words.size() + " words " + words);
		}
		return words.get(0);
	}

	/**
	 * How synonym entries are read: like query text up to the synonym filter (folded, stop words
	 * dropped), without the gaps of the dropped words.
	 */
	private static final class SynonymEntries extends Analyzer {

		private final CharArraySet stopWords;

		SynonymEntries(CharArraySet stopWords) {
			this.stopWords = stopWords;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
			return new TokenStreamComponents(source, new ClosedGapsFilter(new StopFilter(stream, this.stopWords)));
		}

	}

}
