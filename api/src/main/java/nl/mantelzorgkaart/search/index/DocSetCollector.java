package nl.mantelzorgkaart.search.index;

import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/** Collects which documents a query finds, per segment (one collector for all segments, no scores). */
final class DocSetCollector extends SimpleCollector {

	private final FixedBitSet[] docs;

	private FixedBitSet leaf;

	private DocSetCollector(List<LeafReaderContext> leaves) {
		this.docs = new FixedBitSet[leaves.size()];
		for (LeafReaderContext leaf : leaves) {
			this.docs[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
		}
	}

	/** A manager of one collector over these segments, giving the documents found per segment. */
	static CollectorManager<DocSetCollector, FixedBitSet[]> manager(List<LeafReaderContext> leaves) {
		return new CollectorManager<>() {
			@Override
			public DocSetCollector newCollector() {
				return new DocSetCollector(leaves);
			}

			@Override
			public FixedBitSet[] reduce(Collection<DocSetCollector> collectors) {
				return collectors.iterator().next().docs;
			}
		};
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) {
		this.leaf = this.docs[context.ord];
	}

	@Override
	public void collect(int doc) {
		this.leaf.set(doc);
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

}
