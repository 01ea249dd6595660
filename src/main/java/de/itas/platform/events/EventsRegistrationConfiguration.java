package de.itas.platform.events;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the registration's settings ({@link EventsSettings}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsSettings.class)
class EventsRegistrationConfiguration {
}
