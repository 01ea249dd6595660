package de.itas.platform.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param noticeVersion the current version of the privacy notice; people who accepted an older one are
 *        asked again at their next request
 * @param deletionGracePeriod how long a requested account deletion can be undone
 */
@ConfigurationProperties("platform.privacy")
record PrivacySettings(@DefaultValue("2026-11-21") String noticeVersion,
		@DefaultValue("14d") Duration deletionGracePeriod) {
}
