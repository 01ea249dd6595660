package de.itas.platform.helpdesk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A weekly series of slots as its advisor sees it.
 *
 * @param free how many of its coming slots are free
 * @param booked how many of its coming slots are booked
 */
public record SeriesSummary(long id, SlotKind kind, List<DayOfWeek> weekdays, LocalTime startTime, int minutes,
		LocalDate firstDay, LocalDate lastDay, int free, int booked) {
}
