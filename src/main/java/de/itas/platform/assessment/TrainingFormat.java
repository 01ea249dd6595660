package de.itas.platform.assessment;

import java.util.Locale;

/** The training formats a company prefers for a need. */
public enum TrainingFormat {

	PRESENCE, ONLINE, HYBRID, BLENDED, IN_HOUSE;

	public String messageKey() {
		return "assessment.format." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
