package de.itas.platform.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of the Transformationscheck as data ({@code assessment/questionnaire-v<n>.json}): dimensions
 * with their questions, the answer scales and the next steps suggested per dimension. A version is never
 * changed once stored; answers always name the version they were given for.
 */
public record Questionnaire(int version, Text title, Map<String, List<ScaleOption>> scales, List<Dimension> dimensions) {

	/** The answer that every question accepts besides its scale: "weiß nicht". */
	public static final String UNKNOWN = "UNKNOWN";

	/** One option of an answer scale and the points (0–100) it counts. */
	public record ScaleOption(String key, int points, Text label) {
	}

	/** A suggested next step: a text and a link into the platform. */
	public record NextStep(Text text, String link) {
	}

	/**
	 * A question. {@code weight} says how much it counts within its dimension; {@code strength} and
	 * {@code risk} are the plain sentences shown in the result for a good or a poor answer.
	 */
	public record Question(String key, String scale, int weight, Text text, Text strength, Text risk) {
	}

	public record Dimension(String key, Text label, Text intro, List<NextStep> nextSteps, List<Question> questions) {
	}

	public List<ScaleOption> scale(Question question) {
		return scales.get(question.scale());
	}

	public Stream<Question> questions() {
		return dimensions.stream().flatMap(dimension -> dimension.questions().stream());
	}

	public Optional<Question> question(String key) {
		return questions().filter(question -> question.key().equals(key)).findFirst();
	}

	public Optional<Dimension> dimension(String key) {
		return dimensions.stream().filter(dimension -> dimension.key().equals(key)).findFirst();
	}

	/** Whether {@code answer} is an option of the question's scale or "weiß nicht". */
	public boolean accepts(Question question, String answer) {
		return UNKNOWN.equals(answer) || points(question, answer).isPresent();
	}

	public Optional<Integer> points(Question question, String answer) {
		return scale(question).stream().filter(option -> option.key().equals(answer)).map(ScaleOption::points).findFirst();
	}

	/** Checks that the definition is usable: unique keys, known scales, points 0–100, weights above 0. */
	void validate() {
		if (dimensions.isEmpty()) {
			throw new IllegalStateException("Questionnaire " + version + " has no dimensions");
		}
		List<String> keys = questions().map(Question::key).toList();
		if (keys.stream().distinct().count() != keys.size()) {
			throw new IllegalStateException("Questionnaire " + version + " repeats a question key");
		}
		for (Dimension dimension : dimensions) {
			if (dimension.questions().isEmpty()) {
				throw new IllegalStateException("Dimension " + dimension.key() + " has no questions");
			}
		}
		questions().forEach(question -> {
			List<ScaleOption> options = scales.get(question.scale());
			if (options == null || options.isEmpty()) {
				throw new IllegalStateException("Question " + question.key() + " names unknown scale " + question.scale());
			}
			if (question.weight() < 1) {
				throw new IllegalStateException("Question " + question.key() + " has weight " + question.weight());
			}
		});
		scales.forEach((name, options) -> options.forEach(option -> {
			if (option.points() < 0 || option.points() > 100 || UNKNOWN.equals(option.key())) {
				throw new IllegalStateException("Scale " + name + " option " + option.key() + " is invalid");
			}
		}));
	}

}
