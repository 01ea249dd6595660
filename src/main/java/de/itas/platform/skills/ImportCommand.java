package de.itas.platform.skills;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import de.itas.platform.skills.engine.TaxonomySource;

/**
 * {@code java -jar itas-platform.jar import-esco <dir>}: imports the export, prints the report and exits
 * with 0 on success, 1 when the export was refused, 2 on wrong usage.
 */
@Component
class ImportCommand implements ApplicationRunner {

	private final TaxonomyImporter importer;
	private final ConfigurableApplicationContext context;

	ImportCommand(TaxonomyImporter importer, ConfigurableApplicationContext context) {
		this.importer = importer;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> command = arguments.getNonOptionArgs();
		if (command.isEmpty() || !TaxonomyBootstrap.COMMAND.equals(command.get(0))) {
			return;
		}
		int code;
		if (command.size() != 2) {
			System.err.println("Usage: java -jar itas-platform.jar import-esco <directory with the ESCO CSV files>");
			code = 2;
		}
		else {
			ImportReport report = importer.run(TaxonomySource.directory(Path.of(command.get(1))), false);
			System.out.println(report.describe());
			code = report.success() ? 0 : 1;
		}
		int exitCode = code;
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}

}
