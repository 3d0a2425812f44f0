package nl.mantelzorgkaart.search.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The terms within one or two edits of a word (insertions, deletions, substitutions and swaps of
 * neighbouring letters) that start with the same letters: what {@link FuzzyQuery} finds, weighted the
 * same way, without its automata.
 * <p>
 * A {@link FuzzyQuery} compiles Levenshtein automata for its word before it looks at a single term;
 * for a long word at two edits ("mantelzorgconsulnt") that takes longer than the
 * search itself. The vocabulary of a social map is small (tens of thousands of words at 100,000
 * records), so walking the terms that share the word's first letters and measuring each against the
 * word is far cheaper (measured against FuzzyQuery in docs/BENCHMARKS.md, "Search internals").
 */
public final class CloseSpellings extends MultiTermQuery {

	private final Term term;

	private final int maxEdits;

	private final int prefixLength;

	/**
	 * @param term the word, as indexed (stemmed)
	 * @param maxEdits at most this many edits (1 or 2)
	 * @param prefixLength the number of leading characters a spelling must share with the word
	 * @param maxExpansions how many of the closest spellings the query keeps
	 */
	public CloseSpellings(Term term, int maxEdits, int prefixLength, int maxExpansions) {
		super(term.field(), FuzzyQuery.defaultRewriteMethod(maxExpansions));
		if (maxEdits < 1 || maxEdits > 2) {
			throw new IllegalArgumentException("maxEdits must be 1 or 2, got " + maxEdits);
		}
		this.term = term;
		this.maxEdits = maxEdits;
		this.prefixLength = prefixLength;
	}

	@Override
	protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
		return new Spellings(terms.iterator(), this.term.text(), this.maxEdits, this.prefixLength);
	}

	/**
	 * The terms of a field within {@code maxEdits} of a word that share its first {@code prefixLength}
	 * characters, in term order; the enum's {@link BoostAttribute} holds each one's similarity.
	 */
	public static TermsEnum spellings(Terms terms, String word, int maxEdits, int prefixLength) throws IOException {
		return new Spellings(terms.iterator(), word, maxEdits, prefixLength);
	}

	@Override
	public void visit(QueryVisitor visitor) {
		if (visitor.acceptField(this.field)) {
			visitor.visitLeaf(this);
		}
	}

	@Override
	public String toString(String field) {
		return (this.field.equals(field) ? "" : this.field + ":") + this.term.text() + "~" + this.maxEdits;
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.term.equals(((CloseSpellings) other).term)
				&& this.maxEdits == ((CloseSpellings) other).maxEdits
				&& this.prefixLength == ((CloseSpellings) other).prefixLength
				&& getRewriteMethod().equals(((CloseSpellings) other).getRewriteMethod());
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.term, this.maxEdits, this.prefixLength, getRewriteMethod());
	}

	/**
	 * The number of edits between two words, counting a swap of neighbouring letters as one (optimal
	 * string alignment, as {@link FuzzyQuery} with transpositions), or {@code limit + 1} when it is
	 * more than {@code limit}.
	 */
	static int distance(int[] a, int aLength, int[] b, int bLength, int limit) {
		if (Math.abs(aLength - bLength) > limit) {
			return limit + 1;
		}
		int[] previous2 = new int[bLength + 1];
		int[] previous = new int[bLength + 1];
		int[] current = new int[bLength + 1];
		for (int j = 0; j <= bLength; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= aLength; i++) {
			current[0] = i;
			int rowMinimum = i;
			for (int j = 1; j <= bLength; j++) {
				int cost = (a[i - 1] == b[j - 1]) ? 0 : 1;
				int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
					best = Math.min(best, previous2[j - 2] + 1);
				}
				current[j] = best;
				rowMinimum = Math.min(rowMinimum, best);
			}
			if (rowMinimum > limit) {
				return limit + 1;
			}
			int[] recycled = previous2;
			previous2 = previous;
			previous = current;
			current = recycled;
		}
		return Math.min(previous[bLength], limit + 1);
	}

	/** The terms from the word's prefix on, accepted while they share it and lie within the edits. */
	private static final class Spellings extends FilteredTermsEnum {

		private final BoostAttribute boost;

		private final int[] word;

		private final int maxEdits;

		private final BytesRef prefix;

		private int[] candidate = new int[32];

		Spellings(TermsEnum terms, String text, int maxEdits, int prefixLength) {
			super(terms);
			this.boost = attributes().addAttribute(BoostAttribute.class);
			this.word = text.codePoints().toArray();
			this.maxEdits = maxEdits;
			int prefixChars = text.offsetByCodePoints(0, Math.min(prefixLength, this.word.length));
			this.prefix = new BytesRef(text.substring(0, prefixChars));
			setInitialSeekTerm(this.prefix);
		}

		@Override
		protected AcceptStatus accept(BytesRef term) {
			if (!startsWith(term, this.prefix)) {
				return AcceptStatus.END;
			}
			if (this.candidate.length < term.length) {
				this.candidate = new int[term.length];
			}
			int length = UnicodeUtil.UTF8toUTF32(term, this.candidate);
			int edits = distance(this.word, this.word.length, this.candidate, length, this.maxEdits);
			if (edits > this.maxEdits) {
				return AcceptStatus.NO;
			}
			// As FuzzyQuery weighs a spelling: one edit in a short word is a bigger difference.
			this.boost.setBoost((edits == 0) ? 1f : 1f - (float) edits / Math.min(length, this.word.length));
			return AcceptStatus.YES;
		}

		private static boolean startsWith(BytesRef term, BytesRef prefix) {
			return term.length >= prefix.length && Arrays.equals(term.bytes, term.offset, term.offset + prefix.length,
					prefix.bytes, prefix.offset, prefix.offset + prefix.length);
		}

	}

}
