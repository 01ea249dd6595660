package de.itas.platform.helpdesk;

import java.util.List;

/** Input the help desk refuses; each problem names the form field and a message key with arguments. */
public class InvalidInputException extends RuntimeException {

	/** One problem with one field. */
	public record Problem(String field, String messageKey, List<Object> arguments) {

		public Problem(String field, String messageKey) {
			this(field, messageKey, List.of());
		}

	}

	private final List<Problem> problems;

	public InvalidInputException(List<Problem> problems) {
		super("Invalid input: " + problems);
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String messageKey) {
		this(List.of(new Problem(field, messageKey)));
	}

	public List<Problem> problems() {
		return problems;
	}

}
