package de.itas.platform.events;

import org.springframework.modulith.NamedInterface;

/** Whom an event is for; the label is {@code events.target.<NAME>}. */
@NamedInterface("api")
public enum TargetGroup {

	COMPANIES,
	EMPLOYEES,
	RESIDENTS,
	INTERMEDIARIES,
	YOUTH_AND_SCHOOLS,
	ADMINISTRATIONS_AND_CHAMBERS;

	public String messageKey() {
		return "events.target." + name();
	}

}
