package nl.mantelzorgkaart.search.execution;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.SearchRequest.Near;
import nl.mantelzorgkaart.search.SearchResults.Pin;
import nl.mantelzorgkaart.search.SearchResults.WiderArea;
import nl.mantelzorgkaart.search.index.IndexFields;
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
 * What a hit shows of its document: kind, id, name, positions, whether they are approximate, and its
 * pin on the map. Read from doc values: reading them from stored fields would decompress the block of
 * stored documents it is in, descriptions and all, for every hit.
 *
 * @param lats the latitudes of the record's positions, in the order of {@code lons}
 * @param approximate whether the positions are the centres of the areas served, not addresses
 * @param pin where the results map shows it, or null
 * @param servedAreas the areas it serves as indexed ({@link IndexFields#SERVED_AREAS}), or null
 */
public record HitValues(SearchKind kind, String id, String name, double[] lats, double[] lons, boolean approximate,
		Pin pin, String servedAreas) {

	/**
	 * The area it serves that one of {@code areas} lies within: why a search in those areas found it though
	 * it is not there ("voor heel Flevoland"); the widest such area when several are, null when none is.
	 */
	public WiderArea widerArea(List<String> areas) {
		if (this.servedAreas == null) {
			return null;
		}
		WiderArea found = null;
		int reach = -1;
		for (String line : this.servedAreas.split("\n")) {
			String[] parts = line.split("\t", -1);
			if (parts.length < 4) {
				continue;
			}
			List<String> inside = List.of(parts[3].split(" "));
			if (areas.stream().anyMatch(inside::contains) && inside.size() > reach) {
				found = new WiderArea(parts[0], parts[2], parts[1].isEmpty() ? null : parts[1]);
				reach = inside.size();
			}
		}
		return found;
	}

	/** The values of the documents {@code docs} (ids in {@code reader}), in the same order. */
	public static List<HitValues> read(IndexReader reader, int[] docs) throws IOException {
		HitValues[] values = new HitValues[docs.length];
		// In document order, so that each segment's doc values are opened once and only move forward.
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
			values[i] = segment.read(docs[i] - leaf.docBase);
		}
		return Arrays.asList(values);
	}

	/** The distance in km (to 0.1 km) from {@code near} to the nearest position, or null without one. */
	public Double distanceKm(Near near) {
		double best = Double.POSITIVE_INFINITY;
		for (int i = 0; i < this.lats.length; i++) {
			best = Math.min(best, SloppyMath.haversinMeters(near.lat(), near.lon(), this.lats[i], this.lons[i]));
		}
		return Double.isInfinite(best) ? null : Math.round(best / 100.0) / 10.0;
	}

	/** The doc values of one segment, read in document order. */
	private static final class Segment {

		final LeafReaderContext leaf;

		private final SortedDocValues kinds;

		private final BinaryDocValues ids;

		private final BinaryDocValues names;

		private final SortedNumericDocValues points;

		private final NumericDocValues approximate;

		private final NumericDocValues pinLats;

		private final NumericDocValues pinLons;

		private final BinaryDocValues pinPlaces;

		private final BinaryDocValues servedAreas;

		Segment(LeafReaderContext leaf) throws IOException {
			LeafReader reader = leaf.reader();
			this.leaf = leaf;
			this.kinds = DocValues.getSorted(reader, IndexFields.KIND);
			this.ids = DocValues.getBinary(reader, IndexFields.ID);
			this.names = DocValues.getBinary(reader, IndexFields.NAME);
			this.points = DocValues.getSortedNumeric(reader, IndexFields.POINT);
			this.approximate = DocValues.getNumeric(reader, IndexFields.APPROXIMATE);
			this.pinLats = DocValues.getNumeric(reader, IndexFields.PIN_LAT);
			this.pinLons = DocValues.getNumeric(reader, IndexFields.PIN_LON);
			this.pinPlaces = DocValues.getBinary(reader, IndexFields.PIN_PLACE);
			this.servedAreas = DocValues.getBinary(reader, IndexFields.SERVED_AREAS);
		}

		HitValues read(int doc) throws IOException {
			if (!this.kinds.advanceExact(doc) || !this.ids.advanceExact(doc) || !this.names.advanceExact(doc)) {
				throw new IllegalStateException("Search document " + doc + " has no kind, id or name");
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
			boolean approximate = this.approximate.advanceExact(doc) && this.approximate.longValue() == 1;
			Pin pin = null;
			if (this.pinLats.advanceExact(doc) && this.pinLons.advanceExact(doc)) {
				String place = this.pinPlaces.advanceExact(doc) ? this.pinPlaces.binaryValue().utf8ToString() : null;
				pin = new Pin(Double.longBitsToDouble(this.pinLats.longValue()),
						Double.longBitsToDouble(this.pinLons.longValue()), place, approximate);
			}
			return new HitValues(
					SearchKind.valueOf(this.kinds.lookupOrd(this.kinds.ordValue()).utf8ToString().toUpperCase(Locale.ROOT)),
					this.ids.binaryValue().utf8ToString(), this.names.binaryValue().utf8ToString(), lats, lons, approximate,
					pin, this.servedAreas.advanceExact(doc) ? this.servedAreas.binaryValue().utf8ToString() : null);
		}

	}

}
