package de.itas.platform.directory;

import java.util.List;

/** Profile details were refused; nothing was saved. */
public class InvalidProfileException extends RuntimeException {

	private final List<ProfileProblem> problems;

	public InvalidProfileException(List<ProfileProblem> problems) {
		super("Invalid profile details: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<ProfileProblem> problems() {
		return problems;
	}

}
