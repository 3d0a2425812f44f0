package nl.mantelzorgkaart.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.index.IndexEntry.FacetValue;
import nl.mantelzorgkaart.search.index.IndexEntry.GeoPoint;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Maps an {@link IndexEntry} to the Lucene document of the index schema ({@link IndexFields}). */
final class DocumentMapper {

	/** Separates a facet value's id from its label; ids are slugs and never contain it. */
	static final char LABEL_SEPARATOR = '|';

	/**
	 * The description: stored (the highlighter reads it), and with each word's offsets in the postings,
	 * so that a snippet marks the words found without analysing the text again.
	 */
	private static final FieldType DESCRIPTION_TYPE = new FieldType(TextField.TYPE_STORED);

	static {
		DESCRIPTION_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		DESCRIPTION_TYPE.freeze();
	}

	/** Every dimension holds several values per record (an offering has several themes). */
	private final FacetsConfig facets = new FacetsConfig();

	DocumentMapper() {
		for (Facet facet : Facet.values()) {
			this.facets.setMultiValued(facet.dimension(), true);
		}
	}

	/** How the facet dimensions are indexed, which reading them needs too. */
	FacetsConfig facetsConfig() {
		return this.facets;
	}

	/** The document of one entry, with its facet values as sorted-set doc values. */
	Document document(IndexEntry entry) throws IOException {
		Document document = new Document();
		document.add(new StringField(IndexFields.KEY, entry.kind().key() + ":" + entry.id(), Store.NO));
		// What a hit shows (kind, id, name, pin) is in doc values: stored fields would decompress the
		// block of records a hit is in, descriptions and all.
		document.add(new StringField(IndexFields.ID, entry.id(), Store.NO));
		document.add(new BinaryDocValuesField(IndexFields.ID, new BytesRef(entry.id())));
		document.add(new StringField(IndexFields.KIND, entry.kind().key(), Store.NO));
		document.add(new SortedDocValuesField(IndexFields.KIND, new BytesRef(entry.kind().key())));
		document.add(new StringField(IndexFields.STATUS, entry.status(), Store.NO));
		document.add(new TextField(IndexFields.NAME, entry.name(), Store.NO));
		document.add(new BinaryDocValuesField(IndexFields.NAME, new BytesRef(entry.name())));
		document.add(new Field(IndexFields.DESCRIPTION, entry.description(), DESCRIPTION_TYPE));
		document.add(new SortedDocValuesField(IndexFields.SORT_NAME,
				new BytesRef(entry.name().toLowerCase(Locale.ROOT))));
		addText(document, IndexFields.ALIASES, entry.aliases());
		List<String> names = new ArrayList<>();
		names.add(entry.name());
		names.addAll(entry.aliases());
		addText(document, IndexFields.NAMES, names);
		addText(document, IndexFields.THEMES, entry.themes());
		addText(document, IndexFields.LABELS, entry.labels());
		addText(document, IndexFields.ORGANISERS, entry.organisers());
		addText(document, IndexFields.PLACES, entry.places());
		addText(document, IndexFields.DETAILS, entry.details());
		addText(document, IndexFields.CONTEXT, entry.context());
		List<String> all = new ArrayList<>(names);
		all.addAll(entry.themes());
		all.addAll(entry.labels());
		all.addAll(entry.organisers());
		all.addAll(entry.places());
		all.add(entry.description());
		all.addAll(entry.details());
		addText(document, IndexFields.ALL, all);
		// One text, so that its concept tokens are those of the whole record.
		List<String> anywhere = new ArrayList<>(all);
		anywhere.addAll(entry.context());
		addText(document, IndexFields.ANYWHERE,
				List.of(String.join("\n", anywhere.stream().filter(Objects::nonNull).toList())));
		List<String> spelling = new ArrayList<>(names);
		spelling.addAll(entry.themes());
		spelling.addAll(entry.labels());
		spelling.add(entry.description());
		addText(document, IndexFields.SPELL, spelling);
		addText(document, IndexFields.TITLE, List.of(entry.name()));
		for (GeoPoint point : entry.points()) {
			document.add(new LatLonPoint(IndexFields.POINT, point.lat(), point.lon()));
			document.add(new LatLonDocValuesField(IndexFields.POINT, point.lat(), point.lon()));
		}
		document.add(new StringField(IndexFields.POSITIONED, entry.points().isEmpty() ? "no" : "yes", Store.NO));
		document.add(new NumericDocValuesField(IndexFields.APPROXIMATE, entry.hasAddress() ? 0 : 1));
		if (entry.pin() != null) {
			document.add(new NumericDocValuesField(IndexFields.PIN_LAT, Double.doubleToRawLongBits(entry.pin().point().lat())));
			document.add(new NumericDocValuesField(IndexFields.PIN_LON, Double.doubleToRawLongBits(entry.pin().point().lon())));
			if (entry.pin().place() != null) {
				document.add(new BinaryDocValuesField(IndexFields.PIN_PLACE, new BytesRef(entry.pin().place())));
			}
		}
		for (String area : entry.reach().within()) {
			document.add(new StringField(IndexFields.WITHIN_AREA, area, Store.NO));
		}
		if (!entry.reach().served().isEmpty()) {
			StringBuilder served = new StringBuilder();
			for (IndexEntry.ServedArea area : entry.reach().served()) {
				served.append(area.id()).append('\t').append((area.kind() != null) ? area.kind() : "").append('\t')
					.append(area.name().replace('\t', ' ').replace('\n', ' ')).append('\t')
					.append(String.join(" ", area.inside())).append('\n');
			}
			document.add(new BinaryDocValuesField(IndexFields.SERVED_AREAS, new BytesRef(served.toString())));
		}
		entry.facets().forEach((facet, values) -> {
			for (FacetValue value : values) {
				document.add(new StringField(facet.filterField(), value.id(), Store.NO));
				String label = value.label().isBlank() ? value.id() : value.label();
				document.add(new SortedSetDocValuesFacetField(facet.dimension(), value.id() + LABEL_SEPARATOR + label));
			}
		});
		return this.facets.build(document);
	}

	private static void addText(Document document, String field, List<String> values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				document.add(new TextField(field, value, Store.NO));
			}
		}
	}

	/** Splits an indexed facet value into its id and label. */
	static String[] splitLabel(String value) {
		int separator = value.indexOf(LABEL_SEPARATOR);
		return (separator < 0) ? new String[] { value, value }
				: new String[] { value.substring(0, separator), value.substring(separator + 1) };
	}

}
