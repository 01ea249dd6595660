package de.itas.platform.networking;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored contact request to a post.
 *
 * @param requesterId the person who wrote it, none after their account was deleted
 * @param message what they wrote, none after their account was deleted
 * @param decidedBy the member of the posting organisation who accepted or declined (whose contact an
 *     acceptance shows)
 */
record ContactRequest(UUID id, UUID postId, UUID requesterOrganisationId, String requesterOrganisationName,
		@Nullable UUID requesterId, @Nullable String message, ContactStatus status, @Nullable String decisionNote,
		@Nullable UUID decidedBy, Instant createdAt, @Nullable Instant decidedAt, @Nullable Instant cooperationAgreedAt) {
}
