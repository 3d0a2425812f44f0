package nl.mantelzorgkaart.seed;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of record in the dataset: one folder of YAML files each, one node label each. */
public enum SeedKind {

	SOURCE("sources", "Source", "source"),
	CARE_THEME("care-themes", "CareTheme", "care theme"),
	TARGET_GROUP("target-groups", "TargetGroup", "target group"),
	SUPPORT_FUNCTION("support-functions", "SupportFunction", "support function"),
	RESPITE_TYPE("respite-types", "RespiteType", "respite type"),
	FUNDING_ROUTE("funding-routes", "FundingRoute", "funding route"),
	AREA("areas", "Area", "area"),
	TERM("terms", "Term", "glossary term"),
	ORGANISATION("organisations", "Organisation", "organisation"),
	OFFERING("offerings", "Offering", "offering"),
	NETWORK("networks", "Network", "network");

	private final String folder;

	private final String label;

	private final String displayName;

	SeedKind(String folder, String label, String displayName) {
		this.folder = folder;
		this.label = label;
		this.displayName = displayName;
	}

	/** The dataset folder holding this kind's files, e.g. {@code care-themes}. */
	public String folder() {
		return this.folder;
	}

	/** The Neo4j node label, e.g. {@code CareTheme}. */
	public String label() {
		return this.label;
	}

	/** How messages name one record of this kind. */
	public String displayName() {
		return this.displayName;
	}

	public static Optional<SeedKind> ofFolder(String folder) {
		return Arrays.stream(values()).filter((kind) -> kind.folder.equals(folder)).findFirst();
	}

}
