package de.itas.platform.shared.figures;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One figure a module publishes.
 *
 * @param key unique key {@code <module>.<figure>} in lower case with hyphens, e.g.
 * {@code helpdesk.inquiries-received}
 * @param messageKey key of the figure's label in the module's message bundle (German and English)
 * @param counted what one unit of the figure is
 */
public record FigureDefinition(String key, String messageKey, Counted counted) {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*\\.[a-z0-9]+(-[a-z0-9]+)*");

	public FigureDefinition {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(counted, "counted");
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Figure key '" + key + "' is not of the form <module>.<figure-name>");
		}
		if (messageKey.isBlank()) {
			throw new IllegalArgumentException("Figure '" + key + "' has no message key");
		}
	}

	/** The module part of the key. */
	public String module() {
		return key.substring(0, key.indexOf('.'));
	}

}
