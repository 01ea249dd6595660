package de.itas.platform.shared.figures;

import java.time.YearMonth;

import org.springframework.jdbc.core.RowMapper;

/**
 * Reads the rows of a grouped figure query: columns {@code month} ({@code yyyy-MM}, e.g. from
 * {@link Months#sqlMonthOf(String)}), {@code district} (the district code or {@code NULL}) and {@code count}.
 */
public final class FigureRows {

	private FigureRows() {
	}

	public static RowMapper<FigureValue> of(String key) {
		return (rs, row) -> new FigureValue(key, YearMonth.parse(rs.getString("month")), rs.getString("district"),
				rs.getLong("count"));
	}

}
