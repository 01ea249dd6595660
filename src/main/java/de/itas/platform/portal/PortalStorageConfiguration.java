package de.itas.platform.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.itas.platform.shared.storage.LegacyFileColumn;

/** News images saved before issue 24 kept their bytes in the table; they move to the file store. */
@Configuration(proxyBeanMethods = false)
class PortalStorageConfiguration {

	@Bean
	LegacyFileColumn newsImageFiles() {
		return new LegacyFileColumn("portal", "news-image", "portal.news_image", "content", "content_type");
	}

}
