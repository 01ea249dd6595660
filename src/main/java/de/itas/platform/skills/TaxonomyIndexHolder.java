package de.itas.platform.skills;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomyStore;

/**
 * This instance's in-memory index. Rebuilt from the database after an import here, and when a periodic
 * check finds that another instance imported a newer taxonomy; until then the old index keeps answering
 * (stale but consistent). The check (one tiny query) runs every 5 s, so another instance's import shows here
 * within seconds of its end on a cluster.
 */
@Component
class TaxonomyIndexHolder {

	private static final Logger log = LoggerFactory.getLogger(TaxonomyIndexHolder.class);

	private final TaxonomyStore store;
	private final SkillsSettings settings;
	private volatile TaxonomyIndex index = TaxonomyIndex.empty();

	TaxonomyIndexHolder(TaxonomyStore store, SkillsSettings settings) {
		this.store = store;
		this.settings = settings;
	}

	TaxonomyIndex current() {
		return index;
	}

	synchronized void rebuild() {
		long importId = store.latestImportId();
		long started = System.nanoTime();
		TaxonomyIndex fresh = TaxonomyIndex.build(store.load(), importId,
				new TaxonomyIndex.FutureThresholds(settings.futureGreenShare(), settings.futureDigitalShare()));
		index = fresh;
		log.info("Skills index built from import {}: {} occupations, {} skills in {} ms", importId,
				fresh.occupationCount(), fresh.skillCount(), (System.nanoTime() - started) / 1_000_000);
	}

	@Scheduled(fixedDelayString = "${platform.skills.refresh-interval:5s}", initialDelayString = "${platform.skills.refresh-interval:5s}")
	void rebuildIfStale() {
		if (store.latestImportId() != index.importId()) {
			rebuild();
		}
	}

}
