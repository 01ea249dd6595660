package de.itas.platform.surveys;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A question of one survey revision. Which of the optional settings apply depends on the kind: choices for
 * SINGLE, MULTIPLE and RANKING (options), rows for MATRIX; min/max choices for MULTIPLE; the scale for SCALE
 * and MATRIX; long text and length limit for TEXT; limits for NUMBER.
 */
public record Question(UUID id, UUID sectionId, int position, String code, QuestionKind kind, String text, String help,
		boolean required, boolean dontKnow, @Nullable Integer minChoices, @Nullable Integer maxChoices,
		@Nullable Integer scaleMin, @Nullable Integer scaleMax, @Nullable String scaleMinLabel,
		@Nullable String scaleMaxLabel, boolean longText, @Nullable Integer maxLength, @Nullable BigDecimal numberMin,
		@Nullable BigDecimal numberMax, List<Choice> options, List<Choice> rows, @Nullable Condition condition) {

	/** Default length limit of a short text answer. */
	public static final int SHORT_TEXT_LIMIT = 200;

	/** Default length limit of a long text answer. */
	public static final int LONG_TEXT_LIMIT = 2000;

	public Question {
		options = List.copyOf(options);
		rows = List.copyOf(rows);
	}

	/** The values of the scale, lowest first (empty unless SCALE or MATRIX). */
	public List<Integer> scaleValues() {
		if (scaleMin == null || scaleMax == null) {
			return List.of();
		}
		return java.util.stream.IntStream.rangeClosed(scaleMin, scaleMax).boxed().toList();
	}

	/** The length limit that applies to a text answer. */
	public int textLimit() {
		return maxLength != null ? maxLength : longText ? LONG_TEXT_LIMIT : SHORT_TEXT_LIMIT;
	}

	/** The option or row label of a code, or the code itself. */
	public String label(String code) {
		return java.util.stream.Stream.concat(options.stream(), rows.stream())
			.filter(choice -> choice.code().equals(code))
			.map(Choice::label)
			.findFirst()
			.orElse(code);
	}

}
