package de.itas.platform.helpdesk;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a case's history.
 *
 * @param visibleToSubmitter messages and status changes are; internal notes, assignments and hand-overs
 *     are not
 */
public record CaseEvent(Instant at, String actorName, Kind kind, @Nullable String detail, @Nullable String text,
		boolean visibleToSubmitter) {

	/** Between the new status and, when closing, the outcome in a status change's stored detail. */
	private static final String OUTCOME_SEPARATOR = ":";

	/** The stored detail of a status change: the new status and, when closing, the outcome. */
	static String statusDetail(CaseStatus status, @Nullable Outcome outcome) {
		return outcome == null ? status.name() : status.name() + OUTCOME_SEPARATOR + outcome.name();
	}

	/** The message key that names the detail (a status, topic or appointment change), if it has one. */
	public @Nullable String detailKey() {
		if (detail == null) {
			return null;
		}
		return switch (kind) {
			case STATUS -> CaseStatus.valueOf(detail.split(OUTCOME_SEPARATOR)[0]).messageKey();
			case SUBMITTED -> Topic.fromKey(detail).map(Topic::messageKey).orElse(null);
			case APPOINTMENT -> "helpdesk.event.appointment." + detail;
			default -> null;
		};
	}

	public enum Kind {

		SUBMITTED, CONFIRMED, ROUTED, ASSIGNED, STATUS, NOTE, MESSAGE, HANDED_OVER, APPOINTMENT, RECOMMENDATION,
		ANONYMISED;

		public String messageKey() {
			return "helpdesk.event." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
