package de.itas.platform.governance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.itas.platform.governance.IndicatorView;
import de.itas.platform.governance.OpenData;
import de.itas.platform.governance.Period;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;

/**
 * {@code GET /api/v1/governance/indicators} (the public indicators) and
 * {@code GET /api/v1/governance/indicators/{key}/values?district=&from=&to=} (their published values, „&lt; 5“ as
 * {@code value: null, suppressed: true}). Open to visitors; parameters it does not understand are refused with 400
 * and the field's message, an indicator that is not public with 404.
 */
@RestController
class IndicatorApiController {

	private final OpenData openData;
	private final Region region;

	IndicatorApiController(OpenData openData, Region region) {
		this.openData = openData;
		this.region = region;
	}

	@GetMapping("/api/v1/governance/indicators")
	Map<String, Object> indicators() {
		List<Map<String, Object>> list = new ArrayList<>();
		for (IndicatorView indicator : openData.indicators()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("key", indicator.key());
			item.put("title", indicator.title());
			item.put("definition", indicator.definition());
			item.put("unit", indicator.unit());
			item.put("decimals", indicator.decimals());
			item.put("direction", indicator.direction().name());
			item.put("counted", indicator.counted().name());
			item.put("source", indicator.source().name());
			item.put("periodKind", indicator.periodKind().name());
			item.put("firstYear", indicator.firstYear());
			item.put("lastYear", indicator.lastYear());
			item.put("actionField", indicator.actionFieldCode());
			item.put("responsiblePartner", indicator.responsiblePartnerCode());
			item.put("baselineValue", indicator.baselineValue());
			item.put("baselineYear", indicator.baselineYear());
			Map<String, Object> targets = new LinkedHashMap<>();
			indicator.targets().forEach((year, value) -> targets.put(Integer.toString(year), value));
			item.put("targets", targets);
			item.put("values", "/api/v1/governance/indicators/" + indicator.key() + "/values");
			list.add(item);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("licence", Map.of("name", openData.licence().name(), "url", openData.licence().url()));
		body.put("indicators", list);
		return body;
	}

	@GetMapping("/api/v1/governance/indicators/{key}/values")
	ResponseEntity<?> values(@PathVariable String key,
			@RequestParam(name = "district", required = false) @Nullable String district,
			@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "to", required = false) @Nullable String to) {
		IndicatorView indicator = openData.indicator(key).orElse(null);
		if (indicator == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("errors", List.of(error("key", "no public indicator '" + key + "'"))));
		}
		List<Map<String, String>> errors = new ArrayList<>();
		String column = null;
		if (district != null && !district.isBlank()) {
			String given = district.strip();
			column = given.equals(OpenData.TOTAL) || given.equals(OpenData.UNKNOWN) ? given
					: region.districts().stream()
						.filter(d -> d.code().equals(given) || given.equals(d.regionalKey()))
						.map(DistrictSummary::code)
						.findFirst()
						.orElse(null);
			if (column == null) {
				errors.add(error("district", "a district code or regional key of the region, '" + OpenData.TOTAL
						+ "' or '" + OpenData.UNKNOWN + "'"));
			}
		}
		Period start = period(from, "from", errors);
		Period end = period(to, "to", errors);
		if (start != null && end != null && start.start().isAfter(end.start())) {
			errors.add(error("to", "not before 'from'"));
		}
		if (!errors.isEmpty()) {
			return ResponseEntity.badRequest().body(Map.of("errors", errors));
		}
		int fromYear = start == null ? indicator.firstYear() : start.year();
		int toYear = end == null ? Math.min(indicator.lastYear(), openData.currentYear()) : end.year();
		List<Map<String, Object>> values = new ArrayList<>();
		for (OpenData.Value value : openData.values(indicator, fromYear, toYear)) {
			if (column != null && !column.equals(value.district())) {
				continue;
			}
			if (start != null && value.period().start().isBefore(start.start())) {
				continue;
			}
			if (end != null && value.period().end().isAfter(end.end())) {
				continue;
			}
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("period", value.period().code());
			item.put("district", value.district());
			item.put("regionalKey", value.regionalKey());
			item.put("value", value.value());
			item.put("suppressed", value.suppressed());
			item.put("provisional", value.provisional());
			values.add(item);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("indicator", indicator.key());
		body.put("unit", indicator.unit());
		body.put("periodKind", indicator.periodKind().name());
		body.put("values", values);
		return ResponseEntity.ok(body);
	}

	private static @Nullable Period period(@Nullable String code, String field, List<Map<String, String>> errors) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return Period.parse(code);
		}
		catch (IllegalArgumentException ex) {
			errors.add(error(field, "a year (2025), quarter (2025-Q2) or month (2025-03)"));
			return null;
		}
	}

	private static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

}
