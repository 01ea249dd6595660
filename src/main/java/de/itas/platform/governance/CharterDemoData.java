package de.itas.platform.governance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import de.itas.platform.shared.region.RegionFolder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo charter of the region ({@code region/<name>/demo/governance-charter.json} with one Markdown file per
 * version): the versions are imported one after the other, so that anchors keep the sections' identity and the
 * lineage records splits and merges; the last one is put in consultation around today. Loaded once (nothing
 * happens when any version exists) and only when the region has such a file.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class CharterDemoData {

	private static final Logger log = LoggerFactory.getLogger(CharterDemoData.class);

	@JsonIgnoreProperties(ignoreUnknown = true)
	record DemoVersion(String number, String title, Phase phase, String file, @Nullable LocalDate adoptedOn,
			@Nullable OffsetDateTime consultationFrom, @Nullable OffsetDateTime consultationTo,
			@Nullable Integer consultationDaysBefore, @Nullable Integer consultationDaysAfter) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record DemoFile(List<DemoVersion> versions) {
	}

	private final Charter charter;
	private final CharterImport imports;
	private final RegionFolder region;
	private final TransactionTemplate transactions;
	private final Clock clock;

	CharterDemoData(Charter charter, CharterImport imports, RegionFolder region, TransactionTemplate transactions,
			Clock clock) {
		this.charter = charter;
		this.imports = imports;
		this.region = region;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(10)
	void loadOnStart() {
		Resource file = region.file("demo/governance-charter.json");
		if (!file.exists()) {
			return;
		}
		transactions.executeWithoutResult(status -> load(file));
	}

	void load(Resource file) {
		if (!charter.versions().isEmpty()) {
			return;
		}
		DemoFile demo;
		try (InputStream in = file.getInputStream()) {
			demo = JsonMapper.builder()
				.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(in, DemoFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the demo charter " + file, ex);
		}
		String previous = null;
		Instant now = clock.instant();
		for (DemoVersion version : demo.versions()) {
			String text;
			try (InputStream in = region.open("demo/" + version.file())) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read the demo charter text " + version.file(), ex);
			}
			VersionSummary imported = imports.importVersion(version.number(), version.title(), version.phase(), text,
					previous, null);
			if (version.adoptedOn() != null) {
				charter.setState(imported.id(), VersionStatus.ADOPTED,
						version.consultationFrom() == null ? null : version.consultationFrom().toInstant(),
						version.consultationTo() == null ? null : version.consultationTo().toInstant(), version.adoptedOn());
			}
			else if (version.consultationDaysBefore() != null && version.consultationDaysAfter() != null) {
				charter.setState(imported.id(), VersionStatus.CONSULTATION,
						now.minus(Duration.ofDays(version.consultationDaysBefore())),
						now.plus(Duration.ofDays(version.consultationDaysAfter())), null);
			}
			previous = version.number();
		}
		// every adopted version but the last is superseded
		List<VersionSummary> adopted = charter.versions().stream().filter(v -> v.status() == VersionStatus.ADOPTED).toList();
		for (int i = 0; i < adopted.size() - 1; i++) {
			VersionSummary old = adopted.get(i);
			charter.setState(old.id(), VersionStatus.SUPERSEDED, old.consultationFrom(), old.consultationTo(),
					old.adoptedOn());
		}
		log.info("Created the demo charter: {} versions", demo.versions().size());
	}

}
