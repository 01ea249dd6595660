package de.itas.platform.helpdesk;

import java.io.ByteArrayInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import de.itas.platform.shared.storage.FileStore;
import de.itas.platform.shared.web.PageOf;

/** Inquiries, their history and attachments in schema {@code helpdesk}. */
@Repository
class CaseRepository {

	private static final String COLUMNS = Inquiry.COLUMNS;

	private final JdbcClient jdbc;
	private final FileStore files;

	CaseRepository(JdbcClient jdbc, FileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	String nextCaseNumber(Instant now) {
		Long next = jdbc.sql("SELECT nextval('helpdesk.case_number_seq')").query(Long.class).single();
		return "HD-" + Year.from(now.atZone(SaxonWorkingDays.ZONE)) + "-" + next;
	}

	/**
	 * Writes a new case, or a changed one if nobody changed it since it was loaded, and the history entries
	 * its changes recorded.
	 */
	void save(Inquiry inquiry) {
		save(inquiry, inquiry.version());
	}

	/**
	 * Writes a new case, or a changed one if nobody changed it since {@code basedOnVersion} (the version the
	 * person acting saw), and the history entries its changes recorded.
	 *
	 * @throws OptimisticLockingFailureException when the case has another version by now
	 */
	void save(Inquiry inquiry, long basedOnVersion) {
		long id = inquiry.id();
		long version = inquiry.version();
		if (inquiry.isNew()) {
			KeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					INSERT INTO helpdesk.inquiry (case_number, topic, district_code, description, contact_channel,
					  contact_times, submitter_id, submitter_name, submitter_email, submitter_phone, locale, confirmed,
					  confirm_token, status, outcome, partner_code, team_code, assignee_id, assignee_name, submitted_at,
					  first_response_due, first_response_at, closed_at, anonymised, organisation_id)
					VALUES (:case_number, :topic, :district_code, :description, :contact_channel, :contact_times,
					  :submitter_id, :submitter_name, :submitter_email, :submitter_phone, :locale, :confirmed,
					  :confirm_token, :status, :outcome, :partner_code, :team_code, :assignee_id, :assignee_name,
					  :submitted_at, :first_response_due, :first_response_at, :closed_at, :anonymised, :organisation_id)""")
				.params(inquiry.columns())
				.update(keys, "id");
			id = keys.getKeyAs(Long.class);
		}
		else if (inquiry.changed()) {
			int changed = jdbc.sql("""
					UPDATE helpdesk.inquiry SET description = :description, contact_times = :contact_times,
					  submitter_id = :submitter_id, submitter_name = :submitter_name, submitter_email = :submitter_email,
					  submitter_phone = :submitter_phone, confirmed = :confirmed, confirm_token = :confirm_token,
					  status = :status, outcome = :outcome, partner_code = :partner_code, team_code = :team_code,
					  assignee_id = :assignee_id, assignee_name = :assignee_name, submitted_at = :submitted_at,
					  first_response_due = :first_response_due, first_response_at = :first_response_at,
					  closed_at = :closed_at, anonymised = :anonymised, version = version + 1
					WHERE id = :id AND version = :basedOnVersion""")
				.params(inquiry.columns())
				.param("id", id)
				.param("basedOnVersion", basedOnVersion)
				.update();
			if (changed != 1) {
				throw new OptimisticLockingFailureException("Case " + inquiry.caseNumber() + " was changed meanwhile");
			}
			version = basedOnVersion + 1;
		}
		for (Inquiry.Entry entry : inquiry.recorded()) {
			jdbc.sql("""
					INSERT INTO helpdesk.case_event (inquiry_id, at, actor_id, actor_name, kind, detail, text, public)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, ts(entry.at()), entry.actor().id(), entry.actor().name(), entry.kind().name(),
						entry.detail(), entry.text(), entry.visibleToSubmitter())
				.update();
		}
		inquiry.saved(id, version);
	}

	Optional<Inquiry> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM helpdesk.inquiry WHERE id = ?").param(id).query(Inquiry::from)
			.optional();
	}

	Optional<Inquiry> findByCaseNumber(String caseNumber) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM helpdesk.inquiry WHERE case_number = ?")
			.param(caseNumber)
			.query(Inquiry::from)
			.optional();
	}

	Optional<Inquiry> findByToken(String token) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM helpdesk.inquiry WHERE confirm_token = ?")
			.param(token)
			.query(Inquiry::from)
			.optional();
	}

	List<Inquiry> bySubmitter(UUID submitter) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM helpdesk.inquiry WHERE submitter_id = ? ORDER BY submitted_at DESC, id DESC")
			.param(submitter)
			.query(Inquiry::from)
			.list();
	}

	/**
	 * The part of the inbox the database works out, so that its cost grows with the page and not with the
	 * cases (issue 24): the cases of the scope a staff member may see, counted per status (with how many are
	 * overdue) by {@code GROUP BY}, and one page of those that match the filters, open ones first, then the
	 * newest. {@code V202612070610} gives each scope an index in that order.
	 *
	 * @param everything the staff member may see every case (coordination), else only those of
	 *        {@code teams} and those assigned to {@code person}
	 */
	InboxRows inbox(boolean everything, Collection<String> teams, UUID person, InboxFilter filter, Instant now,
			int page, int size) {
		// the teams' and one's own cases are visible anyway: no OR there, which would keep PostgreSQL off the
		// scope's ordered index
		boolean visibleAnyway = everything || filter.scope() == InboxFilter.Scope.TEAM
				|| filter.scope() == InboxFilter.Scope.MINE;
		String visible = visibleAnyway ? "TRUE" : "(team_code IN (:teams) OR assignee_id = :person)";
		String scope = switch (filter.scope()) {
			case TEAM -> "team_code IN (:teams)";
			case MINE -> "assignee_id = :person";
			case COORDINATION -> "team_code IS NULL";
			case ALL -> "TRUE";
		};
		String base = " FROM helpdesk.inquiry WHERE confirmed AND NOT anonymised AND " + visible + " AND " + scope;
		Map<String, Object> params = new HashMap<>();
		params.put("teams", teams.isEmpty() ? List.of("") : teams);
		params.put("person", person);
		params.put("now", ts(now));
		Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
		for (CaseStatus status : CaseStatus.values()) {
			counts.put(status, 0L);
		}
		long[] overdue = { 0 };
		jdbc.sql("SELECT status, count(*), count(*) FILTER (WHERE " + OVERDUE + ")" + base + " GROUP BY status")
			.params(params)
			.query(rs -> {
				counts.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2));
				overdue[0] += rs.getLong(3);
			});
		StringBuilder filters = new StringBuilder();
		if (filter.status() != null) {
			filters.append(" AND status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.topic() != null) {
			filters.append(" AND topic = :topic");
			params.put("topic", filter.topic().name());
		}
		if (filter.districtCode() != null) {
			filters.append(" AND district_code = :district");
			params.put("district", filter.districtCode());
		}
		if (filter.overdueOnly()) {
			filters.append(" AND " + OVERDUE);
		}
		long matching = filters.isEmpty() ? counts.values().stream().mapToLong(Long::longValue).sum()
				: jdbc.sql("SELECT count(*)" + base + filters).params(params).query(Long.class).single();
		int shown = PageOf.clamp(page, size, matching);
		params.put("limit", size);
		params.put("offset", (long) shown * size);
		List<Inquiry> rows = matching == 0 ? List.of()
				: jdbc.sql("SELECT " + COLUMNS + base + filters
						+ " ORDER BY (status = 'CLOSED'), submitted_at DESC, id DESC LIMIT :limit OFFSET :offset")
					.params(params)
					.query(Inquiry::from)
					.list();
		return new InboxRows(new PageOf<>(rows, shown, size, matching), counts, overdue[0]);
	}

	/** What {@code Inquiry.overdue} says, in SQL: open, no first response and past its deadline. */
	private static final String OVERDUE = "first_response_at IS NULL AND first_response_due IS NOT NULL"
			+ " AND status <> 'CLOSED' AND first_response_due < :now";

	/** One page of an inbox with the counts of its scope. */
	record InboxRows(PageOf<Inquiry> page, Map<CaseStatus, Long> countsByStatus, long overdue) {
	}

	List<Inquiry> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM helpdesk.inquiry WHERE confirmed ORDER BY id")
			.query(Inquiry::from)
			.list();
	}

	List<Inquiry> overdue(Instant now) {
		return jdbc.sql("SELECT " + COLUMNS + " " + """
				FROM helpdesk.inquiry WHERE confirmed AND status <> 'CLOSED' AND first_response_at IS NULL
				 AND first_response_due < ? ORDER BY first_response_due""")
			.param(ts(now))
			.query(Inquiry::from)
			.list();
	}

	List<CaseEvent> events(long inquiryId, boolean onlyVisible) {
		return jdbc.sql("SELECT at, actor_name, kind, detail, text, public FROM helpdesk.case_event WHERE inquiry_id = ?"
				+ (onlyVisible ? " AND public" : "") + " ORDER BY at, id")
			.param(inquiryId)
			.query((rs, n) -> new CaseEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
					CaseEvent.Kind.valueOf(rs.getString("kind")), rs.getString("detail"), rs.getString("text"),
					rs.getBoolean("public")))
			.list();
	}

	/** Writes the file to the store first, so that the row never names a missing file (issue 24). */
	void addAttachment(long inquiryId, String filename, String contentType, byte[] data) {
		String key = files.add("helpdesk", "attachment", data, contentType);
		jdbc.sql("""
				INSERT INTO helpdesk.attachment (inquiry_id, filename, content_type, size_bytes, storage_key)
				VALUES (?, ?, ?, ?, ?)""")
			.params(inquiryId, filename, contentType, data.length, key)
			.update();
	}

	List<AttachmentInfo> attachments(long inquiryId) {
		return jdbc.sql("SELECT id, filename, content_type, size_bytes FROM helpdesk.attachment WHERE inquiry_id = ? ORDER BY id")
			.param(inquiryId)
			.query((rs, n) -> new AttachmentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	/** An attachment's owning inquiry id and its content, read when the stream is opened. */
	record StoredAttachment(long inquiryId, AttachmentInfo info, InputStreamSource content) {
	}

	/**
	 * The attachment; its content comes from the file store, or from the {@code data} column for a row that
	 * the start-up job has not moved yet.
	 */
	Optional<StoredAttachment> attachment(long id) {
		return jdbc.sql("""
				SELECT inquiry_id, id, filename, content_type, size_bytes, storage_key,
				  CASE WHEN storage_key IS NULL THEN data END AS data
				FROM helpdesk.attachment WHERE id = ?""")
			.param(id)
			.query((rs, n) -> {
				String key = rs.getString("storage_key");
				byte[] data = rs.getBytes("data");
				InputStreamSource content = key != null ? () -> files.open(key) : () -> new ByteArrayInputStream(data);
				return new StoredAttachment(rs.getLong(1),
						new AttachmentInfo(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)), content);
			})
			.optional();
	}

	/** Deletes the attachments of the inquiries that the condition selects; their files go after the commit. */
	private void deleteAttachments(String inquiryCondition, Object... params) {
		jdbc.sql("DELETE FROM helpdesk.attachment WHERE inquiry_id IN (SELECT id FROM helpdesk.inquiry WHERE "
				+ inquiryCondition + ") RETURNING storage_key")
			.params(params)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.list()
			.forEach(key -> key.ifPresent(files::deleteAfterCommit));
	}

	/** Deletes an inquiry with its history and files (the files once the transaction committed). */
	void delete(long inquiryId) {
		deleteAttachments("id = ?", inquiryId);
		jdbc.sql("DELETE FROM helpdesk.inquiry WHERE id = ?").param(inquiryId).update();
	}

	/**
	 * Erases the texts of a case's history, its attachments and the texts of its recommendations (for an
	 * anonymised case); what was recommended and the feedback on it stay.
	 */
	void eraseContent(long inquiryId) {
		deleteAttachments("id = ?", inquiryId);
		jdbc.sql("UPDATE helpdesk.case_event SET text = NULL WHERE inquiry_id = ?").param(inquiryId).update();
		jdbc.sql("UPDATE helpdesk.recommendation SET message = '' WHERE inquiry_id = ?").param(inquiryId).update();
		jdbc.sql("""
				UPDATE helpdesk.recommendation_item SET note = NULL
				WHERE recommendation_id IN (SELECT id FROM helpdesk.recommendation WHERE inquiry_id = ?)""")
			.param(inquiryId)
			.update();
	}

	/** The bytes of files attached to inquiries that wait for their confirmation. */
	long quarantinedBytes() {
		return jdbc.sql("""
				SELECT coalesce(sum(a.size_bytes), 0) FROM helpdesk.attachment a
				JOIN helpdesk.inquiry i ON i.id = a.inquiry_id WHERE NOT i.confirmed""")
			.query(Long.class)
			.single();
	}

	/** Deletes unconfirmed inquiries submitted before {@code before}, with their files and history. */
	int deleteUnconfirmedBefore(Instant before) {
		deleteAttachments("NOT confirmed AND submitted_at < ?", ts(before));
		return jdbc.sql("DELETE FROM helpdesk.inquiry WHERE NOT confirmed AND submitted_at < ?")
			.param(ts(before))
			.update();
	}

	/** Inquiries submitted as a visitor from this address (any case of its letters), not yet anonymised. */
	List<Inquiry> byVisitorEmail(String email) {
		return jdbc.sql("SELECT " + COLUMNS + " " + """
				FROM helpdesk.inquiry WHERE submitter_id IS NULL AND NOT anonymised
				  AND lower(submitter_email) = lower(?) ORDER BY submitted_at DESC, id DESC""")
			.param(email.strip())
			.query(Inquiry::from)
			.list();
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static <T> List<T> copy(List<T> list) {
		return new ArrayList<>(list);
	}

}
