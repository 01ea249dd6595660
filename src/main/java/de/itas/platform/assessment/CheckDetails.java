package de.itas.platform.assessment;

import java.util.Map;

/** A check with its questionnaire version and the answers given so far (question key to option key). */
public record CheckDetails(CheckSummary check, String organisationName, Questionnaire questionnaire,
		Map<String, String> answers) {

	public String answer(String questionKey) {
		return answers.getOrDefault(questionKey, "");
	}

	/** Whether every question of the step (dimension index) has an answer. */
	public boolean stepComplete(int step) {
		return questionnaire.dimensions()
			.get(step)
			.questions()
			.stream()
			.allMatch(question -> !answer(question.key()).isBlank());
	}

}
