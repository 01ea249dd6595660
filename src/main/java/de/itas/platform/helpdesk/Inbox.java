package de.itas.platform.helpdesk;

import java.util.List;
import java.util.Map;

import de.itas.platform.shared.web.PageOf;

/**
 * An inbox page: one page of the matching cases and, for the filters, how many cases of the scope are in
 * each status.
 *
 * @param page the matching cases shown on this page, with how many match in all
 * @param overdue cases of the scope past their first-response deadline
 * @param total cases of the scope
 */
public record Inbox(PageOf<InquirySummary> page, Map<CaseStatus, Long> countsByStatus, long overdue, long total) {

	/** The cases of this page. */
	public List<InquirySummary> cases() {
		return page.items();
	}

}
