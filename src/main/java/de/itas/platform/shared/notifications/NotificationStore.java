package de.itas.platform.shared.notifications;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.itas.platform.shared.mail.OutgoingMail;

/** The kernel's notification tables (schema {@code public}), accessed with plain SQL like the help desk's rows. */
@Repository
class NotificationStore {

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored notification. */
	record Row(long id, UUID person, String kind, String titleKey, List<String> titleArgs, String link,
			Instant createdAt, @Nullable Instant readAt, Delivery delivery, @Nullable Instant digestedAt) {
	}

	private static final String COLUMNS = "id, person_id, kind, title_key, title_args, link, created_at, read_at, delivery, digested_at";

	long insert(Notification notification, Delivery delivery, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO notification (person_id, kind, title_key, title_args, link, created_at, delivery, digest_due)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(notification.person(), notification.kind(), notification.titleKey(),
					notification.titleArgs().toArray(String[]::new), notification.link(), Timestamp.from(now),
					delivery.name(), delivery.digest() ? delivery.name() : null)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void addAttachments(long notificationId, List<OutgoingMail.Attachment> attachments) {
		for (int i = 0; i < attachments.size(); i++) {
			OutgoingMail.Attachment attachment = attachments.get(i);
			jdbc.sql("""
					INSERT INTO notification_attachment (notification_id, position, file_name, content_type, content)
					VALUES (?, ?, ?, ?, ?)""")
				.params(notificationId, i, attachment.fileName(), attachment.contentType(), attachment.content())
				.update();
		}
	}

	List<OutgoingMail.Attachment> attachments(List<Long> notificationIds) {
		return jdbc.sql("""
				SELECT file_name, content_type, content FROM notification_attachment
				WHERE notification_id = ANY(?) ORDER BY notification_id, position""")
			.param(notificationIds.toArray(Long[]::new))
			.query((rs, n) -> new OutgoingMail.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.list();
	}

	List<Row> page(UUID person, int offset, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE person_id = ? ORDER BY created_at DESC, id DESC "
				+ "OFFSET ? LIMIT ?")
			.params(person, offset, limit)
			.query(NotificationStore::row)
			.list();
	}

	List<Row> all(UUID person) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE person_id = ? ORDER BY created_at, id")
			.param(person)
			.query(NotificationStore::row)
			.list();
	}

	int unread(UUID person) {
		return jdbc.sql("SELECT count(*) FROM notification WHERE person_id = ? AND read_at IS NULL")
			.param(person)
			.query(Integer.class)
			.single();
	}

	/** Marks the person's notification read; a read notification no longer waits for a digest. */
	boolean markRead(UUID person, long id, Instant now) {
		return jdbc.sql("""
				UPDATE notification SET read_at = COALESCE(read_at, ?), digest_due = NULL
				WHERE id = ? AND person_id = ?""")
			.params(Timestamp.from(now), id, person)
			.update() == 1;
	}

	int markAllRead(UUID person, Instant now) {
		return jdbc.sql("UPDATE notification SET read_at = ?, digest_due = NULL WHERE person_id = ? AND read_at IS NULL")
			.params(Timestamp.from(now), person)
			.update();
	}

	/** Unread notifications waiting for the digest of this frequency, grouped by person, oldest first. */
	List<Row> dueForDigest(Delivery frequency) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE digest_due = ? AND read_at IS NULL "
				+ "ORDER BY person_id, created_at, id")
			.param(frequency.name())
			.query(NotificationStore::row)
			.list();
	}

	/** The notifications went out in a digest: they wait no longer, and their attachments were only kept for it. */
	void digested(List<Long> ids, Instant now) {
		Long[] array = ids.toArray(Long[]::new);
		jdbc.sql("UPDATE notification SET digest_due = NULL, digested_at = ? WHERE id = ANY(?)")
			.params(Timestamp.from(now), array)
			.update();
		jdbc.sql("DELETE FROM notification_attachment WHERE notification_id = ANY(?)").param(array).update();
	}

	/** The person no longer wants a digest mail of these notifications (a kind, or all of one frequency). */
	void cancelDigest(UUID person, @Nullable String kind, @Nullable Delivery frequency) {
		List<Long> ids = jdbc.sql("""
				SELECT id FROM notification WHERE person_id = ? AND digest_due IS NOT NULL
				AND (CAST(? AS VARCHAR) IS NULL OR kind = ?) AND (CAST(? AS VARCHAR) IS NULL OR digest_due = ?)""")
			.params(person, kind, kind, frequency == null ? null : frequency.name(),
					frequency == null ? null : frequency.name())
			.query(Long.class)
			.list();
		if (!ids.isEmpty()) {
			Long[] array = ids.toArray(Long[]::new);
			jdbc.sql("UPDATE notification SET digest_due = NULL WHERE id = ANY(?)").param(array).update();
			jdbc.sql("DELETE FROM notification_attachment WHERE notification_id = ANY(?)").param(array).update();
		}
	}

	Map<String, Delivery> preferences(UUID person) {
		Map<String, Delivery> preferences = new HashMap<>();
		jdbc.sql("SELECT kind, delivery FROM notification_preference WHERE person_id = ?")
			.param(person)
			.query((ResultSet rs) -> {
				preferences.put(rs.getString(1), Delivery.valueOf(rs.getString(2)));
			});
		return preferences;
	}

	void savePreference(UUID person, String kind, Delivery delivery) {
		jdbc.sql("""
				INSERT INTO notification_preference (person_id, kind, delivery) VALUES (?, ?, ?)
				ON CONFLICT (person_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery""")
			.params(person, kind, delivery.name())
			.update();
	}

	/** Claims the digest run of the day for this instance; false when another instance (or run) had it. */
	boolean claimDigest(Delivery frequency, LocalDate day) {
		return jdbc.sql("""
				UPDATE notification_digest_run SET last_run = ?
				WHERE frequency = ? AND (last_run IS NULL OR last_run < ?)""")
			.params(Date.valueOf(day), frequency.name(), Date.valueOf(day))
			.update() == 1;
	}

	void erase(UUID person) {
		jdbc.sql("DELETE FROM notification WHERE person_id = ?").param(person).update();
		jdbc.sql("DELETE FROM notification_preference WHERE person_id = ?").param(person).update();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		Timestamp digested = rs.getTimestamp("digested_at");
		Array args = rs.getArray("title_args");
		return new Row(rs.getLong("id"), rs.getObject("person_id", UUID.class), rs.getString("kind"),
				rs.getString("title_key"), args == null ? List.of() : Arrays.asList((String[]) args.getArray()),
				rs.getString("link"), rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant(),
				Delivery.valueOf(rs.getString("delivery")), digested == null ? null : digested.toInstant());
	}

}
