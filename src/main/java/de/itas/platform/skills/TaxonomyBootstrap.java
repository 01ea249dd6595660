package de.itas.platform.skills;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import de.itas.platform.skills.engine.TaxonomySource;
import de.itas.platform.skills.engine.TaxonomyStore;

/**
 * Makes sure a taxonomy exists before the server takes requests: imports the ESCO export named by
 * {@code ITAS_ESCO_DIR} when it is not yet the current one, otherwise the demo taxonomy when there is
 * none at all; then builds the index. The {@code import-esco} command does its own import instead.
 */
@Component
class TaxonomyBootstrap implements SmartInitializingSingleton {

	static final String COMMAND = "import-esco";

	private static final Logger log = LoggerFactory.getLogger(TaxonomyBootstrap.class);

	private final SkillsSettings settings;
	private final TaxonomyStore store;
	private final TaxonomyImporter importer;
	private final TaxonomyIndexHolder index;
	private final ApplicationArguments arguments;

	TaxonomyBootstrap(SkillsSettings settings, TaxonomyStore store, TaxonomyImporter importer,
			TaxonomyIndexHolder index, ApplicationArguments arguments) {
		this.settings = settings;
		this.store = store;
		this.importer = importer;
		this.index = index;
		this.arguments = arguments;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> command = arguments.getNonOptionArgs();
		if (!command.isEmpty() && COMMAND.equals(command.get(0))) {
			return;
		}
		String escoDir = settings.escoDir();
		if (escoDir != null && !escoDir.isBlank()) {
			if (Files.isDirectory(Path.of(escoDir))) {
				ImportReport report = importer.run(TaxonomySource.directory(Path.of(escoDir)), false);
				if (!report.success()) {
					log.error("ITAS_ESCO_DIR={} was not imported; the platform keeps its previous taxonomy", escoDir);
				}
			}
			else {
				log.error("ITAS_ESCO_DIR={} is not a directory; the platform keeps its previous taxonomy", escoDir);
			}
		}
		if (store.latestImportId() == 0) {
			ImportReport report = importer.run(TaxonomySource.classpath(settings.demoTaxonomy()), false);
			if (!report.success()) {
				throw new IllegalStateException(report.describe());
			}
		}
		if (index.current().importId() != store.latestImportId()) {
			index.rebuild();
		}
	}

}
