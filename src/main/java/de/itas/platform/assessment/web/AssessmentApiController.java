package de.itas.platform.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

import de.itas.platform.assessment.CheckFigures;
import de.itas.platform.assessment.Figure;
import de.itas.platform.assessment.NeedsMap;
import de.itas.platform.assessment.NeedsTable;
import de.itas.platform.assessment.Suppressions;

/**
 * Aggregated, suppressed figures for the governance module and open data: never a single company. Every cell
 * carries {@code companies}, the number of distinct companies behind it ({@code null} with
 * {@code suppressed: true} where the cell is hidden). Open to everyone: it contains nothing that the
 * suppression rule would not publish.
 */
@RestController
@RequestMapping("/api/v1/assessment")
class AssessmentApiController {

	private final NeedsMap map;
	private final CheckFigures checks;

	AssessmentApiController(NeedsMap map, CheckFigures checks) {
		this.map = map;
		this.checks = checks;
	}

	/** {@code by=district,skill} (also {@code occupation}, {@code horizon}; the first is the rows). */
	@GetMapping("/needs/aggregate")
	Map<String, Object> needs(@RequestParam(defaultValue = "district,skill") String by) {
		String[] parts = by.split(",");
		if (parts.length != 2) {
			throw new IllegalArgumentException("by names two dimensions");
		}
		NeedsMap.Dimension rows = NeedsMap.Dimension.parse(parts[0]);
		NeedsMap.Dimension columns = NeedsMap.Dimension.parse(parts[1]);
		NeedsTable table = map.aggregate(rows, columns, NeedsMap.Filter.none());
		List<Map<String, Object>> cells = new ArrayList<>();
		for (int i = 0; i < table.rows().size(); i++) {
			for (int j = 0; j < table.columns().size(); j++) {
				cells.add(cell(table.rows().get(i).code(), table.columns().get(j).code(), table.cells().get(i).get(j)));
			}
			cells.add(cell(table.rows().get(i).code(), null, table.rowTotals().get(i)));
		}
		for (int j = 0; j < table.columns().size(); j++) {
			cells.add(cell(null, table.columns().get(j).code(), table.columnTotals().get(j)));
		}
		cells.add(cell(null, null, table.total()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("by", List.of(rows.name().toLowerCase(Locale.ROOT), columns.name().toLowerCase(Locale.ROOT)));
		body.put("minimumCompanies", Suppressions.MIN_COMPANIES);
		body.put("rows", table.rows().stream().map(header -> Map.of("code", header.code(), "label", label(header))).toList());
		body.put("columns", table.columns().stream().map(header -> Map.of("code", header.code(), "label", label(header))).toList());
		body.put("cells", cells);
		return body;
	}

	/** {@code by=district}: per district the companies with a completed check and the median scores. */
	@GetMapping("/checks/aggregate")
	Map<String, Object> checks(@RequestParam(defaultValue = "district") String by) {
		if (!"district".equals(by)) {
			throw new IllegalArgumentException("checks are aggregated by district only");
		}
		List<Map<String, Object>> cells = new ArrayList<>();
		for (CheckFigures.DistrictFigures figures : checks.byDistrict()) {
			Map<String, Object> cell = new LinkedHashMap<>();
			cell.put("district", figures.code());
			cell.put("label", figures.name());
			cell.put("companies", figures.companies());
			cell.put("suppressed", figures.suppressed());
			cell.put("medians", figures.medians());
			cell.put("overallMedian", figures.overallMedian());
			cells.add(cell);
		}
		return Map.of("by", List.of("district"), "minimumCompanies", Suppressions.MIN_COMPANIES, "cells", cells);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", String.valueOf(ex.getMessage())));
	}

	private static String label(NeedsTable.Header header) {
		return header.label() != null ? header.label() : header.code();
	}

	private static Map<String, Object> cell(@Nullable String row, @Nullable String column, Figure figure) {
		Map<String, Object> cell = new LinkedHashMap<>();
		cell.put("row", row == null ? "total" : row);
		cell.put("column", column == null ? "total" : column);
		cell.put("companies", figure.companies());
		cell.put("needs", figure.needs());
		cell.put("employees", figure.employees());
		cell.put("suppressed", figure.suppressed());
		return cell;
	}

}
