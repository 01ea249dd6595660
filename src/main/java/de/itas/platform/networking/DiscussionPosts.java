package de.itas.platform.networking;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Discussion posts as moderation sees them. Hiding also covers a post held back by a watched word: showing it
 * again releases it, and only then are its mentions and followers told.
 */
@Component
class DiscussionPosts implements Moderatable {

	private final JdbcClient jdbc;
	private final Discussions discussions;

	DiscussionPosts(JdbcClient jdbc, Discussions discussions) {
		this.jdbc = jdbc;
		this.discussions = discussions;
	}

	@Override
	public String kind() {
		return ModerationStore.DISCUSSION_POST;
	}

	@Override
	public Optional<ModeratedContent> content(UUID itemId) {
		return jdbc.sql("SELECT p.id, p.author_id, p.body, p.hidden, p.held, t.title FROM networking.discussion_post p "
				+ "JOIN networking.discussion_thread t ON t.id = p.thread_id WHERE p.id = ?")
			.param(itemId)
			.query((rs, n) -> new ModeratedContent(kind(), itemId, rs.getObject("author_id", UUID.class),
					rs.getString("title"), rs.getString("body"), discussions.path(itemId).orElse("/diskussionen"),
					rs.getBoolean("hidden") || rs.getBoolean("held")))
			.optional();
	}

	@Override
	public void setHidden(UUID itemId, boolean hidden) {
		// only a post held back since it was written is new to its followers; one shown again after a reversal is not
		boolean wasHeld = jdbc.sql("SELECT held FROM networking.discussion_post WHERE id = ?")
			.param(itemId).query(Boolean.class).optional().orElse(false);
		jdbc.sql("UPDATE networking.discussion_post SET hidden = ?, held = FALSE, version = version + 1 WHERE id = ?")
			.params(hidden, itemId)
			.update();
		if (!hidden && wasHeld) {
			discussions.announce(itemId);
		}
	}

	@Override
	public void replaceText(UUID itemId, String text) {
		jdbc.sql("UPDATE networking.discussion_post SET body = ?, version = version + 1 WHERE id = ?")
			.params(text, itemId)
			.update();
	}

}
