package de.itas.platform.assessment;

import java.util.Locale;

/** How urgent a qualification need is to the company. */
public enum Urgency {

	LOW, MEDIUM, HIGH;

	public String messageKey() {
		return "assessment.urgency." + name().toLowerCase(Locale.ROOT);
	}

}
