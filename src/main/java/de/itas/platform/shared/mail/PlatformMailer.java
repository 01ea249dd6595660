package de.itas.platform.shared.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders mails and hands them to the delivery after the surrounding transaction commits, through the
 * {@link MailQueue}: the response does not wait for the mail server, and its duration does not tell whether
 * a mail was sent.
 */
@Component
class PlatformMailer implements Mailer {

	private static final Logger log = LoggerFactory.getLogger(PlatformMailer.class);

	private final MailDelivery delivery;
	private final TemplateEngine mailTemplates;
	private final MessageSource messages;
	private final MailSettings settings;
	private final MailQueue queue;

	PlatformMailer(MailDelivery delivery, MailTemplateEngine mailTemplates, MessageSource messages,
			MailSettings settings, MailQueue queue) {
		this.delivery = delivery;
		this.mailTemplates = mailTemplates.engine();
		this.messages = messages;
		this.settings = settings;
		this.queue = queue;
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
			log.error("Could not deliver mail '{}': {}", mail.subject(), ex.getMessage());
		}
	}

}
