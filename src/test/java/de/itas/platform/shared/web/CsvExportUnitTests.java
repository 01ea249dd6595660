package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

	@Test
	void pointsInTimeAreGermanLocalDateAndTimeAndDaysGermanDates() {
		// winter: UTC+1, summer: UTC+2
		assertThat(CsvExport.cell(Instant.parse("2026-12-04T09:30:55.262965Z"))).isEqualTo("04.12.2026 10:30");
		assertThat(CsvExport.cell(Instant.parse("2026-07-01T22:15:00Z"))).isEqualTo("02.07.2026 00:15");
		assertThat(CsvExport.cell(OffsetDateTime.of(2026, 12, 4, 9, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("04.12.2026 10:30");
		assertThat(CsvExport.cell(LocalDateTime.of(2026, 3, 9, 8, 5))).isEqualTo("09.03.2026 08:05");
		assertThat(CsvExport.cell(LocalDate.of(2026, 3, 9))).isEqualTo("09.03.2026");
		byte[] file = CsvExport.file(List.of("Angemeldet am"), List.of(List.of(Instant.parse("2026-12-04T09:30:55Z"))));
		assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFAngemeldet am\r\n04.12.2026 10:30\r\n");
	}

}
