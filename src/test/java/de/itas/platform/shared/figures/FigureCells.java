package de.itas.platform.shared.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figure values as a map of cells, and the same cells counted directly: one query per month, with the month's
 * bounds computed here in Berlin time (not with {@link Months}), grouped by district. Tests of the modules'
 * figure sources compare the two.
 */
public final class FigureCells {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	public record Cell(YearMonth month, @Nullable String district) {
	}

	private FigureCells() {
	}

	/** The values as cells; a cell that is not there is zero. */
	public static Map<Cell, Long> of(Iterable<FigureValue> values) {
		Map<Cell, Long> cells = new HashMap<>();
		for (FigureValue value : values) {
			cells.put(new Cell(value.month(), value.districtCode()), value.count());
		}
		return cells;
	}

	/** A figure's published values as cells. */
	public static Map<Cell, Long> published(Figures figures, String key, YearMonth from, YearMonth to) {
		return of(figures.values(key, from, to));
	}

	/**
	 * A figure's published values, after checking that they equal the direct count of {@code sql} (see
	 * {@link #direct}) in every cell.
	 */
	public static Map<Cell, Long> checked(Figures figures, JdbcClient jdbc, String key, YearMonth from, YearMonth to,
			String sql, Instant now) {
		Map<Cell, Long> direct = direct(jdbc, sql, from, to, now);
		Map<Cell, Long> published = published(figures, key, from, to);
		assertThat(published).as(key).isEqualTo(direct);
		return published;
	}

	/**
	 * Counts made directly for each month from {@code from} to {@code to}. The query answers rows of
	 * (district, count) for one month and may use the parameters {@code :start} and {@code :end} (the month's
	 * first instant and the first instant after it, as timestamps), {@code :firstDay} and {@code :dayAfter}
	 * (the same as dates) and {@code :now} and {@code :today} (now and today in Berlin, given by the test).
	 */
	public static Map<Cell, Long> direct(JdbcClient jdbc, String sql, YearMonth from, YearMonth to,
			Instant now) {
		Map<Cell, Long> cells = new HashMap<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			LocalDate first = LocalDate.of(month.getYear(), month.getMonthValue(), 1);
			LocalDate next = first.plusMonths(1);
			YearMonth current = month;
			jdbc.sql(sql)
				.param("start", Timestamp.from(first.atStartOfDay(BERLIN).toInstant()))
				.param("end", Timestamp.from(next.atStartOfDay(BERLIN).toInstant()))
				.param("firstDay", first)
				.param("dayAfter", next)
				.param("now", Timestamp.from(now))
				.param("today", LocalDate.ofInstant(now, BERLIN))
				.query((RowCallbackHandler) rs -> {
					long count = rs.getLong(2);
					if (count > 0) {
						cells.put(new Cell(current, rs.getString(1)), count);
					}
				});
		}
		return cells;
	}

	/** The difference after minus before, per cell, without the cells that did not change. */
	public static Map<Cell, Long> change(Map<Cell, Long> before, Map<Cell, Long> after) {
		Map<Cell, Long> change = new HashMap<>();
		after.forEach((cell, count) -> change.merge(cell, count, Long::sum));
		before.forEach((cell, count) -> change.merge(cell, -count, Long::sum));
		change.values().removeIf(count -> count == 0);
		return change;
	}

}
