package de.itas.platform.helpdesk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.itas.platform.accounts.Accounts;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.security.Role;

/**
 * Tells whoever works the queue an inquiry was routed to that it arrived: the advisors of its team, or the
 * coordination when no team answers it (unroutable topics, barrier reports). A mail leaves the platform, so it
 * names only the case number, topic and district, never the person or what they wrote. Each recipient can switch
 * this off in their notification settings.
 */
@Component
class QueueNotices {

	private final TeamRepository teams;
	private final Accounts accounts;
	private final Region region;
	private final Notifications notifications;

	QueueNotices(TeamRepository teams, Accounts accounts, Region region, Notifications notifications) {
		this.teams = teams;
		this.accounts = accounts;
		this.region = region;
		this.notifications = notifications;
	}

	/** Notifies the queue's staff of the routed inquiry (never its own submitter). */
	void arrived(Inquiry row) {
		List<UUID> staff = row.teamCode() == null ? accounts.holdersOf(Role.COORDINATOR) : teams.members(row.teamCode());
		String district = region.district(row.districtCode()).map(DistrictSummary::name).orElse(row.districtCode());
		for (UUID person : staff) {
			if (person.equals(row.submitterId())) {
				continue;
			}
			notifications.notify(Notification.to(person, HelpdeskNotifications.NEW_INQUIRY,
					"helpdesk.notification.new-inquiry", "/beratung/faelle/" + row.caseNumber(), row.caseNumber())
				.withMail("helpdesk.mail.new-inquiry.subject", "helpdesk/new-inquiry",
						Map.of("caseNumber", row.caseNumber(), "topicKey", row.topic().messageKey(), "district", district)));
		}
	}

}
