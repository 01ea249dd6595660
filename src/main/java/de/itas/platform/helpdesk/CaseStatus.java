package de.itas.platform.helpdesk;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The workflow of a case: neu → zugewiesen → in Bearbeitung → wartet auf Rückmeldung → Empfehlung versandt
 * → abgeschlossen. Which status may follow which is defined here and nowhere else.
 */
public enum CaseStatus {

	NEW, ASSIGNED, IN_PROGRESS, WAITING_FOR_FEEDBACK, RECOMMENDATION_SENT, CLOSED;

	private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
			NEW, EnumSet.of(ASSIGNED, CLOSED),
			ASSIGNED, EnumSet.of(IN_PROGRESS, CLOSED),
			IN_PROGRESS, EnumSet.of(WAITING_FOR_FEEDBACK, RECOMMENDATION_SENT, CLOSED),
			WAITING_FOR_FEEDBACK, EnumSet.of(IN_PROGRESS, RECOMMENDATION_SENT, CLOSED),
			RECOMMENDATION_SENT, EnumSet.of(IN_PROGRESS, WAITING_FOR_FEEDBACK, CLOSED),
			CLOSED, EnumSet.of(IN_PROGRESS));

	/** Whether the workflow allows going from this status to {@code next}. */
	public boolean allows(CaseStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** The statuses that may follow this one. */
	public Set<CaseStatus> next() {
		return EnumSet.copyOf(NEXT.get(this));
	}

	public boolean open() {
		return this != CLOSED;
	}

	public String messageKey() {
		return "helpdesk.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
