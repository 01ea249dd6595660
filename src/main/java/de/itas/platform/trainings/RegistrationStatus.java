package de.itas.platform.trainings;

import java.util.Locale;

/** A registration holds a place, waits for one, or was cancelled. */
public enum RegistrationStatus {

	CONFIRMED, WAITING, CANCELLED;

	public String messageKey() {
		return "trainings.registration.status." + name().toLowerCase(Locale.ROOT);
	}

}
