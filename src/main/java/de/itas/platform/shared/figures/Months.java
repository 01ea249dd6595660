package de.itas.platform.shared.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Calendar months of the figures: the platform's region keeps Berlin time, so a month begins at midnight in
 * Berlin (an inquiry at 23:30 UTC on 31 January belongs to February).
 */
public final class Months {

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private Months() {
	}

	/** The first instant of the month. */
	public static Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(ZONE).toInstant();
	}

	/** The first instant after the month. */
	public static Instant end(YearMonth month) {
		return start(month.plusMonths(1));
	}

	/** {@link #start(YearMonth)} as a JDBC parameter for a {@code TIMESTAMPTZ} column. */
	public static OffsetDateTime startParameter(YearMonth month) {
		return start(month).atZone(ZONE).toOffsetDateTime();
	}

	/** {@link #end(YearMonth)} as a JDBC parameter for a {@code TIMESTAMPTZ} column. */
	public static OffsetDateTime endParameter(YearMonth month) {
		return end(month).atZone(ZONE).toOffsetDateTime();
	}

	/** The first day of the month, for {@code DATE} columns. */
	public static LocalDate firstDay(YearMonth month) {
		return month.atDay(1);
	}

	/** The first day after the month, for {@code DATE} columns. */
	public static LocalDate dayAfter(YearMonth month) {
		return month.plusMonths(1).atDay(1);
	}

	/**
	 * PostgreSQL expression for the month ({@code yyyy-MM}, as {@link YearMonth#parse}) of a
	 * {@code TIMESTAMPTZ} column in Berlin time.
	 */
	public static String sqlMonthOf(String timestampColumn) {
		return "to_char(" + timestampColumn + " AT TIME ZONE 'Europe/Berlin', 'YYYY-MM')";
	}

	/** PostgreSQL expression for the month ({@code yyyy-MM}) of a {@code DATE} column. */
	public static String sqlMonthOfDate(String dateColumn) {
		return "to_char(" + dateColumn + ", 'YYYY-MM')";
	}

	/** The month of the instant in Berlin time. */
	public static YearMonth of(Instant instant) {
		return YearMonth.from(instant.atZone(ZONE));
	}

}
