package de.itas.platform.networking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the moderation pages show. Reporters appear by name only, never with their address. */
public final class ModerationViews {

	private ModerationViews() {
	}

	/** What a moderator decides on an item. */
	public enum Action {
		DISMISS, HIDE, EDIT, RELEASE;

		public String messageKey() {
			return "networking.moderation.action." + name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** An item as moderators see it (hidden included). */
	public record Item(String kind, UUID itemId, @Nullable UUID authorId, String title, String text, String html,
			String path, boolean hidden) {
	}

	/** An item in the queue: its open reports and when the first came in. */
	public record QueueEntry(Item item, long openReports, Instant since, boolean system) {
	}

	public record Report(UUID id, @Nullable String reporterName, boolean system, ReportCategory category, String reason,
			Instant createdAt, @Nullable Instant closedAt) {
	}

	public record Decision(UUID id, Action action, @Nullable String rule, String facts, @Nullable String previousText,
			@Nullable String newText, UUID moderatorId, @Nullable String moderatorName, Instant createdAt,
			@Nullable Appeal appeal) {
	}

	/** An open appeal in the queue with the title of the item it is about, so the queue says what it concerns. */
	public record OpenAppeal(Appeal appeal, String title) {
	}

	public record Appeal(UUID id, UUID decisionId, String kind, UUID itemId, String text, Instant createdAt,
			@Nullable String outcome, @Nullable String reasons, @Nullable Instant decidedAt) {

		public boolean open() {
			return outcome == null;
		}

	}

	/** An item with everything that happened to it. */
	public record ItemHistory(Item item, List<Report> reports, List<Decision> decisions) {
	}

	public record WatchedWord(UUID id, String phrase, WatchedWordAction action, Instant createdAt) {

		public String actionKey() {
			return action.messageKey();
		}

	}

	/** @param until {@code null} for a permanent muting */
	public record Mute(UUID person, String name, @Nullable LocalDate until, String reason, Instant createdAt) {
	}

	public record LogEntry(long id, Instant at, @Nullable String actorName, String action, @Nullable String kind,
			@Nullable UUID itemId, String reasons) {
	}

}
