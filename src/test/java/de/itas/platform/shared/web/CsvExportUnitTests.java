package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Cells that a spreadsheet program would run as a formula are written as text. */
class CsvExportUnitTests {

	@Test
	void cellsStartingWithAFormulaCharacterGetAnApostrophe() {
		for (String cell : List.of("=HYPERLINK(\"http://evil.example\";\"Klick\")", "+1+1", "-2+3", "@SUM(A1)", "\tx",
				"\r=1")) {
			assertThat(CsvExport.neutralise(cell)).as(cell).isEqualTo("'" + cell);
		}
	}

	@Test
	void otherCellsAndNumbersStayAsTheyAre() {
		assertThat(CsvExport.neutralise("Erika Muster")).isEqualTo("Erika Muster");
		assertThat(CsvExport.neutralise("a=b")).isEqualTo("a=b");
		assertThat(CsvExport.neutralise("")).isEmpty();
		assertThat(CsvExport.cell(-5)).isEqualTo(-5);
		assertThat(CsvExport.cell(null)).isEqualTo("");
	}

	@Test
	void aFileIsUtf8WithAByteOrderMarkAndSemicolonsAndItsCellsAreNeutralised() {
		byte[] file = CsvExport.file(List.of("Name", "Plätze"),
				List.of(Arrays.asList("=1+1", 3), Arrays.asList("Semi;kolon", null)));
		assertThat(new String(file, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFName;Plätze\r\n'=1+1;3\r\n\"Semi;kolon\";\r\n");
	}

}
