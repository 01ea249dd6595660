package de.itas.platform.assessment;

import java.util.List;
import java.util.UUID;

/**
 * A company the current person may work on, with its checks (newest first).
 *
 * @param member whether the person belongs to the company (otherwise: advisor with consent)
 * @param admin whether the person is one of its company admins (who decide on advisor consent)
 * @param advisorConsent whether the company lets advisors work on its check and needs
 */
public record CompanyOverview(UUID id, String name, boolean member, boolean admin, boolean advisorConsent,
		List<CheckSummary> checks) {

	public boolean hasOpenCheck() {
		return checks.stream().anyMatch(check -> !check.completed());
	}

}
