package nl.mantelzorgkaart.search.index;

import java.nio.file.Path;

import nl.mantelzorgkaart.search.analysis.CareAnalyzers;
import nl.mantelzorgkaart.search.places.PlaceNames;
import nl.mantelzorgkaart.system.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

/**
 * A child JVM for the crash tests: starts the embedded database on a data directory that holds the graph,
 * builds the search index in {@code <directory>/search-index} from it as the application does, and halts
 * the JVM on the spot (as {@code kill -9} would) half way through the records.
 */
public final class IndexBuildKilledHalfWay {

	private IndexBuildKilledHalfWay() {
	}

	public static void main(String[] args) {
		Path directory = Path.of(args[0]);
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(directory, 0, 64L << 20);
		neo4j.awaitReady();
		Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
		GraphEntries graph = new GraphEntries(driver, SessionConfig.defaultConfig());
		SearchIndex index = new SearchIndex(directory.resolve("search-index"), CareAnalyzers.load());
		int[] handed = { 0 };
		index.rebuild((sink) -> graph.read(new SearchIndex.Sink() {

			@Override
			public void accept(IndexEntry entry) {
				sink.accept(entry);
				if (++handed[0] == 150) {
					System.out.println("KILLED INDEX BUILD after " + handed[0] + " records");
					System.out.flush();
					Runtime.getRuntime().halt(137);
				}
			}

			@Override
			public void places(PlaceNames names) {
				sink.places(names);
			}

		}));
		System.out.println("FINISHED without being killed after " + handed[0] + " records");
		Runtime.getRuntime().halt(0);
	}

}
