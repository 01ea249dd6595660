package de.itas.platform.helpdesk;

import java.util.Locale;

/** How the submitter prefers to be contacted. */
public enum ContactChannel {

	EMAIL, PHONE, VIDEO, IN_PERSON;

	public String messageKey() {
		return "helpdesk.channel." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
