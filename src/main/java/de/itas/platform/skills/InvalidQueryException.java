package de.itas.platform.skills;

import org.springframework.modulith.NamedInterface;

/** A search text or parameter that cannot be used; {@link #reason()} is a message key suffix. */
@NamedInterface("api")
public class InvalidQueryException extends RuntimeException {

	private final String reason;

	public InvalidQueryException(String reason) {
		super("Invalid query: " + reason);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}

}
