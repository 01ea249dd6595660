package de.itas.platform.governance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.PlatformUser;

/**
 * {@code java -jar itas-platform.jar benchmark-steering --year=2025 [--repeat=5] [--as=<coordinator's e-mail>]}:
 * computes all computed indicators of the year (each run makes new snapshots, as the register's button does) and
 * builds and renders the funder report of the year for all action fields as PDF and XLSX, the given number of
 * times; prints the median and the slowest time of each step and the report's size. Exits 0, or 2 on wrong usage.
 * For measurements only: every run adds snapshots to the database.
 */
@Component
class SteeringBenchmark implements ApplicationRunner {

	static final String COMMAND = "benchmark-steering";

	private final Indicators indicators;
	private final FunderReport report;
	private final SteeringAccess access;
	private final UserDetailsService users;
	private final ConfigurableApplicationContext context;

	SteeringBenchmark(Indicators indicators, FunderReport report, SteeringAccess access, UserDetailsService users,
			ConfigurableApplicationContext context) {
		this.indicators = indicators;
		this.report = report;
		this.access = access;
		this.users = users;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> command = arguments.getNonOptionArgs();
		if (command.isEmpty() || !COMMAND.equals(command.get(0))) {
			return;
		}
		Integer year = option(arguments, "year", null);
		Integer repeat = option(arguments, "repeat", 5);
		List<String> as = arguments.getOptionValues("as");
		String email = as == null || as.isEmpty() ? "koordination@demo.itas.local" : as.get(0);
		int code;
		if (year == null || year < 2000 || year > 2100 || repeat == null || repeat < 1 || repeat > 100) {
			System.err.println("Usage: java -jar itas-platform.jar " + COMMAND
					+ " --year=<2000..2100> [--repeat=<1..100>] [--as=<coordinator's e-mail>]");
			code = 2;
		}
		else {
			measure(year, repeat, email);
			code = 0;
		}
		System.exit(SpringApplication.exit(context, () -> code));
	}

	private void measure(int year, int repeat, String email) {
		PlatformUser user = (PlatformUser) users.loadUserByUsername(email);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		Set<String> fields = access.fields(user);
		long[] compute = new long[repeat];
		long[] pdf = new long[repeat];
		long[] xlsx = new long[repeat];
		int computed = 0;
		int failed = 0;
		int pdfBytes = 0;
		for (int run = 0; run < repeat; run++) {
			long started = System.nanoTime();
			List<Indicators.Computation> computations = indicators.computeAll(year, user);
			compute[run] = System.nanoTime() - started;
			computed = computations.size();
			failed = (int) computations.stream().filter(Indicators.Computation::failed).count();
			started = System.nanoTime();
			FunderReport.Report built = report.build(fields, YearMonth.of(year, 1), YearMonth.of(year, 12), Locale.GERMAN);
			pdfBytes = report.pdf(built, Locale.GERMAN).length;
			pdf[run] = System.nanoTime() - started;
			started = System.nanoTime();
			report.xlsx(report.build(fields, YearMonth.of(year, 1), YearMonth.of(year, 12), Locale.GERMAN), Locale.GERMAN);
			xlsx[run] = System.nanoTime() - started;
		}
		SecurityContextHolder.clearContext();
		System.out.printf("%d computed indicators of %d (%d failed), %d fields, %d runs%n", computed, year, failed,
				fields.size(), repeat);
		System.out.printf("compute all: median %.0f ms, slowest %.0f ms%n", median(compute), max(compute));
		System.out.printf("report PDF (build + render, %d bytes): median %.0f ms, slowest %.0f ms%n", pdfBytes,
				median(pdf), max(pdf));
		System.out.printf("report XLSX (build + write): median %.0f ms, slowest %.0f ms%n", median(xlsx), max(xlsx));
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

	private static double max(long[] nanos) {
		return Arrays.stream(nanos).max().orElse(0) / 1e6;
	}

	private static Integer option(ApplicationArguments arguments, String name, Integer fallback) {
		List<String> values = new ArrayList<>();
		if (arguments.getOptionValues(name) != null) {
			values.addAll(arguments.getOptionValues(name));
		}
		if (values.isEmpty()) {
			return fallback;
		}
		try {
			return values.size() == 1 ? Integer.valueOf(values.get(0)) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
