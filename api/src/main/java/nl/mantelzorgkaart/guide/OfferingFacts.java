package nl.mantelzorgkaart.guide;

import java.util.List;
import java.util.Set;

import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.organisation.Organisation;

/**
 * An offering with the facts the guide and the coverage report reason about, read in one query.
 *
 * @param servedAreas ids of the areas it serves
 * @param distanceKm kilometres from the asked point to its nearest location, or null
 */
record OfferingFacts(Offering offering, Set<String> careThemes, Set<String> targetGroups,
		Set<String> supportFunctions, Set<String> respiteTypes, Set<String> fundingRoutes, Set<String> servedAreas,
		Double distanceKm, List<Organisation> organisers) {

	String id() {
		return this.offering.id();
	}

	boolean isRespite() {
		return this.supportFunctions.contains(Vocabulary.RESPITE) || !this.respiteTypes.isEmpty();
	}

}
