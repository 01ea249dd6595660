package de.itas.platform.shared.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders mails and hands them to the delivery after the surrounding transaction commits, through the
 * {@link MailQueue}: the response does not wait for the mail server, and its duration does not tell whether
 * a mail was sent.
 * <p>
 * When the mail server refuses a recipient for good (SMTP {@code 5xx} to {@code RCPT TO}, which JavaMail reports
 * as an invalid address), the mailer publishes {@link MailPermanentlyFailed} for it; other failures (the server
 * is down, a mailbox is full for now) are only logged.
 */
@Component
class PlatformMailer implements Mailer {

	private static final Logger log = LoggerFactory.getLogger(PlatformMailer.class);

	private final MailDelivery delivery;
	private final TemplateEngine mailTemplates;
	private final MessageSource messages;
	private final MailSettings settings;
	private final MailQueue queue;
	private final ApplicationEventPublisher events;

	PlatformMailer(MailDelivery delivery, MailTemplateEngine mailTemplates, MessageSource messages,
			MailSettings settings, MailQueue queue, ApplicationEventPublisher events) {
		this.delivery = delivery;
		this.mailTemplates = mailTemplates.engine();
		this.messages = messages;
		this.settings = settings;
		this.queue = queue;
		this.events = events;
	}

	@Override
	public void send(OutgoingMail mail) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					queue.enqueue(() -> deliver(mail));
				}
			});
		}
		else {
			queue.enqueue(() -> deliver(mail));
		}
	}

	@Override
	public void send(String to, Locale locale, String subjectKey, String template, Map<String, Object> variables,
			List<OutgoingMail.Attachment> attachments) {
		String text = render(template, locale, variables);
		String subject = messages.getMessage(subjectKey, null, locale);
		send(new OutgoingMail(to, subject, text, attachments));
	}

	@Override
	public String render(String template, Locale locale, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put("baseUrl", baseUrl());
		return mailTemplates.process(template, new Context(locale, all));
	}

	@Override
	public String baseUrl() {
		String base = settings.baseUrl();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	private void deliver(OutgoingMail mail) {
		try {
			delivery.deliver(mail);
		}
		catch (RuntimeException ex) {
			// the business transaction has committed; a lost mail must not turn it into an error page
			List<String> refused = refusedForGood(ex);
			if (refused.isEmpty()) {
				log.error("Could not deliver mail '{}': {}", mail.subject(), ex.getMessage());
				return;
			}
			// not the failure's text: it names the refused addresses, which are personal data
			log.warn("The mail server refused {} address(es) of mail '{}' permanently", refused.size(), mail.subject());
			for (String address : refused) {
				try {
					events.publishEvent(new MailPermanentlyFailed(address));
				}
				catch (RuntimeException listenerFailed) {
					log.error("Handling a permanently refused address failed: {}", listenerFailed.getMessage(),
							listenerFailed);
				}
			}
		}
	}

	/**
	 * The addresses the server refused for good: JavaMail's SMTP transport lists a recipient as invalid when the
	 * server answered {@code 5xx} to it, and as valid but unsent for a {@code 4xx} (try again later).
	 */
	static List<String> refusedForGood(Throwable failure) {
		LinkedHashSet<String> addresses = new LinkedHashSet<>();
		List<Throwable> causes = new ArrayList<>();
		causes.add(failure);
		if (failure instanceof MailSendException send) {
			causes.addAll(send.getFailedMessages().values());
		}
		for (Throwable cause : causes) {
			Throwable current = cause;
			for (int depth = 0; current != null && depth < 10; depth++, current = current.getCause()) {
				if (current instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null) {
					for (Address address : sendFailed.getInvalidAddresses()) {
						addresses.add(address instanceof InternetAddress internet
								? internet.getAddress() : address.toString());
					}
				}
			}
		}
		return List.copyOf(addresses);
	}

}
