package de.itas.platform.assessment;

import java.util.List;

import de.itas.platform.assessment.Questionnaire.Dimension;
import de.itas.platform.assessment.Questionnaire.NextStep;
import de.itas.platform.assessment.Questionnaire.Question;

/**
 * The result of a completed check, read against the questionnaire version it was answered for.
 *
 * @param strengths the sentences of the best-answered questions, weightiest first
 * @param risks the sentences of the poorly answered questions, weightiest first
 * @param unknowns the questions answered with "weiß nicht"
 * @param nextSteps the steps suggested for the dimensions that need action, most urgent first
 */
public record CheckResult(CheckSummary check, String organisationName, Questionnaire questionnaire, Scores scores,
		List<Finding> strengths, List<Finding> risks, List<Question> unknowns, List<NextStep> nextSteps) {

	/** A strength or risk: its dimension and the sentence. */
	public record Finding(Dimension dimension, Text text) {
	}

}
