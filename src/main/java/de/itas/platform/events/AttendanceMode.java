package de.itas.platform.events;

import org.springframework.modulith.NamedInterface;

/** How a person takes part; each mode has its own places. */
@NamedInterface("api")
public enum AttendanceMode {

	ONSITE,
	ONLINE;

	public String messageKey() {
		return "events.mode." + name();
	}

}
