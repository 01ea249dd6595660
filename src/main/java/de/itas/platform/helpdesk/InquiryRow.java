package de.itas.platform.helpdesk;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An inquiry row as stored. */
record InquiryRow(long id, String caseNumber, Topic topic, String districtCode, String description,
		ContactChannel contactChannel, @Nullable String contactTimes, @Nullable UUID submitterId, String submitterName,
		@Nullable String submitterEmail, @Nullable String submitterPhone, String locale, boolean confirmed,
		CaseStatus status, @Nullable Outcome outcome, @Nullable String partnerCode, @Nullable String teamCode,
		@Nullable UUID assigneeId, @Nullable String assigneeName, Instant submittedAt,
		@Nullable Instant firstResponseDue, @Nullable Instant firstResponseAt, @Nullable Instant closedAt,
		boolean anonymised, long version) {

	boolean overdue(Instant now) {
		return firstResponseAt == null && firstResponseDue != null && status.open() && now.isAfter(firstResponseDue);
	}

	InquirySummary toSummary(Instant now) {
		return new InquirySummary(id, caseNumber, topic, districtCode, status, outcome, submittedAt, firstResponseDue,
				firstResponseAt, partnerCode, teamCode, assigneeName, submitterName, overdue(now));
	}

}
