package nl.mantelzorgkaart.search;

/** The kinds of records the search finds: each is one Lucene document. */
public enum SearchKind {

	OFFERING("Offering"), ORGANISATION("Organisation"), NETWORK("Network"), TERM("Term");

	private final String label;

	SearchKind(String label) {
		this.label = label;
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
