package de.itas.platform.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.mail.MailPermanentlyFailed;

/**
 * A subscriber whose address the mail server refused for good is marked bounced, so that they never get a
 * newsletter again. A plain listener, called by the mailer as it learns of the refusal: a persisted event
 * publication would keep the address in the event table.
 */
@Component
class NewsletterBounces {

	private static final Logger log = LoggerFactory.getLogger(NewsletterBounces.class);

	private final NewsletterSubscriptions subscriptions;

	NewsletterBounces(NewsletterSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@EventListener
	void on(MailPermanentlyFailed event) {
		if (subscriptions.markBouncedByEmail(event.address())) {
			log.info("A newsletter subscriber's address was refused permanently by the mail server; marked bounced");
		}
	}

}
