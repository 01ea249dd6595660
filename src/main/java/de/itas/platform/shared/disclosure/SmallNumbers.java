package de.itas.platform.shared.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The platform's rule for publishing counts of companies or persons: an entry that stands for fewer than
 * {@link #MIN_COUNT} distinct companies or persons is hidden (primary suppression), and so is every further
 * entry needed so that no hidden entry can be recomputed by subtracting the shown entries of its line from
 * the line's total (secondary suppression).
 * <p>
 * Counts are given with their totals (margins): in a table the last column holds the row totals, the last
 * row the column totals and the bottom-right entry the grand total; in a single line the last entry is the
 * total. Every line (each row and each column, margins included) is treated as "total = sum of the other
 * entries" and must end with either no hidden entry or at least two. Where a line has exactly one, the
 * shown entry with the smallest count is hidden as well (an inner entry before the line's total), until no
 * line has exactly one. Empty entries (zero) are shown and never chosen: they carry no information about
 * anyone, and hiding them would protect nothing.
 * <p>
 * Where the entries of a line do not add up to its total (e.g. a multiple-choice question, where a person
 * may be counted in several answers), the secondary step protects more than needed, never less.
 * Suppression protects within one table: differences between different tables of the same data (e.g. a
 * filtered and an unfiltered one) are not controlled.
 */
public final class SmallNumbers {

	/** An entry is shown only when at least this many distinct companies or persons stand behind it. */
	public static final int MIN_COUNT = 5;

	private SmallNumbers() {
	}

	/** Whether a single count may be shown on its own (zero or at least {@link #MIN_COUNT}). */
	public static boolean shown(long count) {
		return count == 0 || count >= MIN_COUNT;
	}

	/**
	 * Which entries of a table to hide.
	 *
	 * @param countsWithMargins distinct companies or persons per entry, margins included
	 * ({@code [rows + 1][columns + 1]}, every row of the same length)
	 * @return {@code true} for every entry to hide, in the same shape
	 */
	public static boolean[][] suppress(int[][] countsWithMargins) {
		int rows = countsWithMargins.length;
		int columns = rows == 0 ? 0 : countsWithMargins[0].length;
		int[] counts = new int[rows * columns];
		for (int row = 0; row < rows; row++) {
			if (countsWithMargins[row].length != columns) {
				throw new IllegalArgumentException("Row " + row + " has " + countsWithMargins[row].length
						+ " entries, the first has " + columns);
			}
			System.arraycopy(countsWithMargins[row], 0, counts, row * columns, columns);
		}
		List<int[]> lines = new ArrayList<>();
		for (int row = 0; row < rows; row++) {
			int[] line = new int[columns];
			for (int column = 0; column < columns; column++) {
				line[column] = row * columns + column;
			}
			lines.add(line);
		}
		for (int column = 0; column < columns; column++) {
			int[] line = new int[rows];
			for (int row = 0; row < rows; row++) {
				line[row] = row * columns + column;
			}
			lines.add(line);
		}
		boolean[] hidden = suppress(counts, lines);
		boolean[][] result = new boolean[rows][columns];
		for (int row = 0; row < rows; row++) {
			System.arraycopy(hidden, row * columns, result[row], 0, columns);
		}
		return result;
	}

	/**
	 * Which entries of a single line to hide, e.g. the answers to one question with the number of people who
	 * answered, or the participants per district with the region's total.
	 *
	 * @param countsWithTotal distinct companies or persons per entry, the total last
	 * @return {@code true} for every entry to hide, the total last
	 */
	public static boolean[] suppress(int[] countsWithTotal) {
		int[] line = new int[countsWithTotal.length];
		for (int i = 0; i < line.length; i++) {
			line[i] = i;
		}
		return suppress(countsWithTotal, List.<int[]>of(line));
	}

	/**
	 * Primary suppression, then secondary suppression line by line (starting over at the first line after
	 * every change) until no line has exactly one hidden entry.
	 *
	 * @param lines indices into {@code counts}, each line's total last
	 */
	private static boolean[] suppress(int[] counts, List<int[]> lines) {
		boolean[] hidden = new boolean[counts.length];
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] < 0) {
				throw new IllegalArgumentException("Negative count " + counts[i]);
			}
			hidden[i] = counts[i] > 0 && counts[i] < MIN_COUNT;
		}
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int[] line : lines) {
				if (protect(counts, hidden, line)) {
					changed = true;
					break;
				}
			}
		}
		return hidden;
	}

	/** Hides one more entry of the line if exactly one is hidden; answers whether it did. */
	private static boolean protect(int[] counts, boolean[] hidden, int[] line) {
		int hiddenCount = 0;
		for (int index : line) {
			if (hidden[index]) {
				hiddenCount++;
			}
		}
		if (hiddenCount != 1) {
			return false;
		}
		int best = -1;
		for (int i = 0; i < line.length - 1; i++) {
			int index = line[i];
			if (!hidden[index] && counts[index] > 0 && (best < 0 || counts[index] < counts[best])) {
				best = index;
			}
		}
		if (best < 0) {
			int total = line[line.length - 1];
			if (hidden[total] || counts[total] == 0) {
				return false;
			}
			best = total;
		}
		hidden[best] = true;
		return true;
	}

}
