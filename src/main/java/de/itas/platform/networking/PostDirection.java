package de.itas.platform.networking;

import java.util.Locale;

/** Whether a post offers something or looks for it. */
public enum PostDirection {

	OFFER, REQUEST;

	public PostDirection opposite() {
		return this == OFFER ? REQUEST : OFFER;
	}

	public String messageKey() {
		return "networking.exchange.direction." + name().toLowerCase(Locale.ROOT);
	}

}
