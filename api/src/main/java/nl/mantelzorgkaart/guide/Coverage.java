package nl.mantelzorgkaart.guide;

import java.util.List;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.taxonomy.Taxa.RespiteType;
import nl.mantelzorgkaart.taxonomy.Taxa.SupportFunction;
import nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup;

/** Coverage and gaps of caregiver support in an area, as the GraphQL {@code Coverage} type shows it. */
public record Coverage(Area area, List<Area> areas, List<SupportFunction> supportFunctions, List<Row> rows,
		List<RespiteTypeCoverage> respiteTypes, List<RespiteType> missingRespiteTypes, List<SubArea> subAreas,
		int offeringCount, int widerOfferingCount, int emptyCellCount) {

	/** One target group's row: a cell per support function. */
	public record Row(TargetGroup targetGroup, int level, boolean caregivers, List<Cell> cells, int offeringCount,
			List<SupportFunction> emptyFunctions) {

	}

	/** A target group × a support function. */
	public record Cell(SupportFunction supportFunction, List<Offering> offerings, List<Offering> plannedOfferings,
			List<Offering> widerOfferings) {

		public int count() {
			return this.offerings.size();
		}

		public boolean empty() {
			return this.offerings.isEmpty();
		}

	}

	/** Whether a respite type exists in the area. */
	public record RespiteTypeCoverage(RespiteType respiteType, List<Offering> offerings, List<Offering> plannedOfferings,
			List<Offering> widerOfferings) {

		public boolean present() {
			return !this.offerings.isEmpty();
		}

	}

	/** What a resident of an area within the coverage area can use, and what is missing there. */
	public record SubArea(Area area, int offeringCount, List<SupportFunction> missingSupportFunctions,
			List<RespiteType> missingRespiteTypes) {

	}

}
