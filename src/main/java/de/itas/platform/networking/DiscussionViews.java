package de.itas.platform.networking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the discussion pages show: spaces, threads and posts as one viewer may see them. */
public final class DiscussionViews {

	private DiscussionViews() {
	}

	/** The kinds of space: one per action field (from the region data), per topic, and private for a group. */
	public enum SpaceKind {
		ACTION_FIELD, TOPIC, PRIVATE;

		public String messageKey() {
			return "networking.discussions.space.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	public record SpaceView(UUID id, String slug, SpaceKind kind, @Nullable String actionFieldCode, String title,
			String description, long threads, @Nullable Instant lastPostAt) {

		public boolean isPrivate() {
			return kind == SpaceKind.PRIVATE;
		}

	}

	public record ThreadView(UUID id, UUID spaceId, String title, Instant createdAt, Instant lastPostAt, long posts,
			@Nullable String startedBy) {
	}

	/**
	 * A post as the viewer sees it. A hidden or held post reaches only its author and moderators; for everybody
	 * else it is not in the list at all.
	 *
	 * @param html the sanitised rendering of the Markdown, empty for a deleted post
	 * @param mine whether the viewer wrote it
	 * @param reasons the statement of reasons of the latest decision, shown to the author on a hidden post
	 */
	public record PostView(UUID id, UUID threadId, @Nullable UUID authorId, @Nullable String authorName, String body,
			String html, boolean hidden, boolean held, boolean deleted, @Nullable Instant editedAt, Instant createdAt,
			long version, boolean mine, List<String> mentioned, @Nullable DecisionNote reasons) {
	}

	/** The latest decision on an item as its author sees it, with the way to appeal. */
	public record DecisionNote(UUID decisionId, String action, @Nullable String rule, String facts, Instant decidedAt,
			boolean appealed, @Nullable String appealOutcome) {

		public boolean appealable() {
			return !appealed && !"DISMISS".equals(action) && !"RELEASE".equals(action);
		}

	}

	/** A person of a space who can be mentioned. */
	public record Participant(UUID id, String name) {
	}

	/** What became of a new post: published, or held back until a moderator looked at it. */
	public record Posted(UUID threadId, UUID postId, boolean held) {
	}

}
