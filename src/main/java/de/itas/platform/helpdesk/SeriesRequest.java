package de.itas.platform.helpdesk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A weekly series of slots as an advisor asks for it.
 *
 * @param startTime local time in Saxony; absent when not typed or not a time
 * @param firstDay absent when not typed or not a date
 * @param skipped days on which no slot is created
 * @param skippedInvalid the first skipped day as typed that is no date (reported at its field), if any
 */
public record SeriesRequest(String teamCode, SlotKind kind, @Nullable String deskCode, Set<DayOfWeek> weekdays,
		@Nullable LocalTime startTime, int minutes, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay,
		Set<LocalDate> skipped, @Nullable String skippedInvalid, Set<Topic> topics) {
}
