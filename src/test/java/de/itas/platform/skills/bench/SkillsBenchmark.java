package de.itas.platform.skills.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import de.itas.platform.skills.OccupationMatch;
import de.itas.platform.skills.Pathway;
import de.itas.platform.skills.PathwayQuery;
import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomySource;

/**
 * Finder and pathways over the full ESCO data, per query, as sample distributions (p50/p99). Run with
 * {@code ITAS_ESCO_TEST_DIR=… ./mvnw -q test-compile exec:java}-free: see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class SkillsBenchmark {

	static final List<String> QUERIES = List.of("Zerspaner CNC", "Mechatroniker/in", "Schichtleiter Motorenmontage",
			"Kfz-Mechatronikerin", "Lagerist", "Softwareentwickler Java", "Schweisser", "Industriemechaiker",
			"Fachkraft für Lagerlogistik", "Elektroniker Fachrichtung Betriebstechnik", "HV-Techniker", "Mechatr");

	/** Inputs the API must answer as fast: longest allowed text, emoji, markup. */
	static final List<String> ODD_QUERIES = List.of("Industriemechaniker Instandhaltung Schichtleitung ".repeat(4).strip(),
			"Mechatroniker 🚗🔧", "<script>alert(1)</script>", "Kfz Kfz Kfz Kfz Kfz Kfz Kfz Kfz Kfz Kfz Kfz Kfz");

	TaxonomyIndex index;
	List<String> occupations;
	/** The Austrian MELO titles when ITAS_MELO_TEST_DIR is set (unseen kinds of titles), else the list above. */
	List<String> titles;
	int next;

	@Setup(Level.Trial)
	public void load() {
		String directory = System.getenv("ITAS_ESCO_TEST_DIR");
		if (directory == null) {
			throw new IllegalStateException("Set ITAS_ESCO_TEST_DIR to the ESCO export");
		}
		index = TaxonomyIndex.build(EscoCsvReader.read(TaxonomySource.directory(Path.of(directory))).snapshot(), 1,
				new TaxonomyIndex.FutureThresholds(0.1, 0.15));
		occupations = index.occupationUris();
		String melo = System.getenv("ITAS_MELO_TEST_DIR");
		titles = melo == null ? QUERIES
				: de.itas.platform.skills.MeloTitles.read(Path.of(melo)).stream().map(de.itas.platform.skills.MeloTitles.Title::text).toList();
	}

	@Benchmark
	public List<OccupationMatch> finder() {
		return index.search(QUERIES.get(next++ % QUERIES.size()), 10);
	}

	@Benchmark
	public List<OccupationMatch> finderTitles() {
		return index.search(titles.get(next++ % titles.size()), 10);
	}

	@Benchmark
	public List<OccupationMatch> finderOddInput() {
		return index.search(ODD_QUERIES.get(next++ % ODD_QUERIES.size()), 10);
	}

	@Benchmark
	public List<Pathway> pathways() {
		next = (next + 7919) % occupations.size();
		return index.pathways(PathwayQuery.from(occupations.get(next), 10));
	}

	public static void main(String[] args) throws Exception {
		new Runner(new OptionsBuilder().include(SkillsBenchmark.class.getSimpleName() + (args.length > 0 ? "." + args[0] : ""))
			.build()).run();
	}

}
