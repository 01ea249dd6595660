package de.itas.platform.surveys;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The aggregated answers to one question. Which parts are filled depends on the kind: {@code options} for
 * single and multiple choice, district, scale (one entry per value) and date (one entry per month), each with
 * a „weiß nicht“ entry where offered; {@code median}/{@code mean} for scale and number; {@code matrix} for a
 * matrix; {@code ranking} for a ranking; {@code texts} for free text, and only for the survey's owners.
 *
 * @param answered respondents who answered the question (including „weiß nicht“); {@code null} when
 * suppressed
 * @param dontKnow respondents who chose „weiß nicht“ on a question without options (matrix, ranking,
 * number, date, text); {@code null} when suppressed or not offered
 * @param median the median, withheld ({@code null}) when fewer than the minimum answers carry a value
 * @param mean the mean, rounded to two places, withheld like the median
 * @param texts the free-text answers (owners only; empty on public pages and in the module API)
 */
@NamedInterface("api")
public record QuestionResult(UUID questionId, String code, QuestionKind kind, String text,
		@Nullable Integer answered, @Nullable Integer dontKnow, List<OptionCount> options,
		@Nullable BigDecimal median, @Nullable BigDecimal mean, @Nullable MatrixResult matrix,
		List<RankResult> ranking, List<String> texts) {

	public QuestionResult {
		options = List.copyOf(options);
		ranking = List.copyOf(ranking);
		texts = List.copyOf(texts);
	}

	/** Whether the question's answers are shown as a bar per option (choice, district, scale, date). */
	public boolean bars() {
		return kind != QuestionKind.MATRIX && kind != QuestionKind.RANKING && kind != QuestionKind.TEXT
				&& kind != QuestionKind.NUMBER;
	}

	public boolean hasMedian() {
		return kind == QuestionKind.SCALE || kind == QuestionKind.NUMBER;
	}

}
