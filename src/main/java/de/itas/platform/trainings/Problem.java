package de.itas.platform.trainings;

import java.util.List;

/**
 * What is wrong with one field of an input, as a message key with its arguments.
 *
 * @param field the form field (and JSON property) the problem belongs to
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

	public Problem {
		arguments = List.copyOf(arguments);
	}

	public static Problem of(String field, String messageKey, Object... arguments) {
		return new Problem(field, messageKey, List.of(arguments));
	}

}
