package de.itas.platform.learning;

import java.util.List;

/**
 * A quiz of a course. The final quiz decides, with all lessons seen, whether the course is completed.
 *
 * @param passMark the share of correctly answered questions needed to pass, in percent
 */
public record Quiz(long id, String title, int passMark, boolean finalQuiz, List<QuizQuestion> questions) {

	public Quiz {
		questions = List.copyOf(questions);
	}

}
