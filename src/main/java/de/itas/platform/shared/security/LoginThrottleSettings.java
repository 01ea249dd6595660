package de.itas.platform.shared.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling (docs/operations.md). Failed attempts are counted within {@code window} from the first
 * one:
 * <ul>
 * <li>per account and address pair: {@code freeFailures} attempts are free, every further one blocks that
 * pair for {@code firstDelay}, doubled at each failure up to {@code maxDelay}. The owner at another address
 * is not affected, so nobody can lock an account by failing on purpose;</li>
 * <li>per address over all accounts: {@code addressMaxFailures} attempts block the address for
 * {@code addressBlockDuration} (password spraying);</li>
 * <li>per account over all addresses: never a block; from {@code attackFailures} on the account counts as
 * attacked, which is logged and shown to admins.</li>
 * </ul>
 */
@ConfigurationProperties("platform.security.login-throttle")
record LoginThrottleSettings(@DefaultValue("3") int freeFailures, @DefaultValue("30s") Duration firstDelay,
		@DefaultValue("15m") Duration maxDelay, @DefaultValue("20") int addressMaxFailures,
		@DefaultValue("15m") Duration addressBlockDuration, @DefaultValue("10") int attackFailures,
		@DefaultValue("1h") Duration window) {

	/** How long a pair is blocked after its {@code failures}-th failure (zero while attempts are free). */
	Duration delayAfter(int failures) {
		if (failures <= freeFailures) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - freeFailures - 1, 30);
		Duration delay = firstDelay.multipliedBy(1L << doublings);
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

}
