package de.itas.platform.shared.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL of a data directory for the commands that work on the database without the
 * application (backup and restore): the server that already runs on the directory (an application started
 * it; postmaster.pid names its port), or one started here for as long as the command needs it.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

	private final int port;
	private final String password;
	private final EmbeddedDatabase started;

	private EmbeddedDatabaseServer(int port, String password, EmbeddedDatabase started) {
		this.port = port;
		this.password = password;
		this.started = started;
	}

	/**
	 * Joins the server running on the database below {@code dataDir} or starts one (creating an empty
	 * database where none exists yet, as the application would).
	 */
	public static EmbeddedDatabaseServer open(Path dataDir) {
		EmbeddedDatabaseSettings settings = new EmbeddedDatabaseSettings(dataDir, 0, false, Duration.ofSeconds(60));
		Path directory = settings.databaseDir();
		Optional<Integer> running = runningPort(directory);
		if (running.isPresent()) {
			try {
				String password = Files.readString(directory.resolve(EmbeddedDatabase.PASSWORD_FILE)).strip();
				return new EmbeddedDatabaseServer(running.get(), password, null);
			}
			catch (IOException ex) {
				throw new EmbeddedDatabaseStartException("Cannot read the database password in " + directory,
						"Run the command as the user that runs the platform.");
			}
		}
		EmbeddedDatabase database = EmbeddedDatabase.acquire(settings);
		return new EmbeddedDatabaseServer(database.port(), database.password(), database);
	}

	/** Whether the data directory holds an embedded database (else {@link #open} would create an empty one). */
	public static boolean exists(Path dataDir) {
		return Files.exists(new EmbeddedDatabaseSettings(dataDir, 0, false, Duration.ofSeconds(60)).databaseDir().resolve("PG_VERSION"));
	}

	/** Whether this command started the server (and stops it on {@link #close()}). */
	public boolean startedHere() {
		return started != null;
	}

	public String host() {
		return "localhost";
	}

	public int port() {
		return port;
	}

	public String database() {
		return "postgres";
	}

	public String username() {
		return "postgres";
	}

	public String password() {
		return password;
	}

	@Override
	public void close() {
		if (started != null) {
			started.close();
		}
	}

	/**
	 * The port of a live server on this directory: postmaster.pid names the process (line 1) and the port
	 * (line 4) while PostgreSQL runs. A file left behind by a killed server names a dead process.
	 */
	private static Optional<Integer> runningPort(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.size() < 4) {
				return Optional.empty();
			}
			long pid = Long.parseLong(lines.get(0).trim());
			if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(Integer.parseInt(lines.get(3).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
