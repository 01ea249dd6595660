package de.itas.platform.helpdesk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour, deletes visitors' inquiries whose confirmation link expired unused, with their files: what
 * somebody sent in another person's name, or never confirmed, does not stay. Deleting is idempotent, so
 * several instances may run it at the same time.
 */
@Component
class UnconfirmedInquiryPurge {

	private static final Logger log = LoggerFactory.getLogger(UnconfirmedInquiryPurge.class);

	private final Inquiries inquiries;

	UnconfirmedInquiryPurge(Inquiries inquiries) {
		this.inquiries = inquiries;
	}

	@Scheduled(cron = "${platform.helpdesk.purge-cron:0 23 * * * *}", zone = "Europe/Berlin")
	void hourly() {
		int purged = inquiries.purgeUnconfirmed();
		if (purged > 0) {
			log.info("Deleted {} unconfirmed inquiries whose link expired", purged);
		}
	}

}
