package de.itas.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The needs table counts distinct companies and passes them through the platform's small-number rule. */
class NeedsTableUnitTests {

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
