package de.itas.platform.shared.storage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's {@link FileStore}, chosen by {@code platform.storage.type}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageSettings.class)
class StorageConfiguration {

	@Bean
	FileStore fileStore(StorageSettings settings) {
		return settings.open(settings.type());
	}

}
