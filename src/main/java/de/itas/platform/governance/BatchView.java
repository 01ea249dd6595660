package de.itas.platform.governance;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A batch of paper cards.
 *
 * @param status SUBMITTED (waiting for a second person) or PUBLISHED
 */
public record BatchView(UUID id, UUID forumId, String forumTitle, String status, UUID enteredBy, Instant enteredAt,
		long cards, @Nullable Instant reviewedAt) {

	public boolean published() {
		return "PUBLISHED".equals(status);
	}

}
