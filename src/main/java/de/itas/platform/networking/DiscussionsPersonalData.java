package de.itas.platform.networking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.privacy.PersonalData;

/**
 * A person's part of the discussions: posts, reports, appeals, subscriptions and mutings. On erasure the posts
 * stay as anonymous placeholders (replies keep their place), reports and the log keep what happened without the
 * person.
 */
@Component
class DiscussionsPersonalData implements PersonalData {

	/** What an erased person's posts read. */
	static final String ERASED = "[Beitrag gelöscht / post deleted]";

	private final JdbcClient jdbc;

	DiscussionsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "networking-discussions";
	}

	@Override
	public Map<String, Object> export(UUID person) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("posts", jdbc.sql("SELECT p.body, p.created_at, p.edited_at, p.hidden, p.held, p.deleted, t.title "
				+ "FROM networking.discussion_post p JOIN networking.discussion_thread t ON t.id = p.thread_id "
				+ "WHERE p.author_id = ? ORDER BY p.created_at")
			.param(person)
			.query((rs, n) -> {
				Map<String, Object> post = new LinkedHashMap<>();
				post.put("thread", rs.getString("title"));
				post.put("text", rs.getString("body"));
				post.put("writtenAt", rs.getTimestamp("created_at").toInstant().toString());
				post.put("edited", rs.getTimestamp("edited_at") != null);
				post.put("hidden", rs.getBoolean("hidden"));
				post.put("held", rs.getBoolean("held"));
				post.put("deleted", rs.getBoolean("deleted"));
				return post;
			})
			.list());
		data.put("reports", jdbc.sql("SELECT kind, item_id, category, reason, created_at FROM networking.moderation_report "
				+ "WHERE reporter_id = ? ORDER BY created_at")
			.param(person)
			.query((rs, n) -> Map.<String, Object>of("kind", rs.getString("kind"), "item", rs.getString("item_id"),
					"category", rs.getString("category"), "reason", rs.getString("reason"),
					"reportedAt", rs.getTimestamp("created_at").toInstant().toString()))
			.list());
		data.put("appeals", jdbc.sql("SELECT text, created_at, outcome FROM networking.moderation_appeal WHERE author_id = ? "
				+ "ORDER BY created_at")
			.param(person)
			.query((rs, n) -> {
				Map<String, Object> appeal = new LinkedHashMap<>();
				appeal.put("text", rs.getString("text"));
				appeal.put("appealedAt", rs.getTimestamp("created_at").toInstant().toString());
				appeal.put("outcome", rs.getString("outcome"));
				return appeal;
			})
			.list());
		data.put("subscriptions", jdbc.sql("SELECT coalesce(t.title, s.title) AS title, CASE WHEN b.thread_id IS NULL "
				+ "THEN 'space' ELSE 'thread' END AS what FROM networking.discussion_subscription b LEFT JOIN "
				+ "networking.discussion_thread t ON t.id = b.thread_id LEFT JOIN networking.discussion_space s "
				+ "ON s.id = b.space_id WHERE b.account_id = ? ORDER BY b.created_at")
			.param(person)
			.query((rs, n) -> Map.<String, Object>of("title", rs.getString("title"), "follows", rs.getString("what")))
			.list());
		data.put("mutings", jdbc.sql("SELECT until, reason FROM networking.moderation_mute WHERE account_id = ?")
			.param(person)
			.query((rs, n) -> {
				Map<String, Object> mute = new LinkedHashMap<>();
				mute.put("until", rs.getObject("until") == null ? "permanent" : rs.getString("until"));
				mute.put("reason", rs.getString("reason"));
				return mute;
			})
			.list());
		return data;
	}

	@Override
	public void erase(UUID person) {
		jdbc.sql("UPDATE networking.discussion_post SET author_id = NULL, author_name = NULL, body = ?, "
				+ "version = version + 1 WHERE author_id = ?").params(ERASED, person).update();
		jdbc.sql("DELETE FROM networking.discussion_mention WHERE account_id = ?").param(person).update();
		jdbc.sql("DELETE FROM networking.discussion_subscription WHERE account_id = ?").param(person).update();
		jdbc.sql("DELETE FROM networking.discussion_space_member WHERE account_id = ?").param(person).update();
		jdbc.sql("UPDATE networking.moderation_report SET reporter_id = NULL, reporter_name = NULL WHERE reporter_id = ?")
			.param(person).update();
		jdbc.sql("UPDATE networking.moderation_appeal SET author_id = NULL WHERE author_id = ?").param(person).update();
		jdbc.sql("UPDATE networking.moderation_decision SET author_id = NULL WHERE author_id = ?").param(person).update();
		jdbc.sql("UPDATE networking.moderation_decision SET moderator_name = NULL WHERE moderator_id = ?").param(person)
			.update();
		jdbc.sql("UPDATE networking.moderation_log SET actor_id = NULL, actor_name = NULL WHERE actor_id = ?")
			.param(person).update();
		jdbc.sql("UPDATE networking.moderation_log SET subject_id = NULL WHERE subject_id = ?").param(person).update();
		jdbc.sql("DELETE FROM networking.moderation_mute WHERE account_id = ?").param(person).update();
	}

}
