package nl.mantelzorgkaart.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import nl.mantelzorgkaart.area.Location;
import nl.mantelzorgkaart.organisation.Organisation;
import nl.mantelzorgkaart.web.SocialMapSheet.Entry;
import nl.mantelzorgkaart.web.SocialMapSheet.Item;
import nl.mantelzorgkaart.web.SocialMapSheet.Section;
import nl.mantelzorgkaart.web.SocialMapSheet.Sheet;

/** The social map sheet as a PDF (OpenPDF), with the same content and order as the print page. */
final class SocialMapPdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);

	private static final Font NAME = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

	private SocialMapPdf() {
	}

	/**
	 * @param labels the page's words in the visitor's language, by message key
	 * @param staleNote for an offering's lastVerified, the note that it may be out of date, or null
	 */
	static byte[] render(Sheet sheet, Function<String, String> labels, Function<LocalDate, String> staleNote,
			Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, out);
		document.addTitle(labels.apply("socialmap.title") + " " + sheet.area().name());
		document.addSubject(locale.getLanguage().equals("en") ? "Social map" : "Sociale kaart");
		document.addCreator("Mantelzorgkaart");
		document.open();
		document.add(new Paragraph(labels.apply("socialmap.title") + " " + sheet.area().name(), TITLE));
		document.add(new Paragraph(labels.apply("socialmap.made") + " "
				+ sheet.made().format(DateTimeFormatter.ofPattern("d-M-yyyy")) + " · " + labels.apply("socialmap.intro"),
				SMALL));
		int number = 1;
		for (Section section : sheet.sections()) {
			Paragraph heading = new Paragraph(number++ + ". " + section.function().name(), HEADING);
			heading.setSpacingBefore(12);
			heading.setSpacingAfter(4);
			document.add(heading);
			if (section.entries().isEmpty()) {
				document.add(new Paragraph(labels.apply("socialmap.none"), TEXT));
			}
			for (Entry entry : section.entries()) {
				Paragraph organisation = new Paragraph(
						(entry.organisation() != null) ? entry.organisation().name() : labels.apply("socialmap.otherOrganisers"),
						NAME);
				organisation.setSpacingBefore(5);
				organisation.setKeepTogether(true);
				document.add(organisation);
				String contact = contact(entry.organisation(), labels);
				if (!contact.isEmpty()) {
					document.add(new Paragraph(contact, TEXT));
				}
				for (Location location : entry.locations()) {
					document.add(new Paragraph(address(location), TEXT));
				}
				for (Item item : entry.offerings()) {
					Paragraph offering = new Paragraph();
					offering.setIndentationLeft(12);
					offering.add(new Chunk("• " + item.offering().name(), TEXT));
					if (item.offering().howToApply() != null) {
						offering.add(new Chunk(" — " + item.offering().howToApply(), SMALL));
					}
					String stale = staleNote.apply(item.offering().lastVerified());
					if (stale != null) {
						offering.add(new Chunk(" " + stale, SMALL));
					}
					document.add(offering);
				}
			}
		}
		Paragraph footer = new Paragraph(labels.apply("socialmap.footer"), SMALL);
		footer.setSpacingBefore(14);
		footer.setAlignment(Element.ALIGN_LEFT);
		document.add(footer);
		document.close();
		return out.toByteArray();
	}

	static String contact(Organisation organisation, Function<String, String> labels) {
		if (organisation == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		if (organisation.phone() != null) {
			parts.add(labels.apply("contact.phone") + " " + organisation.phone());
		}
		if (organisation.email() != null) {
			parts.add(organisation.email());
		}
		if (organisation.website() != null) {
			parts.add(organisation.website());
		}
		return String.join(" · ", parts);
	}

	static String address(Location location) {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { location.name(), location.address(),
				join(location.postcode(), location.city()) }) {
			if (part != null && !part.isBlank()) {
				parts.add(part);
			}
		}
		return String.join(", ", parts);
	}

	private static String join(String postcode, String city) {
		return ((postcode != null) ? postcode + " " : "") + ((city != null) ? city : "");
	}

}
