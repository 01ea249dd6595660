package de.itas.platform.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a quiz attempt: a question counts as right when the chosen answers are exactly its correct ones (for single
 * choice: the one correct answer); unanswered questions count as wrong. Passed when the score reaches the pass mark.
 */
public final class QuizScoring {

	private QuizScoring() {
	}

	public static QuizResult score(Quiz quiz, Map<Long, Set<Long>> chosen) {
		List<QuizResult.QuestionResult> results = new ArrayList<>();
		int right = 0;
		for (QuizQuestion question : quiz.questions()) {
			Set<Long> answers = chosen.getOrDefault(question.id(), Set.of());
			if (!question.multiple() && answers.size() > 1) {
				answers = Set.of();
			}
			boolean correct = !answers.isEmpty() && answers.equals(question.correctAnswers());
			if (correct) {
				right++;
			}
			Set<Long> picked = answers;
			List<String> feedback = question.answers().stream()
				.filter(answer -> picked.contains(answer.id()) && !answer.feedback().isBlank())
				.map(QuizAnswer::feedback)
				.toList();
			results.add(new QuizResult.QuestionResult(question.id(), correct, answers, feedback));
		}
		int total = quiz.questions().size();
		int score = total == 0 ? 0 : right * 100 / total;
		return new QuizResult(quiz.id(), score, total > 0 && score >= quiz.passMark(), results);
	}

}
