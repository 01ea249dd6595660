package de.itas.platform.events;

import java.util.List;

/**
 * One of the organiser's own questions of an event's registration form.
 *
 * @param choices the choices of a {@link Kind#CHOICE} question, else empty
 */
public record RegistrationQuestion(long id, int position, String label, Kind kind, List<String> choices,
		boolean required) {

	/** The longest free-text answer. */
	public static final int MAX_ANSWER = 500;

	public RegistrationQuestion {
		choices = List.copyOf(choices);
	}

	public enum Kind {
		TEXT, CHOICE, CHECK
	}

}
