package de.itas.platform.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The registration's regular work: offers to move up that ran out pass their places on, and participants are
 * reminded of the next day's events. Safe on several instances (see {@link EventRegistrations#expireOffers()} and
 * {@link EventRegistrations#remind()}).
 */
@Component
class RegistrationJobs {

	private static final Logger log = LoggerFactory.getLogger(RegistrationJobs.class);

	private final EventRegistrations registrations;

	RegistrationJobs(EventRegistrations registrations) {
		this.registrations = registrations;
	}

	@Scheduled(cron = "${platform.events.offer-expiry-cron:0 */10 * * * *}", zone = "Europe/Berlin")
	void expireOffers() {
		int expired = registrations.expireOffers();
		if (expired > 0) {
			log.info("{} offers to move up expired unconfirmed; their places passed on", expired);
		}
	}

	@Scheduled(cron = "${platform.events.reminder-cron:0 0 * * * *}", zone = "Europe/Berlin")
	void remind() {
		int reminded = registrations.remind();
		if (reminded > 0) {
			log.info("{} participants reminded of tomorrow's events", reminded);
		}
	}

}
