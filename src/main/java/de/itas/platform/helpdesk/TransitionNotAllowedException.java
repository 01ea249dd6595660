package de.itas.platform.helpdesk;

/** A status change the workflow does not allow. */
public class TransitionNotAllowedException extends RuntimeException {

	private final CaseStatus from;
	private final CaseStatus to;

	public TransitionNotAllowedException(CaseStatus from, CaseStatus to) {
		super("Status change " + from + " -> " + to + " not allowed");
		this.from = from;
		this.to = to;
	}

	public CaseStatus from() {
		return from;
	}

	public CaseStatus to() {
		return to;
	}

}
