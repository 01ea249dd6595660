package de.itas.platform.networking;

import java.util.Locale;

/** Whether a post offers something or looks for it. */
enum PostDirection {

	OFFER, REQUEST;

	PostDirection opposite() {
		return this == OFFER ? REQUEST : OFFER;
	}

	String messageKey() {
		return "networking.exchange.direction." + name().toLowerCase(Locale.ROOT);
	}

}
