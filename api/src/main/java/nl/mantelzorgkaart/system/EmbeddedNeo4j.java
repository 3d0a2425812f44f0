package nl.mantelzorgkaart.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside this JVM, reachable over Bolt on loopback only and with a password (see
 * {@link Password}), so that the driver
 * and Spring Data Neo4j talk to it exactly as to a server. Authentication is off because nothing
 * off this machine can connect.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** The size at which a transaction log file is rotated (Neo4j's default: 256 MB, preallocated). */
	static final long TX_LOG_ROTATION_BYTES = 4L * 1024 * 1024;

	private final CompletableFuture<DatabaseManagementService> service;

	private final URI boltUri;

	private final Path dataDirectory;

	private final String password;

	private EmbeddedNeo4j(CompletableFuture<DatabaseManagementService> service, URI boltUri, Path dataDirectory,
			String password) {
		this.service = service;
		this.boltUri = boltUri;
		this.dataDirectory = dataDirectory;
		this.password = password;
	}

	/** The file in the data directory that keeps the password of the database's user {@code neo4j}. */
	static final String PASSWORD_FILE = "bolt-password";

	/** The database's only user: the application signs in as it. */
	static final String USER = "neo4j";

	/**
	 * The password of the database's user, made on the first start (24 random bytes) and kept in the data
	 * directory, readable by its owner only where the file system can say so: Bolt on loopback is reachable by
	 * every process on the machine, so it asks for a password (issue 20).
	 * <p>
	 * For this start: the kept one, or a new one that {@link #build} gives the database user and
	 * only then writes to the data directory. So a kept file always holds the password the database has, and a
	 * restart need not set it again (that {@code ALTER USER}, the first Cypher of the JVM, cost seconds of every
	 * start).
	 */
	record Password(String value, boolean kept) {

		static Password of(Path directory) {
			Path file = directory.resolve(PASSWORD_FILE);
			try {
				if (Files.isRegularFile(file)) {
					String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
					if (!kept.isEmpty()) {
						return new Password(kept, true);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the database password in " + file
						+ " (set MANTELZORGKAART_DATA_DIR to a readable directory)", ex);
			}
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			return new Password(Base64.getUrlEncoder().withoutPadding().encodeToString(random), false);
		}

		void keep(Path directory) {
			Path file = directory.resolve(PASSWORD_FILE);
			try {
				Path temporary = directory.resolve(PASSWORD_FILE + ".new");
				Files.deleteIfExists(temporary);
				if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
					Files.createFile(temporary,
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				}
				Files.writeString(temporary, this.value + "\n", StandardCharsets.UTF_8);
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot keep the database password in " + file
						+ " (set MANTELZORGKAART_DATA_DIR to a writable directory)", ex);
			}
		}

	}

	/** What the driver signs in with. */
	public AuthToken authToken() {
		return AuthTokens.basic(USER, this.password);
	}

	/** Free space below which the database is not started: its store, logs and the search index need room. */
	static final long MIN_FREE_SPACE = 64L << 20;

	private static long usableSpace(Path directory) {
		try {
			return Files.getFileStore(directory).getUsableSpace();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the free space of the disk of " + directory, ex);
		}
	}

	/**
	 * Refuses to start on a full disk with a message that says so (issue 20: a first start on a full disk
	 * said "Database name 'system' is invalid", a later one that the directory was not writable).
	 */
	static void requireRoom(Path directory, long usable) {
		if (usable < MIN_FREE_SPACE) {
			throw new IllegalStateException("The disk of the database directory " + directory + " has "
					+ (usable >> 20) + " MB free; the database needs at least " + (MIN_FREE_SPACE >> 20)
					+ " MB to start. Make room on that disk, or set MANTELZORGKAART_DATA_DIR to a directory on a disk "
					+ "with room; do not delete files in the data directory to make room.");
		}
	}

	/**
	 * Starts a database in {@code dataDirectory} (created when missing) with Bolt on
	 * {@code 127.0.0.1:port} in the background, and returns at once: Neo4j's ~5 s start-up then
	 * overlaps with the application's own. Port 0 picks a free port up front, so that the address is
	 * known before the database is up; {@link #awaitReady()} waits for it.
	 */
	public static EmbeddedNeo4j start(Path dataDirectory, int port, long pageCacheBytes) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the database directory " + directory
					+ " (set MANTELZORGKAART_DATA_DIR to a writable directory)", ex);
		}
		if (!Files.isWritable(directory)) {
			throw new IllegalStateException("The database directory " + directory
					+ " is not writable (set MANTELZORGKAART_DATA_DIR to a writable directory)");
		}
		requireRoom(directory, usableSpace(directory));
		int boltPort = (port != 0) ? port : freePort();
		Password password = Password.of(directory);
		CompletableFuture<DatabaseManagementService> service = new CompletableFuture<>();
		Thread starter = new Thread(() -> {
			DatabaseManagementService started;
			try {
				started = build(directory, boltPort, pageCacheBytes, password);
			}
			catch (Throwable ex) {
				service.completeExceptionally(ex);
				return;
			}
			service.complete(started);
			warmUp(started);
		}, "embedded-neo4j-start");
		starter.setDaemon(true);
		starter.start();
		return new EmbeddedNeo4j(service, URI.create("bolt://127.0.0.1:" + boltPort), directory, password.value());
	}

	private static DatabaseManagementService build(Path directory, int port, long pageCacheBytes, Password password) {
		long started = System.nanoTime();
		// A new database gets its password as neo4j-admin's set-initial-password gives it, before the first start;
		// an existing one without a kept password (from before passwords) gets it with ALTER USER below.
		boolean fresh = !password.kept() && !Files.isDirectory(directory.resolve("data").resolve("databases").resolve("system"));
		if (fresh) {
			initialPassword(directory, password.value());
		}
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(directory)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
			// A small store (issue 20: 520 MB for the seed data): Neo4j preallocates every transaction log to its
			// rotation size (256 MB, per database, system included) and keeps two days of them. The graph is
			// curated data that a seed load can rebuild, and recovery needs only the logs since the last
			// checkpoint: unallocated logs, rotated at 4 MB, of which the last two files are kept.
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, TX_LOG_ROTATION_BYTES)
			.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
			// Neo4j's anonymous usage report (its module is left out of the jar as well): no calls to neo4j.com.
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			// Neo4j 5.26's in-JVM local connector does not work with the Netty 4.2 the driver needs.
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.build();
		try {
			GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
			var address = system.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			if (address == null) {
				throw new IllegalStateException("Neo4j's Bolt connector did not bind 127.0.0.1:" + port
						+ " (is the port in use? set MANTELZORGKAART_BOLT_PORT)");
			}
			if (!password.kept()) {
				if (fresh) {
					// Read once, when the system database was created; it holds the password's hash.
					try {
						Files.deleteIfExists(initialPasswordFile(directory));
					}
					catch (IOException ex) {
						log.warn("Could not delete {}: {}", initialPasswordFile(directory), ex.toString());
					}
				}
				else {
					setPassword(system, password.value());
				}
				password.keep(directory);
			}
			log.info("Embedded Neo4j started in {} ms: data in {}, Bolt on 127.0.0.1:{}",
					(System.nanoTime() - started) / 1_000_000, directory, address.getPort());
			return service;
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
	}

	/**
	 * Writes the initial password of the user {@code neo4j} where Neo4j reads it when it creates its system
	 * database ({@code data/dbms/auth.ini}, as {@code neo4j-admin dbms set-initial-password} does): a first start
	 * then needs no {@code ALTER USER}, which as the JVM's first Cypher statement cost seconds.
	 */
	private static void initialPassword(Path directory, String password) {
		Path file = initialPasswordFile(directory);
		try (DefaultFileSystemAbstraction files = new DefaultFileSystemAbstraction()) {
			Files.deleteIfExists(file); // from a first start cut off before the database was created
			Files.createDirectories(file.getParent());
			FileUserRepository users = new FileUserRepository(files, file, NullLogProvider.getInstance(),
					EmptyMemoryTracker.INSTANCE);
			users.start();
			users.create(new User(USER, null, SystemGraphCredential
				.createCredentialForPassword(password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
			users.shutdown();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot prepare the database password in " + file, ex);
		}
	}

	private static Path initialPasswordFile(Path directory) {
		return CommunitySecurityModule
			.getInitialUserRepositoryFile(Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, directory).build());
	}

	/**
	 * Gives the user {@code neo4j} a new password, through the embedded API (which needs none): on the first
	 * start it replaces Neo4j's default, and a data directory from before passwords (or whose password file was
	 * lost) gets one.
	 */
	private static void setPassword(GraphDatabaseAPI system, String password) {
		try {
			system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
					java.util.Map.of("password", password));
		}
		catch (RuntimeException ex) {
			// Setting the password it already has is refused: nothing to do.
			if (!String.valueOf(ex.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("same")) {
				throw ex;
			}
		}
	}

	/**
	 * The first Cypher statements in a JVM pay seconds for loading and compiling Cypher's planner;
	 * paying that here, in the background, spares the first real request.
	 */
	private static void warmUp(DatabaseManagementService service) {
		long started = System.nanoTime();
		try {
			var database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			database.executeTransactionally("MATCH (n) WHERE n.id = $id RETURN count(n) AS c", java.util.Map.of("id", ""));
			database.executeTransactionally("SHOW CONSTRAINTS YIELD name RETURN count(name) AS c");
			database.executeTransactionally("UNWIND $rows AS row MERGE (n:__WarmUp {id: row}) DELETE n",
					java.util.Map.of("rows", java.util.List.of("x")));
			log.debug("Cypher warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.debug("Cypher warm-up skipped: {}", ex.getMessage());
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot find a free loopback port for Neo4j's Bolt connector", ex);
		}
	}

	/** Waits until the database accepts connections; rethrows why it could not start. */
	public void awaitReady() {
		try {
			this.service.get(5, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the embedded Neo4j", ex);
		}
		catch (ExecutionException ex) {
			if (lockedByAnother(ex.getCause())) {
				throw new IllegalStateException("The data directory " + this.dataDirectory + " is in use by another"
						+ " running instance of the application (its database is locked). Stop that one first, or give"
						+ " this one a data directory of its own (MANTELZORGKAART_DATA_DIR); do not delete the directory,"
						+ " it belongs to the running one.", ex.getCause());
			}
			throw new IllegalStateException("The embedded Neo4j in " + this.dataDirectory + " could not start: "
					+ ex.getCause().getMessage(), ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("The embedded Neo4j did not start within 5 minutes", ex);
		}
	}

	/** Whether a start failed because another process holds the store's lock. */
	static boolean lockedByAnother(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String type = cause.getClass().getSimpleName();
			String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
			if (type.contains("StoreLock") || type.contains("FileLock")
					|| (message.contains("lock") && (message.contains("store") || message.contains("another")))) {
				return true;
			}
		}
		return false;
	}

	public URI boltUri() {
		return this.boltUri;
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * One database per data directory per JVM, shared by every application context that asks for it
	 * (the early start and the bean; test contexts), closed when the last user lets go.
	 */
	public static final class Registry {

		private static final java.util.Map<Path, EmbeddedNeo4j> RUNNING = new java.util.HashMap<>();

		private static final java.util.Map<Path, Integer> USERS = new java.util.HashMap<>();

		static {
			Runtime.getRuntime().addShutdownHook(new Thread(Registry::closeAll, "embedded-neo4j-stop"));
		}

		private Registry() {
		}

		/** The running database for these settings, started when there is none; not counted as a use. */
		public static synchronized EmbeddedNeo4j obtain(Neo4jSettings.Embedded settings) {
			Path directory = settings.dataDirectory().toAbsolutePath().normalize();
			return RUNNING.computeIfAbsent(directory,
					(key) -> start(key, settings.boltPort(), settings.pageCache().toBytes()));
		}

		/** Like {@link #obtain}, counted: the database stays up until every {@link #release} is done. */
		public static synchronized EmbeddedNeo4j acquire(Neo4jSettings.Embedded settings) {
			EmbeddedNeo4j neo4j = obtain(settings);
			USERS.merge(neo4j.dataDirectory, 1, Integer::sum);
			return neo4j;
		}

		public static synchronized void release(EmbeddedNeo4j neo4j) {
			int users = USERS.merge(neo4j.dataDirectory, -1, Integer::sum);
			if (users <= 0) {
				USERS.remove(neo4j.dataDirectory);
				RUNNING.remove(neo4j.dataDirectory);
				neo4j.close();
			}
		}

		private static synchronized void closeAll() {
			RUNNING.values().forEach(EmbeddedNeo4j::close);
			RUNNING.clear();
		}

	}

	/** How long a stop may take before the process ends without waiting for it (issue 20). */
	static final Duration STOP_BOUND = Duration.ofSeconds(20);

	/**
	 * Stops the database, waiting at most {@code bound}. Neo4j flushes its page cache on the way down and,
	 * on a full disk, retries that flush without end at full CPU, so SIGTERM never ended the process. Past the
	 * bound the stop is left to run in a daemon thread and the process may end: what was committed is in the
	 * transaction log, which the next start recovers from, as after a crash.
	 */
	private void stopWithin(DatabaseManagementService running, Duration bound) throws InterruptedException {
		Thread stopper = new Thread(running::shutdown, "embedded-neo4j-shutdown");
		stopper.setDaemon(true);
		stopper.start();
		stopper.join(bound.toMillis());
		if (stopper.isAlive()) {
			long free = -1;
			try {
				free = Files.getFileStore(this.dataDirectory).getUsableSpace() >> 20;
			}
			catch (IOException ex) {
				// the message below says it cannot tell
			}
			log.error("The embedded Neo4j in {} did not stop within {} s ({}); the process ends without waiting. "
					+ "Committed data is in the transaction log and is recovered at the next start.", this.dataDirectory,
					bound.toSeconds(), (free < 0) ? "free disk space unknown"
							: (free < (MIN_FREE_SPACE >> 20)) ? "its disk is full: " + free + " MB free" : free + " MB free on its disk");
		}
	}

	@Override
	public void close() {
		try {
			DatabaseManagementService running = this.service.get(5, TimeUnit.MINUTES);
			log.info("Stopping embedded Neo4j ({})", this.dataDirectory);
			stopWithin(running, STOP_BOUND);
		}
		catch (ExecutionException ex) {
			// it never started: nothing to stop
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (TimeoutException ex) {
			log.warn("The embedded Neo4j was still starting at shutdown");
		}
	}

}
