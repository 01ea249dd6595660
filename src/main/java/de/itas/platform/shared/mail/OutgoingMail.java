package de.itas.platform.shared.mail;

import java.util.List;

/** A plain-text e-mail to one recipient, optionally with attachments (e.g. an iCalendar invitation). */
public record OutgoingMail(String to, String subject, String text, List<Attachment> attachments) {

	public OutgoingMail {
		attachments = List.copyOf(attachments);
	}

	public OutgoingMail(String to, String subject, String text) {
		this(to, subject, text, List.of());
	}

	/** A file attached to the mail; {@code contentType} may carry parameters ("text/calendar; method=REQUEST"). */
	public record Attachment(String fileName, String contentType, byte[] content) {
	}

}
