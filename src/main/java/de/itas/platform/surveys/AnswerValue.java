package de.itas.platform.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One stored value of an answer, as in {@code surveys.answer} and {@code surveys.draft_answer}: item (matrix
 * row or ranked option), choice (option or district code), number (scale value, matrix value, rank, number),
 * text, date, or „weiß nicht“.
 */
public record AnswerValue(@Nullable String item, @Nullable String choice, @Nullable BigDecimal number,
		@Nullable String text, @Nullable LocalDate date, boolean dontKnow) {

	static AnswerValue choice(String code) {
		return new AnswerValue(null, code, null, null, null, false);
	}

	static AnswerValue number(@Nullable String item, BigDecimal number) {
		return new AnswerValue(item, null, number, null, null, false);
	}

	static AnswerValue text(String text) {
		return new AnswerValue(null, null, null, text, null, false);
	}

	static AnswerValue date(LocalDate date) {
		return new AnswerValue(null, null, null, null, date, false);
	}

	static AnswerValue dontKnowIt() {
		return new AnswerValue(null, null, null, null, null, true);
	}

}
