package de.itas.platform.learning;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A question: single choice (exactly one answer is correct) or multiple choice (the learner must choose exactly the
 * correct answers; a partly right choice counts as wrong, as people usually expect from a test).
 */
public record QuizQuestion(long id, int position, String text, boolean multiple, List<QuizAnswer> answers) {

	public QuizQuestion {
		answers = List.copyOf(answers);
	}

	public Set<Long> correctAnswers() {
		return answers.stream().filter(QuizAnswer::correct).map(QuizAnswer::id).collect(Collectors.toSet());
	}

}
