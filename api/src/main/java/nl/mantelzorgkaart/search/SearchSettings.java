package nl.mantelzorgkaart.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the search index lives and how it keeps up with the graph.
 *
 * @param indexDirectory the index's directory; deleting it loses nothing (it is rebuilt from the graph)
 * @param checkInterval how often to compare the graph's stamp with the index's, to pick up changes
 *     written by other processes (the seed CLI against a shared server); zero turns checking off
 * @param rebuild rebuild the index at start-up even when it is up to date
 */
@ConfigurationProperties("mantelzorgkaart.search")
public record SearchSettings(Path indexDirectory, Duration checkInterval, boolean rebuild) {

	public SearchSettings {
		if (indexDirectory == null) {
			indexDirectory = Path.of("data", "search-index");
		}
		if (checkInterval == null) {
			checkInterval = Duration.ofSeconds(30);
		}
		if (checkInterval.isNegative()) {
			throw new IllegalArgumentException(
					"mantelzorgkaart.search.check-interval (MANTELZORGKAART_SEARCH_CHECK_INTERVAL) must be zero or positive, got "
							+ checkInterval);
		}
	}

}
