package de.itas.platform.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/** Mails reach a real SMTP server (GreenMail) and, without one, the local outbox. */
class MailDeliveryTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@TempDir
	Path outboxDir;

	private final OutgoingMail mail = new OutgoingMail("empfaengerin@example.org", "Grüße aus Plauen",
			"Schöne Grüße – mit Umlauten äöüß und einem Link: https://itas.example.org/x");

	@Test
	void smtpDeliversSubjectAndTextIntactInUtf8() throws Exception {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(smtp.getSmtp().getPort());
		new SmtpDelivery(sender, new MailSettings("ITAS <noreply@itas.example.org>", outboxDir, "http://x"))
			.deliver(mail);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Grüße aus Plauen");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("empfaengerin@example.org");
		assertThat(received[0].getFrom()[0].toString()).contains("noreply@itas.example.org");
		assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
		assertThat(received[0].getContent().toString()).contains("äöüß", "https://itas.example.org/x");
	}

	@Test
	void withoutServerTheOutboxKeepsReadableMailsNewestFirst() {
		Outbox outbox = new Outbox(new MailSettings("ITAS <noreply@itas.example.org>", outboxDir, "http://x"));
		outbox.deliver(mail);
		outbox.deliver(new OutgoingMail("zweite@example.org", "Zweite", "Text"));
		assertThat(outbox.count()).isEqualTo(2);
		assertThat(outbox.list(0, 10)).extracting(Outbox.StoredMail::subject).containsExactly("Zweite", "Grüße aus Plauen");
		Outbox.StoredMail first = outbox.list(1, 1).get(0);
		assertThat(first.text()).contains("äöüß");
		assertThat(outbox.find(first.id())).contains(first);
		assertThat(outbox.find("../../etc/passwd")).isEmpty();
		outbox.deleteMailsTo("zweite@example.org");
		assertThat(outbox.list(0, 10)).extracting(Outbox.StoredMail::to).containsExactly("empfaengerin@example.org");
	}

	@Test
	void aDeletedPersonsMailsAndTheMailsNamingThemLeaveTheOutboxButNoOthers() {
		Outbox outbox = new Outbox(new MailSettings("ITAS <noreply@itas.example.org>", outboxDir.resolve("about"), "http://x"));
		outbox.deliver(new OutgoingMail("anna.berg@example.org", "Ihr Termin", "Guten Tag,"));
		outbox.deliver(new OutgoingMail("berater@example.org", "Termin gebucht", "Anna Berg hat einen Termin gebucht."));
		outbox.deliver(new OutgoingMail("berater@example.org", "Rückfrage", "Antwort an ANNA.BERG@example.org senden."));
		outbox.deliver(new OutgoingMail("berater@example.org", "Termin gebucht", "Johanna Bergmann hat einen Termin gebucht."));
		outbox.deliver(new OutgoingMail("berater@example.org", "Annahme", "Die Annahme ist bestätigt."));
		outbox.deleteMailsAbout("Anna.Berg@example.org", "Anna Berg");
		assertThat(outbox.list(0, 10)).extracting(mail -> mail.text().strip())
			.containsExactlyInAnyOrder("Johanna Bergmann hat einen Termin gebucht.", "Die Annahme ist bestätigt.");
		outbox.deleteMailsAbout("a@example.org", "Ann");
		assertThat(outbox.count()).as("too short a name is not looked for").isEqualTo(2);
	}

	@Test
	void attachmentsTravelWithTheTextThroughSmtpAndTheOutbox() throws Exception {
		byte[] calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		OutgoingMail invitation = new OutgoingMail("gast@example.org", "Termin", "Grüße – siehe Anhang",
				List.of(new OutgoingMail.Attachment("termin.ics", "text/calendar; charset=UTF-8; method=REQUEST", calendar)));
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(smtp.getSmtp().getPort());
		new SmtpDelivery(sender, new MailSettings("ITAS <noreply@itas.example.org>", outboxDir, "http://x"))
			.deliver(invitation);
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.isMimeType("multipart/*")).isTrue();
		assertThat(GreenMailUtil.getBody(received)).contains("termin.ics", "text/calendar");

		Outbox outbox = new Outbox(new MailSettings("ITAS <noreply@itas.example.org>", outboxDir, "http://x"));
		outbox.deliver(invitation);
		Outbox.StoredMail stored = outbox.list(0, 1).get(0);
		assertThat(stored.text()).isEqualTo("Grüße – siehe Anhang");
		assertThat(stored.attachments()).singleElement().satisfies(file -> {
			assertThat(file.fileName()).isEqualTo("termin.ics");
			assertThat(file.contentType()).startsWith("text/calendar");
			assertThat(file.content()).isEqualTo(calendar);
		});
	}

}
