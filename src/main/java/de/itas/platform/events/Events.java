package de.itas.platform.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events module's API for other modules: the next public events (e.g. for a start page) and one event by
 * id. Drafts are never returned.
 */
@Service
@NamedInterface("api")
@Transactional(readOnly = true)
public class Events {

	private final EventStore store;

	Events(EventStore store) {
		this.store = store;
	}

	/** The next events that have not ended, soonest first. */
	public List<EventView> upcoming(int limit) {
		return store.calendar(CalendarFilter.UPCOMING, 0, Math.max(1, limit)).items();
	}

	/** A public (not draft) event. */
	public Optional<EventView> find(UUID id) {
		return store.find(id).filter(event -> event.status() != EventStatus.DRAFT);
	}

	/** The address of an event's page. */
	public static String path(EventView event) {
		return "/veranstaltungen/" + event.slug();
	}

}
