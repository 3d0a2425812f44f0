package nl.mantelzorgkaart.knowledge;

import java.time.LocalDate;

import nl.mantelzorgkaart.graph.Props;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;

/**
 * Where records' facts come from: a seed document ({@code file}) or a public source outside the seeds,
 * with its address and the date it was read ({@code url}, {@code readOn}).
 */
public record Source(String id, String file, String title, String publisher, LocalDate date, String datePrecision,
		String url, LocalDate readOn) {

	public static Source from(Node node) {
		return new Source(Props.text(node, "id"), Props.text(node, "file"), Props.text(node, "title"),
				Props.text(node, "publisher"), Props.date(node, "date"), Props.text(node, "datePrecision"),
				Props.text(node, "url"), Props.date(node, "readOn"));
	}

	/** A record's citation of a source, with the section the facts are in. */
	public record Citation(Source source, String section) {

		/**
		 * The citations of many records of one label in one query.
		 * @param label the records' node label (a constant of the caller, never client input)
		 */
		public static <P> java.util.Map<P, java.util.List<Citation>> of(nl.mantelzorgkaart.graph.GraphReads graph,
				java.util.List<P> records, java.util.function.Function<P, String> idOf, String label) {
			return graph.related(records, idOf, """
					MATCH (p:%s)-[c:CITED_IN]->(s:Source) WHERE p.id IN $ids
					RETURN p.id AS parent, s, c.section AS section ORDER BY s.date DESC, c.section""".formatted(label),
					Citation::from);
		}

		/** Reads rows of {@code s} (the source node) and {@code section}. */
		public static Citation from(Record record) {
			return new Citation(Source.from(record.get("s").asNode()), record.get("section").asString());
		}

	}

}
