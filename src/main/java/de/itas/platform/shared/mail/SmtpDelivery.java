package de.itas.platform.shared.mail;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends mails over the configured SMTP server. */
class SmtpDelivery implements MailDelivery {

	private final JavaMailSender sender;
	private final MailSettings settings;

	SmtpDelivery(JavaMailSender sender, MailSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	@Override
	public void deliver(OutgoingMail mail) {
		sender.send(toMime(sender.createMimeMessage(), mail, settings.from()));
	}

	static MimeMessage toMime(MimeMessage message, OutgoingMail mail, String from) {
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(),
					StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), false);
			for (OutgoingMail.Attachment attachment : mail.attachments()) {
				helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			for (java.util.Map.Entry<String, String> header : mail.headers().entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
			helper.setSentDate(new java.util.Date());
			return message;
		}
		catch (MessagingException ex) {
			throw new MailSendException("Cannot build mail", ex);
		}
	}

}
