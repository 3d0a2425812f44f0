package nl.mantelzorgkaart.graph;

/** The {@code Sort} input: a field and a direction, by name by default. */
public record Sort(Field field, Direction direction) {

	/** Sortable fields; each has a sort key expression over the node {@code n}. */
	public enum Field {

		NAME("coalesce(n.nameKey, toLower(coalesce(n.name, n.term)))"), LAST_VERIFIED("toString(n.lastVerified)");

		private final String key;

		Field(String key) {
			this.key = key;
		}

		/** A Cypher expression from this fixed list, never from client input. */
		String keyExpression() {
			return this.key;
		}

	}

	/** Sort directions. */
	public enum Direction {

		ASC, DESC

	}

	public static final Sort DEFAULT = new Sort(Field.NAME, Direction.ASC);

	public Sort {
		field = (field != null) ? field : Field.NAME;
		direction = (direction != null) ? direction : Direction.ASC;
	}

	public static Sort orDefault(Sort sort) {
		return (sort != null) ? sort : DEFAULT;
	}

}
