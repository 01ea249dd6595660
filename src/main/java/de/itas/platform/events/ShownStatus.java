package de.itas.platform.events;

import org.springframework.modulith.NamedInterface;

/** The status as the calendar and the event page show it; the label is {@code events.status.<NAME>}. */
@NamedInterface("api")
public enum ShownStatus {

	DRAFT,
	/** geplant */
	PLANNED,
	/** Anmeldung offen */
	OPEN,
	/** ausgebucht: registration open, but no free place in any mode (the waiting list takes more) */
	FULL,
	/** Anmeldung geschlossen: the deadline has passed, the event has not ended */
	CLOSED,
	/** abgesagt */
	CANCELLED,
	/** stattgefunden */
	TOOK_PLACE;

	public String messageKey() {
		return "events.status." + name();
	}

}
