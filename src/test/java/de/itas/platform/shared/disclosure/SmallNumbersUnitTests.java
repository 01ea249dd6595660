package de.itas.platform.shared.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Primary suppression (fewer than five companies or persons) and secondary suppression (no hidden entry can
 * be recomputed by subtraction from its row's or column's total), for tables and for single lines.
 */
class SmallNumbersUnitTests {

	/** No line (row or column, margins included) holds exactly one hidden entry. */
	static void assertNoLineRevealsAHiddenEntry(boolean[][] hidden) {
		for (int row = 0; row < hidden.length; row++) {
			assertThat(count(hidden[row])).as("hidden entries in row %d", row).isNotEqualTo(1);
		}
		for (int column = 0; column < hidden[0].length; column++) {
			int count = 0;
			for (boolean[] line : hidden) {
				count += line[column] ? 1 : 0;
			}
			assertThat(count).as("hidden entries in column %d", column).isNotEqualTo(1);
		}
	}

	private static int count(boolean[] line) {
		int count = 0;
		for (boolean entry : line) {
			count += entry ? 1 : 0;
		}
		return count;
	}

	@Test
	void theMinimumIsFive() {
		assertThat(SmallNumbers.MIN_COUNT).isEqualTo(5);
		assertThat(SmallNumbers.shown(0)).isTrue();
		assertThat(SmallNumbers.shown(1)).isFalse();
		assertThat(SmallNumbers.shown(4)).isFalse();
		assertThat(SmallNumbers.shown(5)).isTrue();
	}

	@Test
	void entriesOfFewerThanFiveAreHiddenEmptyAndLargerOnesShown() {
		// rows: two districts + total; columns: two skills + total
		int[][] companies = { { 0, 5, 5 }, { 6, 7, 9 }, { 6, 12, 14 } };
		assertThat(SmallNumbers.suppress(companies)).isDeepEqualTo(new boolean[][] { { false, false, false },
				{ false, false, false }, { false, false, false } });
		int[][] small = { { 4, 0, 4 }, { 0, 9, 9 }, { 4, 9, 13 } };
		boolean[][] smallHidden = SmallNumbers.suppress(small);
		assertThat(smallHidden[0][0]).as("4 companies").isTrue();
		assertThat(smallHidden[0][2]).as("row total of 4 companies").isTrue();
		assertThat(smallHidden[2][0]).as("column total of 4 companies").isTrue();
		// the column totals 4 + 9 = 13: with 13 shown, 9 would reveal the hidden 4, so 9 goes too, and with it
		// the cell of 9 companies behind it and that row's total
		assertThat(smallHidden[2][1]).as("column total 9, secondary").isTrue();
		assertThat(smallHidden[1][1]).as("cell of 9, secondary").isTrue();
		assertThat(smallHidden[1][2]).as("row total 9, secondary").isTrue();
		assertThat(smallHidden[2][2]).as("grand total: two unknowns in its lines").isFalse();
		assertThat(smallHidden[0][1]).as("empty cells are never hidden").isFalse();
		assertNoLineRevealsAHiddenEntry(smallHidden);
	}

	@Test
	void theSubtractionCaseInARowHidesASecondCellOfTheRowAndThenOfEachColumn() {
		// Row 0: skill A has 3 companies (hidden); skills B (6) and C (8) and the row total (15) would be shown,
		// so A = total - B - C. Secondary suppression must hide B (the smaller) too, and then one more cell in
		// A's and B's columns.
		int[][] companies = {
				{ 3, 6, 8, 17 },
				{ 7, 9, 10, 26 },
				{ 10, 15, 18, 43 } };
		boolean[][] hidden = SmallNumbers.suppress(companies);
		assertThat(hidden).isDeepEqualTo(new boolean[][] {
				{ true, true, false, false },
				{ true, true, false, false },
				{ false, false, false, false } });
		assertNoLineRevealsAHiddenEntry(hidden);
	}

	@Test
	void theSubtractionCaseInAColumnHidesASecondCellOfTheColumnAndThenOfEachRow() {
		// the same table turned: district A has 3 companies in skill 0; the column total would reveal it
		int[][] companies = {
				{ 3, 7, 10 },
				{ 6, 9, 15 },
				{ 8, 10, 18 },
				{ 17, 26, 43 } };
		boolean[][] hidden = SmallNumbers.suppress(companies);
		assertThat(hidden).isDeepEqualTo(new boolean[][] {
				{ true, true, false },
				{ true, true, false },
				{ false, false, false },
				{ false, false, false } });
		assertNoLineRevealsAHiddenEntry(hidden);
	}

	@Test
	void whenNoOtherCellBearsCompaniesTheTotalIsHidden() {
		// Row 0's only other entry with companies is its total (7, e.g. companies counted in several columns)
		int[][] companies = {
				{ 2, 0, 7 },
				{ 0, 7, 7 },
				{ 2, 7, 9 } };
		boolean[][] hidden = SmallNumbers.suppress(companies);
		assertThat(hidden[0][0]).isTrue();
		assertThat(hidden[0][2]).as("the row total would reveal the 2").isTrue();
		assertNoLineRevealsAHiddenEntry(hidden);
	}

	@Test
	void randomTablesHideEverySmallEntryAndNeverLeaveALineWithOneHiddenEntry() {
		Random random = new Random(42);
		for (int round = 0; round < 500; round++) {
			int rows = 1 + random.nextInt(5);
			int columns = 1 + random.nextInt(6);
			int[][] companies = new int[rows + 1][columns + 1];
			for (int i = 0; i < rows; i++) {
				for (int j = 0; j < columns; j++) {
					companies[i][j] = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
					companies[i][columns] += companies[i][j];
					companies[rows][j] += companies[i][j];
					companies[rows][columns] += companies[i][j];
				}
			}
			boolean[][] hidden = SmallNumbers.suppress(companies);
			for (int i = 0; i <= rows; i++) {
				for (int j = 0; j <= columns; j++) {
					if (companies[i][j] > 0 && companies[i][j] < SmallNumbers.MIN_COUNT) {
						assertThat(hidden[i][j]).isTrue();
					}
					if (companies[i][j] == 0) {
						assertThat(hidden[i][j]).as("empty entries stay shown").isFalse();
					}
				}
			}
			assertNoLineRevealsAHiddenEntry(hidden);
		}
	}

	@Test
	void aLineHidesSmallEntriesAndTheNextSmallestWhenOnlyOneWouldBeHidden() {
		// 3 + 6 + 8 = 17: with 6, 8 and 17 shown the 3 follows by subtraction, so the 6 is hidden too
		assertThat(SmallNumbers.suppress(new int[] { 3, 6, 8, 17 })).containsExactly(true, true, false, false);
		// two small entries protect each other; the total stays
		assertThat(SmallNumbers.suppress(new int[] { 3, 2, 8, 13 })).containsExactly(true, true, false, false);
		// empty entries are neither hidden nor chosen
		assertThat(SmallNumbers.suppress(new int[] { 0, 2, 0, 9, 11 })).containsExactly(false, true, false, true, false);
		assertThat(SmallNumbers.suppress(new int[] { 0, 7, 9, 16 })).containsExactly(false, false, false, false);
		// a total below five is hidden with its entries
		assertThat(SmallNumbers.suppress(new int[] { 4, 0, 4 })).containsExactly(true, false, true);
		// the only other entry with a count is the total (answers of a multiple-choice question need not add up)
		assertThat(SmallNumbers.suppress(new int[] { 3, 0, 6 })).containsExactly(true, false, true);
		// nothing but the total
		assertThat(SmallNumbers.suppress(new int[] { 12 })).containsExactly(false);
	}

	@Test
	void randomLinesHideEverySmallEntryAndNeverExactlyOne() {
		Random random = new Random(7);
		for (int round = 0; round < 500; round++) {
			int[] counts = new int[1 + random.nextInt(8)];
			int total = 0;
			for (int i = 0; i < counts.length - 1; i++) {
				counts[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(15);
				total += counts[i];
			}
			counts[counts.length - 1] = total;
			boolean[] hidden = SmallNumbers.suppress(counts);
			assertThat(hidden).hasSameSizeAs(counts);
			for (int i = 0; i < counts.length; i++) {
				if (counts[i] > 0 && counts[i] < SmallNumbers.MIN_COUNT) {
					assertThat(hidden[i]).isTrue();
				}
			}
			assertThat(count(hidden)).as("hidden entries of %s", java.util.Arrays.toString(counts)).isNotEqualTo(1);
		}
	}

	@Test
	void aLineGivesTheSameAnswerAsATableOfOneRow() {
		int[] line = { 3, 6, 0, 8, 17 };
		// one row and its column totals (equal to the row)
		boolean[][] table = SmallNumbers.suppress(new int[][] { line, line });
		assertThat(SmallNumbers.suppress(line)).containsExactly(table[0]);
	}

	@Test
	void negativeCountsAndRaggedTablesAreRefused() {
		assertThatThrownBy(() -> SmallNumbers.suppress(new int[] { -1, 5, 4 }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("-1");
		assertThatThrownBy(() -> SmallNumbers.suppress(new int[][] { { 1, 2, 3 }, { 1, 2 } }))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Row 1");
	}

}
