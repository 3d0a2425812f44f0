package nl.mantelzorgkaart.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** Reads node properties into Java values; absent properties read as null (or empty lists). */
public final class Props {

	private Props() {
	}

	public static String text(Node node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : value.asString();
	}

	public static Integer integer(Node node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : value.asInt();
	}

	public static Double decimal(Node node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : value.asDouble();
	}

	public static LocalDate date(Node node, String key) {
		Value value = node.get(key);
		return value.isNull() ? null : value.asLocalDate();
	}

	public static List<String> texts(Node node, String key) {
		Value value = node.get(key);
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

	/** Stored lowercase-dashed values (e.g. {@code at-home}) as GraphQL enum names ({@code AT_HOME}). */
	public static <E extends Enum<E>> E enumValue(Class<E> type, String stored, E fallback) {
		if (stored == null) {
			return fallback;
		}
		return Enum.valueOf(type, stored.replace('-', '_').toUpperCase(Locale.ROOT));
	}

	/** A GraphQL enum name as stored in the graph ({@code AT_HOME} to {@code at-home}). */
	public static String stored(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
