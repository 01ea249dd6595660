package de.itas.platform.events;

import org.springframework.modulith.NamedInterface;

/**
 * The stored status of an event. What visitors see ({@link ShownStatus}) also knows "ausgebucht" (no free
 * place in any mode) and "stattgefunden" (over), which follow from the places and the time.
 */
@NamedInterface("api")
public enum EventStatus {

	/** Only the organiser sees it. */
	DRAFT,
	/** Announced; registration not open yet. */
	PLANNED,
	/** Announced and taking registrations (until the deadline). */
	OPEN,
	CANCELLED

}
