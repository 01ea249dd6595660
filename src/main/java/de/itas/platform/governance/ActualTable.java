package de.itas.platform.governance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An indicator's values as a table: one row per period, one column per district of the region (in the region's
 * order), then {@link #UNKNOWN} (computed values whose district is not known) and the region {@link #TOTAL}.
 *
 * @param columns district codes, then {@link #UNKNOWN} where it has values, then {@link #TOTAL}
 * @param rows the periods, in order, each with its cells by column
 * @param missingYears years of the table without data to show (computed: no snapshot yet)
 */
public record ActualTable(IndicatorView indicator, List<String> columns, List<Row> rows, List<Integer> missingYears) {

	/** Column of the region's total. */
	public static final String TOTAL = "total";

	/** Column of computed values whose district is not known (e.g. online participation). */
	public static final String UNKNOWN = "unknown";

	/**
	 * One cell.
	 *
	 * @param value the value, {@code null} when none was entered or counted, or when it is suppressed
	 * @param suppressed hidden by the small-number rule (shown as "&lt; 5")
	 * @param provisional entered and not yet signed off, or computed in a snapshot not yet signed off
	 */
	public record Cell(@Nullable BigDecimal value, boolean suppressed, boolean provisional) {

		public static final Cell EMPTY = new Cell(null, false, false);

		public boolean empty() {
			return value == null && !suppressed;
		}

	}

	public record Row(Period period, Map<String, Cell> cells) {

		public Cell cell(String column) {
			return Optional.ofNullable(cells.get(column)).orElse(Cell.EMPTY);
		}

		public Cell total() {
			return cell(TOTAL);
		}

	}

	/** Rows of one year. */
	public List<Row> year(int year) {
		return rows.stream().filter(row -> row.period().year() == year).toList();
	}

}
