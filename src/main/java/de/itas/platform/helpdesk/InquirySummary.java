package de.itas.platform.helpdesk;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An inquiry as lists show it.
 *
 * @param teamCode the team it is routed to; absent while in the coordination queue
 * @param overdue no first response yet and the deadline has passed
 */
public record InquirySummary(long id, String caseNumber, Topic topic, String districtCode, CaseStatus status,
		@Nullable Outcome outcome, Instant submittedAt, @Nullable Instant firstResponseDue,
		@Nullable Instant firstResponseAt, @Nullable String partnerCode, @Nullable String teamCode,
		@Nullable String assigneeName, String submitterName, boolean overdue) {
}
