package nl.mantelzorgkaart.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.Facet;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every record's facet values as ordinals in memory, read once from the facet doc values when a
 * searcher opens: counting the values of 100,000 matches then walks two arrays instead of
 * decoding doc values record by record (the largest part of a faceted search at that size). The
 * ordinals are those of the facet doc values, so a dimension's values are one range in label order.
 * About 2 bytes per value per record (4 past 65,536 values) and 4 per record (docs/BENCHMARKS.md).
 */
public final class FacetOrdinals {

	/** Where each record's ordinals start in {@link #ordinals} (one past the last record: the end). */
	private final int[] starts;

	/**
	 * The ordinals of each record in turn, as chars while the index has at most 65,536 facet values (half
	 * the memory to walk; null past that), else as ints in {@link #wideOrdinals}.
	 */
	private final char[] ordinals;

	private final int[] wideOrdinals;

	private final String[] ids;

	private final String[] labels;

	private final Map<Facet, OrdRange> ranges = new EnumMap<>(Facet.class);

	FacetOrdinals(SortedSetDocValuesReaderState state, int maxDoc) throws IOException {
		this(state, maxDoc, Character.MAX_VALUE + 1);
	}

	/** @param narrowValues up to how many facet values the ordinals are kept as chars (for tests) */
	FacetOrdinals(SortedSetDocValuesReaderState state, int maxDoc, int narrowValues) throws IOException {
		SortedSetDocValues values = state.getDocValues();
		int valueCount = Math.toIntExact(values.getValueCount());
		this.ids = new String[valueCount];
		this.labels = new String[valueCount];
		for (int ord = 0; ord < valueCount; ord++) {
			String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
			if (path.length == 2) {
				String[] idAndLabel = DocumentMapper.splitLabel(path[1]);
				this.ids[ord] = idAndLabel[0];
				this.labels[ord] = idAndLabel[1];
			}
		}
		for (Facet facet : Facet.values()) {
			OrdRange range = state.getOrdRange(facet.dimension());
			if (range != null) {
				this.ranges.put(facet, range);
			}
		}
		this.starts = new int[maxDoc + 1];
		int[] ordinals = new int[Math.max(16, maxDoc * 4)];
		int size = 0;
		for (int doc = 0; doc < maxDoc; doc++) {
			this.starts[doc] = size;
			if (values.docID() < doc) {
				values.advance(doc);
			}
			if (values.docID() == doc) {
				for (int i = 0; i < values.docValueCount(); i++) {
					if (size == ordinals.length) {
						ordinals = Arrays.copyOf(ordinals, ordinals.length * 2);
					}
					ordinals[size++] = (int) values.nextOrd();
				}
			}
		}
		this.starts[maxDoc] = size;
		if (valueCount <= Math.min(narrowValues, Character.MAX_VALUE + 1)) {
			this.ordinals = new char[size];
			for (int i = 0; i < size; i++) {
				this.ordinals[i] = (char) ordinals[i];
			}
			this.wideOrdinals = null;
		}
		else {
			this.ordinals = null;
			this.wideOrdinals = Arrays.copyOf(ordinals, size);
		}
	}

	/** The i-th ordinal of {@link #ordinals} or {@link #wideOrdinals}. */
	private int ordinal(int i) {
		return (this.ordinals != null) ? this.ordinals[i] : this.wideOrdinals[i];
	}

	/** The ids and labels of every value of a dimension in the index, in label order. */
	public Map<String, String> labels(Facet facet) {
		Map<String, String> labels = new LinkedHashMap<>();
		OrdRange range = this.ranges.get(facet);
		if (range != null) {
			for (int ord = range.start; ord <= range.end; ord++) {
				labels.put(this.ids[ord], this.labels[ord]);
			}
		}
		return Collections.unmodifiableMap(labels);
	}

	/**
	 * Counts the values of {@code records} (per segment of {@code leaves}): all values of those that every
	 * filter lets through (the matches) and, per filtered dimension, the values in that dimension of those
	 * that only its own filter leaves out: its sideways counts, as if it were not filtered, so that
	 * choosing another value shows what it would add. A dimension's values are one range of ordinals, so
	 * one array holds both: a filtered dimension's range holds its sideways counts.
	 */
	public Counts count(List<LeafReaderContext> leaves, FixedBitSet[] records, List<Filter> filters) {
		int[] counts = new int[this.ids.length];
		int matches = 0;
		OrdRange[] ranges = new OrdRange[filters.size()];
		for (int k = 0; k < ranges.length; k++) {
			ranges[k] = this.ranges.getOrDefault(filters.get(k).facet(), new OrdRange(0, -1));
		}
		FixedBitSet[] passes = new FixedBitSet[filters.size()];
		for (LeafReaderContext leaf : leaves) {
			for (int k = 0; k < passes.length; k++) {
				passes[k] = filters.get(k).records()[leaf.ord];
			}
			long[] words = records[leaf.ord].getBits();
			for (int word = 0; word < words.length; word++) {
				for (long bits = words[word]; bits != 0; bits &= bits - 1) {
					int doc = (word << 6) | Long.numberOfTrailingZeros(bits);
					long failed = 0;
					for (int k = 0; k < passes.length; k++) {
						if (!passes[k].get(doc)) {
							failed |= 1L << k;
						}
					}
					int start = this.starts[leaf.docBase + doc];
					int end = this.starts[leaf.docBase + doc + 1];
					if (failed == 0) {
						for (int i = start; i < end; i++) {
							counts[ordinal(i)]++;
						}
						matches++;
					}
					else if (Long.bitCount(failed) == 1) {
						OrdRange range = ranges[Long.numberOfTrailingZeros(failed)];
						for (int i = start; i < end; i++) {
							int ord = ordinal(i);
							if (ord >= range.start && ord <= range.end) {
								counts[ord]++;
							}
						}
					}
				}
			}
		}
		return new Counts(counts, matches);
	}

	/**
	 * The {@code limit} values of a dimension with the highest counts, most first and then in label
	 * order; values no match has are left out.
	 */
	public List<Value> top(Facet facet, Counts counts, int limit) {
		OrdRange range = this.ranges.get(facet);
		if (range == null || limit <= 0) {
			return List.of();
		}
		int[] count = counts.counts();
		// The best so far, best first: with a few dozen kept, inserting in place beats a heap.
		int[] best = new int[limit];
		int kept = 0;
		for (int ord = range.start; ord <= range.end; ord++) {
			int value = count[ord];
			if (value == 0 || (kept == limit && value <= count[best[kept - 1]])) {
				continue;
			}
			int at = Math.min(kept, limit - 1);
			while (at > 0 && count[best[at - 1]] < value) {
				best[at] = best[at - 1];
				at--;
			}
			best[at] = ord;
			kept = Math.min(kept + 1, limit);
		}
		List<Value> top = new ArrayList<>(kept);
		for (int k = 0; k < kept; k++) {
			top.add(new Value(this.ids[best[k]], this.labels[best[k]], count[best[k]]));
		}
		return top;
	}

	/** The values of one dimension that the document {@code doc} (an id of the whole reader) has, by ordinal. */
	public List<Value> valuesOf(int doc, Facet facet) {
		OrdRange range = this.ranges.get(facet);
		if (range == null || doc + 1 >= this.starts.length) {
			return List.of();
		}
		List<Value> values = new ArrayList<>();
		for (int i = this.starts[doc]; i < this.starts[doc + 1]; i++) {
			int ord = ordinal(i);
			if (ord >= range.start && ord <= range.end) {
				values.add(new Value(this.ids[ord], this.labels[ord], 1));
			}
		}
		return values;
	}

	/** A counted value of a dimension. */
	public record Value(String id, String label, int count) {

	}

	/** A filtered dimension, and the records its filter lets through (per segment). */
	public record Filter(Facet facet, FixedBitSet[] records) {

	}

	/** Per ordinal, how many matches have the value; and how many matches there are. */
	public record Counts(int[] counts, int matches) {

		/** These counts without those of {@code some} of their records. */
		public Counts minus(Counts some) {
			int[] rest = this.counts.clone();
			for (int ord = 0; ord < rest.length; ord++) {
				rest[ord] -= some.counts[ord];
			}
			return new Counts(rest, this.matches - some.matches);
		}

	}

}
