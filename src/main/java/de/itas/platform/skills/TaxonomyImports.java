package de.itas.platform.skills;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import de.itas.platform.skills.engine.TaxonomySource;
import de.itas.platform.skills.engine.TaxonomyStore;

/** Imports of the taxonomy for administrators: start one in the background, follow its progress, see history. */
@Service
public class TaxonomyImports implements DisposableBean {

	private final TaxonomyImporter importer;
	private final TaxonomyStore store;
	private final SkillsSettings settings;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "taxonomy-import");
		thread.setDaemon(true);
		return thread;
	});

	TaxonomyImports(TaxonomyImporter importer, TaxonomyStore store, SkillsSettings settings) {
		this.importer = importer;
		this.store = store;
		this.settings = settings;
	}

	/**
	 * Starts importing the export in the given server directory. Returns false (and starts nothing) when
	 * the directory does not exist or an import is running on this instance.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public synchronized boolean start(Path directory) {
		if (!Files.isDirectory(directory) || importer.running()) {
			return false;
		}
		executor.submit(() -> importer.run(TaxonomySource.directory(directory), true));
		return true;
	}

	/** Imports synchronously (tests, the command line); the caller must be an admin. */
	@PreAuthorize("hasRole('ADMIN')")
	public ImportReport importNow(Path directory) {
		return importer.run(TaxonomySource.directory(directory), true);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public Optional<ImportProgress> progress() {
		return Optional.ofNullable(importer.progress());
	}

	public Optional<TaxonomyStatus> status() {
		return store.latest()
			.map(record -> new TaxonomyStatus(record.id(), record.source(), record.finishedAt(), record.occupations(),
					record.skills(), record.relations(), record.obsoleteOccupations(), record.obsoleteSkills(),
					record.warnings()));
	}

	/** The directory the admin form suggests: the configured ESCO directory, if any. */
	public String suggestedDirectory() {
		return settings.escoDir() == null ? "" : settings.escoDir();
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}

}
