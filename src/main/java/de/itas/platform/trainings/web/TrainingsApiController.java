package de.itas.platform.trainings.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.itas.platform.region.Region;
import de.itas.platform.trainings.Format;
import de.itas.platform.trainings.search.DurationClass;
import de.itas.platform.trainings.search.SearchQuery;
import de.itas.platform.trainings.search.SearchResult;
import de.itas.platform.trainings.search.TrainingSearch;

/**
 * {@code GET /api/v1/trainings}: the catalogue search as JSON. Unlike the page, the API refuses values it
 * does not understand with 400 and the field's error, so that a client learns about its mistake.
 */
@RestController
class TrainingsApiController {

	private final TrainingSearch search;
	private final Region region;

	TrainingsApiController(TrainingSearch search, Region region) {
		this.search = search;
		this.region = region;
	}

	@GetMapping("/api/v1/trainings")
	ResponseEntity<?> search(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "district", required = false) @Nullable String district,
			@RequestParam(name = "place", required = false) @Nullable String place,
			@RequestParam(name = "radius", required = false) @Nullable String radius,
			@RequestParam(name = "format", required = false) @Nullable String format,
			@RequestParam(name = "duration", required = false) @Nullable String duration,
			@RequestParam(name = "from", required = false) @Nullable String from,
			@RequestParam(name = "azav", required = false) @Nullable String azav,
			@RequestParam(name = "fundable", required = false) @Nullable String fundable,
			@RequestParam(name = "maxPrice", required = false) @Nullable String maxPrice,
			@RequestParam(name = "skill", required = false) @Nullable String skill,
			@RequestParam(name = "sort", required = false) @Nullable String sort,
			@RequestParam(name = "page", required = false) @Nullable String page,
			@RequestParam(name = "size", required = false) @Nullable String size) {
		List<Map<String, String>> errors = new ArrayList<>();
		if (district != null && !district.isBlank() && region.district(district.strip()).isEmpty()) {
			errors.add(error("district", "unknown district"));
		}
		Integer radiusKm = null;
		if (radius != null && !radius.isBlank()) {
			radiusKm = SearchParameters.positive(radius);
			if (radiusKm == null || place == null || place.isBlank()) {
				errors.add(error("radius", "a whole number of km from 1 to " + SearchQuery.MAX_RADIUS + ", with place"));
			}
		}
		Format chosenFormat = OfferForm.format(format);
		if (format != null && !format.isBlank() && chosenFormat == null) {
			errors.add(error("format", "one of PRESENCE, ONLINE, HYBRID, BLENDED"));
		}
		DurationClass chosenDuration = SearchParameters.parse(DurationClass.class, duration);
		if (duration != null && !duration.isBlank() && chosenDuration == null) {
			errors.add(error("duration", "one of SHORT, MEDIUM, LONG"));
		}
		YearMonth month = null;
		LocalDate startFrom = null;
		if (from != null && !from.isBlank()) {
			startFrom = SearchParameters.date(from);
			month = startFrom == null ? SearchParameters.month(from) : null;
			if (startFrom == null && month == null) {
				errors.add(error("from", "a date (yyyy-mm-dd) or a month (yyyy-mm)"));
			}
		}
		BigDecimal price = null;
		if (maxPrice != null && !maxPrice.isBlank()) {
			price = SearchParameters.price(maxPrice);
			if (price == null) {
				errors.add(error("maxPrice", "a non-negative number"));
			}
		}
		SearchQuery.Sort chosenSort = SearchParameters.parse(SearchQuery.Sort.class, sort);
		if (sort != null && !sort.isBlank() && chosenSort == null) {
			errors.add(error("sort", "one of RELEVANCE, START, PRICE"));
		}
		int pageIndex = whole(page, 0, 10_000, "page", errors, 0);
		int pageSize = whole(size, 1, SearchQuery.MAX_SIZE, "size", errors, SearchQuery.DEFAULT_SIZE);
		if (text != null && text.length() > 200) {
			errors.add(error("q", "at most 200 characters"));
		}
		if (!errors.isEmpty()) {
			return ResponseEntity.badRequest().body(Map.of("errors", errors));
		}
		SearchQuery query = new SearchQuery(text, district, place, radiusKm, month, startFrom, chosenFormat,
				chosenDuration, SearchParameters.flag(azav), SearchParameters.flag(fundable), price, skill,
				chosenSort == null ? SearchQuery.Sort.RELEVANCE : chosenSort, pageIndex, pageSize);
		SearchResult result = search.search(query);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("total", result.total());
		body.put("page", result.page().page());
		body.put("size", result.page().size());
		body.put("results", result.results());
		Map<String, Object> facets = new LinkedHashMap<>();
		facets.put("district", result.facets().districts());
		facets.put("format", result.facets().formats());
		facets.put("duration", result.facets().durations());
		facets.put("azav", result.facets().azav());
		facets.put("fundable", result.facets().fundable());
		facets.put("skill", result.facets().skills());
		body.put("facets", facets);
		return ResponseEntity.ok(body);
	}

	private static int whole(@Nullable String value, int min, int max, String field, List<Map<String, String>> errors,
			int fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(error(field, "a whole number from " + min + " to " + max));
		return fallback;
	}

	private static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

}
