package de.itas.platform.governance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.governance.ActualTable;
import de.itas.platform.governance.IndicatorActuals;
import de.itas.platform.governance.IndicatorDashboard;
import de.itas.platform.governance.IndicatorView;
import de.itas.platform.governance.Indicators;
import de.itas.platform.governance.SteeringAccess;
import de.itas.platform.governance.YearActual;
import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;

/**
 * The dashboard of the agreed indicators: all indicators of a year by action field with their actual, target and
 * traffic light (filters by action field, district and year), and one indicator with its years, districts and
 * periods. Visitors see the public indicators; people who steer an action field see its internal ones as well.
 * Every chart has a table of the same figures beside it.
 */
@Controller
class IndicatorsController {

	/** The indicators of one action field on the dashboard, with the chart of their achievement. */
	record Group(ActionFieldSummary field, List<IndicatorDashboard.Row> rows, String chart) {
	}

	private final Indicators indicators;
	private final IndicatorDashboard dashboard;
	private final IndicatorActuals actuals;
	private final Region region;
	private final MessageSource messages;
	private final SteeringAccess access;

	IndicatorsController(Indicators indicators, IndicatorDashboard dashboard, IndicatorActuals actuals, Region region,
			MessageSource messages, SteeringAccess access) {
		this.access = access;
		this.indicators = indicators;
		this.dashboard = dashboard;
		this.actuals = actuals;
		this.region = region;
		this.messages = messages;
	}

	@GetMapping("/kennzahlen")
	String dashboard(@RequestParam(name = "handlungsfeld", required = false) @Nullable String field,
			@RequestParam(name = "landkreis", required = false) @Nullable String district,
			@RequestParam(name = "jahr", required = false) @Nullable String yearParam, Locale locale, Model model) {
		PlatformUser user = CurrentUser.get().orElse(null);
		List<IndicatorView> all = indicators.visible(user);
		String actionField = field == null || region.actionField(field).isEmpty() ? null : field;
		String chosenDistrict = district == null || region.district(district).isEmpty() ? null : district;
		List<Integer> years = years(all);
		int year = year(yearParam, years, dashboard.currentYear());
		List<Group> groups = new ArrayList<>();
		for (ActionFieldSummary summary : region.actionFields()) {
			if (actionField != null && !actionField.equals(summary.code())) {
				continue;
			}
			List<IndicatorView> ofField = all.stream().filter(i -> i.actionFieldCode().equals(summary.code())).toList();
			List<IndicatorDashboard.Row> rows = dashboard.rows(ofField, year, chosenDistrict);
			if (!rows.isEmpty()) {
				groups.add(new Group(summary, rows, achievementChart(rows, locale)));
			}
		}
		model.addAttribute("groups", groups);
		model.addAttribute("actionFields", region.actionFields());
		model.addAttribute("districts", region.districts());
		model.addAttribute("years", years);
		model.addAttribute("year", year);
		model.addAttribute("actionField", actionField);
		model.addAttribute("district", chosenDistrict == null ? null : region.district(chosenDistrict).orElseThrow());
		model.addAttribute("steers", access.steers(user));
		return "governance/steering/indicators";
	}

	@GetMapping("/kennzahlen/{key}")
	String indicator(@PathVariable String key, @RequestParam(name = "landkreis", required = false) @Nullable String district,
			@RequestParam(name = "jahr", required = false) @Nullable String yearParam, Locale locale, Model model) {
		PlatformUser user = CurrentUser.get().orElse(null);
		IndicatorView indicator = indicators.visible(key, user);
		List<Integer> years = new ArrayList<>();
		int last = Math.min(indicator.lastYear(), Math.max(dashboard.currentYear(), indicator.firstYear()));
		for (int y = indicator.firstYear(); y <= last; y++) {
			years.add(y);
		}
		int year = year(yearParam, years, last);
		String chosenDistrict = district == null || region.district(district).isEmpty() ? null : district;
		List<YearActual> actualYears = dashboard.years(indicator);
		Map<String, ActualTable.Cell> byDistrict = dashboard.districts(indicator, year);
		ActualTable table = actuals.published(actuals.table(indicator, indicator.firstYear(), last));
		model.addAttribute("indicator", indicator);
		model.addAttribute("field", region.actionField(indicator.actionFieldCode()).orElse(null));
		model.addAttribute("partner", region.partner(indicator.responsiblePartnerCode()).orElse(null));
		model.addAttribute("years", years);
		model.addAttribute("year", year);
		model.addAttribute("actualYears", actualYears);
		model.addAttribute("byDistrict", byDistrict);
		model.addAttribute("table", table);
		model.addAttribute("columnNames", columnNames(table.columns(), locale));
		model.addAttribute("districts", region.districts());
		model.addAttribute("district", chosenDistrict == null ? null : region.district(chosenDistrict).orElseThrow());
		model.addAttribute("snapshot", indicator.computed() ? indicators.current(indicator, year).orElse(null) : null);
		model.addAttribute("edits", access.edits(user, indicator.actionFieldCode()));
		model.addAttribute("yearsChart", yearsChart(actualYears, locale));
		model.addAttribute("districtChart", districtChart(table.columns(), byDistrict, locale));
		model.addAttribute("trendChart", trendChart(table, chosenDistrict, locale));
		return "governance/steering/indicator";
	}

	// ---- helpers

	private static List<Integer> years(List<IndicatorView> all) {
		List<Integer> years = new ArrayList<>();
		if (all.isEmpty()) {
			return years;
		}
		int from = all.stream().mapToInt(IndicatorView::firstYear).min().orElseThrow();
		int to = all.stream().mapToInt(IndicatorView::lastYear).max().orElseThrow();
		for (int y = from; y <= to; y++) {
			years.add(y);
		}
		return years;
	}

	private static int year(@Nullable String param, List<Integer> years, int fallback) {
		if (param != null) {
			try {
				int year = Integer.parseInt(param.strip());
				if (years.contains(year)) {
					return year;
				}
			}
			catch (NumberFormatException ignored) {
				// an unreadable year shows the default year
			}
		}
		if (years.isEmpty() || years.contains(fallback)) {
			return fallback;
		}
		return fallback > years.get(years.size() - 1) ? years.get(years.size() - 1) : years.get(0);
	}

	private Map<String, String> columnNames(List<String> columns, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String column : columns) {
			names.put(column, switch (column) {
				case ActualTable.TOTAL -> messages.getMessage("governance.indicator.column.total", null, locale);
				case ActualTable.UNKNOWN -> messages.getMessage("governance.indicator.column.unknown", null, locale);
				default -> region.district(column).map(DistrictSummary::name).orElse(column);
			});
		}
		return names;
	}

	private String achievementChart(List<IndicatorDashboard.Row> rows, Locale locale) {
		List<String> labels = rows.stream().map(row -> row.indicator().title()).toList();
		List<Object> data = rows.stream().map(row -> (Object) row.achievement()).toList();
		return Charts.json("bar", labels,
				List.of(Charts.series(messages.getMessage("governance.indicator.chart.achievement", null, locale), data,
						null)),
				true);
	}

	private String yearsChart(List<YearActual> years, Locale locale) {
		List<String> labels = years.stream().map(y -> Integer.toString(y.year())).toList();
		List<Object> actual = years.stream().map(y -> (Object) y.value()).toList();
		List<Object> target = years.stream().map(y -> (Object) y.target()).toList();
		return Charts.json("bar", labels,
				List.of(Charts.series(messages.getMessage("governance.indicator.actual", null, locale), actual, null),
						Charts.series(messages.getMessage("governance.indicator.target", null, locale), target, "line")),
				false);
	}

	private String districtChart(List<String> columns, Map<String, ActualTable.Cell> cells, Locale locale) {
		Map<String, String> names = columnNames(columns, locale);
		List<String> labels = new ArrayList<>();
		List<Object> data = new ArrayList<>();
		for (String column : columns) {
			if (ActualTable.TOTAL.equals(column)) {
				continue;
			}
			labels.add(names.get(column));
			ActualTable.Cell cell = cells.get(column);
			data.add(cell == null ? null : cell.value());
		}
		return Charts.json("bar", labels,
				List.of(Charts.series(messages.getMessage("governance.indicator.actual", null, locale), data, null)),
				false);
	}

	private String trendChart(ActualTable table, @Nullable String district, Locale locale) {
		List<String> labels = table.rows().stream().map(row -> row.period().code()).toList();
		List<Map<String, Object>> series = new ArrayList<>();
		series.add(Charts.series(messages.getMessage("governance.indicator.column.total", null, locale),
				table.rows().stream().map(row -> (Object) row.total().value()).toList(), null));
		if (district != null) {
			series.add(Charts.series(region.district(district).map(DistrictSummary::name).orElse(district),
					table.rows().stream().map(row -> (Object) row.cell(district).value()).toList(), null));
		}
		return Charts.json("line", labels, series, false);
	}

}
