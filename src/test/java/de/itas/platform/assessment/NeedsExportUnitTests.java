package de.itas.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The needs export neutralises formulas in the CSV and keeps the XLSX cells typed. */
class NeedsExportUnitTests {

	private static final String FORMULA = "=HYPERLINK(\"http://evil.example\";\"Klick\")";

	private final NeedsExport export = new NeedsExport(messages());

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		return messages;
	}

	private static NeedsTable table() {
		Figure figure = new Figure(4, 7, 12, false, 0);
		return new NeedsTable(NeedsMap.Dimension.DISTRICT, NeedsMap.Dimension.SKILL,
				List.of(new NeedsTable.Header("zwickau", "Landkreis Zwickau", null)),
				List.of(new NeedsTable.Header("skill", FORMULA, null)), List.of(List.of(figure)), List.of(figure),
				List.of(figure), figure, 0);
	}

	@Test
	void theCsvWritesAFormulaLabelAsText() {
		String csv = export.csv(table(), Locale.GERMAN);
		assertThat(csv).contains("Landkreis Zwickau;\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Klick\"\")\";4;7;12")
			.doesNotContain(";\"=HYPERLINK");
	}

	@Test
	void theXlsxKeepsTheLabelAsTextWithoutApostropheAndTheFiguresAsNumbers() throws IOException {
		String sheet = sheet(export.xlsx(table(), Locale.GERMAN));
		assertThat(sheet).doesNotContain("<f>").doesNotContain("'=HYPERLINK").contains("=HYPERLINK");
		assertThat(sheet).containsPattern("<c r=\"C2\"[^>]*><v>4</v></c>");
	}

	private static String sheet(byte[] xlsx) throws IOException {
		Path file = Files.createTempFile("needs", ".xlsx");
		try {
			Files.write(file, xlsx);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				StringBuilder text = new StringBuilder();
				for (String name : new String[] { "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml" }) {
					ZipEntry entry = zip.getEntry(name);
					if (entry != null) {
						text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
					}
				}
				return text.toString().replace("&quot;", "\"");
			}
		}
		finally {
			Files.delete(file);
		}
	}

}
