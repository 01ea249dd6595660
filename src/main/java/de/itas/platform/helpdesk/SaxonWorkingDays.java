package de.itas.platform.helpdesk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in Saxony: Monday to Friday without the statewide public holidays (Fronleichnam is a holiday
 * only in some Sorbian municipalities and does not count here). Easter is computed with the Gregorian
 * computus (anonymous algorithm of Meeus/Jones/Butcher).
 */
final class SaxonWorkingDays {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(10, 3),
			MonthDay.of(10, 31), MonthDay.of(12, 25), MonthDay.of(12, 26));

	private SaxonWorkingDays() {
	}

	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

	/** Buß- und Bettag: the Wednesday before 23 November. */
	static LocalDate repentanceDay(int year) {
		return LocalDate.of(year, 11, 22).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
	}

	static Set<LocalDate> holidays(int year) {
		Set<LocalDate> days = new TreeSet<>();
		FIXED.forEach(day -> days.add(day.atYear(year)));
		LocalDate easter = easterSunday(year);
		days.add(easter.minusDays(2));
		days.add(easter.plusDays(1));
		days.add(easter.plusDays(39));
		days.add(easter.plusDays(50));
		days.add(repentanceDay(year));
		return days;
	}

	static boolean isHoliday(LocalDate day) {
		return holidays(day.getYear()).contains(day);
	}

	static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(day);
	}

	/** The {@code count}-th working day after {@code day} (the day itself never counts). */
	static LocalDate addWorkingDays(LocalDate day, int count) {
		LocalDate current = day;
		int left = count;
		while (left > 0) {
			current = current.plusDays(1);
			if (isWorkingDay(current)) {
				left--;
			}
		}
		return current;
	}

	/**
	 * The first-response deadline of an inquiry submitted at {@code submitted}: the end of the second working
	 * day after the day of submission (local time in Saxony).
	 */
	static ZonedDateTime firstResponseDue(ZonedDateTime submitted) {
		LocalDate due = addWorkingDays(submitted.withZoneSameInstant(ZONE).toLocalDate(), 2);
		return due.atTime(LocalTime.MAX.withNano(0)).atZone(ZONE);
	}

}
