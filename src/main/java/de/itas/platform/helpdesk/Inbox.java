package de.itas.platform.helpdesk;

import java.util.List;
import java.util.Map;

/**
 * An inbox page: the matching cases and, for the filters, how many cases of the scope are in each status.
 *
 * @param overdue cases of the scope past their first-response deadline
 */
public record Inbox(List<InquirySummary> cases, Map<CaseStatus, Long> countsByStatus, long overdue, long total) {
}
