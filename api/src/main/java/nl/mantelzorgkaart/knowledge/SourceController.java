package nl.mantelzorgkaart.knowledge;

import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Lookups;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code Source} type: the documents the social map was built from. */
@Controller
class SourceController {

	private final GraphReads graph;

	SourceController(GraphReads graph) {
		this.graph = graph;
	}

	@QueryMapping
	Source source(@Argument String id) {
		return Lookups.byId(this.graph, "Source", "source", id, Source::from);
	}

	@QueryMapping
	List<Source> sources() {
		return this.graph.list("MATCH (n:Source) RETURN n ORDER BY n.date DESC, n.id", Map.of(),
				(r) -> Source.from(r.get("n").asNode()));
	}

}
