package de.itas.platform.shared.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends e-mails. Inside a transaction the mail goes out after the commit and not at all on rollback, so
 * that nobody is told about something that did not happen.
 */
public interface Mailer {

	void send(OutgoingMail mail);

	/**
	 * Renders {@code templates/mail/<template>.txt} (Thymeleaf text mode, message keys of the sending
	 * module) in the recipient's language and sends it.
	 */
	default void send(String to, Locale locale, String subjectKey, String template, Map<String, Object> variables) {
		send(to, locale, subjectKey, template, variables, List.of());
	}

	/** The same, with files attached to the mail. */
	void send(String to, Locale locale, String subjectKey, String template, Map<String, Object> variables,
			List<OutgoingMail.Attachment> attachments);

	/**
	 * Renders {@code templates/mail/<template>.txt} in the language without sending it, for mails put together
	 * from several parts (a notification and its unsubscribe footer). The variable {@code baseUrl} is set.
	 */
	String render(String template, Locale locale, Map<String, Object> variables);

	/** The platform's public address, for links in mails (without a trailing slash). */
	String baseUrl();

}
