package de.itas.platform.networking;

import java.util.Locale;

/**
 * Who sees the posting organisation's name: everybody, or signed-in people only (visitors read a company from the
 * post's district instead).
 */
public enum NameVisibility {

	PUBLIC, MEMBERS;

	public String messageKey() {
		return "networking.exchange.name-visibility." + name().toLowerCase(Locale.ROOT);
	}

}
