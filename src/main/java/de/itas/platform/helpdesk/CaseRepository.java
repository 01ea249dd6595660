package de.itas.platform.helpdesk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Inquiries, their history and attachments in schema {@code helpdesk}. */
@Repository
class CaseRepository {

	private static final String COLUMNS = """
			id, case_number, topic, district_code, description, contact_channel, contact_times, submitter_id,
			submitter_name, submitter_email, submitter_phone, locale, confirmed, status, outcome, partner_code,
			team_code, assignee_id, assignee_name, submitted_at, first_response_due, first_response_at, closed_at,
			anonymised, version""";

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String nextCaseNumber(Instant now) {
		Long next = jdbc.sql("SELECT nextval('helpdesk.case_number_seq')").query(Long.class).single();
		return "HD-" + Year.from(now.atZone(SaxonWorkingDays.ZONE)) + "-" + next;
	}

	long insert(InquiryRow row, @Nullable String confirmToken) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO helpdesk.inquiry (case_number, topic, district_code, description, contact_channel,
				  contact_times, submitter_id, submitter_name, submitter_email, submitter_phone, locale, confirmed,
				  confirm_token, status, partner_code, team_code, submitted_at, first_response_due)
				VALUES (:caseNumber, :topic, :district, :description, :channel, :times, :submitterId, :name, :email,
				  :phone, :locale, :confirmed, :token, :status, :partner, :team, :submittedAt, :due)""")
			.param("caseNumber", row.caseNumber())
			.param("topic", row.topic().name())
			.param("district", row.districtCode())
			.param("description", row.description())
			.param("channel", row.contactChannel().name())
			.param("times", row.contactTimes())
			.param("submitterId", row.submitterId())
			.param("name", row.submitterName())
			.param("email", row.submitterEmail())
			.param("phone", row.submitterPhone())
			.param("locale", row.locale())
			.param("confirmed", row.confirmed())
			.param("token", confirmToken)
			.param("status", row.status().name())
			.param("partner", row.partnerCode())
			.param("team", row.teamCode())
			.param("submittedAt", ts(row.submittedAt()))
			.param("due", ts(row.firstResponseDue()))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<InquiryRow> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM helpdesk.inquiry WHERE id = ?").param(id).query(CaseRepository::map)
			.optional();
	}

	Optional<InquiryRow> findByCaseNumber(String caseNumber) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM helpdesk.inquiry WHERE case_number = ?")
			.param(caseNumber)
			.query(CaseRepository::map)
			.optional();
	}

	Optional<InquiryRow> findByToken(String token) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM helpdesk.inquiry WHERE confirm_token = ?")
			.param(token)
			.query(CaseRepository::map)
			.optional();
	}

	List<InquiryRow> bySubmitter(UUID submitter) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM helpdesk.inquiry WHERE submitter_id = ? ORDER BY submitted_at DESC, id DESC")
			.param(submitter)
			.query(CaseRepository::map)
			.list();
	}

	/**
	 * Confirmed inquiries a staff member may see: all ({@code everything}), or those of the teams or assigned
	 * to the person; {@code coordinationQueue} restricts to unrouted ones.
	 */
	List<InquiryRow> visibleTo(boolean everything, Collection<String> teams, UUID person) {
		String where = everything ? "TRUE" : "(team_code IN (:teams) OR assignee_id = :person)";
		return jdbc.sql("SELECT " + COLUMNS + " FROM helpdesk.inquiry WHERE confirmed AND NOT anonymised AND " + where
				+ " ORDER BY submitted_at DESC, id DESC")
			.param("teams", teams.isEmpty() ? List.of("") : teams)
			.param("person", person)
			.query(CaseRepository::map)
			.list();
	}

	List<InquiryRow> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM helpdesk.inquiry WHERE confirmed ORDER BY id")
			.query(CaseRepository::map)
			.list();
	}

	List<InquiryRow> overdue(Instant now) {
		return jdbc.sql("SELECT " + COLUMNS + " " + """
				FROM helpdesk.inquiry WHERE confirmed AND status <> 'CLOSED' AND first_response_at IS NULL
				 AND first_response_due < ? ORDER BY first_response_due""")
			.param(ts(now))
			.query(CaseRepository::map)
			.list();
	}

	/** Writes the case's workflow fields if nobody changed it since {@code basedOnVersion}. */
	void update(InquiryRow row, long basedOnVersion) {
		int changed = jdbc.sql("""
				UPDATE helpdesk.inquiry SET status = :status, outcome = :outcome, partner_code = :partner,
				  team_code = :team, assignee_id = :assignee, assignee_name = :assigneeName,
				  first_response_at = :firstResponse, closed_at = :closedAt, confirmed = :confirmed,
				  first_response_due = :due, submitted_at = :submittedAt, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("status", row.status().name())
			.param("outcome", row.outcome() == null ? null : row.outcome().name())
			.param("partner", row.partnerCode())
			.param("team", row.teamCode())
			.param("assignee", row.assigneeId())
			.param("assigneeName", row.assigneeName())
			.param("firstResponse", ts(row.firstResponseAt()))
			.param("closedAt", ts(row.closedAt()))
			.param("confirmed", row.confirmed())
			.param("due", ts(row.firstResponseDue()))
			.param("submittedAt", ts(row.submittedAt()))
			.param("id", row.id())
			.param("version", basedOnVersion)
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("Case " + row.caseNumber() + " was changed meanwhile");
		}
	}

	void clearToken(long id) {
		jdbc.sql("UPDATE helpdesk.inquiry SET confirm_token = NULL WHERE id = ?").param(id).update();
	}

	void addEvent(long inquiryId, Instant at, @Nullable UUID actorId, String actorName, CaseEvent.Kind kind,
			@Nullable String detail, @Nullable String text, boolean visible) {
		jdbc.sql("""
				INSERT INTO helpdesk.case_event (inquiry_id, at, actor_id, actor_name, kind, detail, text, public)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(inquiryId, ts(at), actorId, actorName, kind.name(), detail, text, visible)
			.update();
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

	void addAttachment(long inquiryId, String filename, String contentType, byte[] data) {
		jdbc.sql("INSERT INTO helpdesk.attachment (inquiry_id, filename, content_type, size_bytes, data) VALUES (?, ?, ?, ?, ?)")
			.params(inquiryId, filename, contentType, data.length, data)
			.update();
	}

	List<AttachmentInfo> attachments(long inquiryId) {
		return jdbc.sql("SELECT id, filename, content_type, size_bytes FROM helpdesk.attachment WHERE inquiry_id = ? ORDER BY id")
			.param(inquiryId)
			.query((rs, n) -> new AttachmentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	/** An attachment's owning inquiry id and content. */
	record StoredAttachment(long inquiryId, AttachmentInfo info, byte[] data) {
	}

	Optional<StoredAttachment> attachment(long id) {
		return jdbc.sql("SELECT inquiry_id, id, filename, content_type, size_bytes, data FROM helpdesk.attachment WHERE id = ?")
			.param(id)
			.query((rs, n) -> new StoredAttachment(rs.getLong(1),
					new AttachmentInfo(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)), rs.getBytes(6)))
			.optional();
	}

	List<Long> idsBySubmitter(UUID person) {
		return jdbc.sql("SELECT id FROM helpdesk.inquiry WHERE submitter_id = ?").param(person).query(Long.class).list();
	}

	/** Keeps topic, district, partner, dates and status for statistics; removes everything about the person. */
	void anonymise(long id) {
		jdbc.sql("""
				UPDATE helpdesk.inquiry SET submitter_id = NULL, submitter_name = '-', submitter_email = NULL,
				  submitter_phone = NULL, description = '', contact_times = NULL, confirm_token = NULL,
				  anonymised = TRUE, version = version + 1 WHERE id = ?""").param(id).update();
		jdbc.sql("DELETE FROM helpdesk.attachment WHERE inquiry_id = ?").param(id).update();
		jdbc.sql("UPDATE helpdesk.case_event SET text = NULL WHERE inquiry_id = ?").param(id).update();
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	static InquiryRow map(ResultSet rs, int rowNum) throws SQLException {
		String outcome = rs.getString("outcome");
		return new InquiryRow(rs.getLong("id"), rs.getString("case_number"), Topic.valueOf(rs.getString("topic")),
				rs.getString("district_code"), rs.getString("description"),
				ContactChannel.valueOf(rs.getString("contact_channel")), rs.getString("contact_times"),
				uuid(rs, "submitter_id"), rs.getString("submitter_name"), rs.getString("submitter_email"),
				rs.getString("submitter_phone"), rs.getString("locale"), rs.getBoolean("confirmed"),
				CaseStatus.valueOf(rs.getString("status")), outcome == null ? null : Outcome.valueOf(outcome),
				rs.getString("partner_code"), rs.getString("team_code"), uuid(rs, "assignee_id"),
				rs.getString("assignee_name"), rs.getTimestamp("submitted_at").toInstant(),
				instant(rs, "first_response_due"), instant(rs, "first_response_at"), instant(rs, "closed_at"),
				rs.getBoolean("anonymised"), rs.getLong("version"));
	}

	static <T> List<T> copy(List<T> list) {
		return new ArrayList<>(list);
	}

}
