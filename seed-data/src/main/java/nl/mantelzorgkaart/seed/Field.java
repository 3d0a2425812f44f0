package nl.mantelzorgkaart.seed;

import java.util.Set;

/**
 * One field of a record kind: its type, whether it is required, and, for references, the kind it
 * points at and the relationship it becomes in the graph.
 *
 * @param relationship relationship type in the graph (references only)
 * @param incoming whether the relationship points from the referenced node to this record, as in
 * {@code (:Organisation)-[:OFFERS]->(:Offering)} for an offering's organisers
 */
public record Field(String name, Type type, boolean required, SeedKind target, String relationship, boolean incoming,
		Set<String> allowed) {

	/** What a field holds. */
	public enum Type {

		STRING, INT, DATE, LATITUDE, LONGITUDE, URL, EMAIL, ENUM, ENUM_LIST, STRING_LIST, REF, REF_LIST, SOURCES,
		LOCATIONS, EXPLAINS

	}

	static Field string(String name, boolean required) {
		return new Field(name, Type.STRING, required, null, null, false, Set.of());
	}

	static Field of(String name, Type type, boolean required) {
		return new Field(name, type, required, null, null, false, Set.of());
	}

	static Field oneOf(String name, boolean required, String... values) {
		return new Field(name, Type.ENUM, required, null, null, false, Set.of(values));
	}

	static Field anyOf(String name, String... values) {
		return new Field(name, Type.ENUM_LIST, false, null, null, false, Set.of(values));
	}

	static Field ref(String name, boolean required, SeedKind target, String relationship) {
		return new Field(name, Type.REF, required, target, relationship, false, Set.of());
	}

	static Field refs(String name, boolean required, SeedKind target, String relationship) {
		return new Field(name, Type.REF_LIST, required, target, relationship, false, Set.of());
	}

	static Field refsIncoming(String name, boolean required, SeedKind target, String relationship) {
		return new Field(name, Type.REF_LIST, required, target, relationship, true, Set.of());
	}

	boolean isReference() {
		return this.type == Type.REF || this.type == Type.REF_LIST;
	}

}
