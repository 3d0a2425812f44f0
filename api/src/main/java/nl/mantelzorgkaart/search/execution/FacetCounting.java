package nl.mantelzorgkaart.search.execution;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchResults.FacetCount;
import nl.mantelzorgkaart.search.SearchResults.FacetCounts;
import nl.mantelzorgkaart.search.index.DocSet;
import nl.mantelzorgkaart.search.index.FacetOrdinals;
import nl.mantelzorgkaart.search.index.SearchView;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet counts of a search: per dimension, how many matches each value has, with each filtered
 * dimension counted sideways (as if it were not filtered, so that choosing another value shows what it
 * would add). One pass over the matches' facet values held in memory ({@link FacetOrdinals}) counts
 * the matches, their values and the sideways counts together.
 */
public final class FacetCounting {

	/** How many values each facet dimension lists. */
	public static final int FACET_VALUES = 25;

	private FacetCounting() {
	}

	/**
	 * Counts the facet values of the records {@code query} finds among those {@code filter} lets through
	 * (every record when it is null), with the dimension filters applied sideways. When most of the
	 * records match (a text with a common word), the counts are those of every record the filter lets
	 * through (kept per filter) less those of the few records that do not match: at 100,000 records,
	 * counting the values of 120,000 matches is most of a search's work.
	 */
	public static FacetOrdinals.Counts count(SearchView searcher, Query query, Query filter, Map<Facet, Query> dimensions)
			throws IOException {
		Query within = (filter != null) ? filter : new MatchAllDocsQuery();
		DocSet records = searcher.docSet(within);
		List<FacetOrdinals.Filter> filters = new ArrayList<>();
		for (Map.Entry<Facet, Query> dimension : dimensions.entrySet()) {
			filters.add(new FacetOrdinals.Filter(dimension.getKey(), searcher.docSet(dimension.getValue()).bits()));
		}
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		FixedBitSet[] matches = searcher.docs(query, within);
		long found = Arrays.stream(matches).mapToLong(FixedBitSet::cardinality).sum();
		if (found * 2 <= records.count()) {
			return searcher.ordinals().count(leaves, matches, filters);
		}
		FixedBitSet[] rest = new FixedBitSet[leaves.size()];
		for (int i = 0; i < rest.length; i++) {
			rest[i] = records.bits()[i].clone();
			rest[i].andNot(matches[i]);
		}
		FacetOrdinals.Counts every = searcher.everyCount(List.of(within, new EnumMap<>(dimensions)),
				() -> searcher.ordinals().count(leaves, records.bits(), filters));
		return every.minus(searcher.ordinals().count(leaves, rest, filters));
	}

	/**
	 * The counts as each dimension lists them: its {@link #FACET_VALUES} values with the most matches,
	 * and the values selected now even without a match.
	 *
	 * @param selected the values asked for, per dimension
	 */
	public static List<FacetCounts> list(SearchView searcher, Map<Facet, List<String>> selected,
			FacetOrdinals.Counts counts) {
		List<FacetCounts> result = new ArrayList<>();
		for (Facet facet : Facet.values()) {
			Map<String, String> labels = searcher.labels(facet);
			if (labels.isEmpty()) {
				continue;
			}
			List<String> chosen = selected.getOrDefault(facet, List.of());
			Map<String, FacetCount> values = new LinkedHashMap<>();
			for (FacetOrdinals.Value value : searcher.ordinals().top(facet, counts, FACET_VALUES)) {
				values.put(value.id(), new FacetCount(value.id(), value.label(), value.count(), chosen.contains(value.id())));
			}
			for (String id : chosen) {
				values.computeIfAbsent(id, (key) -> new FacetCount(key, labels.getOrDefault(key, key), 0, true));
			}
			result.add(new FacetCounts(facet, new ArrayList<>(values.values())));
		}
		return result;
	}

}
