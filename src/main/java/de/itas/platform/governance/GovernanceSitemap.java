package de.itas.platform.governance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import de.itas.platform.shared.web.SitemapContribution;

/**
 * The governance's public pages for the sitemap: every charter version from its consultation on (never a draft),
 * the public measures (a measure under a non-public one is not public) and the public indicators.
 */
@Component
class GovernanceSitemap implements SitemapContribution {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final Charter charter;
	private final MeasureStore measureStore;
	private final IndicatorStore indicators;

	GovernanceSitemap(Charter charter, MeasureStore measureStore, IndicatorStore indicators) {
		this.charter = charter;
		this.measureStore = measureStore;
		this.indicators = indicators;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		for (VersionSummary version : charter.versions()) {
			if (version.status() != VersionStatus.DRAFT) {
				entries.add(new Entry("/charta/" + version.number(), version.adoptedOn()));
			}
		}
		List<MeasureView> all = measureStore.all();
		java.util.Map<java.util.UUID, MeasureView> byId = new java.util.HashMap<>();
		all.forEach(measure -> byId.put(measure.id(), measure));
		for (MeasureView measure : all) {
			if (publiclyVisible(measure, byId)) {
				entries.add(new Entry("/massnahmen/" + measure.id(), LocalDate.ofInstant(measure.updatedAt(), BERLIN)));
			}
		}
		for (IndicatorView indicator : indicators.all()) {
			if (indicator.isPublic()) {
				entries.add(new Entry("/kennzahlen/" + indicator.key(), null));
			}
		}
		return entries;
	}

	/** Whether the measure and all above it are public (as {@link Measures#publiclyVisible}, in memory). */
	private static boolean publiclyVisible(MeasureView measure, java.util.Map<java.util.UUID, MeasureView> byId) {
		for (MeasureView current = measure; current != null;
				current = current.parentId() == null ? null : byId.get(current.parentId())) {
			if (!current.isPublic()) {
				return false;
			}
		}
		return true;
	}

}
