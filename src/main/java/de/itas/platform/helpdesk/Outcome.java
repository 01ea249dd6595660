package de.itas.platform.helpdesk;

import java.util.Locale;

/** How a closed case ended. */
public enum Outcome {

	RESOLVED, REFERRED, TRAINING_STARTED, NO_RESPONSE, WITHDRAWN, OUT_OF_SCOPE;

	public String messageKey() {
		return "helpdesk.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
