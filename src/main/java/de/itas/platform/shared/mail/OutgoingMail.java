package de.itas.platform.shared.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain-text e-mail to one recipient, optionally with attachments (e.g. an iCalendar invitation) and extra
 * header fields (e.g. {@code List-Unsubscribe}).
 */
public record OutgoingMail(String to, String subject, String text, List<Attachment> attachments,
		Map<String, String> headers) {

	public OutgoingMail {
		attachments = List.copyOf(attachments);
		headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	public OutgoingMail(String to, String subject, String text, List<Attachment> attachments) {
		this(to, subject, text, attachments, Map.of());
	}

	public OutgoingMail(String to, String subject, String text) {
		this(to, subject, text, List.of(), Map.of());
	}

	/** A file attached to the mail; {@code contentType} may carry parameters ("text/calendar; method=REQUEST"). */
	public record Attachment(String fileName, String contentType, byte[] content) {
	}

}
