package de.itas.platform.trainings;

import java.util.List;

/** Input was refused; nothing was saved. */
public class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidInputException(List<Problem> problems) {
		super("Invalid input: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
