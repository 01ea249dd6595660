package de.itas.platform.shared.loaddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar itas-platform.jar generate-load-data --scale national|<factor> [--seed <word>]
 * [--demo-password] [--<kind>=<count> …]}: fills the database with synthetic data of every module for load
 * tests, prints count and seconds per kind and the database size, and exits (0 on success, 2 on wrong usage,
 * 1 on failure). {@code --scale national} (= 1) is all 25 networks together; {@code --scale 0.1} a tenth. A
 * named size ({@code --persons=5000}) wins over the scale. Without {@code --scale}, only the named kinds are
 * made: {@code generate-load-data --offers 100000 --runs 250000} still makes offers and runs alone.
 */
@Component
class LoadDataCommand implements ApplicationRunner {

	static final String COMMAND = "generate-load-data";

	private static final String USAGE = "Usage: java -jar itas-platform.jar " + COMMAND
			+ " --scale national|<factor 0..100> [--seed <1-8 lower-case letters or digits>] [--demo-password]"
			+ " [--<kind>=<count> ...]\n  kinds: companies, persons, offers, runs, registrations, inquiries, checks,"
			+ " needs, events, event-registrations, forums, forum-inputs";

	private final LoadDataGeneration generation;
	private final JdbcTemplate jdbc;
	private final ConfigurableApplicationContext context;

	LoadDataCommand(LoadDataGeneration generation, JdbcTemplate jdbc, ConfigurableApplicationContext context) {
		this.generation = generation;
		this.jdbc = jdbc;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> command = arguments.getNonOptionArgs();
		if (command.isEmpty() || !COMMAND.equals(command.get(0))) {
			return;
		}
		int code;
		LoadDataRun run;
		try {
			run = parse(arguments.getSourceArgs());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			run = null;
		}
		if (run == null) {
			code = 2;
		}
		else {
			System.out.printf(Locale.ROOT, "Generating load data: scale %s, seed %s, persons %s%n", run.scale(), run.seed(),
					run.demoPassword() ? "sign in with the demo password" : "cannot sign in");
			long started = System.nanoTime();
			try {
				generation.generate(run);
				long rows = run.made().stream().mapToLong(LoadDataRun.Made::rows).sum();
				System.out.printf(Locale.ROOT, "Generated %,d rows in %.1f s; database size now %s%n", rows,
						(System.nanoTime() - started) / 1e9,
						jdbc.queryForObject("SELECT pg_size_pretty(pg_database_size(current_database()))", String.class));
				if (run.demoPassword()) {
					System.out.println("Generated persons sign in as " + run.personEmail(0) + " … "
							+ run.personEmail(Math.max(0, run.ids("person").map(GeneratedIds::count).orElse(1L) - 1))
							+ " with the demo password");
				}
				run.unusedSizes().forEach(kind -> System.err.println("Warning: no generator makes --" + kind));
				code = 0;
			}
			catch (RuntimeException ex) {
				System.err.println("Generating load data failed: " + ex.getMessage());
				code = 1;
			}
		}
		int exitCode = code;
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}

	/** Reads the options ({@code --name value} or {@code --name=value}). */
	static LoadDataRun parse(String[] args) {
		Double scale = null;
		String seed = null;
		boolean demoPassword = false;
		Map<String, Long> sizes = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (name.equals("demo-password")) {
				demoPassword = true;
				continue;
			}
			if (value == null) {
				if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
					throw new IllegalArgumentException("--" + name + " needs a value");
				}
				value = args[++i];
			}
			switch (name) {
				case "scale" -> scale = value.equals("national") ? 1.0 : number(name, value);
				case "seed" -> seed = value;
				default -> {
					if (name.startsWith("spring.") || name.startsWith("platform.") || name.startsWith("server.")
							|| name.startsWith("logging.")) {
						continue;
					}
					double count = number(name, value);
					if (count < 0 || count > 50_000_000 || count != Math.rint(count)) {
						throw new IllegalArgumentException("--" + name + " must be a whole number of 0 .. 50,000,000");
					}
					sizes.put(name, (long) count);
				}
			}
		}
		if (scale == null && sizes.isEmpty()) {
			throw new IllegalArgumentException("Name a --scale or the sizes of some kinds");
		}
		return new LoadDataRun(scale == null ? 0 : scale,
				seed == null ? UUID.randomUUID().toString().substring(0, 6) : seed, demoPassword, sizes, System.out);
	}

	private static double number(String name, String value) {
		try {
			return Double.parseDouble(value.replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " needs a number, not " + value);
		}
	}

}
