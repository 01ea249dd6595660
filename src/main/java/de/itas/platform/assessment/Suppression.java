package de.itas.platform.assessment;

/**
 * Statistical disclosure control for tables of companies: a cell that stands for fewer than
 * {@link #MIN_COMPANIES} distinct companies is suppressed (primary suppression), and so is every further
 * cell needed so that no suppressed cell can be recomputed by subtracting the shown cells of its row or
 * column from the row's or column's total (secondary suppression).
 * <p>
 * The grid includes the margins: the last column holds the row totals, the last row the column totals and
 * the bottom-right cell the grand total. Every line (each row and each column, margins included) is treated
 * as "total = sum of the other entries" and must end with either no suppressed entry or at least two. Where
 * a line has exactly one, the shown entry with the fewest companies is suppressed as well (an inner cell
 * before the line's total), until no line has exactly one. Empty cells (no company) are shown as zero and
 * never chosen: they carry no information about a company, and hiding them would protect nothing.
 */
final class Suppression {

	static final int MIN_COMPANIES = 5;

	private Suppression() {
	}

	/**
	 * Which entries of the grid to hide.
	 *
	 * @param companies distinct companies per entry, margins included ({@code [rows + 1][columns + 1]})
	 */
	static boolean[][] suppress(int[][] companies) {
		int rows = companies.length;
		int columns = rows == 0 ? 0 : companies[0].length;
		boolean[][] hidden = new boolean[rows][columns];
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				int count = companies[row][column];
				hidden[row][column] = count > 0 && count < MIN_COMPANIES;
			}
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int row = 0; row < rows && !changed; row++) {
				changed = protectLine(companies, hidden, row, true);
			}
			for (int column = 0; column < columns && !changed; column++) {
				changed = protectLine(companies, hidden, column, false);
			}
		}
		return hidden;
	}

	/** Hides one more entry of the line if exactly one is hidden; answers whether it did. */
	private static boolean protectLine(int[][] companies, boolean[][] hidden, int line, boolean isRow) {
		int length = isRow ? companies[0].length : companies.length;
		int hiddenCount = 0;
		for (int i = 0; i < length; i++) {
			if (isRow ? hidden[line][i] : hidden[i][line]) {
				hiddenCount++;
			}
		}
		if (hiddenCount != 1) {
			return false;
		}
		int best = -1;
		for (int i = 0; i < length - 1; i++) {
			int count = isRow ? companies[line][i] : companies[i][line];
			boolean isHidden = isRow ? hidden[line][i] : hidden[i][line];
			if (!isHidden && count > 0
					&& (best < 0 || count < (isRow ? companies[line][best] : companies[best][line]))) {
				best = i;
			}
		}
		if (best < 0) {
			int total = isRow ? companies[line][length - 1] : companies[length - 1][line];
			boolean totalHidden = isRow ? hidden[line][length - 1] : hidden[length - 1][line];
			if (totalHidden || total == 0) {
				return false;
			}
			best = length - 1;
		}
		if (isRow) {
			hidden[line][best] = true;
		}
		else {
			hidden[best][line] = true;
		}
		return true;
	}

}
