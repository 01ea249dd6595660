package de.itas.platform.helpdesk;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the help desk's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HelpdeskSettings.class)
class HelpdeskConfiguration {
}
