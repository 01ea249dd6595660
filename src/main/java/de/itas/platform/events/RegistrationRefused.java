package de.itas.platform.events;

/**
 * A registration, confirmation or cancellation that cannot be made, with the reason as a message key (shown to
 * the person as it is).
 */
public class RegistrationRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	public RegistrationRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
