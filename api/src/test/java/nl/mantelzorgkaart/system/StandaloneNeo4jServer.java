package nl.mantelzorgkaart.system;

import java.nio.file.Path;

/**
 * A Neo4j "server" for tests of the external mode: run in its own JVM, it starts a database with
 * Bolt on the given loopback port, prints {@code READY <port>}, and stops when its standard input
 * closes.
 */
public final class StandaloneNeo4jServer {

	private StandaloneNeo4jServer() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]), Integer.parseInt(args[1]), 64L << 20);
		neo4j.awaitReady();
		System.out.println("READY " + neo4j.boltUri().getPort());
		System.out.flush();
		while (System.in.read() != -1) {
			// wait for the test to close our input
		}
		neo4j.close();
	}

}
