package de.itas.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Primary suppression (fewer than five companies) and secondary suppression (no suppressed cell can be
 * recomputed by subtraction from its row's or column's total).
 */
class SuppressionUnitTests {

	/** No line (row or column, margins included) holds exactly one hidden entry. */
	static void assertNoLineRevealsAHiddenEntry(boolean[][] hidden) {
		for (int row = 0; row < hidden.length; row++) {
			int count = 0;
			for (boolean entry : hidden[row]) {
				count += entry ? 1 : 0;
			}
			assertThat(count).as("hidden entries in row %d", row).isNotEqualTo(1);
		}
		for (int column = 0; column < hidden[0].length; column++) {
			int count = 0;
			for (boolean[] line : hidden) {
				count += line[column] ? 1 : 0;
			}
			assertThat(count).as("hidden entries in column %d", column).isNotEqualTo(1);
		}
	}

	@Test
	void cellsOfFewerThanFiveCompaniesAreHiddenEmptyAndLargerOnesShown() {
		// rows: two districts + total; columns: two skills + total
		int[][] companies = { { 0, 5, 5 }, { 6, 7, 9 }, { 6, 12, 14 } };
		boolean[][] hidden = Suppression.suppress(companies);
		assertThat(hidden).isDeepEqualTo(new boolean[][] { { false, false, false }, { false, false, false },
				{ false, false, false } });
		int[][] small = { { 4, 0, 4 }, { 0, 9, 9 }, { 4, 9, 13 } };
		boolean[][] smallHidden = Suppression.suppress(small);
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
	void theSubtractionCaseHidesASecondCellInTheRowAndColumn() {
		// Row 0: skill A has 3 companies (hidden); skills B (6) and C (8) and the row total (15) would be shown,
		// so A's figures = total - B - C. Secondary suppression must hide B (the smaller) too, and then one
		// more cell in B's and A's columns.
		int[][] companies = {
				{ 3, 6, 8, 15 },
				{ 7, 9, 10, 20 },
				{ 10, 15, 18, 35 } };
		boolean[][] hidden = Suppression.suppress(companies);
		assertThat(hidden[0][0]).as("primary").isTrue();
		assertThat(hidden[0][1]).as("secondary in the row: the smallest other cell").isTrue();
		assertThat(hidden[0][2]).isFalse();
		assertThat(hidden[0][3]).as("the row total stays shown: two unknowns in the row").isFalse();
		assertThat(hidden[1][0]).as("secondary in column A").isTrue();
		assertThat(hidden[1][1]).as("secondary in column B").isTrue();
		assertNoLineRevealsAHiddenEntry(hidden);
	}

	@Test
	void aSecondaryCellWithManyCompaniesIsNotRecomputableFromItsTotal() {
		// Row 0 has one small cell and one of 7 companies; column 1 forces hiding (1, 1) ... and a row whose only
		// other company-bearing entry is its total must hide the total.
		int[][] companies = {
				{ 2, 0, 2 },
				{ 0, 7, 7 },
				{ 2, 7, 9 } };
		boolean[][] hidden = Suppression.suppress(companies);
		assertThat(hidden[0][0]).isTrue();
		assertNoLineRevealsAHiddenEntry(hidden);
	}

	@Test
	void randomTablesNeverLeaveALineWithOneHiddenEntry() {
		java.util.Random random = new java.util.Random(42);
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
			boolean[][] hidden = Suppression.suppress(companies);
			for (int i = 0; i <= rows; i++) {
				for (int j = 0; j <= columns; j++) {
					if (companies[i][j] > 0 && companies[i][j] < Suppression.MIN_COMPANIES) {
						assertThat(hidden[i][j]).isTrue();
					}
				}
			}
			assertNoLineRevealsAHiddenEntry(hidden);
		}
	}

	@Test
	void theNeedsTableSuppressesByDistinctCompaniesAndHidesAllFiguresOfASuppressedCell() {
		List<NeedRepository.NeedRow> rows = new ArrayList<>();
		NeedDetails.Skill hv = new NeedDetails.Skill("s:hv", "Hochvolt");
		NeedDetails.Skill cnc = new NeedDetails.Skill("s:cnc", "CNC");
		// district "z": 6 companies need HV, 2 of them also CNC; one company records CNC three times
		UUID repeated = UUID.randomUUID();
		for (int i = 0; i < 6; i++) {
			UUID company = i == 0 ? repeated : UUID.randomUUID();
			rows.add(need(company, "z", i < 2 ? List.of(hv, cnc) : List.of(hv), 10));
		}
		rows.add(need(repeated, "z", List.of(cnc), 50));
		rows.add(need(repeated, "z", List.of(cnc), 50));
		// district "c": 7 companies need both
		for (int i = 0; i < 7; i++) {
			rows.add(need(UUID.randomUUID(), "c", List.of(hv, cnc), 3));
		}
		NeedsTable table = NeedsMap.build(NeedsMap.Dimension.DISTRICT, NeedsMap.Dimension.SKILL, rows,
				List.of(new NeedsTable.Header("z", "Zwickau", null), new NeedsTable.Header("c", "Chemnitz", null)),
				List.of(new NeedsTable.Header("s:cnc", "CNC", null), new NeedsTable.Header("s:hv", "Hochvolt", null)));
		Figure zCnc = table.cells().get(0).get(0);
		assertThat(zCnc.suppressed()).as("2 distinct companies although 4 needs").isTrue();
		assertThat(zCnc.companies()).isNull();
		assertThat(zCnc.needs()).isNull();
		assertThat(zCnc.employees()).isNull();
		// the subtraction case: Zwickau's total would reveal the CNC cell from the HV cell, so the HV cell
		// (or the total) is hidden too; and the CNC column total would reveal it from Chemnitz' CNC cell
		Figure zHv = table.cells().get(0).get(1);
		Figure zTotal = table.rowTotals().get(0);
		assertThat(zHv.suppressed() || zTotal.suppressed()).isTrue();
		Figure cCnc = table.cells().get(1).get(0);
		Figure cncTotal = table.columnTotals().get(0);
		assertThat(cCnc.suppressed() || cncTotal.suppressed()).isTrue();
		Figure cHv = table.cells().get(1).get(1);
		if (!cHv.suppressed()) {
			assertThat(cHv.companies()).isEqualTo(7);
			assertThat(cHv.employees()).isEqualTo(21);
		}
		assertThat(table.suppressedCells()).isGreaterThanOrEqualTo(4);
	}

	private static NeedRepository.NeedRow need(UUID company, String district, List<NeedDetails.Skill> skills,
			int employees) {
		return new NeedRepository.NeedRow(UUID.randomUUID(), company, district, "o:1", "Beruf", "7412", "Gruppe",
				Horizon.SIX_MONTHS, Urgency.HIGH, employees, skills);
	}

}
