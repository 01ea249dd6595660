package de.itas.platform.networking;

import java.util.Locale;

/** What an offer or request of the cooperation exchange is about. */
public enum PostKind {

	/** Free production capacity. */
	FREE_CAPACITY,
	/** Technology or know-how. */
	TECHNOLOGY,
	/** A partner for a new product or market. */
	PRODUCT_PARTNER,
	/** Joint training or shared trainers. */
	JOINT_TRAINING,
	/** Staff exchange or lending. */
	STAFF_EXCHANGE,
	JOINT_PURCHASING,
	/** Research cooperation. */
	RESEARCH,
	/** Succession or takeover of a company. */
	SUCCESSION;

	public String messageKey() {
		return "networking.exchange.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
