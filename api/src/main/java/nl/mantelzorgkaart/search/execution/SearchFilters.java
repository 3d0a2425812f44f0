package nl.mantelzorgkaart.search.execution;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.search.Facet;
import nl.mantelzorgkaart.search.SearchKind;
import nl.mantelzorgkaart.search.SearchRequest;
import nl.mantelzorgkaart.search.SearchRequest.Near;
import nl.mantelzorgkaart.search.index.IndexFields;
import nl.mantelzorgkaart.search.index.SearchView;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The filters of a search as queries: which records it may find whatever its text (status and facet
 * values), and the distance filter of a search near a place. None of them scores.
 *
 * @param dimensions per filtered dimension, the records with one of the values asked for
 */
public record SearchFilters(SearchRequest request, boolean hasText, Map<Facet, Query> dimensions) {

	/** The glossary terms: what a search without a kind filter shows apart, as explanations. */
	public static final Query TERMS = new TermQuery(new Term(IndexFields.KIND, SearchKind.TERM.key()));

	/** The filters of a request; with a text, glossary terms pass the place filters. */
	public static SearchFilters of(SearchRequest request, boolean hasText) {
		Map<Facet, Query> dimensions = new EnumMap<>(Facet.class);
		request.filters().forEach((facet, ids) -> {
			if (ids.isEmpty()) {
				return;
			}
			BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
			for (String id : ids) {
				anyOf.add(new TermQuery(new Term(facet.filterField(), id)), Occur.SHOULD);
			}
			if (facet == Facet.AREA && hasText) {
				placeIndependent(anyOf);
			}
			dimensions.put(facet, anyOf.build());
		});
		return new SearchFilters(request, hasText, dimensions);
	}

	/**
	 * Which records the search may find: those not ended, with one of the values asked for in each
	 * filtered dimension; null for every record. A few filters serve most searches, and the searcher
	 * keeps their records (see {@link SearchView#search}).
	 */
	public Query all() {
		return filter(this.dimensions.values());
	}

	/** {@link #all()} without the dimension filters, which facet counting applies itself (sideways). */
	public Query withoutDimensions() {
		return filter(List.of());
	}

	private Query filter(Collection<Query> dimensions) {
		boolean termsApart = this.request.termsApart();
		if (this.request.includeEnded() && dimensions.isEmpty() && !termsApart) {
			return null;
		}
		BooleanQuery.Builder filter = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
		if (!this.request.includeEnded()) {
			filter.add(new TermQuery(new Term(IndexFields.STATUS, "ended")), Occur.MUST_NOT);
		}
		if (termsApart) {
			filter.add(TERMS, Occur.MUST_NOT);
		}
		dimensions.forEach((dimension) -> filter.add(dimension, Occur.FILTER));
		return filter.build();
	}

	/**
	 * The records that lie within the areas filtered on (they serve one, or an area within one), or null
	 * without an area filter. The area filter finds more: the wider offers, which serve an area one of
	 * those lies in (all of Flevoland, all of the Netherlands).
	 */
	public Query withinAreas() {
		List<String> areas = this.request.filters().getOrDefault(Facet.AREA, List.of());
		if (areas.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
		areas.forEach((area) -> anyOf.add(new TermQuery(new Term(IndexFields.WITHIN_AREA, area)), Occur.SHOULD));
		return anyOf.build();
	}

	/**
	 * A ranking with the local hits first: with an area filter, a wider offer's score is weighed down by
	 * {@link #WIDER_WEIGHT}, so that of two records that match alike the one in the area comes first, while
	 * a wider offer that matches much better (the region's only respite) still comes before a weak local
	 * match. The query itself without an area filter.
	 */
	public Query localFirst(Query ranking) {
		Query within = withinAreas();
		if (within == null) {
			return ranking;
		}
		Query wider = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(within, Occur.MUST_NOT)
			.build();
		return FunctionScoreQuery.boostByQuery(ranking, wider, WIDER_WEIGHT);
	}

	/**
	 * A ranking of the default search (no kind filter) in which an organisation's score counts for
	 * {@link #ORGANISATION_WEIGHT} of an offering's: an organisation's record gathers the words of all it
	 * offers, so it matches nearly every question about any of its offerings, while a caregiver asking
	 * for help can act on the offering itself. An organisation asked for by name still comes first.
	 */
	public Query kindsWeighed(Query ranking) {
		if (!this.request.termsApart()) {
			return ranking;
		}
		return FunctionScoreQuery.boostByQuery(ranking,
				new TermQuery(new Term(IndexFields.KIND, SearchKind.ORGANISATION.key())), ORGANISATION_WEIGHT);
	}

	/** How much an organisation's score counts against an offering's in the default search. */
	public static final float ORGANISATION_WEIGHT = 0.8f;

	/** How much a wider offer's score counts against a local one's (see {@link #localFirst}). */
	public static final float WIDER_WEIGHT = 0.7f;

	/**
	 * The query with the distance filter of a search near a place, or the query itself without one (no
	 * use to keep its records: every position is another filter).
	 */
	public Query nearby(Query query) {
		Near near = this.request.near();
		if (near == null) {
			return query;
		}
		BooleanQuery.Builder nearby = new BooleanQuery.Builder();
		nearby.add(LatLonPoint.newDistanceQuery(IndexFields.POINT, near.lat(), near.lon(), near.radiusKm() * 1000),
				Occur.SHOULD);
		if (this.request.filters().containsKey(Facet.AREA)) {
			// With an area chosen, records serving it without an address still count as near.
			nearby.add(new TermQuery(new Term(IndexFields.POSITIONED, "no")), Occur.SHOULD);
		}
		if (this.hasText) {
			placeIndependent(nearby);
		}
		return new BooleanQuery.Builder().add(query, Occur.MUST).add(nearby.build(), Occur.FILTER).build();
	}

	/**
	 * Lets glossary terms through a place filter: "wat is logeerzorg" near Almere still explains the
	 * word. Only for a text search; browsing a place lists what is there.
	 */
	private static void placeIndependent(BooleanQuery.Builder anyOf) {
		for (SearchKind kind : SearchKind.values()) {
			if (kind.placeIndependent()) {
				anyOf.add(new TermQuery(new Term(IndexFields.KIND, kind.key())), Occur.SHOULD);
			}
		}
	}

}
