package de.itas.platform.governance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month, quarter or year. Its code is {@code 2025} (year), {@code 2025-Q2} (quarter) or {@code 2025-03} (month);
 * it starts on the first day of its first month.
 *
 * @param number the month (1-12), the quarter (1-4) or 1 for a year
 */
public record Period(PeriodKind kind, int year, int number) implements Comparable<Period> {

	private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(\\d{2}))?");

	public Period {
		Objects.requireNonNull(kind, "kind");
		if (year < 1900 || year > 2200) {
			throw new IllegalArgumentException("Year out of range: " + year);
		}
		if (number < 1 || number > kind.perYear()) {
			throw new IllegalArgumentException("A year has no " + kind + " " + number);
		}
	}

	public static Period year(int year) {
		return new Period(PeriodKind.YEAR, year, 1);
	}

	public static Period quarter(int year, int quarter) {
		return new Period(PeriodKind.QUARTER, year, quarter);
	}

	public static Period month(YearMonth month) {
		return new Period(PeriodKind.MONTH, month.getYear(), month.getMonthValue());
	}

	/** The period of the given kind that contains the day. */
	public static Period containing(PeriodKind kind, LocalDate day) {
		return new Period(kind, day.getYear(), (day.getMonthValue() - 1) / kind.months() + 1);
	}

	/** The period of the given kind that starts on the day; refused when no period of the kind starts there. */
	public static Period startingOn(PeriodKind kind, LocalDate start) {
		Period period = containing(kind, start);
		if (!period.start().equals(start)) {
			throw new IllegalArgumentException("No " + kind + " starts on " + start);
		}
		return period;
	}

	/**
	 * Reads a code ({@code 2025}, {@code 2025-Q2}, {@code 2025-03}).
	 *
	 * @throws IllegalArgumentException for anything else
	 */
	public static Period parse(String code) {
		Matcher matcher = CODE.matcher(code.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a period: " + code);
		}
		int year = Integer.parseInt(matcher.group(1));
		if (matcher.group(2) != null) {
			return quarter(year, Integer.parseInt(matcher.group(2)));
		}
		if (matcher.group(3) != null) {
			int month = Integer.parseInt(matcher.group(3));
			if (month < 1 || month > 12) {
				throw new IllegalArgumentException("Not a month: " + code);
			}
			return new Period(PeriodKind.MONTH, year, month);
		}
		return year(year);
	}

	public String code() {
		return switch (kind) {
			case YEAR -> Integer.toString(year);
			case QUARTER -> year + "-Q" + number;
			case MONTH -> String.format("%d-%02d", year, number);
		};
	}

	public YearMonth firstMonth() {
		return YearMonth.of(year, (number - 1) * kind.months() + 1);
	}

	public YearMonth lastMonth() {
		return firstMonth().plusMonths(kind.months() - 1L);
	}

	/** The first day. */
	public LocalDate start() {
		return firstMonth().atDay(1);
	}

	/** The first day after the period. */
	public LocalDate end() {
		return lastMonth().plusMonths(1).atDay(1);
	}

	public boolean contains(YearMonth month) {
		return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
	}

	public Period next() {
		return containing(kind, end());
	}

	/** All periods of the kind in the years {@code from} to {@code to} (inclusive), in order. */
	public static List<Period> all(PeriodKind kind, int from, int to) {
		List<Period> periods = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			for (int number = 1; number <= kind.perYear(); number++) {
				periods.add(new Period(kind, year, number));
			}
		}
		return periods;
	}

	@Override
	public int compareTo(Period other) {
		int byStart = start().compareTo(other.start());
		return byStart != 0 ? byStart : Integer.compare(kind.months(), other.kind.months());
	}

	@Override
	public String toString() {
		return code();
	}

}
