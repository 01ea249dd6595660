package de.itas.platform.governance;

import java.math.BigDecimal;
import java.util.SortedMap;

import org.jspecify.annotations.Nullable;

/**
 * An indicator of the register.
 *
 * @param key stable key, lower case with hyphens (used in URLs and the open data)
 * @param minValue smallest value the unit allows ({@code null}: no limit)
 * @param maxValue largest value the unit allows ({@code null}: no limit)
 * @param figureKey for computed indicators, the figures contract's key they count
 * @param periodKind the periods in which values are entered (computed values are kept per month)
 * @param firstYear first year of the indicator's life: values before are refused
 * @param lastYear last year of the indicator's life
 * @param targets the target per year
 */
public record IndicatorView(String key, String title, String definition, String unit, int decimals,
		@Nullable BigDecimal minValue, @Nullable BigDecimal maxValue, Direction direction, IndicatorCounted counted,
		@Nullable BigDecimal baselineValue, @Nullable Integer baselineYear, String responsiblePartnerCode,
		String actionFieldCode, IndicatorSource source, @Nullable String figureKey, PeriodKind periodKind,
		int firstYear, int lastYear, boolean isPublic, int position, long version,
		SortedMap<Integer, BigDecimal> targets) {

	public boolean computed() {
		return source == IndicatorSource.COMPUTED;
	}

	/** Whether the period lies within the indicator's life. */
	public boolean lives(Period period) {
		return period.year() >= firstYear && period.year() <= lastYear;
	}

	/** Whether the value lies within the unit's range. */
	public boolean inRange(BigDecimal value) {
		return (minValue == null || value.compareTo(minValue) >= 0)
				&& (maxValue == null || value.compareTo(maxValue) <= 0);
	}

	public @Nullable BigDecimal target(int year) {
		return targets.get(year);
	}

}
