package de.itas.platform.events;

import org.springframework.modulith.NamedInterface;

/**
 * A registration's status. {@link #CONFIRMED} and {@link #OFFERED} hold a place of their mode; {@link #WAITING}
 * queues; the others hold nothing.
 */
@NamedInterface("api")
public enum RegistrationStatus {

	CONFIRMED,
	WAITING,
	/** moved up: a place is held for the person until the offer runs out */
	OFFERED,
	CANCELLED,
	/** an offer to move up that nobody confirmed in time */
	EXPIRED;

	/** The statuses of a registration that is still in play, for SQL: {@code status IN (…)}. */
	public static final String ACTIVE_SQL = "('CONFIRMED', 'WAITING', 'OFFERED')";

	/** The statuses that hold a place, for SQL. */
	public static final String HOLDING_SQL = "('CONFIRMED', 'OFFERED')";

	public boolean active() {
		return this == CONFIRMED || this == WAITING || this == OFFERED;
	}

	public boolean holdsPlace() {
		return this == CONFIRMED || this == OFFERED;
	}

	public String messageKey() {
		return "events.registration.status." + name();
	}

}
