package de.itas.platform.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.StartPageSection;

/**
 * The charter's section of the public start page: the vision of the charter in force (the section whose anchor is
 * one of the configured vision anchors, else the first main section) with a link to the whole version, and three
 * public indicators with their traffic light from the public dashboard. Visitors and signed-in people see the same:
 * only public indicators, only the adopted charter.
 */
@Component
class GovernanceStartSection implements StartPageSection {

	/** Above the tiles, after the network. */
	static final int ORDER = 30;

	/** How many indicators the start page shows. */
	static final int INDICATORS = 3;

	/** An indicator's line on the start page. */
	record IndicatorLine(IndicatorView indicator, YearActual actual) {

		boolean lit() {
			return actual.light() != YearActual.Light.NONE;
		}

	}

	/** The vision: its heading, text, anchor and the headings of its subsections. */
	record Vision(String heading, String html, String anchor, List<String> topics) {
	}

	private final Charter charter;
	private final Indicators indicators;
	private final IndicatorDashboard dashboard;
	private final List<String> visionAnchors;

	GovernanceStartSection(Charter charter, Indicators indicators, IndicatorDashboard dashboard,
			@Value("${platform.governance.start-page.vision-anchors:vision,leitbild}") List<String> visionAnchors) {
		this.charter = charter;
		this.indicators = indicators;
		this.dashboard = dashboard;
		this.visionAnchors = List.copyOf(visionAnchors);
	}

	@Override
	public int order() {
		return ORDER;
	}

	@Override
	public String template() {
		return "governance/start";
	}

	@Override
	public String fragment() {
		return "charter";
	}

	@Override
	public Map<String, Object> model(@Nullable PlatformUser viewer, Locale locale) {
		VersionSummary version = charter.current().orElse(null);
		Vision vision = version == null ? null : vision(version).orElse(null);
		int year = dashboard.currentYear();
		List<IndicatorLine> lines = lines(year);
		List<IndicatorLine> before = lines.stream().allMatch(IndicatorLine::lit) ? List.of() : lines(year - 1);
		if (before.stream().filter(IndicatorLine::lit).count() > lines.stream().filter(IndicatorLine::lit).count()) {
			lines = before;
			year = year - 1;
		}
		if (vision == null && lines.isEmpty()) {
			return Map.of();
		}
		// every key is there (a missing key would fail the template), null when there is nothing to show
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("version", version);
		model.put("vision", vision);
		model.put("indicators", lines.isEmpty() ? null : lines);
		model.put("year", year);
		return model;
	}

	/** Up to three public indicators of the year, those with a traffic light first, in the register's order. */
	private List<IndicatorLine> lines(int year) {
		List<IndicatorView> shown = indicators.visible(null).stream().filter(IndicatorView::isPublic).toList();
		List<IndicatorLine> lit = new ArrayList<>();
		List<IndicatorLine> unlit = new ArrayList<>();
		for (IndicatorDashboard.Row row : dashboard.rows(shown, year, null)) {
			IndicatorLine line = new IndicatorLine(row.indicator(), row.actual());
			(line.lit() ? lit : unlit).add(line);
		}
		List<IndicatorLine> lines = new ArrayList<>(lit);
		lines.addAll(unlit);
		return List.copyOf(lines.subList(0, Math.min(INDICATORS, lines.size())));
	}

	private Optional<Vision> vision(VersionSummary version) {
		List<SectionView> sections = charter.sections(version.id());
		if (sections.isEmpty()) {
			return Optional.empty();
		}
		Map<java.util.UUID, String> anchors = charter.anchors();
		SectionView vision = sections.stream()
			.filter(section -> section.level() == 1 && visionAnchors.contains(anchors.get(section.sectionId())))
			.findFirst()
			.orElse(sections.get(0));
		List<String> topics = sections.stream()
			.filter(section -> vision.sectionId().equals(section.parentSectionId()))
			.map(SectionView::heading)
			.toList();
		return Optional.of(new Vision(vision.heading(), vision.html(), anchors.getOrDefault(vision.sectionId(), ""),
				topics));
	}

}
