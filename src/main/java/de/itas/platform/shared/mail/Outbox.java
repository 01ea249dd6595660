package de.itas.platform.shared.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.stereotype.Component;

/**
 * The local outbox: every mail as an RFC 822 file ({@code .eml}) under the data directory, so that the
 * platform runs without a mail server and mails can be read in the admin page "Postausgang" (and opened
 * with any mail program).
 */
@Component
public class Outbox implements MailDelivery {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	private static final Pattern FILE_NAME = Pattern.compile("[0-9]{8}-[0-9]{6}-[0-9]{3}-[0-9a-f-]{36}\\.eml");

	private final Path directory;
	private final String from;
	private final Session session = Session.getInstance(new Properties());

	Outbox(MailSettings settings) {
		this.directory = settings.outbox().toAbsolutePath().normalize();
		this.from = settings.from();
	}

	/** A mail in the outbox; {@code headers} holds the first value of each header field. */
	public record StoredMail(String id, Instant sent, String to, String subject, String text,
			List<StoredAttachment> attachments, Map<String, String> headers) {
	}

	/** A file attached to a stored mail. */
	public record StoredAttachment(String fileName, String contentType, byte[] content) {
	}

	@Override
	public void deliver(OutgoingMail mail) {
		try {
			Files.createDirectories(directory);
			Instant now = Instant.now();
			Path file = directory.resolve(FILE_TIME.format(now) + "-" + UUID.randomUUID() + ".eml");
			MimeMessage message = SmtpDelivery.toMime(new MimeMessage(session), mail, from);
			try (OutputStream out = Files.newOutputStream(file)) {
				message.writeTo(out);
			}
		}
		catch (IOException | MessagingException ex) {
			throw new UncheckedIOException(new IOException("Cannot write to the outbox " + directory, ex));
		}
	}

	/** The newest mails first. */
	public List<StoredMail> list(int offset, int limit) {
		return files().skip(offset).limit(limit).map(this::read).flatMap(Optional::stream).toList();
	}

	public long count() {
		return files().count();
	}

	/** Removes every mail to this address (when its owner's account is deleted). */
	public void deleteMailsTo(String email) {
		files().forEach(file -> read(file).filter(mail -> mail.to().equalsIgnoreCase(email)).ifPresent(mail -> {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
	}

	/**
	 * Removes every mail to this address and every mail that names it or the person's name (as whole words) in
	 * its subject or text: a deleted person's mails, and the mails others got about them. Names shorter than
	 * four characters are not looked for: they would match too much.
	 */
	public void deleteMailsAbout(String email, String name) {
		String address = email.strip().toLowerCase(java.util.Locale.ROOT);
		Pattern person = name.strip().length() < 4 ? null
				: Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip()) + "(?![\\p{L}\\p{N}])",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		files().forEach(file -> read(file).filter(mail -> {
			String content = mail.subject() + "\n" + mail.text();
			return mail.to().toLowerCase(java.util.Locale.ROOT).contains(address)
					|| content.toLowerCase(java.util.Locale.ROOT).contains(address)
					|| (person != null && person.matcher(content).find());
		}).ifPresent(mail -> delete(file)));
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<StoredMail> find(String id) {
		if (!FILE_NAME.matcher(id + ".eml").matches()) {
			return Optional.empty();
		}
		Path file = directory.resolve(id + ".eml");
		return Files.isRegularFile(file) ? read(file) : Optional.empty();
	}

	private Stream<Path> files() {
		if (!Files.isDirectory(directory)) {
			return Stream.empty();
		}
		try (Stream<Path> listing = Files.list(directory)) {
			return listing.filter(file -> FILE_NAME.matcher(file.getFileName().toString()).matches())
				.sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
				.toList()
				.stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Optional<StoredMail> read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MimeMessage message = new MimeMessage(session, in);
			String name = file.getFileName().toString();
			StringBuilder text = new StringBuilder();
			List<StoredAttachment> attachments = new ArrayList<>();
			collect(message, text, attachments);
			Map<String, String> headers = new LinkedHashMap<>();
			for (Header header : Collections.list(message.getAllHeaders())) {
				headers.putIfAbsent(header.getName(), jakarta.mail.internet.MimeUtility.unfold(header.getValue()));
			}
			return Optional.of(new StoredMail(name.substring(0, name.length() - 4),
					message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant(),
					String.join(", ", Stream.of(message.getAllRecipients()).map(Object::toString).toList()),
					message.getSubject(), text.toString(), List.copyOf(attachments), Collections.unmodifiableMap(headers)));
		}
		catch (IOException | MessagingException ex) {
			return Optional.empty();
		}
	}

	/** The first plain-text part is the mail's text; parts with a file name are its attachments. */
	private static void collect(Part part, StringBuilder text, List<StoredAttachment> attachments)
			throws MessagingException, IOException {
		if (part.getFileName() != null) {
			try (InputStream in = part.getInputStream()) {
				attachments.add(new StoredAttachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
			}
		}
		else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), text, attachments);
			}
		}
		else if (text.isEmpty()) {
			Object content = part.getContent();
			text.append(content instanceof String plain ? plain : String.valueOf(content));
		}
	}

}
