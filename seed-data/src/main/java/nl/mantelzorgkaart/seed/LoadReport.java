package nl.mantelzorgkaart.seed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a load did: records read per kind, nodes per label in the graph afterwards, and the records
 * the graph holds that the files no longer have (reported, and deleted only when asked).
 */
public record LoadReport(Map<SeedKind, Integer> recordsLoaded, Map<String, Long> nodesInGraph, long relationshipsInGraph,
		Map<SeedKind, List<String>> notInFiles, boolean pruned, Duration duration) {

	public int totalRecords() {
		return this.recordsLoaded.values().stream().mapToInt(Integer::intValue).sum();
	}

	public double recordsPerSecond() {
		double seconds = Math.max(this.duration.toNanos() / 1e9, 1e-9);
		return totalRecords() / seconds;
	}

	/** A human-readable summary, one line per kind. */
	public String summary() {
		StringBuilder text = new StringBuilder();
		text.append(String.format("Loaded %,d records in %.1f s (%,.0f records/s)%n", totalRecords(),
				this.duration.toMillis() / 1000.0, recordsPerSecond()));
		this.recordsLoaded.forEach((kind, count) -> text.append(String.format("  %-18s %,9d records, %,9d nodes%n",
				kind.folder(), count, this.nodesInGraph.getOrDefault(kind.label(), 0L))));
		text.append(String.format("  %-18s %,9d nodes%n", "locations", this.nodesInGraph.getOrDefault("Location", 0L)));
		text.append(String.format("  %-18s %,9d%n", "relationships", this.relationshipsInGraph));
		this.notInFiles.forEach((kind, ids) -> {
			if (!ids.isEmpty()) {
				text.append(String.format("  %s %d %s(s) in the graph no longer in the files: %s%n",
						this.pruned ? "Deleted" : "Kept (use --prune to delete)", ids.size(), kind.displayName(),
						ids.stream().limit(20).collect(Collectors.joining(", ")) + (ids.size() > 20 ? ", ..." : "")));
			}
		});
		return text.toString();
	}

}
