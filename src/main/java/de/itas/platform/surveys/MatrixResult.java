package de.itas.platform.surveys;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A matrix question as a table: its rows × the scale values (column labels), with the
 * respondents per row (row totals) and per value (column totals: respondents who gave the value in any row)
 * and the respondents of the question. A suppressed cell is {@code null}.
 */
@NamedInterface("api")
public record MatrixResult(List<String> columns, List<MatrixRow> rows, List<@Nullable Integer> columnTotals,
		@Nullable Integer total) {

	public MatrixResult {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		columnTotals = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(columnTotals));
	}

	/** One row of the matrix: the respondents per scale value and their total. */
	@NamedInterface("api")
	public record MatrixRow(String code, String label, List<@Nullable Integer> counts, @Nullable Integer total) {

		public MatrixRow {
			counts = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(counts));
		}

	}

}
