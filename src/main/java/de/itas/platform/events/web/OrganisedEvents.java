package de.itas.platform.events.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import de.itas.platform.events.EventAccess;
import de.itas.platform.events.EventStore;
import de.itas.platform.events.EventView;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.NotFoundException;

/** The organiser's pages find their event here: 404 unless the signed-in person organises it. */
@Component
class OrganisedEvents {

	private final EventStore store;
	private final EventAccess access;

	OrganisedEvents(EventStore store, EventAccess access) {
		this.store = store;
		this.access = access;
	}

	/** The signed-in person, if they organise events at all (else 404). */
	PlatformUser organiser() {
		PlatformUser me = CurrentUser.get().orElseThrow(NotFoundException::new);
		if (!access.mayOrganise(me)) {
			throw new NotFoundException();
		}
		return me;
	}

	/** The event, if the signed-in person organises it (else 404). */
	EventView event(UUID id) {
		PlatformUser me = organiser();
		EventView event = store.find(id).orElseThrow(NotFoundException::new);
		if (!access.organises(me, event)) {
			throw new NotFoundException();
		}
		return event;
	}

}
