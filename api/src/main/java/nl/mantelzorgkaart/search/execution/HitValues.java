package nl.mantelzorgkaart.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.mantelzorgkaart.search.SearchRequest.Near;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.SloppyMath;

/**
 * What a hit shows of its record: kind, id, name, positions and whether they are approximate. Read
 * from doc values: reading them from the stored record would decompress the block of stored records
 * it is in, descriptions and all, for every hit.
 *
 * @param lats the latitudes of the record's positions, in the order of {@code lons}
 * @param approximate whether the positions are the centres of the areas served, not addresses
 */
record HitFields(SearchKind kind, String id, String name, double[] lats, double[] lons, boolean approximate) {

	/** The fields of the records {@code docs} (ids in {@code reader}), in the same order. */
	static List<HitFields> read(IndexReader reader, int[] docs) throws IOException {
		HitFields[] fields = new HitFields[docs.length];
		// In record order, so that each segment's doc values are opened once and only move forward.
		Integer[] order = new Integer[docs.length];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, Comparator.comparingInt((Integer i) -> docs[i]));
		List<LeafReaderContext> leaves = reader.leaves();
		Segment segment = null;
		for (int i : order) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
			if (segment == null || segment.leaf != leaf) {
				segment = new Segment(leaf);
			}
			fields[i] = segment.read(docs[i] - leaf.docBase);
		}
		return Arrays.asList(fields);
	}

	/** The doc values of one segment, read in record order. */
	private static final class Segment {

		final LeafReaderContext leaf;

		private final SortedDocValues kinds;

		private final BinaryDocValues ids;

		private final BinaryDocValues names;

		private final SortedNumericDocValues points;

		private final NumericDocValues approximate;

		Segment(LeafReaderContext leaf) throws IOException {
			LeafReader reader = leaf.reader();
			this.leaf = leaf;
			this.kinds = DocValues.getSorted(reader, Fields.KIND);
			this.ids = DocValues.getBinary(reader, Fields.ID);
			this.names = DocValues.getBinary(reader, Fields.NAME);
			this.points = DocValues.getSortedNumeric(reader, Fields.POINT);
			this.approximate = DocValues.getNumeric(reader, Fields.APPROXIMATE);
		}

		HitFields read(int doc) throws IOException {
			if (!this.kinds.advanceExact(doc) || !this.ids.advanceExact(doc) || !this.names.advanceExact(doc)) {
				throw new IllegalStateException("Search record " + doc + " has no kind, id or name");
			}
			double[] lats = new double[0];
			double[] lons = new double[0];
			if (this.points.advanceExact(doc)) {
				lats = new double[this.points.docValueCount()];
				lons = new double[lats.length];
				for (int i = 0; i < lats.length; i++) {
					long encoded = this.points.nextValue();
					lats[i] = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
					lons[i] = GeoEncodingUtils.decodeLongitude((int) encoded);
				}
			}
			return new HitFields(
					SearchKind.valueOf(this.kinds.lookupOrd(this.kinds.ordValue()).utf8ToString().toUpperCase(Locale.ROOT)),
					this.ids.binaryValue().utf8ToString(), this.names.binaryValue().utf8ToString(), lats, lons,
					this.approximate.advanceExact(doc) && this.approximate.longValue() == 1);
		}

	}

	/** The distance in km (to 0.1 km) from {@code near} to the nearest position, or null without one. */
	Double distanceKm(Near near) {
		double best = Double.POSITIVE_INFINITY;
		for (int i = 0; i < this.lats.length; i++) {
			best = Math.min(best, SloppyMath.haversinMeters(near.lat(), near.lon(), this.lats[i], this.lons[i]));
		}
		return Double.isInfinite(best) ? null : Math.round(best / 100.0) / 10.0;
	}

}
