package nl.mantelzorgkaart.search.index;

import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The live documents a filter lets through, per segment, and how many: a query that matches them (at
 * a constant score), for a search they lead.
 */
public final class DocSet extends Query {

	private final FixedBitSet[] bits;

	private final int count;

	DocSet(FixedBitSet[] bits, int count) {
		this.bits = bits;
		this.count = count;
	}

	/** The documents, per segment (by the segment's ordinal). */
	public FixedBitSet[] bits() {
		return this.bits;
	}

	/** Whether it holds the document {@code doc} (an id of the whole reader), given the reader's leaves. */
	public boolean contains(List<LeafReaderContext> leaves, int doc) {
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		return bits()[leaf.ord].get(doc - leaf.docBase);
	}

	public int count() {
		return this.count;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {
			@Override
			public Scorer scorer(LeafReaderContext context) {
				FixedBitSet docs = DocSet.this.bits[context.ord];
				return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(docs, docs.cardinality()));
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false; // kept by the searcher already
			}
		};
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public String toString(String field) {
		return "docs(" + this.count + ")";
	}

	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

}
