package de.itas.platform.helpdesk;

import java.util.Locale;

/** Where an appointment takes place. */
public enum SlotKind {

	HELP_DESK, VIDEO, PHONE;

	public String messageKey() {
		return "helpdesk.slot-kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
