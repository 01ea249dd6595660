package de.itas.platform.trainings.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.trainings.Format;
import de.itas.platform.trainings.search.DurationClass;
import de.itas.platform.trainings.search.SearchQuery;

/**
 * The search page's URL parameters (German names, every filter in the URL so that a state can be shared
 * and the back button works). Unknown values are ignored rather than refused: an old link still opens.
 */
final class SearchParameters {

	private SearchParameters() {
	}

	static SearchQuery parse(@Nullable String text, @Nullable String district, @Nullable String place,
			@Nullable String radius, @Nullable String month, @Nullable String format, @Nullable String duration,
			@Nullable String azav, @Nullable String fundable, @Nullable String maxPrice, @Nullable String skill,
			@Nullable String sort, @Nullable String page) {
		return new SearchQuery(text, district, place, positive(radius), month(month), null, OfferForm.format(format),
				parse(DurationClass.class, duration), flag(azav), flag(fundable), price(maxPrice), skill,
				Optional.ofNullable(parse(SearchQuery.Sort.class, sort)).orElse(SearchQuery.Sort.RELEVANCE),
				pageIndex(page), SearchQuery.DEFAULT_SIZE);
	}

	static String link(SearchQuery query, int pageNumber) {
		return UriComponentsBuilder.fromPath("/weiterbildung")
			.queryParamIfPresent("q", Optional.ofNullable(query.text()))
			.queryParamIfPresent("landkreis", Optional.ofNullable(query.districtCode()))
			.queryParamIfPresent("ort", Optional.ofNullable(query.place()))
			.queryParamIfPresent("umkreis", Optional.ofNullable(query.radiusKm()))
			.queryParamIfPresent("monat", Optional.ofNullable(query.startMonth()))
			.queryParamIfPresent("format", Optional.ofNullable(query.format()).map(Enum::name))
			.queryParamIfPresent("dauer", Optional.ofNullable(query.duration()).map(Enum::name))
			.queryParamIfPresent("azav", query.azavOnly() ? Optional.of("1") : Optional.empty())
			.queryParamIfPresent("foerderfaehig", query.fundableOnly() ? Optional.of("1") : Optional.empty())
			.queryParamIfPresent("maxpreis", Optional.ofNullable(query.maxPrice()).map(BigDecimal::toPlainString))
			.queryParamIfPresent("kompetenz", Optional.ofNullable(query.skillUri()))
			.queryParamIfPresent("sortierung",
					query.sort() == SearchQuery.Sort.RELEVANCE ? Optional.empty() : Optional.of(query.sort().name()))
			.queryParam("seite", pageNumber)
			.encode()
			.build()
			.toUriString();
	}

	static boolean flag(@Nullable String value) {
		return value != null && (value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
	}

	static @Nullable Integer positive(@Nullable String value) {
		try {
			int number = value == null ? 0 : Integer.parseInt(value.strip());
			return number > 0 ? Math.min(number, SearchQuery.MAX_RADIUS) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static @Nullable YearMonth month(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static @Nullable LocalDate date(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static @Nullable BigDecimal price(@Nullable String value) {
		BigDecimal price = OfferForm.number(null, "maxPrice", value);
		return price == null || price.signum() < 0 ? null : price;
	}

	/** The typed maximum price when it is no amount of euro from 0 ("abc", "-5"); null when it is one or empty. */
	static @Nullable String refusedPrice(@Nullable String value) {
		return value == null || value.isBlank() || price(value) != null ? null : value.strip();
	}

	static int pageIndex(@Nullable String page) {
		try {
			return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
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
