package de.itas.platform.helpdesk;

import java.util.Locale;

/**
 * The workflow of a case: neu → zugewiesen → in Bearbeitung → wartet auf Rückmeldung → Empfehlung versandt
 * → abgeschlossen. Which status may follow which is the case's rule, guarded by the
 * package's {@code Inquiry}.
 */
public enum CaseStatus {

	NEW, ASSIGNED, IN_PROGRESS, WAITING_FOR_FEEDBACK, RECOMMENDATION_SENT, CLOSED;

	public boolean open() {
		return this != CLOSED;
	}

	public String messageKey() {
		return "helpdesk.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
