package de.itas.platform.assessment;

import java.util.List;

/** An answer is neither an option of its question's scale nor "weiß nicht"; nothing was saved. */
public class InvalidAnswerException extends RuntimeException {

	private final List<String> questions;

	public InvalidAnswerException(List<String> questions) {
		super("Answers outside the scale: " + questions);
		this.questions = List.copyOf(questions);
	}

	/** The keys of the questions with an invalid answer (unknown keys included). */
	public List<String> questions() {
		return questions;
	}

}
