package nl.mantelzorgkaart.search;

/** The kinds of records the search finds: each is one Lucene document. */
public enum SearchKind {

	OFFERING("Offering", "MATCH (n:Offering) WHERE n.id IN $ids RETURN n"),
	ORGANISATION("Organisation", "MATCH (n:Organisation) WHERE n.id IN $ids RETURN n"),
	NETWORK("Network", "MATCH (n:Network) WHERE n.id IN $ids RETURN n"), TERM("Term", "MATCH (n:Term) WHERE n.id IN $ids RETURN n");

	private final String label;

	private final String recordsById;

	/** @param recordsById the nodes of this kind with the ids {@code $ids} ({@code n}): beside the label it names */
	SearchKind(String label, String recordsById) {
		this.label = label;
		this.recordsById = recordsById;
	}

	/** The Cypher that reads the records of this kind with the ids {@code $ids}, as {@code n}. */
	public String recordsById() {
		return this.recordsById;
	}

	/** The graph label of records of this kind. */
	public String label() {
		return this.label;
	}

	/** The value stored in the index and used as the facet value. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Glossary terms hold for every place: area and distance filters never hide them. */
	public boolean placeIndependent() {
		return this == TERM;
	}

}
