package nl.mantelzorgkaart.search;

import java.util.List;

import nl.mantelzorgkaart.search.HitGraphRecords.PageRecords;
import nl.mantelzorgkaart.search.SearchResults.Hit;
import nl.mantelzorgkaart.search.SearchResults.MatchReason;
import nl.mantelzorgkaart.search.SearchResults.Snippet;
import nl.mantelzorgkaart.search.SearchResults.WiderArea;

/**
 * The API's {@code SearchHit} type: a hit as the API shows it, snippets as HTML with the matching words
 * in {@code <mark>}, and the records of its page being read from the graph.
 *
 * @param records what is read for {@code record}, or null when the client did not select it
 */
record SearchHitNode(SearchKind kind, String id, String name, float score, List<String> snippets, Double distanceKm,
		boolean distanceIsApproximate, String explanation, WiderArea widerArea, List<MatchReason> matchedOn,
		PageRecords records) {

	static SearchHitNode of(Hit hit, PageRecords records) {
		return new SearchHitNode(hit.kind(), hit.id(), hit.name(), hit.score(),
				hit.snippets().stream().map(Snippet::toHtml).toList(), hit.distanceKm(), hit.distanceIsApproximate(),
				hit.explanation(), hit.widerArea(), hit.matchedOn(), records);
	}

}
