package de.itas.platform.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.security.AccessAudit;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;

/**
 * The audit log of staff access to personal data: written by every module through {@link AccessAudit},
 * readable by admins and, for their own data, by the person.
 */
@Service
public class AuditLog implements AccessAudit {

	private static final RowMapper<AuditEntry> ENTRY = (rs, row) -> new AuditEntry(rs.getTimestamp("at").toInstant(),
			rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getObject("subject_id", UUID.class),
			rs.getString("subject_email"), rs.getString("what_key"), rs.getString("detail"));

	private static final String SELECT = """
			SELECT e.at, e.actor_id, e.actor_name, e.subject_id, u.email AS subject_email, e.what_key, e.detail
			FROM accounts.audit_entry e LEFT JOIN accounts.user_account u ON u.id = e.subject_id""";

	private final JdbcTemplate jdbc;
	private final Clock clock;

	AuditLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// written in its own transaction: the record of an access stays even if the viewing request fails later
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void personalDataViewed(UUID subject, String whatKey, String detail) {
		PlatformUser actor = CurrentUser.get().orElse(null);
		if (actor != null && actor.id().equals(subject)) {
			return;
		}
		insert(actor, subject, whatKey, detail);
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void personalDataViewedByEmail(String subjectEmail, String whatKey, String detail) {
		List<UUID> subjects = jdbc.queryForList("SELECT id FROM accounts.user_account WHERE lower(email) = lower(?)",
				UUID.class, subjectEmail.trim());
		if (subjects.isEmpty()) {
			insert(CurrentUser.get().orElse(null), null, whatKey, detail + " (" + subjectEmail + ")");
			return;
		}
		subjects.forEach(subject -> personalDataViewed(subject, whatKey, detail));
	}

	/** Who accessed the person's data, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> about(UUID subject, int offset, int limit) {
		return jdbc.query(SELECT + " WHERE e.subject_id = ? ORDER BY e.at DESC, e.id DESC OFFSET ? LIMIT ?", ENTRY,
				subject, offset, limit);
	}

	/** The whole log, newest first, optionally only entries whose subject's e-mail or actor contains the filter. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<AuditEntry> all(@Nullable String filter, int offset, int limit) {
		if (filter == null || filter.isBlank()) {
			return jdbc.query(SELECT + " ORDER BY e.at DESC, e.id DESC OFFSET ? LIMIT ?", ENTRY, offset, limit);
		}
		String like = "%" + filter.trim().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.query(SELECT + " WHERE lower(u.email) LIKE ? OR lower(e.actor_name) LIKE ? ORDER BY e.at DESC, e.id DESC OFFSET ? LIMIT ?",
				ENTRY, like, like, offset, limit);
	}

	/** Keeps the log's record of what happened, without the deleted person. */
	void anonymise(UUID person) {
		jdbc.update("UPDATE accounts.audit_entry SET subject_id = NULL WHERE subject_id = ?", person);
		jdbc.update("UPDATE accounts.audit_entry SET actor_id = NULL, actor_name = 'gelöschtes Konto' WHERE actor_id = ?",
				person);
	}

	private void insert(@Nullable PlatformUser actor, @Nullable UUID subject, String whatKey, String detail) {
		jdbc.update("""
				INSERT INTO accounts.audit_entry (at, actor_id, actor_name, subject_id, what_key, detail)
				VALUES (?, ?, ?, ?, ?, ?)""", Timestamp.from(clock.instant()), actor == null ? null : actor.id(),
				actor == null ? "System" : actor.getDisplayName() + " <" + actor.email() + ">", subject, whatKey,
				detail.length() > 500 ? detail.substring(0, 500) : detail);
	}

}
