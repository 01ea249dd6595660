package de.itas.platform.helpdesk;

import java.io.ByteArrayInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
	 */
	InboxRows inbox(StaffScope staff, InboxFilter filter, Instant now, int page, int size) {
		// the teams' and one's own cases are visible anyway: no OR there, which would keep PostgreSQL off the
		// scope's ordered index
		boolean visibleAnyway = staff.everything() || filter.scope() == InboxFilter.Scope.TEAM
				|| filter.scope() == InboxFilter.Scope.MINE;
		String visible = visibleAnyway ? "TRUE" : TEAMS_OR_ASSIGNED;
		String scope = switch (filter.scope()) {
			case TEAM -> "team_code IN (:teams)";
			case MINE -> "assignee_id = :person";
			case COORDINATION -> "team_code IS NULL";
			case ALL -> "TRUE";
		};
		String base = " FROM helpdesk.inquiry WHERE " + STAFF_CASES + " AND " + visible + " AND " + scope;
		Map<String, Object> params = staffParams(staff);
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

	/** The cases staff work on at all: confirmed and not anonymised (what an inbox and the site search show). */
	private static final String STAFF_CASES = "confirmed AND NOT anonymised";

	/** An advisor's cases: those of their teams and those assigned to them. */
	private static final String TEAMS_OR_ASSIGNED = "(team_code IN (:teams) OR assignee_id = :person)";

	/**
	 * Whose cases a staff member works on (see {@link CaseWork#scopeOf}).
	 *
	 * @param everything every case (coordination), else only those of {@code teams} and those assigned to
	 *        {@code person}
	 */
	record StaffScope(boolean everything, List<String> teams, UUID person) {

		StaffScope {
			teams = List.copyOf(teams);
		}

	}

	private static Map<String, Object> staffParams(StaffScope staff) {
		Map<String, Object> params = new HashMap<>();
		params.put("teams", staff.teams().isEmpty() ? List.of("") : staff.teams());
		params.put("person", staff.person());
		return params;
	}

	/**
	 * One word of a case search (letters and digits, lower case) with the codes whose names hold it: a case
	 * matches the word when its reference has a part starting with the word or one of its codes is listed.
	 */
	record SearchWord(String word, List<String> topics, List<String> districts, List<String> teams,
			List<String> statuses) {
	}

	/** A case as the site search shows it: nothing about the person who asked. */
	record FoundCase(String caseNumber, Topic topic, String districtCode, @Nullable String teamCode, CaseStatus status,
			Instant submittedAt) {
	}

	/**
	 * The cases of a staff member's scope (the inbox's rule) that match every word, open ones first, then the
	 * newest; the one whose reference is {@code text} before all. The scope is a condition of the query, so the
	 * cost follows the scope's cases and the words' indexes, never all cases of the platform.
	 */
	List<FoundCase> search(StaffScope staff, List<SearchWord> words, String text, int limit) {
		String scope = STAFF_CASES + (staff.everything() ? "" : " AND " + TEAMS_OR_ASSIGNED);
		Map<String, Object> params = staffParams(staff);
		Optional<List<Long>> few = fewByReference(words);
		if (few.isPresent()) {
			scope += " AND id IN (:few)";
			params.put("few", few.get().isEmpty() ? List.of(-1L) : few.get());
		}
		// an advisor's cases are few next to all (some 8,000 of a team at national scale): read them first, or
		// PostgreSQL may walk all cases in the inbox's order to find the advisor's few matching ones
		return search(scope, params, words, true, !staff.everything() && few.isEmpty(), text, limit);
	}

	/** The person's own inquiries (those "Meine Anliegen" lists) that match every word, newest first. */
	List<FoundCase> searchOwn(UUID submitter, List<SearchWord> words, String text, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("submitter", submitter);
		return search("submitter_id = :submitter", params, words, false, false, text, limit);
	}

	/** More cases than this for a part of a reference, and the search takes the inbox's order instead. */
	private static final int FEW = 1_000;

	/**
	 * The cases staff may see whose reference holds the longest word that nothing else can match (no topic,
	 * district, team or status has it: "1001" of HD-2026-1001), by the trigram index of
	 * {@code V202612080100}; empty when there is no such word or it is common ("2026"). A search for a
	 * reference then reads a handful of cases instead of walking every case in the inbox's order.
	 */
	private Optional<List<Long>> fewByReference(List<SearchWord> words) {
		Optional<SearchWord> rare = words.stream()
			.filter(word -> word.word().length() >= 3 && word.topics().isEmpty() && word.districts().isEmpty()
					&& word.teams().isEmpty() && word.statuses().isEmpty())
			.max(Comparator.comparingInt(word -> word.word().length()));
		if (rare.isEmpty()) {
			return Optional.empty();
		}
		List<Long> ids = jdbc.sql("SELECT id FROM helpdesk.inquiry WHERE " + STAFF_CASES
				+ " AND (lower(case_number) LIKE :start OR lower(case_number) LIKE :part) LIMIT :limit")
			.param("start", rare.get().word() + "%")
			.param("part", "%-" + rare.get().word() + "%")
			.param("limit", FEW + 1)
			.query(Long.class)
			.list();
		return ids.size() > FEW ? Optional.empty() : Optional.of(ids);
	}

	private static final String FOUND_COLUMNS = "SELECT case_number, topic, district_code, team_code, status, submitted_at"
			+ " FROM helpdesk.inquiry WHERE ";

	private List<FoundCase> search(String scope, Map<String, Object> params, List<SearchWord> words, boolean byTeam,
			boolean scopeFirst, String text, int limit) {
		if (words.isEmpty()) {
			return List.of();
		}
		// the reference typed in full comes first; looked up by the unique index, as typed and in capitals, so
		// that the ordering of the search below stays the one of the inbox's indexes
		params.put("references", List.of(text.strip(), text.strip().toUpperCase(Locale.ROOT)));
		List<FoundCase> found = new ArrayList<>(jdbc.sql(FOUND_COLUMNS + scope + " AND case_number IN (:references)")
			.params(params)
			.query(CaseRepository::foundCase)
			.list());
		StringBuilder where = new StringBuilder(scopeFirst ? "TRUE" : scope);
		for (int i = 0; i < words.size(); i++) {
			SearchWord word = words.get(i);
			String w = "w" + i;
			where.append(" AND (lower(case_number) LIKE :").append(w).append("start OR lower(case_number) LIKE :")
				.append(w).append("part");
			params.put(w + "start", word.word() + "%");
			params.put(w + "part", "%-" + word.word() + "%");
			anyOf(where, params, "topic", w + "topics", word.topics());
			anyOf(where, params, "district_code", w + "districts", word.districts());
			if (byTeam) {
				anyOf(where, params, "team_code", w + "teams", word.teams());
			}
			anyOf(where, params, "status", w + "statuses", word.statuses());
			where.append(")");
		}
		params.put("limit", limit);
		String from = scopeFirst
				? "WITH scoped AS MATERIALIZED (SELECT id, case_number, topic, district_code, team_code, status,"
						+ " submitted_at FROM helpdesk.inquiry WHERE " + scope + ") SELECT case_number, topic,"
						+ " district_code, team_code, status, submitted_at FROM scoped WHERE "
				: FOUND_COLUMNS;
		jdbc.sql(from + where + " ORDER BY (status = 'CLOSED'), submitted_at DESC, id DESC LIMIT :limit")
			.params(params)
			.query(CaseRepository::foundCase)
			.list()
			.stream()
			.filter(row -> found.stream().noneMatch(first -> first.caseNumber().equals(row.caseNumber())))
			.forEach(found::add);
		return found.size() <= limit ? found : found.subList(0, limit);
	}

	private static FoundCase foundCase(ResultSet rs, int row) throws SQLException {
		return new FoundCase(rs.getString("case_number"), Topic.valueOf(rs.getString("topic")),
				rs.getString("district_code"), rs.getString("team_code"), CaseStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("submitted_at").toInstant());
	}

	private static void anyOf(StringBuilder where, Map<String, Object> params, String column, String name,
			List<String> codes) {
		if (!codes.isEmpty()) {
			where.append(" OR ").append(column).append(" IN (:").append(name).append(")");
			params.put(name, codes);
		}
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
