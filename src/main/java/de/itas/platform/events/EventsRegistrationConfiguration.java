package de.itas.platform.events;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.itas.platform.shared.storage.LegacyFileColumn;

/** Binds the registration's settings ({@link EventsSettings}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsSettings.class)
class EventsRegistrationConfiguration {

	/** Documentation files saved before issue 24 kept their bytes in the table; they move to the file store. */
	@Bean
	LegacyFileColumn eventDocumentFiles() {
		return new LegacyFileColumn("events", "document", "events.document", "content", "content_type");
	}

}
