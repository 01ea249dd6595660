package de.itas.platform.trainings;

/** The person already holds or waits for a place in this run. */
public class AlreadyRegisteredException extends RuntimeException {

	public AlreadyRegisteredException(long runId) {
		super("Already registered for run " + runId);
	}

}
