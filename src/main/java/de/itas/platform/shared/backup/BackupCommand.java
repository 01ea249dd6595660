package de.itas.platform.shared.backup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.modulith.NamedInterface;
import org.springframework.util.StringUtils;

import de.itas.platform.shared.backup.BackupArguments.UsageException;
import de.itas.platform.shared.backup.DatabaseBackup.FileStore;
import de.itas.platform.shared.backup.DatabaseBackup.RefusedException;
import de.itas.platform.shared.persistence.EmbeddedDatabaseServer;

/**
 * {@code java -jar itas-platform.jar backup --file <archive>} and {@code restore --file <archive> [--replace]}.
 * <p>
 * They run before and without the application: {@code Platform.main} hands them over before Spring starts
 * the platform. A restore must find an empty database, and the application's start would fill it (Flyway
 * creates every schema, the demo data and the region's records follow); a backup should not start web server,
 * schedulers and migrations either. Only Spring's environment is built (an empty context: application
 * properties, profiles, the region's settings and environment variables resolve exactly as for the
 * platform), which gives the same spring.datasource.* and data directory as the platform uses.
 * <p>
 * Exposed as a named interface to the application's main class only; the rest of the package stays internal.
 */
@NamedInterface("backup")
public final class BackupCommand {

	/** The first arguments that name these commands. */
	public static final Set<String> COMMANDS = Set.of("backup", "restore");

	/** Exit codes. */
	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	static final int REFUSED = 3;

	private BackupCommand() {
	}

	/** Whether the command line is one of these commands. */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** Runs the command and returns its exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		BackupArguments arguments;
		try {
			arguments = BackupArguments.parse(args);
		}
		catch (UsageException ex) {
			err.println(ex.getMessage());
			err.println(BackupArguments.USAGE);
			return USAGE;
		}
		SpringApplication application = new SpringApplication(EnvironmentOnly.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setRegisterShutdownHook(false);
		// the commands print their own progress; the embedded server's start-up chatter is only noise here
		application.setDefaultProperties(java.util.Map.of("logging.level.io.zonky.test", "WARN",
				"logging.level.de.itas.platform.shared.persistence", "WARN"));
		try (ConfigurableApplicationContext context = application.run(arguments.springArguments().toArray(String[]::new))) {
			return execute(arguments, context.getEnvironment(), out, err);
		}
	}

	/** The command on the database and file store that the environment's settings name. */
	static int execute(BackupArguments arguments, Environment environment, PrintStream out, PrintStream err) {
		try {
			PgTools tools = PgTools.locate(arguments.pgBin() != null ? arguments.pgBin()
					: environment.getProperty("platform.backup.pg-bin"));
			DatabaseBackup backup = new DatabaseBackup(tools, out);
			FileStore store = fileStore(environment);
			String url = environment.getProperty("spring.datasource.url");
			if (StringUtils.hasText(url)) {
				DatabaseTarget target = DatabaseTarget.fromJdbcUrl(url, environment.getProperty("spring.datasource.username"),
						environment.getProperty("spring.datasource.password"));
				return run(backup, arguments, target, store, false);
			}
			Path dataDir = Path.of(environment.getProperty("platform.embedded-database.data-dir",
					environment.getProperty("platform.data-dir", "./data")));
			if (arguments.command() == BackupArguments.Command.BACKUP && !EmbeddedDatabaseServer.exists(dataDir)) {
				throw new BackupException("There is no embedded database in " + dataDir.resolve("postgres").toAbsolutePath()
						+ ": set ITAS_DATA_DIR to the platform's data directory, or SPRING_DATASOURCE_URL for an external database.");
			}
			try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.open(dataDir)) {
				out.printf(server.startedHere() ? "Embedded PostgreSQL started for this command in %s%n"
						: "Embedded PostgreSQL of a running platform in %s%n", dataDir.resolve("postgres").toAbsolutePath());
				DatabaseTarget target = new DatabaseTarget(server.host(), server.port(), server.database(), server.username(),
						server.password(), null);
				return run(backup, arguments, target, store, !server.startedHere());
			}
		}
		catch (RefusedException ex) {
			err.println(ex.getMessage());
			return REFUSED;
		}
		catch (BackupException | IllegalArgumentException ex) {
			err.println(arguments.command().name().toLowerCase() + " failed: " + ex.getMessage());
			return FAILED;
		}
		catch (Exception ex) {
			err.println(arguments.command().name().toLowerCase() + " failed: " + describe(ex));
			return FAILED;
		}
	}

	private static int run(DatabaseBackup backup, BackupArguments arguments, DatabaseTarget target, FileStore store,
			boolean runningPlatform) throws Exception {
		if (arguments.command() == BackupArguments.Command.BACKUP) {
			backup.backup(target, arguments.file(), store);
		}
		else {
			backup.restore(arguments.file(), target, store, arguments.replace(), runningPlatform);
		}
		return OK;
	}

	/**
	 * The file store's directory when it keeps files on this file system (platform.storage.type filesystem,
	 * the default); an S3 store is backed up by its own means.
	 */
	static FileStore fileStore(Environment environment) {
		String type = environment.getProperty("platform.storage.type", "filesystem");
		if (!"filesystem".equalsIgnoreCase(type.strip())) {
			return new FileStore(type, null);
		}
		String directory = environment.getProperty("platform.storage.directory");
		Path path = StringUtils.hasText(directory) ? Path.of(directory)
				: Path.of(environment.getProperty("platform.data-dir", "./data")).resolve("files");
		return new FileStore("filesystem", path.toAbsolutePath().normalize());
	}

	private static String describe(Throwable ex) {
		@Nullable Throwable cause = ex;
		String message = ex.toString();
		while (cause != null) {
			if (cause.getMessage() != null) {
				message = cause.getMessage();
			}
			cause = cause.getCause() == cause ? null : cause.getCause();
		}
		return message;
	}

	/** The empty configuration of the environment-only context (deliberately not a component: no scan finds it). */
	static final class EnvironmentOnly {

	}

}
