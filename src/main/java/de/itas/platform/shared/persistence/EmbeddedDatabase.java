package de.itas.platform.shared.persistence;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server started from the binaries bundled in the application, with its data in a
 * directory that survives restarts.
 * <p>
 * All application contexts of one JVM that point at the same directory share one server (tests start
 * several contexts; they must not start several servers). The server stops when the last context that
 * uses it closes: we stop it from Spring's shutdown rather than zonky's own hook, which would stop it
 * while Spring still closes connections.
 */
final class EmbeddedDatabase implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static final Map<Path, EmbeddedDatabase> RUNNING = new HashMap<>();

	private final Path directory;
	private final EmbeddedPostgres postgres;
	private int users;

	private EmbeddedDatabase(Path directory, EmbeddedPostgres postgres) {
		this.directory = directory;
		this.postgres = postgres;
	}

	/** Starts the server for these settings or joins the one already running in this JVM. */
	static synchronized EmbeddedDatabase acquire(EmbeddedDatabaseSettings settings) {
		Path directory = settings.databaseDir();
		EmbeddedDatabase database = RUNNING.get(directory);
		if (database == null) {
			database = new EmbeddedDatabase(directory, start(settings, directory));
			RUNNING.put(directory, database);
		}
		database.users++;
		return database;
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	int port() {
		return postgres.getPort();
	}

	@Override
	public void close() {
		synchronized (EmbeddedDatabase.class) {
			if (--users > 0) {
				return;
			}
			RUNNING.remove(directory);
		}
		try {
			postgres.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly: {}", ex.getMessage());
		}
	}

	private static EmbeddedPostgres start(EmbeddedDatabaseSettings settings, Path directory) {
		prepareDirectory(directory);
		if (settings.port() > 0 && !portIsFree(settings.port())) {
			throw new EmbeddedDatabaseStartException("Port " + settings.port() + " is already in use",
					"Free the port or set PLATFORM_EMBEDDEDDATABASE_PORT to another port (0 picks a free one).");
		}
		stopOrphanedServer(directory);
		if (settings.clean()) {
			// zonky wipes the directory only when it closes; a killed run leaves it behind and initdb refuses it
			wipe(directory);
		}
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(settings.clean())
				.setRegisterShutdownHook(false)
				.setPGStartupWait(settings.startupTimeout())
				// zonky defaults to test settings; this database holds real data
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_connections", "100");
			if (settings.port() > 0) {
				builder.setPort(settings.port());
			}
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(), directory);
			return postgres;
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedDatabaseStartException(rootMessage(ex),
					"Check that " + directory + " is writable and not used by another instance, "
							+ "or configure an external database with SPRING_DATASOURCE_URL.");
		}
	}

	private static void wipe(Path directory) {
		try {
			FileSystemUtils.deleteRecursively(directory);
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseStartException("Cannot empty the data directory " + directory,
					"Remove the directory by hand, or check that it is writable.");
		}
	}

	private static void prepareDirectory(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseStartException("Cannot create the data directory " + directory,
					"Set ITAS_DATA_DIR to a writable directory.");
		}
		if (!Files.isWritable(directory)) {
			throw new EmbeddedDatabaseStartException("The data directory " + directory + " is not writable",
					"Set ITAS_DATA_DIR to a writable directory.");
		}
	}

	/**
	 * After a hard kill of the application its PostgreSQL child keeps running and blocks the next start.
	 * If no live application holds zonky's lock on the directory, a server named in postmaster.pid is such
	 * an orphan and is stopped. Another application that still runs on this directory holds the lock, so
	 * its server is left alone (and zonky refuses to start a second one).
	 */
	private static void stopOrphanedServer(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(directory.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				return;
			}
			Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
			if (orphan.isPresent()) {
				log.warn("Stopping orphaned PostgreSQL process {} left behind by an earlier run", orphan.get().pid());
				orphan.get().destroy();
				orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
			Files.deleteIfExists(pidFile);
		}
		catch (java.nio.channels.OverlappingFileLockException ex) {
			// this JVM holds the lock already: the server is ours and alive
		}
		catch (Exception ex) {
			log.warn("Could not check for an orphaned PostgreSQL process: {}", ex.getMessage());
		}
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean portIsFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(false);
			socket.bind(new InetSocketAddress("localhost", port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
	}

}
