package de.itas.platform.governance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the open data's settings ({@link OpenDataSettings}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenDataSettings.class)
class OpenDataConfiguration {
}
