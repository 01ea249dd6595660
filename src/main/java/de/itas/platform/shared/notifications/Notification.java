package de.itas.platform.shared.notifications;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.mail.OutgoingMail;

/**
 * Something a person is told about. Its title is a message key with arguments, so that the list reads in the
 * language the person uses at the time; it should name no other person (the entry stays after they are gone).
 *
 * @param person who is told
 * @param kind a declared {@link NotificationKind#id()}; the person's choice for it decides about the mail
 * @param titleKey message key of the title in the list and in digests
 * @param titleArgs the title's arguments
 * @param link the platform page it is about, a path such as {@code /anliegen/HD-2026-17}
 * @param mail the mail sent when the person wants it at once; without one the kernel writes a short mail
 *        with the title and the link
 */
public record Notification(UUID person, String kind, String titleKey, List<String> titleArgs, String link,
		@Nullable Mail mail) {

	public Notification {
		titleArgs = List.copyOf(titleArgs);
		if (!link.startsWith("/") || link.startsWith("//")) {
			throw new IllegalArgumentException("A notification links to a path of the platform: " + link);
		}
	}

	/** A notification without a mail of its own. */
	public static Notification to(UUID person, String kind, String titleKey, String link, String... titleArgs) {
		return new Notification(person, kind, titleKey, List.of(titleArgs), link, null);
	}

	/** The same with the module's own mail: {@code templates/mail/<template>.txt} and its subject. */
	public Notification withMail(String subjectKey, String template, Map<String, ?> variables) {
		return withMail(subjectKey, template, variables, List.of());
	}

	/** The same with the module's own mail and files attached to it (also to the digest that lists it). */
	public Notification withMail(String subjectKey, String template, Map<String, ?> variables,
			List<OutgoingMail.Attachment> attachments) {
		return new Notification(person, kind, titleKey, titleArgs, link,
				new Mail(subjectKey, template, Collections.unmodifiableMap(new LinkedHashMap<>(variables)), attachments));
	}

	/**
	 * The mail of a notification, rendered in the recipient's language.
	 *
	 * @param subjectKey message key of the subject
	 * @param template {@code templates/mail/<template>.txt}
	 * @param variables the template's variables ({@code baseUrl} is added)
	 * @param attachments files attached to the mail
	 */
	public record Mail(String subjectKey, String template, Map<String, ?> variables,
			List<OutgoingMail.Attachment> attachments) {

		public Mail {
			attachments = List.copyOf(attachments);
		}

	}

}
