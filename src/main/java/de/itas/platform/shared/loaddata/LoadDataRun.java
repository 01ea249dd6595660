package de.itas.platform.shared.loaddata;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * One run of {@code generate-load-data}: the scale, the sizes asked for, the ids the modules have handed out so
 * far and the report of what was made. Sizes are given per kind at national scale (all 25 networks together)
 * by the generator that makes them and multiplied by {@link #scale()}, unless the command named a size for the
 * kind ({@code --persons=5000}).
 */
public final class LoadDataRun {

	private final double scale;
	private final String seed;
	private final boolean demoPassword;
	private final Map<String, Long> sizes;
	private final Set<String> asked = new LinkedHashSet<>();
	private final Map<String, GeneratedIds> handedOut = new LinkedHashMap<>();
	private final List<Made> made = new ArrayList<>();
	private final PrintStream out;

	/** What one kind made: rows and wall-clock milliseconds. */
	public record Made(String module, String kind, long rows, long millis) {
	}

	/**
	 * @param scale factor of the national sizes (1 = national, 0.1 = a tenth)
	 * @param seed the run's seed: lower-case letters and digits, part of generated ids and e-mail addresses
	 * @param demoPassword whether generated persons get the demo users' password (else they cannot sign in)
	 * @param sizes sizes named on the command line, by kind; they win over the scale
	 * @param out where progress is printed
	 */
	public LoadDataRun(double scale, String seed, boolean demoPassword, Map<String, Long> sizes, PrintStream out) {
		if (scale < 0 || scale > 100) {
			throw new IllegalArgumentException("scale must be between 0 and 100");
		}
		if (!seed.matches("[a-z0-9]{1,8}")) {
			throw new IllegalArgumentException("seed must be 1 to 8 lower-case letters or digits");
		}
		this.scale = scale;
		this.seed = seed;
		this.demoPassword = demoPassword;
		this.sizes = Map.copyOf(sizes);
		this.out = out;
	}

	public double scale() {
		return scale;
	}

	/** Lower-case letters and digits; part of every generated id and e-mail address of this run. */
	public String seed() {
		return seed;
	}

	/** Whether generated persons get the demo users' password hash (so that load tests can sign in as them). */
	public boolean demoPassword() {
		return demoPassword;
	}

	/** The number of rows of {@code kind} to make: the size named on the command line, or national × scale. */
	public long size(String kind, long national) {
		asked.add(kind);
		Long named = sizes.get(kind);
		return named != null ? named : Math.round(national * scale);
	}

	/** Sizes named on the command line that no generator asked for (a typo, most likely). */
	public Set<String> unusedSizes() {
		Set<String> unused = new LinkedHashSet<>(sizes.keySet());
		unused.removeAll(asked);
		return unused;
	}

	/**
	 * An SQL expression of the e-mail address of generated person number {@code number} (an SQL integer
	 * expression): {@code lastdaten-<seed>-<n>@example.org}. The accounts module gives its persons these
	 * addresses; other modules copy them where they keep a snapshot of a person's address.
	 */
	public String personEmailSql(String number) {
		return "'lastdaten-" + seed + "-' || (" + number + ") || '@example.org'";
	}

	/** The e-mail address of generated person {@code number}, as {@link #personEmailSql} makes it. */
	public String personEmail(long number) {
		return "lastdaten-" + seed + "-" + number + "@example.org";
	}

	/**
	 * An SQL expression of the display name of generated person number {@code number}: a first and a last
	 * name from short lists of common names, and {@code (Lastdaten)}.
	 */
	public String personNameSql(String number) {
		String n = "(" + number + ")";
		return "(ARRAY['Anna','Ben','Clara','David','Emma','Felix','Greta','Hannes','Ida','Jonas','Karla','Lukas',"
				+ "'Marie','Noah','Olga','Paul','Rosa','Simon','Tina','Uwe','Vera','Willi','Yvonne','Zoe'])[1 + " + n
				+ " % 24] || ' ' || (ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker',"
				+ "'Schulz','Hoffmann','Koch','Richter','Klein','Wolf','Neumann','Schwarz','Zimmermann','Braun','Krüger',"
				+ "'Hartmann'])[1 + (" + n + " / 24) % 20] || ' (Lastdaten)'";
	}

	/** Makes the ids of {@code count} rows of {@code kind} (numbered 0 … count−1) for this run. */
	public GeneratedIds newIds(String kind, long count) {
		return new GeneratedIds(kind, seed, count);
	}

	/** Hands the ids of a generated kind out to the modules that run later. */
	public void handOut(GeneratedIds ids) {
		handedOut.put(ids.kind(), ids);
	}

	/** The ids another module handed out, if it generated that kind in this run. */
	public Optional<GeneratedIds> ids(String kind) {
		return Optional.ofNullable(handedOut.get(kind)).filter(ids -> ids.count() > 0);
	}

	/** Runs {@code step} (which returns the number of rows it made), prints and records the kind. */
	public long measure(String module, String kind, LongSupplier step) {
		long started = System.nanoTime();
		long rows = step.getAsLong();
		long millis = (System.nanoTime() - started) / 1_000_000;
		made.add(new Made(module, kind, rows, millis));
		out.printf(Locale.ROOT, "  %-12s %-26s %,12d rows %8.1f s%n", module, kind, rows, millis / 1000.0);
		out.flush();
		return rows;
	}

	/** Everything made so far, in order. */
	public List<Made> made() {
		return Collections.unmodifiableList(made);
	}

}
