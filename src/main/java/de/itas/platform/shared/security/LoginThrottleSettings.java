package de.itas.platform.shared.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling: after {@code maxFailures} failed attempts within {@code window} for one account or
 * from one address, further attempts are refused for {@code blockDuration}.
 */
@ConfigurationProperties("platform.security.login-throttle")
record LoginThrottleSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration blockDuration) {
}
