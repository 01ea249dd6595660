package de.itas.platform.shared.storage;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar itas-platform.jar migrate-files --to s3|filesystem}: first moves files still kept in
 * database columns to the current store ({@code platform.storage.type}), then copies every file of that store
 * to the other type's store (its {@code platform.storage.directory} or {@code platform.storage.s3.*}),
 * verified by size and SHA-256, prints progress and exits: 0 when every file is in the target, 1 when some
 * failed (repeat the command), 2 on wrong usage. The operator then sets {@code platform.storage.type}.
 */
@Component
class FileMigrationCommand implements ApplicationRunner {

	static final String COMMAND = "migrate-files";

	private final FileStore current;
	private final StorageSettings settings;
	private final LegacyFileMover legacy;
	private final ConfigurableApplicationContext context;

	FileMigrationCommand(FileStore current, StorageSettings settings, LegacyFileMover legacy,
			ConfigurableApplicationContext context) {
		this.current = current;
		this.settings = settings;
		this.legacy = legacy;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		List<String> command = arguments.getNonOptionArgs();
		if (command.isEmpty() || !COMMAND.equals(command.get(0))) {
			return;
		}
		int code = migrate(target(arguments.getSourceArgs()));
		System.exit(SpringApplication.exit(context, () -> code));
	}

	int migrate(String to) throws Exception {
		if (!List.of("filesystem", "s3").contains(to) || to.equals(current.type())) {
			System.err.println("Usage: java -jar itas-platform.jar migrate-files --to s3|filesystem"
					+ " (the other type than platform.storage.type=" + current.type() + ")");
			return 2;
		}
		int moved = legacy.moveAll();
		System.out.printf("Moved %d files from database columns to the %s store%n", moved, current.type());
		FileStore target = settings.open(to);
		try {
			System.out.printf("Copying the %s store to the %s store%n", current.type(), to);
			FileMigration.Report report = new FileMigration(current, target, System.out).run();
			if (report.ok()) {
				System.out.printf("Every file is in the %s store. Now set platform.storage.type=%s and restart.%n", to, to);
				return 0;
			}
			System.out.println("Some files failed (listed above); run the command again.");
			return 1;
		}
		finally {
			if (target instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}
	}

	/** {@code --to s3} or {@code --to=s3}. */
	static String target(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--to") && i + 1 < args.length) {
				return args[i + 1];
			}
			if (args[i].startsWith("--to=")) {
				return args[i].substring(5);
			}
		}
		return "";
	}

}
