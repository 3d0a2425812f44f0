package nl.mantelzorgkaart.knowledge;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How current a record is. A record's {@code lastVerified} is the date of its newest source, as precise
 * as that source's date (a day, a month or a year). A record whose newest source lies more than
 * {@link #MAX_AGE} back may be out of date and says so ("Gecontroleerd in oktober 2015: mogelijk niet meer
 * actueel"). A date known to the month or year counts from the end of that period, so that a report "of
 * 2025" is not called old before 2027.
 *
 * @param verified the date of the newest source
 * @param precision {@code day}, {@code month} or {@code year}
 */
public record Freshness(LocalDate verified, String precision) {

	/** How old a record's newest source may be before the record says it may be out of date. */
	public static final Period MAX_AGE = Period.ofYears(1);

	/** The last day the date could stand for: the day itself, the end of its month or of its year. */
	public LocalDate latest() {
		return switch (this.precision) {
			case "year" -> this.verified.withDayOfYear(this.verified.lengthOfYear());
			case "month" -> YearMonth.from(this.verified).atEndOfMonth();
			default -> this.verified;
		};
	}

	/** Whether the newest source lies more than {@link #MAX_AGE} before {@code today}. */
	public boolean isStale(LocalDate today) {
		return latest().isBefore(today.minus(MAX_AGE));
	}

	/** The date as precisely as it is known, in the reader's language: "oktober 2015", "2025", "3 maart 2026". */
	public String label(Locale locale) {
		String pattern = switch (this.precision) {
			case "year" -> "yyyy";
			case "month" -> "MMMM yyyy";
			default -> "d MMMM yyyy";
		};
		return DateTimeFormatter.ofPattern(pattern, locale).format(this.verified);
	}

}
