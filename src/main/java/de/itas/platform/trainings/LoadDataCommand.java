package de.itas.platform.trainings;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar itas-platform.jar generate-load-data --offers 100000 --runs 250000}: fills the
 * database with synthetic offers and runs for load tests, prints what it made and exits (0 on success,
 * 2 on wrong usage).
 */
@Component
class LoadDataCommand implements ApplicationRunner {

	static final String COMMAND = "generate-load-data";

	private final LoadData loadData;
	private final ConfigurableApplicationContext context;

	LoadDataCommand(LoadData loadData, ConfigurableApplicationContext context) {
		this.loadData = loadData;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> command = arguments.getNonOptionArgs();
		if (command.isEmpty() || !COMMAND.equals(command.get(0))) {
			return;
		}
		int code;
		Integer offers = number(arguments, "offers");
		Integer runs = number(arguments, "runs");
		if (offers == null || runs == null || offers < 1 || runs < 0 || offers > 10_000_000 || runs > 50_000_000) {
			System.err.println("Usage: java -jar itas-platform.jar generate-load-data --offers <1..10000000> --runs <0..50000000>");
			code = 2;
		}
		else {
			LoadData.Report report = loadData.generate(offers, runs);
			System.out.printf("Generated %d offers, %d runs and %d skill links in %.1f s%n", report.offers(), report.runs(),
					report.skillLinks(), report.millis() / 1000.0);
			code = 0;
		}
		int exitCode = code;
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}

	/** {@code --name=value} or {@code --name value}, as the issue writes the command. */
	static Integer number(ApplicationArguments arguments, String name) {
		String[] args = arguments.getSourceArgs();
		String value = null;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--" + name) && i + 1 < args.length) {
				value = args[i + 1];
			}
			else if (args[i].startsWith("--" + name + "=")) {
				value = args[i].substring(name.length() + 3);
			}
		}
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
