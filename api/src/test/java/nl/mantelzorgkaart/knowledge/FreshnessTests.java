package nl.mantelzorgkaart.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * When a record says it may be out of date: more than a year after its newest source, counted from the
 * end of the period the source's date stands for, and said as precisely as the date is known.
 */
class FreshnessTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	@Test
	void aSourceOfOctober2015IsOldAndSaidToTheMonthInTheReadersLanguage() {
		Freshness trendReport = new Freshness(LocalDate.of(2015, 10, 1), "month");

		assertThat(trendReport.isStale(TODAY)).isTrue();
		assertThat(trendReport.label(Locale.forLanguageTag("nl"))).isEqualTo("oktober 2015");
		assertThat(trendReport.label(Locale.ENGLISH)).isEqualTo("October 2015");
	}

	@Test
	void aReportOfAYearCountsFromTheEndOfThatYear() {
		// The HBEL plan is "of 2025": written down as 2025-01-01, it may be from December.
		Freshness plan = new Freshness(LocalDate.of(2025, 1, 1), "year");

		assertThat(plan.isStale(TODAY)).isFalse();
		assertThat(plan.isStale(LocalDate.of(2026, 12, 31))).isFalse();
		assertThat(plan.isStale(LocalDate.of(2027, 1, 1))).isTrue();
		assertThat(plan.label(Locale.forLanguageTag("nl"))).isEqualTo("2025");
	}

	@Test
	void aDateToTheDayIsOldTheDayAfterItsFirstAnniversary() {
		Freshness page = new Freshness(LocalDate.of(2025, 12, 3), "day");

		assertThat(page.isStale(LocalDate.of(2026, 12, 3))).isFalse();
		assertThat(page.isStale(TODAY)).isTrue();
		assertThat(page.label(Locale.forLanguageTag("nl"))).isEqualTo("3 december 2025");
	}

}
