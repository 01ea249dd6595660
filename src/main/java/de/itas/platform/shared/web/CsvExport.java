package de.itas.platform.shared.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Every CSV file the platform hands to a person: UTF-8 with a byte order mark and „;“, so that spreadsheet
 * programs in German settings open it as is, and no cell that such a program would run as a formula (OWASP
 * "CSV injection"): text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * gets a leading apostrophe. Numbers stay numbers. Points in time are written as German local date and time
 * ({@code dd.MM.yyyy HH:mm}, Europe/Berlin), days as {@code dd.MM.yyyy}, never as ISO text in UTC. XLSX files
 * need none of this: their text cells are typed and never evaluated.
 */
public final class CsvExport {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').get();

	private static final String FORMULA_STARTS = "=+-@\t\r";

	/** The zone the people of the platform read times in. */
	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private CsvExport() {
	}

	/** The text as a spreadsheet program shows it, never as a formula. */
	public static String neutralise(String cell) {
		return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}

	/**
	 * A cell as written: numbers as they are, points in time and days in German notation, anything else as
	 * neutralised text, nothing as empty.
	 */
	public static Object cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number) {
			return value;
		}
		if (value instanceof Instant instant) {
			return DATE_TIME.format(instant.atZone(ZONE));
		}
		if (value instanceof ZonedDateTime time) {
			return DATE_TIME.format(time.withZoneSameInstant(ZONE));
		}
		if (value instanceof OffsetDateTime time) {
			return DATE_TIME.format(time.atZoneSameInstant(ZONE));
		}
		if (value instanceof LocalDateTime time) {
			return DATE_TIME.format(time);
		}
		if (value instanceof LocalDate day) {
			return DATE.format(day);
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
