package de.itas.platform.governance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import de.itas.platform.governance.OpenData;

/**
 * The open data of the steering at stable addresses: the page that explains the files (their columns, the
 * licence), the public indicators, their published values and the public measures as CSV and JSON, and the
 * DCAT-AP.de catalogue as JSON-LD. Open to visitors.
 */
@Controller
class OpenDataController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");

	private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");

	private final OpenData openData;

	OpenDataController(OpenData openData) {
		this.openData = openData;
	}

	@GetMapping("/opendata")
	String page(Model model) {
		model.addAttribute("licence", openData.licence());
		Map<String, List<String>> columns = new LinkedHashMap<>();
		columns.put("kennzahlen", OpenData.INDICATOR_COLUMNS);
		columns.put("kennzahlen-werte", OpenData.VALUE_COLUMNS);
		columns.put("massnahmen", OpenData.MEASURE_COLUMNS);
		model.addAttribute("columns", columns);
		model.addAttribute("indicatorCount", openData.indicators().size());
		model.addAttribute("measureCount", openData.measures().size());
		return "governance/steering/opendata";
	}

	@GetMapping("/opendata/kennzahlen.csv")
	ResponseEntity<byte[]> indicatorsCsv() {
		return file(openData.indicatorsCsv(), CSV);
	}

	@GetMapping("/opendata/kennzahlen.json")
	ResponseEntity<byte[]> indicatorsJson() {
		return file(openData.indicatorsJson(), JSON);
	}

	@GetMapping("/opendata/kennzahlen-werte.csv")
	ResponseEntity<byte[]> valuesCsv() {
		return file(openData.valuesCsv(), CSV);
	}

	@GetMapping("/opendata/kennzahlen-werte.json")
	ResponseEntity<byte[]> valuesJson() {
		return file(openData.valuesJson(), JSON);
	}

	@GetMapping("/opendata/massnahmen.csv")
	ResponseEntity<byte[]> measuresCsv() {
		return file(openData.measuresCsv(), CSV);
	}

	@GetMapping("/opendata/massnahmen.json")
	ResponseEntity<byte[]> measuresJson() {
		return file(openData.measuresJson(), JSON);
	}

	@GetMapping("/opendata/katalog.jsonld")
	ResponseEntity<byte[]> catalogue() {
		return file(openData.catalogue(Locale.GERMAN), JSON_LD);
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noCache())
			.header("Access-Control-Allow-Origin", "*")
			.body(content);
	}

}
