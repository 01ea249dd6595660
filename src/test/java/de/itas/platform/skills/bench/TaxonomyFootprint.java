package de.itas.platform.skills.bench;

import java.nio.file.Path;
import java.util.Locale;

import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomySource;

/** Heap used by the loaded ESCO index (live heap after GC, before and after building it) and the time to read and build. */
public final class TaxonomyFootprint {

	private TaxonomyFootprint() {
	}

	public static void main(String[] args) {
		Path directory = Path.of(args.length > 0 ? args[0] : System.getenv("ITAS_ESCO_TEST_DIR"));
		long before = usedAfterGc();
		long started = System.nanoTime();
		EscoCsvReader.Result result = EscoCsvReader.read(TaxonomySource.directory(directory));
		long read = System.nanoTime();
		TaxonomyIndex index = TaxonomyIndex.build(result.snapshot(), 1, new TaxonomyIndex.FutureThresholds(0.1, 0.15));
		long built = System.nanoTime();
		result = null;
		long after = usedAfterGc();
		System.out.printf(Locale.ROOT, "read+check %.1f s, index build %.1f s, index heap %.0f MB (%d occupations, %d skills)%n",
				(read - started) / 1e9, (built - read) / 1e9, (after - before) / 1048576.0, index.occupationCount(),
				index.skillCount());
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
