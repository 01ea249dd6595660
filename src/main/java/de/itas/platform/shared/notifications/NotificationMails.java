package de.itas.platform.shared.notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.mail.Mailer;
import de.itas.platform.shared.mail.OutgoingMail;

/**
 * Writes the mails of notifications: one at once (the module's own mail, or a short one with title and link)
 * or a digest listing several. Every mail ends with a footer that says why it came, and carries an unsubscribe
 * link that needs no sign-in, also as {@code List-Unsubscribe} header for one-click unsubscribing in mail
 * programs (RFC 8058).
 */
@Component
class NotificationMails {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
	private static final Logger log = LoggerFactory.getLogger(NotificationMails.class);

	private final Mailer mailer;
	private final Recipients recipients;
	private final MessageSource messages;
	private final UnsubscribeLinks links;
	private final NotificationKindRegistry kinds;

	NotificationMails(Mailer mailer, Recipients recipients, MessageSource messages, UnsubscribeLinks links,
			NotificationKindRegistry kinds) {
		this.mailer = mailer;
		this.recipients = recipients;
		this.messages = messages;
		this.links = links;
		this.kinds = kinds;
	}

	/**
	 * Mails a notification the person wants at once. It is written in the notifying transaction, on its
	 * connection (a second connection per request could exhaust the pool under load), and the mailer delivers
	 * it only after that transaction commits. A mail that cannot be written is logged, never thrown.
	 */
	void sendAfterCommit(Notification notification) {
		try {
			recipients.recipient(notification.person())
				.ifPresent(recipient -> mailer.send(immediate(notification, recipient)));
		}
		catch (RuntimeException ex) {
			log.error("Could not mail notification {} to person {}: {}", notification.kind(), notification.person(),
					ex.toString());
		}
	}

	OutgoingMail immediate(Notification notification, Recipient recipient) {
		Locale locale = recipient.locale();
		String title = title(notification.titleKey(), notification.titleArgs(), locale);
		String subject;
		String body;
		List<OutgoingMail.Attachment> attachments;
		Notification.Mail mail = notification.mail();
		if (mail != null) {
			subject = messages.getMessage(mail.subjectKey(), null, locale);
			Map<String, Object> variables = new LinkedHashMap<>(mail.variables());
			// the shared greeting names the recipient, whom the sending module need not know
			variables.putIfAbsent("name", recipient.name());
			body = mailer.render(mail.template(), locale, variables);
			attachments = mail.attachments();
		}
		else {
			subject = title;
			body = mailer.render("notifications/single", locale,
					Map.of("name", recipient.name(), "title", title, "link", notification.link()));
			attachments = List.of();
		}
		String unsubscribe = links.url(notification.person(), notification.kind());
		String label = messages.getMessage(kinds.require(notification.kind()).labelKey(), null, locale);
		String footer = mailer.render("notifications/footer", locale, Map.of("kind", label, "unsubscribe", unsubscribe));
		return new OutgoingMail(recipient.email(), subject, body.stripTrailing() + "\n\n" + footer, attachments,
				unsubscribeHeaders(unsubscribe));
	}

	/** One mail listing the person's notifications of a digest, with the attachments of all of them. */
	OutgoingMail digest(UUID person, Recipient recipient, Delivery frequency, List<NotificationStore.Row> rows,
			List<OutgoingMail.Attachment> attachments) {
		Locale locale = recipient.locale();
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(ZONE);
		List<Map<String, String>> items = new ArrayList<>();
		for (NotificationStore.Row row : rows) {
			items.add(Map.of("title", title(row.titleKey(), row.titleArgs(), locale), "link", row.link(), "when",
					when.format(row.createdAt())));
		}
		String frequencyName = frequency.name().toLowerCase(Locale.ROOT);
		String unsubscribe = links.url(person, UnsubscribeLinks.digestScope(frequency));
		String text = mailer.render("notifications/digest", locale,
				Map.of("name", recipient.name(), "intro",
						messages.getMessage("notifications.mail.digest." + frequencyName + ".intro",
								new Object[] { rows.size() }, locale),
						"items", items, "reason",
						messages.getMessage("notifications.mail.digest." + frequencyName + ".reason", null, locale),
						"unsubscribe", unsubscribe));
		String subject = messages.getMessage("notifications.mail.digest." + frequencyName + ".subject",
				new Object[] { rows.size() }, locale);
		return new OutgoingMail(recipient.email(), subject, text, attachments, unsubscribeHeaders(unsubscribe));
	}

	String title(String key, List<String> args, Locale locale) {
		return messages.getMessage(key, args.toArray(), key, locale);
	}

	private static Map<String, String> unsubscribeHeaders(String url) {
		return Map.of("List-Unsubscribe", "<" + url + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
	}

}
