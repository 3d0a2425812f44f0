package nl.mantelzorgkaart.search.analysis;

import java.io.InputStream;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The Dutch text analysis of the search index: how offering texts and a caregiver's query become
 * terms, so that "even vrij van de zorg voor mijn man met dementie" finds respite care for dementia.
 * <p>
 * The chains, in order:
 * <ul>
 * <li>{@link #folding()}: {@link StandardTokenizer} (splits on spaces, punctuation and hyphens, so
 * "niet-aangeboren" is "niet aangeboren"), {@link LowerCaseFilter}, {@link ASCIIFoldingFilter}
 * ("coördinatie" becomes "coordinatie").</li>
 * <li>{@link #index()}: the folding chain, then {@link StopFilter} (Dutch stop words, without leaving
 * gaps, so that the phrase "hulp huishouding" matches "hulp in de huishouding"),
 * {@link DictionaryCompoundWordTokenFilter} (every known part of a compound stacked on the word:
 * "mantelzorgondersteuning" also gives "mantel", "mantelzorg", "zorg", "ondersteuning", "steun"),
 * {@link StemmerOverrideFilter} (fixed stems for words the stemmer gets wrong), {@link SnowballFilter}
 * with the Snowball {@link DutchStemmer}, and a filter that drops a term repeated at the same
 * position.</li>
 * <li>{@link #query()}: the folding chain and the stop words as in the index chain, then
 * {@link SynonymGraphFilter} with the care synonyms (matched on the folded, unstemmed words,
 * multi-word entries included; the synonyms weigh 0.8 of the words typed), then a lower weight
 * (0.3) for words that only say whom someone cares for ("moeder", "zoon"), then
 * compound splitting as an alternative path of parts ("mantelzorgondersteuning" or "mantelzorg
 * ondersteuning", the parts weighing 0.7), then the stem overrides, the
 * stemmer and the duplicate filter as in the index chain. The result is a token graph; Lucene's
 * {@code QueryBuilder} turns it into a query where a multi-word alternative needs all of its
 * words.</li>
 * <li>{@link #concepts()}: the query chain with one concept token for each synonym entry in place of
 * its expansion (and no weights), for the index's concept tokens.</li>
 * </ul>
 * Index terms are plain stemmed words, so fuzzy and prefix queries can be built on them; every
 * analyzer's {@link Analyzer#normalize(String, String)} lower-cases and folds diacritics.
 * <p>
 * The word lists are data files in {@code search/analysis/} on the classpath: {@code stopwords.txt} and
 * {@code english-stopwords.txt}, {@code compound-parts.txt}, {@code stem-overrides.txt}, {@code synonyms.txt}
 * (Solr format), {@code english.txt} (the English care lexicon, merged into the synonym groups) and
 * {@code weak-words.txt}; each file explains its format at the top. Instances are immutable and thread-safe: load them once and
 * share them.
 */
public final class CareAnalyzers {

	/** The token type of a compound's part in the query chain's output. */
	public static final String TYPE_COMPOUND_PART = CompoundPathFilter.TYPE_PART;

	/** The query boost of a synonym relative to the word the user typed. */
	static final float SYNONYM_BOOST = 0.8f;

	/** The query weight of a word that only says whom someone cares for (see {@code weak-words.txt}). */
	static final float WEAK_WORD_WEIGHT = 0.3f;

	/** The query boost of a compound's parts relative to the whole word. */
	static final float COMPOUND_PART_BOOST = 0.7f;

	/** Words shorter than this are not split into compound parts. */
	static final int MIN_WORD_SIZE = 5;

	/** The shortest compound part ("dag" in "dagbesteding"). */
	static final int MIN_PART_SIZE = 3;

	/** The longest compound part ("ondersteuning" in "mantelzorgondersteuning"). */
	static final int MAX_PART_SIZE = 20;

	private final Analyzer folding;

	private final Analyzer index;

	private final Analyzer query;

	private final Analyzer concepts;

	private final Map<String, String> conceptEntries;

	private final CharArraySet weakWords;

	private final CompoundSplitter compounds;

	private final CharArraySet careWords;

	private CareAnalyzers(AnalysisData data, Analyzer folding) {
		this.folding = folding;
		this.careWords = data.careWords;
		this.compounds = data.compoundSplitter;
		this.weakWords = data.weakWords;
		this.index = new Chain(data, Mode.INDEX);
		this.query = new Chain(data, Mode.QUERY);
		this.concepts = new Chain(data, Mode.CONCEPTS);
		this.conceptEntries = data.concepts;
	}

	/**
	 * Reads the data files from {@code search/analysis/} on the classpath and builds the analyzers.
	 *
	 * @throws AnalysisDataException if a file is missing or malformed, naming the file and line
	 */
	public static CareAnalyzers load() {
		ClassLoader loader = CareAnalyzers.class.getClassLoader();
		return load(loader::getResourceAsStream);
	}

	/**
	 * Builds the analyzers from data files opened by {@code files}, which maps a classpath location
	 * such as {@code search/analysis/synonyms.txt} to its content, or to {@code null} if there is none.
	 */
	static CareAnalyzers load(Function<String, InputStream> files) {
		Analyzer folding = new Folding();
		return new CareAnalyzers(AnalysisData.load(files, folding), folding);
	}

	/**
	 * How much a single query word weighs on its own: {@link #WEAK_WORD_WEIGHT} for a word that only
	 * says whom someone cares for, 1 otherwise.
	 *
	 * @param word a word as the folding chain gives it
	 */
	public float weight(String word) {
		return this.weakWords.contains(word) ? WEAK_WORD_WEIGHT : 1f;
	}

	/**
	 * Whether two words written apart read as one compound of known parts, split where the parts meet:
	 * "respijt zorg" as "respijtzorg", "dag besteding" as "dagbesteding"; not "mantelzorg wandeling"
	 * ("wandeling" is no known part).
	 *
	 * @param first a word as the folding chain gives it
	 * @param second the word after it
	 */
	public boolean joinsAsCompound(String first, String second) {
		return this.compounds.splitsAt(first + second, first.length());
	}

	/**
	 * Whether a word is a word of the care vocabulary (a word of the synonyms or the English lexicon, a
	 * compound part, a weak word): spelled right, whether any record has it or not, so never a typo to
	 * correct. "kanker" is a care theme that no record may name; "look" is a word of "look after".
	 *
	 * @param word a word as the folding chain gives it
	 */
	public boolean isCareWord(String word) {
		return this.careWords.contains(word);
	}

	/** The analyzer for analysed text fields of indexed documents. */
	public Analyzer index() {
		return this.index;
	}

	/**
	 * The analyzer for query text: the index chain plus care synonyms, with compounds searched as the
	 * whole word or all of its parts. Its output is a token graph; build queries with Lucene's
	 * {@code QueryBuilder} (or another graph-aware builder).
	 */
	public Analyzer query() {
		return this.query;
	}

	/**
	 * The query chain with each synonym entry replaced by one concept token ("#respijtzorg" for any of
	 * "respijtzorg", "even vrij", "adempauze", ...) instead of its expansion: for finding which records
	 * a text matches, where a record's concept tokens (see {@link #conceptEntries()}) stand for every
	 * word of the expansion at once. Other words are analysed as by {@link #query()}.
	 */
	public Analyzer concepts() {
		return this.concepts;
	}

	/**
	 * Per concept token of {@link #concepts()}, a synonym entry (as text) that the {@link #query()}
	 * chain expands to what the concept stands for: a record has the concept when that expansion
	 * matches it.
	 */
	public Map<String, String> conceptEntries() {
		return this.conceptEntries;
	}

	/**
	 * Tokenizing, lower-casing and diacritic folding only (no stop words, compounds or stemming): for
	 * spell-check, suggestion and autocomplete fields.
	 */
	public Analyzer folding() {
		return this.folding;
	}

	private static TokenStream fold(TokenStream stream) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(stream));
	}

	/** Tokenizer, lower case, folded diacritics. */
	private static final class Folding extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, fold(source));
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return fold(in);
		}

	}

	/** Which chain: for indexed text, for queries, for queries with concept tokens. */
	private enum Mode {

		INDEX, QUERY, CONCEPTS

	}

	/** The full chain, with or without query-time synonyms. */
	private static final class Chain extends Analyzer {

		private final AnalysisData data;

		private final Mode mode;

		Chain(AnalysisData data, Mode mode) {
			this.data = data;
			this.mode = mode;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			TokenStream stream = new ClosedGapsFilter(new StopFilter(fold(source), this.data.stopWords));
			if (this.mode == Mode.QUERY) {
				stream = new SynonymGraphFilter(stream, this.data.synonyms, false);
				stream = new SynonymBoostFilter(stream, SYNONYM_BOOST);
				stream = new WeakWordFilter(stream, this.data.weakWords, WEAK_WORD_WEIGHT);
				stream = new CompoundPathFilter(stream, this.data.compoundSplitter, COMPOUND_PART_BOOST);
			}
			else if (this.mode == Mode.CONCEPTS) {
				// A concept token is final: no compound parts, no stem.
				stream = new SynonymGraphFilter(stream, this.data.conceptSynonyms, false);
				stream = new SynonymKeywordFilter(stream);
				stream = new CompoundPathFilter(stream, this.data.compoundSplitter, COMPOUND_PART_BOOST);
			}
			else {
				stream = new DictionaryCompoundWordTokenFilter(stream, this.data.compoundParts, MIN_WORD_SIZE,
						MIN_PART_SIZE, MAX_PART_SIZE, false);
			}
			stream = new StemmerOverrideFilter(stream, this.data.stemOverrides);
			stream = new SnowballFilter(stream, new DutchStemmer());
			stream = new DuplicateAlternativesFilter(stream);
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return fold(in);
		}

	}

}
