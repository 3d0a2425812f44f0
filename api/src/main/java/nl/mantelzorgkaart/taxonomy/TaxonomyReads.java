package nl.mantelzorgkaart.taxonomy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.taxonomy.Taxa.Taxonomy;
import nl.mantelzorgkaart.taxonomy.Taxa.TaxonomyCount;
import org.springframework.stereotype.Component;

/** Every vocabulary with its number of offerings, optionally within an area: for filter lists. */
@Component
public class TaxonomyReads {

	private final GraphReads graph;

	TaxonomyReads(GraphReads graph) {
		this.graph = graph;
	}

	/** The counts; NOT_FOUND for an unknown area. */
	public Taxonomy taxonomy(String area, Boolean includeEnded) {
		if (area != null) {
			Lookups.requireExists(this.graph, "Area", "area", "area", area);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("area", area);
		parameters.put("includeEnded", Boolean.TRUE.equals(includeEnded));
		return new Taxonomy(counts("(t:CareTheme)<-[:ADDRESSES]-(o:Offering)", "t.name", parameters),
				counts("(t:TargetGroup)<-[:PART_OF*0..]-(:TargetGroup)<-[:FOR]-(o:Offering)", "t.name", parameters),
				counts("(t:SupportFunction)<-[:FULFILS]-(o:Offering)", "t.order", parameters),
				counts("(t:RespiteType)<-[:GIVES_RESPITE_AS]-(o:Offering)", "t.name", parameters),
				counts("(t:FundingRoute)<-[:FUNDED_VIA]-(o:Offering)", "t.name", parameters));
	}

	/** Counts per value of one vocabulary; the pattern and order are fixed strings of this class. */
	private List<TaxonomyCount> counts(String pattern, String order, Map<String, Object> parameters) {
		String label = pattern.substring(pattern.indexOf(':') + 1, pattern.indexOf(')'));
		return this.graph.list("""
				MATCH (t:%s)
				OPTIONAL MATCH %s
				WHERE ($includeEnded OR o.status <> 'ended')
				  AND ($area IS NULL OR EXISTS { (o)-[:SERVES]->(:Area)-[:PART_OF*0..]->(:Area {id: $area}) })
				WITH t, count(DISTINCT o) AS offerings
				RETURN t.id AS id, t.name AS name, offerings ORDER BY %s""".formatted(label, pattern, order), parameters,
				(r) -> new TaxonomyCount(r.get("id").asString(), r.get("name").asString(), r.get("offerings").asInt()));
	}

}
