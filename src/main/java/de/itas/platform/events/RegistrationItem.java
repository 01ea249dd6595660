package de.itas.platform.events;

import java.time.Instant;
import java.util.Map;

/**
 * A registration with its event's title and time, for lists (the person's registrations, attendance lists).
 *
 * @param answers the answers to the organiser's questions by question id (only filled for attendance lists)
 * @param waitingPosition the place on the waiting list of its mode (1 is next), 0 when not waiting
 */
public record RegistrationItem(RegistrationView registration, String eventTitle, String eventSlug, Instant startsAt,
		Instant endsAt, int waitingPosition, Map<Long, String> answers) {

	public RegistrationItem {
		answers = Map.copyOf(answers);
	}

}
