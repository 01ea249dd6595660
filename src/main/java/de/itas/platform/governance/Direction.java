package de.itas.platform.governance;

import java.util.Locale;

/** Whether a higher or a lower value of an indicator is better. */
public enum Direction {

	HIGHER,
	LOWER;

	public String messageKey() {
		return "governance.indicator.direction." + name().toLowerCase(Locale.ROOT);
	}

}
