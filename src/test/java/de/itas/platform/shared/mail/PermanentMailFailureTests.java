package de.itas.platform.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mailer tells the platform about an address the mail server refuses for good, over a real SMTP dialogue with
 * JavaMail: a server that answers {@code 550} to one recipient, {@code 452} (try later) to another and accepts
 * the rest. Only the first is reported.
 */
class PermanentMailFailureTests {

	@TempDir
	Path outboxDir;

	private ServerSocket server;
	private Thread serverThread;
	private final List<String> accepted = new CopyOnWriteArrayList<>();

	/** A minimal SMTP server: 550 for addresses starting with "gone", 452 for "full", 250 for the rest. */
	@BeforeEach
	void startServer() throws IOException {
		server = new ServerSocket(0);
		serverThread = new Thread(() -> {
			while (!server.isClosed()) {
				try (Socket client = server.accept()) {
					converse(client);
				}
				catch (IOException closed) {
					return;
				}
			}
		}, "smtp-stub");
		serverThread.setDaemon(true);
		serverThread.start();
	}

	private void converse(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
		OutputStream out = client.getOutputStream();
		reply(out, "220 stub ESMTP");
		String recipient = null;
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			String command = line.toUpperCase(Locale.ROOT);
			if (command.startsWith("EHLO") || command.startsWith("HELO")) {
				reply(out, "250 stub");
			}
			else if (command.startsWith("RCPT TO:")) {
				recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
				if (recipient.startsWith("gone")) {
					reply(out, "550 5.1.1 <" + recipient + ">: no such user");
				}
				else if (recipient.startsWith("full")) {
					reply(out, "452 4.2.2 <" + recipient + ">: mailbox full, try again later");
				}
				else {
					reply(out, "250 2.1.5 OK");
				}
			}
			else if (command.equals("DATA")) {
				reply(out, "354 go ahead");
				for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
					// the message itself is not looked at
				}
				accepted.add(recipient);
				reply(out, "250 2.0.0 queued");
			}
			else if (command.startsWith("QUIT")) {
				reply(out, "221 bye");
				return;
			}
			else {
				reply(out, "250 OK");
			}
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@AfterEach
	void stopServer() throws IOException {
		server.close();
	}

	@Test
	void onlyAnAddressRefusedForGoodIsReported() {
		List<Object> published = new CopyOnWriteArrayList<>();
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(server.getLocalPort());
		MailSettings settings = new MailSettings("ITAS <noreply@itas.example.org>", outboxDir, "http://x");
		StaticMessageSource messages = new StaticMessageSource();
		PlatformMailer mailer = new PlatformMailer(new SmtpDelivery(sender, settings), new MailTemplateEngine(messages),
				messages, settings, new MailQueue(false), published::add);

		mailer.send(new OutgoingMail("gone@example.org", "Newsletter", "Text"));
		mailer.send(new OutgoingMail("full@example.org", "Newsletter", "Text"));
		mailer.send(new OutgoingMail("here@example.org", "Newsletter", "Text"));

		assertThat(published).containsExactly(new MailPermanentlyFailed("gone@example.org"));
		assertThat(accepted).containsExactly("here@example.org");
	}

	@Test
	void aServerThatCannotBeReachedIsNoPermanentFailure() throws IOException {
		int port = server.getLocalPort();
		server.close();
		List<Object> published = new CopyOnWriteArrayList<>();
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(port);
		MailSettings settings = new MailSettings("ITAS <noreply@itas.example.org>", outboxDir, "http://x");
		StaticMessageSource messages = new StaticMessageSource();
		PlatformMailer mailer = new PlatformMailer(new SmtpDelivery(sender, settings), new MailTemplateEngine(messages),
				messages, settings, new MailQueue(false), published::add);

		mailer.send(new OutgoingMail("gone@example.org", "Newsletter", "Text"));

		assertThat(published).isEmpty();
	}

}
