package de.itas.platform.trainings;

import java.util.Locale;

/** The provider may not cancel the run (any more): it has already started or is already cancelled. Nothing was changed. */
public class RunNotCancellableException extends RuntimeException {

	/** Why the run cannot be cancelled. */
	public enum Reason {
		STARTED, ALREADY_CANCELLED;

		public String messageKey() {
			return "trainings.run-cancel.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	private final Reason reason;

	public RunNotCancellableException(long runId, Reason reason) {
		super("Run " + runId + " cannot be cancelled: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
