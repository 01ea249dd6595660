package de.itas.platform.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.learning.scorm.DemoScormPackage;

/**
 * The platform's own small SCORM 1.2 package ({@link DemoScormPackage}, written for the platform) imported through
 * the same importer a provider uses, and published, once per database. It belongs to the region's first training
 * provider when there is one (both regions have some), else to coordination; the uploader is the nil id, which
 * stands for the platform's demo loader and is nobody's personal data.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class PackagesDemoData {

	private static final Logger log = LoggerFactory.getLogger(PackagesDemoData.class);

	static final UUID DEMO_LOADER = new UUID(0, 0);

	private final PackageImport importer;

	private final PackageStore store;

	private final Organisations organisations;

	PackagesDemoData(PackageImport importer, PackageStore store, Organisations organisations) {
		this.importer = importer;
		this.store = store;
		this.organisations = organisations;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(80)
	void load() {
		if (store.demoLoaded(DEMO_LOADER)) {
			return;
		}
		Path zip = null;
		try {
			zip = Files.createTempFile("itas-demo-scorm-", ".zip");
			DemoScormPackage.writeZip(zip);
			UUID organisation = organisations.organisations(OrganisationKind.PROVIDER)
				.stream()
				.findFirst()
				.map(provider -> provider.id())
				.orElse(null);
			UUID id = importer.importZip(zip, null, organisation, DEMO_LOADER);
			store.publish(id, Instant.now());
			log.info("Demo SCORM package {} imported and published", id);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (zip != null) {
				try {
					Files.deleteIfExists(zip);
				}
				catch (IOException ex) {
					log.debug("temporary demo zip not removed", ex);
				}
			}
		}
	}

}
