package de.itas.platform.shared.notifications;

import java.time.Instant;

/** A notification in the person's list, its title in the reader's language. */
public record NotificationView(long id, String title, String link, Instant createdAt, boolean read) {
}
