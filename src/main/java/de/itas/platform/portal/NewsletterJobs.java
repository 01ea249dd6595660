package de.itas.platform.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the newsletter in batches: every run sends at most {@code platform.portal.newsletter.batch-size} mails.
 * Safe on several instances (see {@link NewsletterIssues#sendBatch(int)}).
 */
@Component
class NewsletterJobs {

	private static final Logger log = LoggerFactory.getLogger(NewsletterJobs.class);

	private final NewsletterIssues issues;
	private final int batchSize;

	NewsletterJobs(NewsletterIssues issues, @Value("${platform.portal.newsletter.batch-size:50}") int batchSize) {
		this.issues = issues;
		this.batchSize = batchSize;
	}

	@Scheduled(fixedDelayString = "${platform.portal.newsletter.batch-delay:PT20S}",
			initialDelayString = "${platform.portal.newsletter.batch-delay:PT20S}")
	void sendBatch() {
		int sent = issues.sendBatch(batchSize);
		if (sent > 0) {
			log.info("{} newsletter mails sent", sent);
		}
	}

}
