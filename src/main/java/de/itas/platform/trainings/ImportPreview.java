package de.itas.platform.trainings;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.web.FieldProblem;

/**
 * What a CSV file of offers would import, row by row, with every problem found. Importing is only
 * possible when there is no problem at all.
 *
 * @param fileProblems problems of the file as a whole (encoding, size, header)
 */
public record ImportPreview(List<FieldProblem> fileProblems, List<Row> rows) {

	public ImportPreview {
		fileProblems = List.copyOf(fileProblems);
		rows = List.copyOf(rows);
	}

	/**
	 * One data row.
	 *
	 * @param line the line number in the file (the header is line 1)
	 * @param problems the row's problems; their field is the column name
	 */
	public record Row(long line, String title, @Nullable LocalDate start, @Nullable String city, boolean online,
			List<FieldProblem> problems) {

		public Row {
			problems = List.copyOf(problems);
		}

		public boolean valid() {
			return problems.isEmpty();
		}

	}

	public boolean importable() {
		return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(Row::valid);
	}

	public long offerCount() {
		return rows.stream().map(Row::title).distinct().count();
	}

	public long problemCount() {
		return fileProblems.size() + rows.stream().mapToLong(row -> row.problems().size()).sum();
	}

}
