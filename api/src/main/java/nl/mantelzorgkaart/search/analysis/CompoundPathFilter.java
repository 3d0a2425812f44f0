package nl.mantelzorgkaart.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * Query-time compound splitting: a compound word that reads as known parts gets those parts as an
 * alternative path of the token graph, next to the word itself. "mantelzorgondersteuning" becomes
 * {@code mantelzorgondersteuning | (mantelzorg ondersteuning)}, which Lucene's query builder turns into
 * "the whole word, or all of its parts".
 * <p>
 * Index-time splitting stacks every known part on the word; at query time that would make any
 * document with a common part like "zorg" match, and Lucene would blend the stacked terms into one
 * synonym query scored with the statistics of its most common term. A path of parts keeps each
 * term's own weight and asks for all of them.
 * <p>
 * The filter reads the whole query (queries are short) because inserting a path shifts the positions
 * of everything after it. It keeps a synonym graph intact: the parts span exactly the word's edge.
 */
final class CompoundPathFilter extends TokenFilter {

	/** Token type of a compound part. */
	static final String TYPE_PART = "COMPOUND_PART";

	private final CompoundSplitter splitter;

	private final float partBoost;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

	private final PositionLengthAttribute positionLength = addAttribute(PositionLengthAttribute.class);

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	private final BoostAttribute boost = addAttribute(BoostAttribute.class);

	private final List<Edge> edges = new ArrayList<>();

	private boolean read;

	private int next;

	private int lastStart;

	CompoundPathFilter(TokenStream input, CompoundSplitter splitter, float partBoost) {
		super(input);
		this.splitter = splitter;
		this.partBoost = partBoost;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.read) {
			readAll();
			this.read = true;
		}
		if (this.next == this.edges.size()) {
			return false;
		}
		Edge edge = this.edges.get(this.next++);
		restoreState(edge.state);
		if (edge.part != null) {
			this.term.setEmpty().append(edge.part);
			this.type.setType(TYPE_PART);
			this.keyword.setKeyword(false);
			this.boost.setBoost(this.boost.getBoost() * this.partBoost);
		}
		this.positionIncrement.setPositionIncrement(edge.start - this.lastStart);
		this.positionLength.setPositionLength(edge.end - edge.start);
		this.lastStart = edge.start;
		return true;
	}

	/**
	 * Reads all tokens as edges between position nodes, then renumbers the nodes to make room for
	 * the inner nodes of each path of parts, placed right after the path's start node.
	 */
	private void readAll() throws IOException {
		List<Token> tokens = new ArrayList<>();
		int position = -1;
		int lastNode = 0;
		while (this.input.incrementToken()) {
			position += this.positionIncrement.getPositionIncrement();
			int end = position + this.positionLength.getPositionLength();
			List<String> parts = this.keyword.isKeyword() ? List.of()
					: this.splitter.split(this.term.buffer(), this.term.length());
			tokens.add(new Token(captureState(), position, end, parts));
			lastNode = Math.max(lastNode, end);
		}
		// inserted[n]: inner nodes placed after node n; shift[n]: inner nodes placed before node n.
		int[] inserted = new int[lastNode + 1];
		for (Token token : tokens) {
			if (!token.parts.isEmpty()) {
				token.firstInner = inserted[token.start];
				inserted[token.start] += token.parts.size() - 1;
			}
		}
		int[] shift = new int[lastNode + 1];
		for (int node = 1; node <= lastNode; node++) {
			shift[node] = shift[node - 1] + inserted[node - 1];
		}
		for (Token token : tokens) {
			int start = token.start + shift[token.start];
			int end = token.end + shift[token.end];
			this.edges.add(new Edge(token.state, null, start, end));
			int from = start;
			for (int i = 0; i < token.parts.size(); i++) {
				int to = (i == token.parts.size() - 1) ? end : start + 1 + token.firstInner + i;
				this.edges.add(new Edge(token.state, token.parts.get(i), from, to));
				from = to;
			}
		}
		this.edges.sort(Comparator.comparingInt(Edge::start));
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.edges.clear();
		this.read = false;
		this.next = 0;
		this.lastStart = -1;
	}

	private static final class Token {

		final State state;

		final int start;

		final int end;

		final List<String> parts;

		int firstInner;

		Token(State state, int start, int end, List<String> parts) {
			this.state = state;
			this.start = start;
			this.end = end;
			this.parts = parts;
		}

	}

	/** A token to pass on: a word read ({@code part == null}) or one part of it, between two nodes. */
	private record Edge(State state, String part, int start, int end) {
	}

}
