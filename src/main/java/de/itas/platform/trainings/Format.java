package de.itas.platform.trainings;

import java.util.Locale;

/** How an offer is taught. */
public enum Format {

	/** Präsenz: in a room with the trainer. */
	PRESENCE,
	/** Online: live or self-paced over the internet. */
	ONLINE,
	/** Hybrid: participants choose in the room or online. */
	HYBRID,
	/** Blended: phases in the room and online phases alternate. */
	BLENDED;

	public String messageKey() {
		return "trainings.format." + name().toLowerCase(Locale.ROOT);
	}

}
