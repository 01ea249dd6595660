package de.itas.platform.trainings;

import java.util.Locale;

/**
 * A registration holds a place (confirmed, or invited by a company and not yet answered), waits for one, or
 * ended: cancelled, declined by the invited person, or its invitation expired unanswered.
 */
public enum RegistrationStatus {

	INVITED, CONFIRMED, WAITING, CANCELLED, DECLINED, EXPIRED;

	/** The statuses of registrations that hold or wait for a place, as SQL list. */
	static final String ACTIVE_SQL = "('INVITED', 'CONFIRMED', 'WAITING')";

	/** The statuses that take a place of the run's capacity, as SQL list. */
	static final String HOLDING_SQL = "('INVITED', 'CONFIRMED')";

	public String messageKey() {
		return "trainings.registration.status." + name().toLowerCase(Locale.ROOT);
	}

	/** Whether the registration still holds or waits for a place. */
	public boolean active() {
		return this == INVITED || this == CONFIRMED || this == WAITING;
	}

}
