package de.itas.platform.learning;

/** One answer option with the feedback a learner gets when they choose it. */
public record QuizAnswer(long id, int position, String text, boolean correct, String feedback) {
}
