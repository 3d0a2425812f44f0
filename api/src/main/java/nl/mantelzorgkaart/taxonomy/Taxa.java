package nl.mantelzorgkaart.taxonomy;

import java.util.List;

import nl.mantelzorgkaart.graph.Props;
import org.neo4j.driver.types.Node;

/** The vocabulary offerings are described with: themes, target groups, functions, respite, funding. */
public final class Taxa {

	private Taxa() {
	}

	/** The situation or condition of the person cared for. */
	public record CareTheme(String id, String name, String description, List<String> synonyms) {

		public static CareTheme from(Node node) {
			return new CareTheme(Props.text(node, "id"), Props.text(node, "name"), Props.text(node, "description"),
					Props.texts(node, "synonyms"));
		}

	}

	/** For whom an offering is, with an age band where the sources give one. */
	public record TargetGroup(String id, String name, String description, Integer ageMin, Integer ageMax) {

		public static TargetGroup from(Node node) {
			return new TargetGroup(Props.text(node, "id"), Props.text(node, "name"), Props.text(node, "description"),
					Props.integer(node, "ageMin"), Props.integer(node, "ageMax"));
		}

	}

	/** One of the 8 national support functions (vraaggebieden) of caregiver support. */
	public record SupportFunction(String id, String name, String description, int order) {

		/**
		 * The support function of a steady point of contact for caregivers (persoonlijke begeleiding:
		 * personal guidance): whom a caregiver can always turn to, which the guide and the search favour.
		 */
		public static final String POINT_OF_CONTACT = "persoonlijke-begeleiding";

		public static SupportFunction from(Node node) {
			return new SupportFunction(Props.text(node, "id"), Props.text(node, "name"),
					Props.text(node, "description"), Props.integer(node, "order"));
		}

	}

	/** A kind of respite (respijtzorg). */
	public record RespiteType(String id, String name, String description, List<String> synonyms) {

		public static RespiteType from(Node node) {
			return new RespiteType(Props.text(node, "id"), Props.text(node, "name"), Props.text(node, "description"),
					Props.texts(node, "synonyms"));
		}

	}

	/** A way help is paid for. */
	public record FundingRoute(String id, String name, String description, String law) {

		public static FundingRoute from(Node node) {
			return new FundingRoute(Props.text(node, "id"), Props.text(node, "name"), Props.text(node, "description"),
					Props.text(node, "law"));
		}

	}

	/** A filter value with its number of offerings. */
	public record TaxonomyCount(String id, String name, int offeringCount) {

	}

	/** Every filter list with counts. */
	public record Taxonomy(List<TaxonomyCount> careThemes, List<TaxonomyCount> targetGroups,
			List<TaxonomyCount> supportFunctions, List<TaxonomyCount> respiteTypes, List<TaxonomyCount> fundingRoutes) {

	}

}
