package de.itas.platform.learning;

import java.util.Locale;

/** Whom a library item addresses. */
public enum ContentTargetGroup {

	COMPANIES, EMPLOYEES, JOBSEEKERS, TRAINERS, ADVISORS, PUBLIC_BODIES;

	public String messageKey() {
		return "learning.library.target-group." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
