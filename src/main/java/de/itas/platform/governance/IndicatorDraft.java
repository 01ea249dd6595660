package de.itas.platform.governance;

import java.math.BigDecimal;
import java.util.SortedMap;

import org.jspecify.annotations.Nullable;

/**
 * An indicator as somebody types it into the register, before the rules are checked. Anything the form could not
 * read is {@code null} and refused by {@link Indicators}.
 *
 * @param figureKey the figure counted, for computed indicators; ignored for entered ones
 * @param targets the target per year
 */
public record IndicatorDraft(String key, String title, String definition, String unit, int decimals,
		@Nullable BigDecimal minValue, @Nullable BigDecimal maxValue, @Nullable Direction direction,
		@Nullable IndicatorCounted counted, @Nullable BigDecimal baselineValue, @Nullable Integer baselineYear,
		String responsiblePartnerCode, String actionFieldCode, @Nullable IndicatorSource source,
		@Nullable String figureKey, @Nullable PeriodKind periodKind, @Nullable Integer firstYear,
		@Nullable Integer lastYear, boolean isPublic, int position, SortedMap<Integer, BigDecimal> targets) {
}
