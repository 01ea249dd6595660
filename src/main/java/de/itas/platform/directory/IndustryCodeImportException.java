package de.itas.platform.directory;

import java.util.List;

/** A code list was refused as a whole; nothing was imported. The message key tells the admin why. */
public class IndustryCodeImportException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	public IndustryCodeImportException(String messageKey, Object... arguments) {
		super(messageKey + " " + List.of(arguments));
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public IndustryCodeImportException(String messageKey, Throwable cause, Object... arguments) {
		super(messageKey + " " + List.of(arguments), cause);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}

}
