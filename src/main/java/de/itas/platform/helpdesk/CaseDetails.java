package de.itas.platform.helpdesk;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case with everything the reader may see: for the submitter, the history without internal entries.
 *
 * @param nextStatuses the statuses staff may move the case to now (none for the submitter)
 */
public record CaseDetails(InquirySummary summary, String description, ContactChannel contactChannel,
		@Nullable String contactTimes, @Nullable String submitterEmail, @Nullable String submitterPhone,
		@Nullable UUID submitterId, @Nullable UUID assigneeId, long version, List<CaseEvent> history,
		List<AttachmentInfo> attachments, Set<CaseStatus> nextStatuses) {
}
