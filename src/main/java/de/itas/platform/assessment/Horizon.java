package de.itas.platform.assessment;

import java.util.Locale;

/** When a qualification need arises: at once, within six months, within one to two years. */
public enum Horizon {

	IMMEDIATE, SIX_MONTHS, ONE_TO_TWO_YEARS;

	public String messageKey() {
		return "assessment.horizon." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
