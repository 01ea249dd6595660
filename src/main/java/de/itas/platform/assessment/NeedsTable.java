package de.itas.platform.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Open qualification needs aggregated by two dimensions (rows × columns) with row and column totals, after
 * primary and secondary suppression ({@link de.itas.platform.shared.disclosure.SmallNumbers}).
 */
public record NeedsTable(NeedsMap.Dimension rowDimension, NeedsMap.Dimension columnDimension, List<Header> rows,
		List<Header> columns, List<List<Figure>> cells, List<Figure> rowTotals, List<Figure> columnTotals, Figure total,
		int suppressedCells) {

	/**
	 * A row or column heading: a code (district code, skill URI, ISCO group, horizon) and a label, or a
	 * message key for labels that come from the bundles.
	 */
	public record Header(String code, @Nullable String label, @Nullable String labelKey) {
	}

}
