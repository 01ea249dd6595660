package de.itas.platform.networking;

import java.util.Locale;

/** Where a contact request stands: waiting for the poster, accepted (contact details shown to both), declined. */
public enum ContactStatus {

	OPEN, ACCEPTED, DECLINED;

	public String messageKey() {
		return "networking.exchange.contact-status." + name().toLowerCase(Locale.ROOT);
	}

}
