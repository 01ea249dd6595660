package de.itas.platform.shared.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP when Spring Boot configured a mail sender (that is, {@code spring.mail.host} is set), the local
 * outbox otherwise.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

	@Bean
	@Primary
	MailDelivery mailDelivery(ObjectProvider<JavaMailSender> smtp, MailSettings settings, Outbox outbox) {
		JavaMailSender sender = smtp.getIfAvailable();
		return sender != null ? new SmtpDelivery(sender, settings) : outbox;
	}

}
