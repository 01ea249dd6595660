package de.itas.platform.shared.mail;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from sender address of all platform mails (the region's settings give it a name)
 * @param outbox where mails are written when no SMTP server is configured
 * @param baseUrl the platform's public address, for links in mails
 */
@ConfigurationProperties("platform.mail")
record MailSettings(@DefaultValue("noreply@demo.itas.local") String from,
		@DefaultValue("./data/outbox") Path outbox, @DefaultValue("http://localhost:8080") String baseUrl) {
}
