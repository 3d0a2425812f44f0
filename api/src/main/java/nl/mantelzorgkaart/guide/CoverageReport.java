package nl.mantelzorgkaart.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import nl.mantelzorgkaart.area.Area;
import nl.mantelzorgkaart.graph.ClientMessage;
import nl.mantelzorgkaart.graph.Ids;
import nl.mantelzorgkaart.graph.InvalidArgumentException;
import nl.mantelzorgkaart.graph.NotFoundException;
import nl.mantelzorgkaart.graph.Status;
import nl.mantelzorgkaart.guide.Coverage.Cell;
import nl.mantelzorgkaart.guide.Coverage.RespiteTypeCoverage;
import nl.mantelzorgkaart.guide.Coverage.Row;
import nl.mantelzorgkaart.guide.Coverage.SubArea;
import nl.mantelzorgkaart.guide.GuideGraph.Context;
import nl.mantelzorgkaart.offering.Offering;
import nl.mantelzorgkaart.taxonomy.Taxa.RespiteType;
import nl.mantelzorgkaart.taxonomy.Taxa.SupportFunction;
import nl.mantelzorgkaart.taxonomy.Taxa.TargetGroup;
import org.springframework.stereotype.Service;

/**
 * The coverage report: what exists in an area per support function and target group, and where the gaps
 * are, as MantelzorgNL asks municipalities to map it. Two database reads (context, offerings); the matrix is
 * built in Java.
 *
 * <p>
 * Decisions: a row counts the offerings for its group and every group within it (rolled up); an
 * offering counts as local when it serves the area, an area within it, or a region or municipality the
 * area lies in; offerings for the province or the whole country are shown apart and do not fill a gap;
 * only active offerings fill a cell, planned ones are listed beside it, ended ones are left out.
 */
@Service
public class CoverageReport {

	private final GuideGraph graph;

	CoverageReport(GuideGraph graph) {
		this.graph = graph;
	}

	/** The report for a municipality, district or region; NOT_FOUND when there is none, BAD_REQUEST for a larger area. */
	public Coverage of(String areaId) {
		Ids.require("area", areaId);
		Context context = this.graph.aroundArea(areaId);
		if (context.scope() == null) {
			throw new NotFoundException("area", areaId);
		}
		if (!context.scope().area().kind().isLocal()) {
			// A province or the country would list every offering in it, cell by cell: too much for one answer.
			throw new InvalidArgumentException("area", "api.coverage.scope", areaId,
					ClientMessage.word("api.areaKind." + context.scope().area().kind().name()));
		}
		Vocabulary vocabulary = context.vocabulary();
		AreaScope scope = context.scope();
		List<OfferingFacts> all = this.graph.offerings(scope)
			.stream()
			.sorted(Comparator.comparing((OfferingFacts f) -> f.offering().name().toLowerCase(Locale.ROOT))
				.thenComparing(OfferingFacts::id))
			.toList();
		List<OfferingFacts> local = all.stream().filter((f) -> serves(f, scope.local())).toList();
		List<OfferingFacts> wider = all.stream()
			.filter((f) -> !serves(f, scope.local()) && serves(f, scope.wider()))
			.filter(CoverageReport::active)
			.toList();
		List<OfferingFacts> active = local.stream().filter(CoverageReport::active).toList();
		List<OfferingFacts> planned = local.stream()
			.filter((f) -> f.offering().status() == Status.PLANNED)
			.toList();

		List<SupportFunction> functions = vocabulary.supportFunctions();
		List<Row> rows = new ArrayList<>();
		int emptyCells = 0;
		for (TargetGroup group : vocabulary.groupsInTreeOrder()) {
			Set<String> groups = vocabulary.withSubGroups(group.id());
			Predicate<OfferingFacts> inRow = (f) -> f.targetGroups().stream().anyMatch(groups::contains);
			List<Cell> cells = new ArrayList<>();
			List<SupportFunction> emptyFunctions = new ArrayList<>();
			for (SupportFunction function : functions) {
				Predicate<OfferingFacts> inCell = inRow.and((f) -> f.supportFunctions().contains(function.id()));
				Cell cell = new Cell(function, offerings(active, inCell), offerings(planned, inCell),
						offerings(wider, inCell));
				cells.add(cell);
				if (cell.empty()) {
					emptyFunctions.add(function);
				}
			}
			boolean caregivers = vocabulary.root(group.id()).equals(Vocabulary.CAREGIVERS);
			if (caregivers) {
				emptyCells += emptyFunctions.size();
			}
			rows.add(new Row(group, vocabulary.chain(group.id()).size() - 1, caregivers, cells,
					(int) active.stream().filter(inRow).count(), emptyFunctions));
		}

		List<RespiteTypeCoverage> respite = new ArrayList<>();
		for (RespiteType type : vocabulary.respiteTypes().values()) {
			Predicate<OfferingFacts> gives = (f) -> f.respiteTypes().contains(type.id());
			respite.add(new RespiteTypeCoverage(type, offerings(active, gives), offerings(planned, gives),
					offerings(wider, gives)));
		}
		List<RespiteType> missing = respite.stream().filter((r) -> !r.present()).map(RespiteTypeCoverage::respiteType)
			.toList();

		List<Area> areas = scope.inside().stream().map(scope.areas()::get).toList();
		return new Coverage(scope.area(), areas, functions, rows, respite, missing,
				subAreas(scope, vocabulary, active), active.size(), wider.size(), emptyCells);
	}

	/** For each area within: the active offerings a resident there can use, and what is missing. */
	private static List<SubArea> subAreas(AreaScope scope, Vocabulary vocabulary, List<OfferingFacts> active) {
		Set<String> aroundArea = new LinkedHashSet<>(scope.local());
		aroundArea.removeAll(scope.inside());
		aroundArea.add(scope.area().id());
		List<SubArea> subAreas = new ArrayList<>();
		scope.inside()
			.stream()
			.filter((id) -> !id.equals(scope.area().id()))
			.map(scope.areas()::get)
			.sorted(Comparator.comparingInt(AreaScope::remoteness).reversed().thenComparing(Area::name))
			.forEach((area) -> {
				Set<String> forResidents = new LinkedHashSet<>(aroundArea);
				forResidents.addAll(below(area.id(), scope.parents()));
				above(area.id(), scope.parents()).stream().filter(scope.inside()::contains).forEach(forResidents::add);
				List<OfferingFacts> there = active.stream().filter((f) -> serves(f, forResidents)).toList();
				List<OfferingFacts> usable = there.stream()
					.filter((f) -> f.targetGroups().stream().anyMatch((group) -> isForCaregivers(group, vocabulary)))
					.toList();
				List<SupportFunction> missingFunctions = vocabulary.supportFunctions()
					.stream()
					.filter((function) -> usable.stream().noneMatch((f) -> f.supportFunctions().contains(function.id())))
					.toList();
				List<RespiteType> missingRespite = vocabulary.respiteTypes()
					.values()
					.stream()
					.filter((type) -> usable.stream().noneMatch((f) -> f.respiteTypes().contains(type.id())))
					.toList();
				subAreas.add(new SubArea(area, there.size(), missingFunctions, missingRespite));
			});
		return subAreas;
	}

	/** Caregivers and the people they care for: what caregiver support is for. */
	private static boolean isForCaregivers(String group, Vocabulary vocabulary) {
		if (!vocabulary.targetGroups().containsKey(group)) {
			return false;
		}
		String root = vocabulary.root(group);
		return root.equals(Vocabulary.CAREGIVERS) || root.equals(Vocabulary.CARE_RECIPIENTS);
	}

	/** An area and every area within it, through the PART_OF links below the coverage area. */
	private static Set<String> below(String area, Map<String, List<String>> parents) {
		Set<String> below = new LinkedHashSet<>();
		below.add(area);
		boolean grew = true;
		while (grew) {
			grew = false;
			for (var link : parents.entrySet()) {
				if (!below.contains(link.getKey()) && link.getValue().stream().anyMatch(below::contains)) {
					below.add(link.getKey());
					grew = true;
				}
			}
		}
		return below;
	}

	/** The areas an area lies in, up to the coverage area. */
	private static Set<String> above(String area, Map<String, List<String>> parents) {
		Set<String> above = new LinkedHashSet<>();
		List<String> todo = new ArrayList<>(List.of(area));
		while (!todo.isEmpty()) {
			for (String parent : parents.getOrDefault(todo.remove(0), List.of())) {
				if (above.add(parent)) {
					todo.add(parent);
				}
			}
		}
		return above;
	}

	private static boolean serves(OfferingFacts facts, Set<String> areas) {
		return facts.servedAreas().stream().anyMatch(areas::contains);
	}

	private static boolean active(OfferingFacts facts) {
		return facts.offering().status() == Status.ACTIVE;
	}

	private static List<Offering> offerings(List<OfferingFacts> facts, Predicate<OfferingFacts> filter) {
		return facts.stream().filter(filter).map(OfferingFacts::offering).toList();
	}

}
