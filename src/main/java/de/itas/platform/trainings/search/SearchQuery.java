package de.itas.platform.trainings.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import de.itas.platform.trainings.Format;

/**
 * A search of the public catalogue. Every part is optional; unknown values are dropped by the caller
 * (an old bookmark still opens) or refused by the API.
 *
 * @param districtCode offers with an upcoming run in this district
 * @param place a town of the region or a district code: the centre for {@code radiusKm}
 * @param startMonth offers with a run starting in this month
 * @param maxPrice price in euro at most
 * @param skillUri offers teaching this skill
 * @param page 0-based page
 */
public record SearchQuery(@Nullable String text, @Nullable String districtCode, @Nullable String place,
		@Nullable Integer radiusKm, @Nullable YearMonth startMonth, @Nullable LocalDate startFrom,
		@Nullable Format format, @Nullable DurationClass duration, boolean azavOnly, boolean fundableOnly,
		@Nullable BigDecimal maxPrice, @Nullable String skillUri, Sort sort, int page, int size) {

	public static final int DEFAULT_SIZE = 10;
	public static final int MAX_SIZE = 100;
	public static final int MAX_RADIUS = 200;

	public enum Sort {

		RELEVANCE, START, PRICE;

		public String messageKey() {
			return "trainings.sort." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public SearchQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		districtCode = districtCode == null || districtCode.isBlank() ? null : districtCode.strip();
		place = place == null || place.isBlank() ? null : place.strip();
		skillUri = skillUri == null || skillUri.isBlank() ? null : skillUri.strip();
		page = Math.max(0, page);
		size = Math.min(MAX_SIZE, Math.max(1, size));
	}

	public static SearchQuery all(int size) {
		return new SearchQuery(null, null, null, null, null, null, null, null, false, false, null, null, Sort.RELEVANCE,
				0, size);
	}

	public SearchQuery withText(@Nullable String newText) {
		return new SearchQuery(newText, districtCode, place, radiusKm, startMonth, startFrom, format, duration, azavOnly,
				fundableOnly, maxPrice, skillUri, sort, page, size);
	}

	/** The query searching around a place, within the radius. */
	public SearchQuery withPlace(String newPlace, int newRadiusKm) {
		return new SearchQuery(text, districtCode, newPlace, newRadiusKm, startMonth, startFrom, format, duration,
				azavOnly, fundableOnly, maxPrice, skillUri, sort, page, size);
	}

	public SearchQuery withPage(int newPage) {
		return new SearchQuery(text, districtCode, place, radiusKm, startMonth, startFrom, format, duration, azavOnly,
				fundableOnly, maxPrice, skillUri, sort, newPage, size);
	}

	public SearchQuery withSort(Sort newSort) {
		return new SearchQuery(text, districtCode, place, radiusKm, startMonth, startFrom, format, duration, azavOnly,
				fundableOnly, maxPrice, skillUri, newSort, page, size);
	}

	boolean radius() {
		return place != null && radiusKm != null && radiusKm > 0;
	}

}
