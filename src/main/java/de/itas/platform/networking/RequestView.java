package de.itas.platform.networking;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contact request as one side sees it. Names and e-mail addresses are set only after the poster accepted: the
 * poster then sees the requester's, the requester the poster's (the member who accepted) and the posting
 * organisation's name.
 */
public record RequestView(UUID id, UUID postId, String postTitle, String requesterOrganisation, @Nullable String message,
		ContactStatus status, @Nullable String decisionNote, Instant createdAt, @Nullable Instant cooperationAgreedAt,
		@Nullable String contactName, @Nullable String contactEmail, @Nullable String contactOrganisation) {

	public boolean accepted() {
		return status == ContactStatus.ACCEPTED;
	}

}
