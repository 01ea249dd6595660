package de.itas.platform.helpdesk;

import org.jspecify.annotations.Nullable;

/**
 * What an inbox shows; absent criteria do not filter.
 *
 * @param scope whose cases: the person's teams, assigned to the person, the coordination queue or all
 */
public record InboxFilter(Scope scope, @Nullable CaseStatus status, @Nullable Topic topic,
		@Nullable String districtCode, boolean overdueOnly) {

	public InboxFilter {
		// an empty choice in the district filter means every district
		districtCode = districtCode == null || districtCode.isBlank() ? null : districtCode;
	}

	public enum Scope {
		TEAM, MINE, COORDINATION, ALL
	}

}
