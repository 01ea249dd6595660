package de.itas.platform.trainings;

/** The run takes no registrations: it has started, was cancelled, or its offer is not published. */
public class RegistrationClosedException extends RuntimeException {

	public RegistrationClosedException(long runId) {
		super("Run " + runId + " takes no registrations");
	}

}
