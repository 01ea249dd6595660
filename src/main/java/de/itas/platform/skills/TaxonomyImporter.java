package de.itas.platform.skills;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.ImportProblem;
import de.itas.platform.skills.engine.TaxonomyFormatException;
import de.itas.platform.skills.engine.TaxonomySource;
import de.itas.platform.skills.engine.TaxonomyStore;

/**
 * Runs imports: read and check the whole export first, then write it in one transaction, then rebuild
 * this instance's index. Progress is kept for the admin page.
 */
@Component
class TaxonomyImporter {

	private static final Logger log = LoggerFactory.getLogger(TaxonomyImporter.class);

	private static final Map<String, Integer> STEP_PERCENT = Map.of("reading", 5, "occupations", 40, "skills", 55,
			"relations", 70, "hierarchy", 85, "index", 92, "done", 100);

	private final TaxonomyStore store;
	private final TaxonomyIndexHolder index;
	private final AtomicReference<ImportProgress> progress = new AtomicReference<>();

	TaxonomyImporter(TaxonomyStore store, TaxonomyIndexHolder index) {
		this.store = store;
		this.index = index;
	}

	/** Imports unless the export is already the current taxonomy; never throws for a bad export. */
	synchronized ImportReport run(TaxonomySource source, boolean evenIfImported) {
		Instant started = Instant.now();
		step(source, started, "reading");
		ImportReport report;
		try {
			EscoCsvReader.Result result = EscoCsvReader.read(source);
			if (!evenIfImported && store.imported(result.fingerprint())) {
				report = new ImportReport(true, true, source.name(), result.snapshot().occupations().size(),
						result.snapshot().skills().size(), result.snapshot().relations().size(), 0, 0,
						result.snapshot().warnings(), List.of(), Duration.between(started, Instant.now()));
			}
			else {
				TaxonomyStore.Written written = store.write(result.snapshot(), result.fingerprint(), source.name(),
						step -> step(source, started, step));
				step(source, started, "index");
				index.rebuild();
				report = new ImportReport(true, false, source.name(), written.occupations(), written.skills(),
						written.relations(), written.obsoleteOccupations(), written.obsoleteSkills(),
						result.snapshot().warnings(), List.of(), Duration.between(started, Instant.now()));
			}
		}
		catch (TaxonomyFormatException ex) {
			report = ImportReport.refused(source.name(),
					ex.problems().stream().map(ImportProblem::toString).toList(), Duration.between(started, Instant.now()));
		}
		catch (RuntimeException ex) {
			log.error("Import of {} failed", source.name(), ex);
			report = ImportReport.refused(source.name(), List.of("database: " + ex.getMessage()),
					Duration.between(started, Instant.now()));
		}
		progress.set(new ImportProgress(false, "done", 100, source.name(), started, report));
		log.info(report.describe());
		return report;
	}

	private void step(TaxonomySource source, Instant started, String step) {
		progress.set(new ImportProgress(true, step, STEP_PERCENT.getOrDefault(step, 50), source.name(), started, null));
	}

	ImportProgress progress() {
		return progress.get();
	}

	boolean running() {
		ImportProgress current = progress.get();
		return current != null && current.running();
	}

}
