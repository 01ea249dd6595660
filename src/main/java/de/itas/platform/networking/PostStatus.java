package de.itas.platform.networking;

import java.util.Locale;

/** A post's state: active until its valid-until day has passed (expired) or its owner withdrew it. */
public enum PostStatus {

	ACTIVE, EXPIRED, WITHDRAWN;

	public String messageKey() {
		return "networking.exchange.status." + name().toLowerCase(Locale.ROOT);
	}

}
