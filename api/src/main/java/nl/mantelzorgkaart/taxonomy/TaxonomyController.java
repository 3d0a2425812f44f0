package nl.mantelzorgkaart.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import nl.mantelzorgkaart.graph.Connection;
import nl.mantelzorgkaart.graph.GraphReads;
import nl.mantelzorgkaart.graph.Lookups;
import nl.mantelzorgkaart.offering.NestedOfferings;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.taxonomy.Taxa.CareTheme;
import nl.mantelzorgkaart.taxonomy.Taxa.FundingRoute;
import nl.mantelzorgkaart.taxonomy.Taxa.RespiteType;
import nl.mantelzorgkaart.taxonomy.Taxa.SupportFunction;
import nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup;
import nl.mantelzorgkaart.taxonomy.Taxa.Taxonomy;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The vocabulary types (care themes, target groups, support functions, respite types, funding
 * routes): lookups, their paged offerings, and the counts per value that filter lists show.
 */
@Controller
class TaxonomyController {

	private final GraphReads graph;

	private final NestedOfferings nestedOfferings;

	private final TaxonomyReads reads;

	TaxonomyController(GraphReads graph, NestedOfferings nestedOfferings, TaxonomyReads reads) {
		this.graph = graph;
		this.reads = reads;
		this.nestedOfferings = nestedOfferings;
	}

	@QueryMapping
	CareTheme careTheme(@Argument String id) {
		return Lookups.byId(this.graph, "CareTheme", "care theme", id, CareTheme::from);
	}

	@QueryMapping
	TargetGroup targetGroup(@Argument String id) {
		return Lookups.byId(this.graph, "TargetGroup", "target group", id, TargetGroup::from);
	}

	@QueryMapping
	SupportFunction supportFunction(@Argument String id) {
		return Lookups.byId(this.graph, "SupportFunction", "support function", id, SupportFunction::from);
	}

	@QueryMapping
	RespiteType respiteType(@Argument String id) {
		return Lookups.byId(this.graph, "RespiteType", "respite type", id, RespiteType::from);
	}

	@QueryMapping
	FundingRoute fundingRoute(@Argument String id) {
		return Lookups.byId(this.graph, "FundingRoute", "funding route", id, FundingRoute::from);
	}

	@QueryMapping
	Taxonomy taxonomy(@Argument String area, @Argument Boolean includeEnded) {
		return this.reads.taxonomy(area, includeEnded);
	}

	@BatchMapping
	Map<TargetGroup, TargetGroup> parent(List<TargetGroup> groups) {
		return this.graph.relatedOne(groups, TargetGroup::id, """
				MATCH (p:TargetGroup)-[:PART_OF]->(n:TargetGroup) WHERE p.id IN $ids
				RETURN p.id AS parent, n""", (r) -> TargetGroup.from(r.get("n").asNode()));
	}

	@BatchMapping
	Map<TargetGroup, List<TargetGroup>> children(List<TargetGroup> groups) {
		return this.graph.related(groups, TargetGroup::id, """
				MATCH (p:TargetGroup)<-[:PART_OF]-(n:TargetGroup) WHERE p.id IN $ids
				RETURN p.id AS parent, n ORDER BY n.ageMin, n.name""", (r) -> TargetGroup.from(r.get("n").asNode()));
	}

	@SchemaMapping(typeName = "CareTheme", field = "offerings")
	CompletableFuture<Connection<Offering>> careThemeOfferings(CareTheme theme, @Argument Integer first,
			@Argument String after, DataLoader<Object, Connection<Offering>> nestedOfferings) {
		return load(nestedOfferings, NestedOfferings.Relation.CARE_THEME, theme.id(), first, after);
	}

	@SchemaMapping(typeName = "TargetGroup", field = "offerings")
	CompletableFuture<Connection<Offering>> targetGroupOfferings(TargetGroup group, @Argument Integer first,
			@Argument String after, DataLoader<Object, Connection<Offering>> nestedOfferings) {
		return load(nestedOfferings, NestedOfferings.Relation.TARGET_GROUP, group.id(), first, after);
	}

	@SchemaMapping(typeName = "SupportFunction", field = "offerings")
	CompletableFuture<Connection<Offering>> supportFunctionOfferings(SupportFunction function, @Argument Integer first,
			@Argument String after, DataLoader<Object, Connection<Offering>> nestedOfferings) {
		return load(nestedOfferings, NestedOfferings.Relation.SUPPORT_FUNCTION, function.id(), first, after);
	}

	@SchemaMapping(typeName = "RespiteType", field = "offerings")
	CompletableFuture<Connection<Offering>> respiteTypeOfferings(RespiteType type, @Argument Integer first,
			@Argument String after, DataLoader<Object, Connection<Offering>> nestedOfferings) {
		return load(nestedOfferings, NestedOfferings.Relation.RESPITE_TYPE, type.id(), first, after);
	}

	@SchemaMapping(typeName = "FundingRoute", field = "offerings")
	CompletableFuture<Connection<Offering>> fundingRouteOfferings(FundingRoute route, @Argument Integer first,
			@Argument String after, DataLoader<Object, Connection<Offering>> nestedOfferings) {
		return load(nestedOfferings, NestedOfferings.Relation.FUNDING_ROUTE, route.id(), first, after);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private CompletableFuture<Connection<Offering>> load(DataLoader<Object, Connection<Offering>> loader,
			NestedOfferings.Relation relation, String id, Integer first, String after) {
		return this.nestedOfferings.load((DataLoader) loader, relation, id, first, after);
	}

}
