package de.itas.platform.shared.notifications;

import java.time.DayOfWeek;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification digests; when they run is {@code platform.notifications.digest-cron}
 * (Europe/Berlin, default 07:00 every day).
 *
 * @param weeklyDigestDay the day whose run also sends the weekly digest
 */
@ConfigurationProperties("platform.notifications")
record NotificationSettings(@DefaultValue("MONDAY") DayOfWeek weeklyDigestDay) {
}
