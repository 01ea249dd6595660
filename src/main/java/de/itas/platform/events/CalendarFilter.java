package de.itas.platform.events;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * The calendar's filters; {@code null} or empty means no filter.
 *
 * @param past {@code false}: events that have not ended, soonest first; {@code true}: ended ones, latest first
 */
public record CalendarFilter(@Nullable EventType type, @Nullable String district, @Nullable YearMonth month,
		@Nullable String actionField, @Nullable AttendanceMode mode, boolean past, java.util.@Nullable UUID series) {

	public static final CalendarFilter UPCOMING = new CalendarFilter(null, null, null, null, null, false, null);

}
