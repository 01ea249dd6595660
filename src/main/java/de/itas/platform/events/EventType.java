package de.itas.platform.events;

import org.springframework.modulith.NamedInterface;

/** The kinds of events of the network; the label is {@code events.type.<NAME>}. */
@NamedInterface("api")
public enum EventType {

	/** Zukunftsforum: a forum in a district where people bring in topics for the charter. */
	FORUM,
	/** Kongress: the network's yearly congress. */
	CONGRESS,
	WORKSHOP,
	WEBINAR,
	/** Sprechtag: an information day at a help desk. */
	CONSULTATION_DAY,
	/** Netzwerktreffen. */
	NETWORK_MEETING;

	public String messageKey() {
		return "events.type." + name();
	}

}
