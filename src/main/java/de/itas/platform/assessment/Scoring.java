package de.itas.platform.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import de.itas.platform.assessment.Questionnaire.Dimension;
import de.itas.platform.assessment.Questionnaire.Question;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The scoring method (documented in {@code docs/assessment-scoring.md} and on the method page):
 * <ul>
 * <li>every option of a scale counts 0–100 points, as the questionnaire defines;</li>
 * <li>a dimension's score is the weighted mean of the points of its questions answered on the scale;
 * "weiß nicht" answers are left out, not guessed;</li>
 * <li>a dimension has no score when less than half of its question weight is answered on the scale;</li>
 * <li>the overall score is the plain mean of the dimension scores, when at least four of six (two thirds
 * of the dimensions) have one.</li>
 * </ul>
 */
final class Scoring {

	/** The share of a dimension's weight that must be answered on the scale to give a score. */
	static final double MIN_KNOWN_WEIGHT_SHARE = 0.5;

	private Scoring() {
	}

	/**
	 * Scores complete answers.
	 *
	 * @throws IncompleteCheckException when a question has no answer
	 * @throws FieldProblems when an answer is not on the question's scale, one per question (field: its key)
	 */
	static Scores score(Questionnaire questionnaire, Map<String, String> answers) {
		List<String> missing = missing(questionnaire, answers);
		if (!missing.isEmpty()) {
			throw new IncompleteCheckException(missing);
		}
		FieldProblems.throwIfAny(questionnaire.questions()
			.filter(question -> !questionnaire.accepts(question, answers.get(question.key())))
			.map(question -> invalidAnswer(question.key()))
			.toList());
		List<Scores.DimensionScore> dimensions = new ArrayList<>();
		for (Dimension dimension : questionnaire.dimensions()) {
			dimensions.add(dimension(questionnaire, dimension, answers));
		}
		List<Integer> scored = dimensions.stream().map(Scores.DimensionScore::score).filter(Objects::nonNull).toList();
		Integer overall = scored.size() * 3 >= dimensions.size() * 2
				? (int) Math.round(scored.stream().mapToInt(Integer::intValue).average().orElseThrow()) : null;
		return new Scores(dimensions, overall);
	}

	static Scores.DimensionScore dimension(Questionnaire questionnaire, Dimension dimension, Map<String, String> answers) {
		int totalWeight = 0;
		int knownWeight = 0;
		long weightedPoints = 0;
		int answered = 0;
		int unknown = 0;
		for (Question question : dimension.questions()) {
			totalWeight += question.weight();
			String answer = answers.get(question.key());
			if (Questionnaire.UNKNOWN.equals(answer)) {
				unknown++;
				continue;
			}
			int points = questionnaire.points(question, Objects.requireNonNull(answer)).orElseThrow();
			knownWeight += question.weight();
			weightedPoints += (long) points * question.weight();
			answered++;
		}
		@Nullable Integer score = knownWeight > 0 && knownWeight >= MIN_KNOWN_WEIGHT_SHARE * totalWeight
				? (int) Math.round((double) weightedPoints / knownWeight) : null;
		return new Scores.DimensionScore(dimension.key(), score, answered, unknown);
	}

	/** The keys of the questions without an answer, in questionnaire order. */
	/** The problem of an answer off its question's scale (or of an unknown question), at the question. */
	static FieldProblem invalidAnswer(String questionKey) {
		return FieldProblem.of(questionKey, "assessment.step.invalid-answer");
	}

	static List<String> missing(Questionnaire questionnaire, Map<String, String> answers) {
		return questionnaire.questions()
			.map(Question::key)
			.filter(key -> answers.get(key) == null || answers.get(key).isBlank())
			.toList();
	}

}
