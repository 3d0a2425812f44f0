package nl.mantelzorgkaart.web;

import java.time.LocalDate;
import java.util.Locale;

import nl.mantelzorgkaart.area.Location;
import nl.mantelzorgkaart.knowledge.Freshness;
import nl.mantelzorgkaart.knowledge.SourceDates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Small text helpers the templates call ({@code @pageText}), shared with the PDF so both print alike. */
@Component("pageText")
public class PageText {

	private final SourceDates sourceDates;

	public PageText(SourceDates sourceDates) {
		this.sourceDates = sourceDates;
	}

	/** "Name, street 1, 1234 AB City" with whatever parts are known. */
	public String address(Location location) {
		return SocialMapPdf.address(location);
	}

	/**
	 * When a record's newest source is more than a year old, that source's date as precisely as it is known
	 * ("oktober 2015"), for the note that it may be out of date; null for a current record or one without
	 * a date.
	 */
	public String staleSince(LocalDate lastVerified) {
		return staleSince(lastVerified, LocaleContextHolder.getLocale());
	}

	/** {@link #staleSince(LocalDate)} in a given language, for the PDF. */
	public String staleSince(LocalDate lastVerified, Locale locale) {
		Freshness freshness = this.sourceDates.freshness(lastVerified);
		return (freshness != null && freshness.isStale(LocalDate.now())) ? freshness.label(locale) : null;
	}

}
