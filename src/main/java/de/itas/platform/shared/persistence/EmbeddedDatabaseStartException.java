package de.itas.platform.shared.persistence;

/** The embedded PostgreSQL could not start; carries what to do about it. */
class EmbeddedDatabaseStartException extends RuntimeException {

	private final String action;

	EmbeddedDatabaseStartException(String reason, String action) {
		super(reason);
		this.action = action;
	}

	String action() {
		return action;
	}

}
