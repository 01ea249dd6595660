package de.itas.platform.assessment;

import java.util.Map;

/** A need breaks a rule; nothing was saved. Maps each field to the message key of its problem. */
public class InvalidNeedException extends RuntimeException {

	private final Map<String, String> problems;

	public InvalidNeedException(Map<String, String> problems) {
		super("Invalid need: " + problems);
		this.problems = Map.copyOf(problems);
	}

	public Map<String, String> problems() {
		return problems;
	}

}
