package de.itas.platform.governance.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * The data of a Chart.js chart as JSON for a canvas' {@code data-indicator-chart} attribute, read by
 * {@code governance-indicators.js}. Values are plain numbers or {@code null} (no value, or hidden by the
 * small-number rule: no bar then).
 */
final class Charts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Charts() {
	}

	static Map<String, Object> series(String label, List<Object> data, @Nullable String type) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("label", label);
		series.put("data", data.stream().map(Charts::number).toList());
		if (type != null) {
			series.put("type", type);
		}
		return series;
	}

	static String json(String type, List<String> labels, List<Map<String, Object>> series, boolean horizontal) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("labels", labels);
		chart.put("datasets", series);
		chart.put("horizontal", horizontal);
		return JSON.writeValueAsString(chart);
	}

	private static @Nullable Object number(@Nullable Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().doubleValue();
		}
		return value;
	}

}
