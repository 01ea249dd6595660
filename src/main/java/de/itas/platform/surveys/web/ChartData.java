package de.itas.platform.surveys.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.itas.platform.surveys.MatrixResult;
import de.itas.platform.surveys.QuestionResult;
import de.itas.platform.surveys.ResultsView;

/**
 * The figures of a stacked bar chart for {@code itas.js}: one series per scale value, separated by
 * {@code ;}, each with the value's count per matrix row, separated by {@code |}; a suppressed cell is empty
 * and drawn as no bar.
 */
final class ChartData {

	private ChartData() {
	}

	/** The stacked values of every matrix question of the view, by question code. */
	static Map<String, String> stacked(ResultsView view) {
		Map<String, String> charts = new LinkedHashMap<>();
		for (QuestionResult question : view.questions()) {
			if (question.matrix() != null) {
				charts.put(question.code(), stacked(question.matrix()));
			}
		}
		return charts;
	}

	static String stacked(MatrixResult matrix) {
		StringBuilder values = new StringBuilder();
		for (int column = 0; column < matrix.columns().size(); column++) {
			if (column > 0) {
				values.append(';');
			}
			int c = column;
			List<MatrixResult.MatrixRow> rows = matrix.rows();
			values.append(rows.stream()
				.map(row -> row.counts().get(c) == null ? "" : String.valueOf(row.counts().get(c)))
				.collect(Collectors.joining("|")));
		}
		return values.toString();
	}

}
