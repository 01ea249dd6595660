package de.itas.platform.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.web.CsvExport;

/**
 * The needs map as CSV and XLSX: one line per cell (row, column, companies, needs, employees), totals
 * included; suppressed cells carry the word for "suppressed" and no figures, exactly as on the page. Labels
 * that look like formulas are neutralised in the CSV ({@link CsvExport}); the XLSX keeps them as typed text.
 */
@Component
public class NeedsExport {

	private final MessageSource messages;

	NeedsExport(MessageSource messages) {
		this.messages = messages;
	}

	public String csv(NeedsTable table, Locale locale) {
		return CsvExport.text(lines(table, locale));
	}

	public byte[] xlsx(NeedsTable table, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "ITAS-Plattform", "1.0");
			Worksheet sheet = workbook.newWorksheet(message("assessment.map.export.sheet", locale));
			List<List<String>> lines = lines(table, locale);
			for (int row = 0; row < lines.size(); row++) {
				List<String> line = lines.get(row);
				for (int column = 0; column < line.size(); column++) {
					String value = line.get(column);
					if (row > 0 && column >= 2 && value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
						sheet.value(row, column, Integer.parseInt(value));
					}
					else {
						sheet.value(row, column, value);
					}
				}
			}
			sheet.finish();
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	List<List<String>> lines(NeedsTable table, Locale locale) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(List.of(message(table.rowDimension().messageKey(), locale),
				message(table.columnDimension().messageKey(), locale), message("assessment.map.companies", locale),
				message("assessment.map.needs", locale), message("assessment.map.employees", locale)));
		String total = message("assessment.map.total", locale);
		Function<NeedsTable.Header, String> label = header -> header.labelKey() != null
				? message(header.labelKey(), locale) : String.valueOf(header.label());
		for (int i = 0; i < table.rows().size(); i++) {
			for (int j = 0; j < table.columns().size(); j++) {
				lines.add(line(label.apply(table.rows().get(i)), label.apply(table.columns().get(j)),
						table.cells().get(i).get(j), locale));
			}
			lines.add(line(label.apply(table.rows().get(i)), total, table.rowTotals().get(i), locale));
		}
		for (int j = 0; j < table.columns().size(); j++) {
			lines.add(line(total, label.apply(table.columns().get(j)), table.columnTotals().get(j), locale));
		}
		lines.add(line(total, total, table.total(), locale));
		return lines;
	}

	private List<String> line(String row, String column, Figure figure, Locale locale) {
		if (figure.suppressed()) {
			String hidden = message("assessment.map.suppressed", locale);
			return List.of(row, column, hidden, hidden, hidden);
		}
		return List.of(row, column, text(figure.companies()), text(figure.needs()), text(figure.employees()));
	}

	private static String text(@Nullable Integer value) {
		return value == null ? "" : value.toString();
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
