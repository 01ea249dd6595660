package de.itas.platform.trainings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Regularly frees the places of invitations nobody answered in time and removes the invitees' names and
 * addresses. Safe on several instances: each run's row is locked while its invitations expire, and an
 * invitation that another instance expired meanwhile is no longer INVITED, so nothing happens twice.
 */
@Component
class InvitationExpiry {

	private static final Logger log = LoggerFactory.getLogger(InvitationExpiry.class);

	private final Registrations registrations;

	InvitationExpiry(Registrations registrations) {
		this.registrations = registrations;
	}

	@Scheduled(cron = "${platform.trainings.invitation-expiry-cron:0 */15 * * * *}", zone = "Europe/Berlin")
	void scheduled() {
		int expired = registrations.expireInvitations();
		if (expired > 0) {
			log.info("{} invitations to training runs expired unanswered; their places are free again", expired);
		}
	}

}
