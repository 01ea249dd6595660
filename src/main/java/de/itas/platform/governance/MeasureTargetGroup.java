package de.itas.platform.governance;

import java.util.Locale;

/** Whom a measure addresses. */
public enum MeasureTargetGroup {

	COMPANIES,
	EMPLOYEES,
	RESIDENTS,
	INTERMEDIARIES,
	YOUTH_AND_SCHOOLS,
	ADMINISTRATIONS_AND_CHAMBERS;

	public String messageKey() {
		return "governance.measure.target-group." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
