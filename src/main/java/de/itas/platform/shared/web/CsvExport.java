package de.itas.platform.shared.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Every CSV file the platform hands to a person: UTF-8 with a byte order mark and „;“, so that spreadsheet
 * programs in German settings open it as is, and no cell that such a program would run as a formula (OWASP
 * "CSV injection"): text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * gets a leading apostrophe. Numbers stay numbers. XLSX files need none of this: their text cells are typed
 * and never evaluated.
 */
public final class CsvExport {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').get();

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvExport() {
	}

	/** The text as a spreadsheet program shows it, never as a formula. */
	public static String neutralise(String cell) {
		return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

	/** A cell as written: numbers as they are, anything else as neutralised text, nothing as empty. */
	public static Object cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number) {
			return value;
		}
		return neutralise(value.toString());
	}

	/** The lines as CSV text (without byte order mark), every cell neutralised. */
	public static String text(Iterable<? extends List<?>> lines) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			for (List<?> line : lines) {
				List<Object> cells = new ArrayList<>(line.size());
				line.forEach(value -> cells.add(cell(value)));
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** A whole file: byte order mark, header line and rows, UTF-8. */
	public static byte[] file(List<?> header, Iterable<? extends List<?>> rows) {
		List<List<?>> lines = new ArrayList<>();
		lines.add(header);
		rows.forEach(lines::add);
		return ("\uFEFF" + text(lines)).getBytes(StandardCharsets.UTF_8);
	}

}
