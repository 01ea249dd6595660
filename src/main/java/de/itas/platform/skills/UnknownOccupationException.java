package de.itas.platform.skills;

/** An occupation URI the current taxonomy does not know. */
public class UnknownOccupationException extends RuntimeException {

	public UnknownOccupationException(String uri) {
		super("Unknown occupation: " + uri);
	}

}
