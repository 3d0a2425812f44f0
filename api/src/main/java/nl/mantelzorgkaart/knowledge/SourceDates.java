package nl.mantelzorgkaart.knowledge;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import nl.mantelzorgkaart.graph.GraphReads;
import org.springframework.stereotype.Component;

/**
 * The freshness of records by their {@code lastVerified} alone. A record's {@code lastVerified} is the
 * date of its newest source (the seed validator holds to that), so that source's precision is the
 * precision of the date; where sources of different precision share a date the coarsest counts, so that a
 * record is never called old too soon. The sources change only with a seed load: read once a minute at most.
 */
@Component
public class SourceDates {

	private static final List<String> COARSE_FIRST = List.of("year", "month", "day");

	private final GraphReads graph;

	private final LoadingCache<String, Map<LocalDate, String>> precisions = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.build((key) -> read());

	public SourceDates(GraphReads graph) {
		this.graph = graph;
	}

	/** The freshness of a record verified on {@code lastVerified}, or null without a date. */
	public Freshness freshness(LocalDate lastVerified) {
		if (lastVerified == null) {
			return null;
		}
		return new Freshness(lastVerified, this.precisions.get("all").getOrDefault(lastVerified, "day"));
	}

	private Map<LocalDate, String> read() {
		Map<LocalDate, String> precisions = new HashMap<>();
		this.graph.list("MATCH (s:Source) WHERE s.date IS NOT NULL RETURN s.date AS date, s.datePrecision AS precision",
				Map.of(), (row) -> {
					LocalDate date = row.get("date").asLocalDate();
					String precision = row.get("precision").isNull() ? "day" : row.get("precision").asString();
					precisions.merge(date, precision,
							(a, b) -> (COARSE_FIRST.indexOf(a) <= COARSE_FIRST.indexOf(b)) ? a : b);
					return date;
				});
		return precisions;
	}

}
