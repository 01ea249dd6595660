package de.itas.platform.shared.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The command line of {@code backup --file <path>} and {@code restore --file <path> [--replace]}, both with
 * an optional {@code --pg-bin <dir>}. Options in the form {@code --name=value} that are not the command's own
 * are Spring properties (as for the application: {@code --spring.datasource.url=…}).
 *
 * @param springArguments the arguments handed on to Spring's environment
 */
record BackupArguments(Command command, Path file, boolean replace, @Nullable String pgBin, List<String> springArguments) {

	enum Command {
		BACKUP, RESTORE
	}

	static final String USAGE = """
			Usage: java -jar itas-platform.jar backup --file <archive> [--pg-bin <dir>]
			       java -jar itas-platform.jar restore --file <archive> [--replace] [--pg-bin <dir>]
			  backup    writes the database (pg_dump, custom format), a manifest and the stored files into <archive> (tar)
			  restore   restores <archive> into an empty database; --replace drops the platform's schemas there first
			  --pg-bin  directory of pg_dump, pg_restore and psql (default: newest /usr/lib/postgresql/<n>/bin, else PATH)
			Exit codes: 0 done, 1 failed, 2 wrong usage, 3 refused (the target database is not empty)""";

	/** A command line that is not one of the two forms; the message says what is wrong. */
	static final class UsageException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}

	}

	static BackupArguments parse(String... args) {
		if (args.length == 0) {
			throw new UsageException("No command given");
		}
		Command command = switch (args[0]) {
			case "backup" -> Command.BACKUP;
			case "restore" -> Command.RESTORE;
			default -> throw new UsageException("Unknown command: " + args[0]);
		};
		String file = null;
		String pgBin = null;
		boolean replace = false;
		List<String> spring = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			switch (name) {
				case "--file", "-f" -> {
					file = value(args, i, name);
					i += arg.contains("=") ? 0 : 1;
				}
				case "--pg-bin" -> {
					pgBin = value(args, i, name);
					i += arg.contains("=") ? 0 : 1;
				}
				case "--replace" -> {
					if (command != Command.RESTORE || arg.contains("=")) {
						throw new UsageException("--replace belongs to restore and takes no value");
					}
					replace = true;
				}
				default -> {
					if (arg.startsWith("--") && arg.contains("=") && arg.length() > 3) {
						spring.add(arg);
					}
					else {
						throw new UsageException("Unknown argument: " + arg);
					}
				}
			}
		}
		if (file == null) {
			throw new UsageException("--file <archive> is required");
		}
		return new BackupArguments(command, Path.of(file), replace, pgBin, List.copyOf(spring));
	}

	private static String value(String[] args, int index, String name) {
		String arg = args[index];
		String value;
		if (arg.contains("=")) {
			value = arg.substring(arg.indexOf('=') + 1);
		}
		else if (index + 1 < args.length && !args[index + 1].startsWith("--")) {
			value = args[index + 1];
		}
		else {
			throw new UsageException(name + " needs a value");
		}
		if (value.isBlank()) {
			throw new UsageException(name + " needs a value");
		}
		return value;
	}

}
