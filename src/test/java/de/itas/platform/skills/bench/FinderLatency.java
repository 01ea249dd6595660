package de.itas.platform.skills.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import de.itas.platform.skills.MeloTitles;
import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomySource;

/**
 * Per-query latency of the finder over the MELO titles and odd inputs, as wall-clock and as CPU time of
 * the querying thread. On a machine shared with other builds the wall-clock percentiles mostly measure
 * waiting for a core; the CPU time is what one query costs. Complements {@link SkillsBenchmark} (JMH).
 * Arguments: ESCO directory, MELO directory, rounds (default 5; the first is warm-up).
 */
public final class FinderLatency {

	private FinderLatency() {
	}

	public static void main(String[] args) {
		TaxonomyIndex index = TaxonomyIndex.build(EscoCsvReader.read(TaxonomySource.directory(Path.of(args[0]))).snapshot(), 1,
				new TaxonomyIndex.FutureThresholds(0.1, 0.15));
		List<String> queries = new ArrayList<>(MeloTitles.read(Path.of(args[1])).stream().map(MeloTitles.Title::text).toList());
		queries.addAll(SkillsBenchmark.ODD_QUERIES);
		queries.addAll(SkillsBenchmark.QUERIES);
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<Long> wall = new ArrayList<>();
		List<Long> cpu = new ArrayList<>();
		for (int round = 0; round < rounds; round++) {
			for (String query : queries) {
				long cpuStart = threads.getCurrentThreadCpuTime();
				long start = System.nanoTime();
				index.search(query, 10);
				long elapsed = System.nanoTime() - start;
				long cpuElapsed = threads.getCurrentThreadCpuTime() - cpuStart;
				if (round > 0) {
					wall.add(elapsed);
					cpu.add(cpuElapsed);
				}
			}
		}
		System.out.printf(Locale.ROOT, "%d queries x %d measured rounds%n", queries.size(), rounds - 1);
		System.out.println("wall: " + percentiles(wall));
		System.out.println("cpu:  " + percentiles(cpu));
	}

	private static String percentiles(List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms", at(sorted, 0.5), at(sorted, 0.9),
				at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
	}

	private static double at(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
