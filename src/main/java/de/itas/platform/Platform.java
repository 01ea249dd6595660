package de.itas.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import de.itas.platform.shared.backup.BackupCommand;

/**
 * The ITAS-Plattform: one deployable modular monolith. Each business area is a package below this one
 * (an application module in Spring Modulith's sense); {@code shared} is the small kernel every module
 * may use.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(systemName = "ITAS-Plattform", sharedModules = "shared")
public class Platform {

	public static void main(String[] args) {
		// backup and restore work on the database without the application: a restore needs an empty one
		if (BackupCommand.handles(args)) {
			System.exit(BackupCommand.run(args, System.out, System.err));
		}
		// a command such as "import-esco <dir>" runs once and exits; it must not take the server's port
		boolean command = args.length > 0 && !args[0].startsWith("--");
		SpringApplication.run(Platform.class, command ? append(args, "--server.port=0") : args);
	}

	private static String[] append(String[] args, String extra) {
		String[] all = java.util.Arrays.copyOf(args, args.length + 1);
		all[args.length] = extra;
		return all;
	}

}
