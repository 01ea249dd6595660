package de.itas.platform.assessment.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.assessment.CheckFigures;
import de.itas.platform.assessment.Checks;
import de.itas.platform.assessment.Horizon;
import de.itas.platform.assessment.NeedsExport;
import de.itas.platform.assessment.NeedsMap;
import de.itas.platform.assessment.NeedsTable;
import de.itas.platform.assessment.Suppressions;
import de.itas.platform.assessment.Urgency;
import de.itas.platform.shared.web.Htmx;

/**
 * The needs map for advisors, coordination and admins: districts × skill, occupation group or horizon,
 * filtered by horizon and urgency, as a table with heat-map colours, and as CSV and XLSX. The page and
 * its htmx fragment come from one method.
 */
@Controller
@RequestMapping("/bedarfslandkarte")
class NeedsMapController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final NeedsMap map;
	private final NeedsExport export;
	private final CheckFigures checkFigures;
	private final Checks checks;

	NeedsMapController(NeedsMap map, NeedsExport export, CheckFigures checkFigures, Checks checks) {
		this.map = map;
		this.export = export;
		this.checkFigures = checkFigures;
		this.checks = checks;
	}

	@GetMapping
	String page(@RequestParam(name = "spalten", defaultValue = "skill") String columns,
			@RequestParam(name = "horizont", required = false) @Nullable String horizon,
			@RequestParam(name = "dringlichkeit", required = false) @Nullable String urgency, Model model,
			HttpServletRequest request) {
		NeedsMap.Dimension columnDimension = columns(columns);
		NeedsMap.Filter filter = filter(columnDimension, horizon, urgency);
		model.addAttribute("table", map.table(NeedsMap.Dimension.DISTRICT, columnDimension, filter));
		model.addAttribute("columnChoices", List.of(NeedsMap.Dimension.SKILL, NeedsMap.Dimension.OCCUPATION,
				NeedsMap.Dimension.HORIZON));
		model.addAttribute("columns", columnDimension);
		model.addAttribute("horizons", Horizon.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("filter", filter);
		model.addAttribute("minimum", Suppressions.MIN_COMPANIES);
		model.addAttribute("query", request.getQueryString() == null ? "" : "?" + request.getQueryString());
		model.addAttribute("checkFigures", checkFigures.byDistrict());
		model.addAttribute("questionnaire", checks.currentQuestionnaire());
		return Htmx.view(request, "assessment/map", "map");
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(@RequestParam(name = "spalten", defaultValue = "skill") String columns,
			@RequestParam(name = "horizont", required = false) @Nullable String horizon,
			@RequestParam(name = "dringlichkeit", required = false) @Nullable String urgency, Locale locale) {
		NeedsMap.Dimension columnDimension = columns(columns);
		NeedsTable table = map.table(NeedsMap.Dimension.DISTRICT, columnDimension, filter(columnDimension, horizon, urgency));
		// a byte-order mark, so that spreadsheet programs read the umlauts as UTF-8
		byte[] body = ("\uFEFF" + export.csv(table, locale)).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("bedarfslandkarte.csv").build().toString())
			.body(body);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(name = "spalten", defaultValue = "skill") String columns,
			@RequestParam(name = "horizont", required = false) @Nullable String horizon,
			@RequestParam(name = "dringlichkeit", required = false) @Nullable String urgency, Locale locale) {
		NeedsMap.Dimension columnDimension = columns(columns);
		NeedsTable table = map.table(NeedsMap.Dimension.DISTRICT, columnDimension, filter(columnDimension, horizon, urgency));
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("bedarfslandkarte.xlsx").build().toString())
			.body(export.xlsx(table, locale));
	}

	private static NeedsMap.Dimension columns(String value) {
		try {
			NeedsMap.Dimension dimension = NeedsMap.Dimension.parse(value);
			return dimension == NeedsMap.Dimension.DISTRICT ? NeedsMap.Dimension.SKILL : dimension;
		}
		catch (IllegalArgumentException ex) {
			return NeedsMap.Dimension.SKILL;
		}
	}

	/** Unknown filter values (old links) count as "all". */
	private static NeedsMap.Filter filter(NeedsMap.Dimension columns, @Nullable String horizon, @Nullable String urgency) {
		return new NeedsMap.Filter(columns == NeedsMap.Dimension.HORIZON ? null : parse(Horizon.class, horizon),
				parse(Urgency.class, urgency));
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
