package nl.mantelzorgkaart.search;

import java.io.IOException;
import java.util.Arrays;
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
		List<LeafReaderContext> leaves = reader.leaves();
		for (int i = 0; i < docs.length; i++) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
			fields[i] = read(leaf.reader(), docs[i] - leaf.docBase);
		}
		return Arrays.asList(fields);
	}

	private static HitFields read(LeafReader reader, int doc) throws IOException {
		SortedDocValues kinds = DocValues.getSorted(reader, Fields.KIND);
		BinaryDocValues ids = DocValues.getBinary(reader, Fields.ID);
		BinaryDocValues names = DocValues.getBinary(reader, Fields.NAME);
		if (!kinds.advanceExact(doc) || !ids.advanceExact(doc) || !names.advanceExact(doc)) {
			throw new IllegalStateException("Search record " + doc + " has no kind, id or name");
		}
		SortedNumericDocValues points = DocValues.getSortedNumeric(reader, Fields.POINT);
		double[] lats = new double[0];
		double[] lons = new double[0];
		if (points.advanceExact(doc)) {
			lats = new double[points.docValueCount()];
			lons = new double[lats.length];
			for (int i = 0; i < lats.length; i++) {
				long encoded = points.nextValue();
				lats[i] = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
				lons[i] = GeoEncodingUtils.decodeLongitude((int) encoded);
			}
		}
		NumericDocValues approximate = DocValues.getNumeric(reader, Fields.APPROXIMATE);
		return new HitFields(SearchKind.valueOf(kinds.lookupOrd(kinds.ordValue()).utf8ToString().toUpperCase(Locale.ROOT)),
				ids.binaryValue().utf8ToString(), names.binaryValue().utf8ToString(), lats, lons,
				approximate.advanceExact(doc) && approximate.longValue() == 1);
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
