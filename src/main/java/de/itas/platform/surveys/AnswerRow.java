package de.itas.platform.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One row of {@code surveys.answer}: a value of a submitted response (see the schema for the encoding). */
record AnswerRow(UUID responseId, UUID questionId, @Nullable String item, @Nullable String choice,
		@Nullable BigDecimal number, @Nullable String text, @Nullable LocalDate date, boolean dontKnow) {

	/** The categorical value of the row: option or district code, or a scale value as text. */
	@Nullable
	String value() {
		if (dontKnow) {
			return OptionCount.DONT_KNOW_CODE;
		}
		if (choice != null) {
			return choice;
		}
		return number == null ? null : number.stripTrailingZeros().toPlainString();
	}

}
