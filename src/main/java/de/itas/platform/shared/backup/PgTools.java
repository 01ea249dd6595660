package de.itas.platform.shared.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's client programs (pg_dump, pg_restore, psql) from one directory: the one given, else the
 * newest {@code /usr/lib/postgresql/<major>/bin} (Debian and Ubuntu), else the PATH.
 */
final class PgTools {

	static final List<String> PROGRAMS = List.of("pg_dump", "pg_restore", "psql");

	private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)(?:\\.(\\d+))?");

	private final @Nullable Path directory;
	private final int major;
	private final String version;

	private PgTools(@Nullable Path directory, int major, String version) {
		this.directory = directory;
		this.major = major;
		this.version = version;
	}

	/**
	 * Finds the programs and checks that they run.
	 * @param configured the directory given by --pg-bin or platform.backup.pg-bin; null or empty: look for them
	 */
	static PgTools locate(@Nullable String configured) {
		Path directory = configured == null || configured.isBlank() ? debianDirectory() : Path.of(configured);
		if (directory != null) {
			for (String program : PROGRAMS) {
				if (!Files.isExecutable(directory.resolve(program))) {
					throw new BackupException("PostgreSQL's " + program + " is missing in " + directory + ". "
							+ installHint());
				}
			}
		}
		PgTools unversioned = new PgTools(directory, 0, "");
		String output;
		try {
			output = unversioned.run(List.of(unversioned.program("pg_dump"), "--version"), Map.of(), null).output();
		}
		catch (BackupException ex) {
			throw new BackupException("PostgreSQL's pg_dump cannot be started (" + ex.getMessage() + "). " + installHint());
		}
		Matcher matcher = VERSION.matcher(output);
		if (!matcher.find()) {
			throw new BackupException("Cannot read the version of pg_dump from: " + output.strip());
		}
		return new PgTools(directory, Integer.parseInt(matcher.group(1)),
				matcher.group(1) + (matcher.group(2) == null ? "" : "." + matcher.group(2)));
	}

	private static String installHint() {
		return "Install PostgreSQL's client programs of the server's major version or newer (Debian: apt-get install "
				+ "postgresql-client-15), or name their directory with --pg-bin <dir> (PLATFORM_BACKUP_PGBIN).";
	}

	/** The newest /usr/lib/postgresql/N/bin with pg_dump; null: use the PATH. */
	private static @Nullable Path debianDirectory() {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return null;
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.filter(path -> path.getFileName().toString().matches("\\d+"))
				.map(path -> path.resolve("bin"))
				.filter(bin -> Files.isExecutable(bin.resolve("pg_dump")) && Files.isExecutable(bin.resolve("pg_restore"))
						&& Files.isExecutable(bin.resolve("psql")))
				.max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
				.orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	int major() {
		return major;
	}

	String version() {
		return version;
	}

	String where() {
		return directory == null ? "the PATH" : directory.toString();
	}

	/** pg_dump of an older major version refuses a newer server; say so before it starts. */
	void requireAtLeast(int serverMajor, String serverVersion) {
		if (major < serverMajor) {
			throw new BackupException("The PostgreSQL client programs in " + where() + " are version " + version
					+ ", older than the server (" + serverVersion + "). " + installHint());
		}
	}

	String program(String name) {
		return directory == null ? name : directory.resolve(name).toString();
	}

	record Result(int exitCode, String output) {
	}

	/**
	 * Runs a program with the extra environment and, when given, a file as its standard input; standard
	 * output and error are read as they come (a full pipe would stop the program). A non-zero exit is a
	 * {@link BackupException} with the program's last lines.
	 */
	Result run(List<String> command, Map<String, String> environment, @Nullable Path input) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		if (input != null) {
			builder.redirectInput(input.toFile());
		}
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			throw new BackupException(ex.getMessage() == null ? command.get(0) + " cannot start" : ex.getMessage());
		}
		CompletableFuture<String> output = drain(process.getInputStream());
		try {
			int exitCode = process.waitFor();
			String text = output.join();
			if (exitCode != 0) {
				throw new BackupException(Path.of(command.get(0)).getFileName() + " failed (exit code " + exitCode + "): "
						+ lastLines(text, 12));
			}
			return new Result(exitCode, text);
		}
		catch (InterruptedException ex) {
			process.destroy();
			Thread.currentThread().interrupt();
			throw new BackupException(command.get(0) + " was interrupted");
		}
	}

	private static CompletableFuture<String> drain(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				return "";
			}
		});
	}

	static String lastLines(String text, int count) {
		List<String> lines = new ArrayList<>(text.strip().lines().toList());
		return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - count), lines.size()));
	}

	/**
	 * The environment that lets the programs connect: the password goes through a password file of the
	 * owner only (never on the command line, which ps shows to every user), deleted by {@link Connection#close()}.
	 */
	static Connection connection(DatabaseTarget target) {
		try {
			Path file = Files.createTempFile("itas-pgpass-", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, escape(target.host()) + ":" + target.port() + ":*:" + escape(target.username()) + ":"
					+ escape(target.password()) + "\n", StandardCharsets.UTF_8);
			return new Connection(target, file);
		}
		catch (IOException ex) {
			throw new BackupException("Cannot write a temporary password file: " + ex.getMessage());
		}
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace(":", "\\:");
	}

	/** Connection options and environment for one target; closing deletes the password file. */
	record Connection(DatabaseTarget target, Path passwordFile) implements AutoCloseable {

		List<String> options() {
			return List.of("--host=" + target.host(), "--port=" + target.port(), "--username=" + target.username(),
					"--no-password");
		}

		Map<String, String> environment() {
			Map<String, String> environment = new java.util.HashMap<>();
			environment.put("PGPASSFILE", passwordFile.toString());
			environment.put("PGCONNECT_TIMEOUT", "10");
			Optional.ofNullable(target.sslMode()).ifPresent(mode -> environment.put("PGSSLMODE", mode));
			return environment;
		}

		@Override
		public void close() {
			try {
				Files.deleteIfExists(passwordFile);
			}
			catch (IOException ex) {
				// a temporary file of the owner only; the next reboot clears the temporary directory
			}
		}

	}

}
