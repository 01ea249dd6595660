package de.itas.platform.helpdesk;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.itas.platform.shared.storage.LegacyFileColumn;

/** Binds the help desk's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HelpdeskSettings.class)
class HelpdeskConfiguration {

	/** Attachments saved before issue 24 kept their bytes in the table; they move to the file store. */
	@Bean
	LegacyFileColumn helpdeskAttachmentFiles() {
		return new LegacyFileColumn("helpdesk", "attachment", "helpdesk.attachment", "data", "content_type");
	}

}
