package de.itas.platform.governance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.web.FieldProblem;

/** Reads what steering forms send as text: dates, whole numbers, amounts and ids, naming the field on failure. */
final class SteeringInput {

	private SteeringInput() {
	}

	static @Nullable LocalDate date(String field, @Nullable String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of(field, "governance.measures.input.date"));
			return null;
		}
	}

	static @Nullable Integer whole(String field, @Nullable String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip().replace("%", "").strip());
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "governance.measures.input.whole"));
			return null;
		}
	}

	/** An amount as people type it: „1.250.000,50“ or „1250000.50“. */
	static @Nullable BigDecimal amount(String field, @Nullable String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String cleaned = text.strip().replace("€", "").replace(" ", "").replace("\u00a0", "");
		if (cleaned.contains(",")) {
			cleaned = cleaned.replace(".", "").replace(',', '.');
		}
		else if (cleaned.chars().filter(c -> c == '.').count() > 1) {
			cleaned = cleaned.replace(".", "");
		}
		try {
			return new BigDecimal(cleaned);
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "governance.measures.input.amount"));
			return null;
		}
	}

	static @Nullable UUID id(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
