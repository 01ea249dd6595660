package de.itas.platform.learning;

import java.util.List;
import java.util.Set;

/**
 * How a learner did in one quiz attempt.
 *
 * @param score share of correctly answered questions in percent (rounded down)
 * @param questions per question whether it was right, what was chosen and the feedback of the chosen answers
 */
public record QuizResult(long quizId, int score, boolean passed, List<QuestionResult> questions)
		implements java.io.Serializable {

	public QuizResult {
		questions = List.copyOf(questions);
	}

	/** One question's outcome: the feedback of each chosen answer. */
	public record QuestionResult(long questionId, boolean correct, Set<Long> chosen, List<String> feedback)
			implements java.io.Serializable {

		public QuestionResult {
			chosen = Set.copyOf(chosen);
			feedback = List.copyOf(feedback);
		}

	}

	public long correctCount() {
		return questions.stream().filter(QuestionResult::correct).count();
	}

}
