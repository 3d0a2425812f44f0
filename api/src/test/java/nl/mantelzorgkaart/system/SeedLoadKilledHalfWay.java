package nl.mantelzorgkaart.system;

import java.nio.file.Path;

import nl.mantelzorgkaart.seed.SeedDataset;
import nl.mantelzorgkaart.seed.SeedKind;
import nl.mantelzorgkaart.seed.SeedLoader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A child JVM for {@link CrashSafetyTests}: starts the embedded database in a directory and loads the seed
 * dataset in small batches, and halts the JVM on the spot (as {@code kill -9} would: no shutdown hooks,
 * nothing flushed by us) once a committed batch of the given kind brings it half way (or its first batch,
 * when that is more). Arguments: the directory, the kind, and {@code half} for batches of half that kind's
 * records (batches of 10 when left out).
 */
public final class SeedLoadKilledHalfWay {

	private SeedLoadKilledHalfWay() {
	}

	public static void main(String[] args) {
		Path directory = Path.of(args[0]);
		SeedKind killAt = SeedKind.valueOf(args[1]);
		SeedDataset dataset = new SeedDataset(GraphInitializer.classpathDataset());
		dataset.requireValid();
		// "half": batches of half the kind's records, so that the kill falls after its first batch of two.
		int batchSize = (args.length > 2 && args[2].equals("half"))
				? Math.max(1, dataset.ids().get(killAt).size() / 2) : 10;
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(directory, 0, 64L << 20);
		neo4j.awaitReady();
		Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
		new GraphSchemaMigrations(driver, null).apply();
		SeedLoader loader = new SeedLoader(driver, null, batchSize, (kind, done, total) -> {
			if (kind == killAt && done >= Math.min(batchSize, (total + 1) / 2) && done < total) {
				System.out.println("KILLED " + kind + " " + done + "/" + total);
				System.out.flush();
				Runtime.getRuntime().halt(137);
			}
		});
		loader.load(dataset, false);
		System.out.println("FINISHED without being killed");
		Runtime.getRuntime().halt(0);
	}

}
