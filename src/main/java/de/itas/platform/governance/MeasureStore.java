package de.itas.platform.governance;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and writes projects and measures, their milestones, timeline and links. The data rules (levels, progress
 * roll-up, validation) and access rules are the callers'; this class only keeps the rows.
 */
@Component
public class MeasureStore {

	private static final String ORDER = " ORDER BY m.action_field_code, m.level, m.position, m.title";

	private final JdbcClient jdbc;
	private final Clock clock;

	MeasureStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// ---- measures

	@Transactional(readOnly = true)
	public Optional<MeasureView> find(UUID id) {
		return jdbc.sql("SELECT m.* FROM governance.measure m WHERE m.id = :id")
			.param("id", id)
			.query(MeasureStore::measure)
			.optional();
	}

	/** All measures (every level), by action field, level and position. */
	@Transactional(readOnly = true)
	public List<MeasureView> all() {
		return jdbc.sql("SELECT m.* FROM governance.measure m" + ORDER).query(MeasureStore::measure).list();
	}

	/** The measures of one action field (every level), by level and position. */
	@Transactional(readOnly = true)
	public List<MeasureView> ofField(String actionFieldCode) {
		return jdbc.sql("SELECT m.* FROM governance.measure m WHERE m.action_field_code = :field" + ORDER)
			.param("field", actionFieldCode)
			.query(MeasureStore::measure)
			.list();
	}

	@Transactional(readOnly = true)
	public List<MeasureView> children(UUID parentId) {
		return jdbc.sql("SELECT m.* FROM governance.measure m WHERE m.parent_id = :parent ORDER BY m.position, m.title")
			.param("parent", parentId)
			.query(MeasureStore::measure)
			.list();
	}

	/**
	 * Inserts a measure with status and progress as given (the caller writes the first timeline entry).
	 *
	 * @param parent {@code null} for a project (level 1)
	 */
	@Transactional
	public MeasureView insert(String actionFieldCode, @Nullable MeasureView parent, MeasureDraft draft,
			MeasureStatus status, int progress) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		Integer position = jdbc
			.sql("SELECT COALESCE(max(position) + 1, 0) FROM governance.measure WHERE action_field_code = :field"
					+ " AND parent_id IS NOT DISTINCT FROM CAST(:parent AS UUID)")
			.param("field", actionFieldCode)
			.param("parent", parent == null ? null : parent.id())
			.query(Integer.class)
			.single();
		jdbc.sql("""
				INSERT INTO governance.measure (id, action_field_code, parent_id, level, position, title, description,
				  lead_partner_code, contractors, target_groups, district_codes, starts_on, ends_on, budget_euro, status,
				  progress_mode, progress, weight, public, version, created_at, updated_at)
				VALUES (:id, :field, :parent, :level, :position, :title, :description, :leadPartner, :contractors,
				  :targetGroups, :districts, :startsOn, :endsOn, :budget, :status, :mode, :progress, :weight, :public, 0,
				  :now, :now)""")
			.paramSource(draftParams(draft).addValue("id", id)
				.addValue("field", actionFieldCode)
				.addValue("parent", parent == null ? null : parent.id())
				.addValue("level", parent == null ? 1 : parent.level() + 1)
				.addValue("position", position)
				.addValue("status", status.name())
				.addValue("progress", progress)
				.addValue("now", now))
			.update();
		return find(id).orElseThrow();
	}

	/**
	 * Changes a measure's details if it is still at the given version.
	 *
	 * @return whether it changed (false: someone else changed it meanwhile)
	 */
	@Transactional
	public boolean update(UUID id, long basedOnVersion, MeasureDraft draft) {
		return jdbc.sql("""
				UPDATE governance.measure SET title = :title, description = :description,
				  lead_partner_code = :leadPartner, contractors = :contractors, target_groups = :targetGroups,
				  district_codes = :districts, starts_on = :startsOn, ends_on = :endsOn, budget_euro = :budget,
				  progress_mode = :mode, weight = :weight, public = :public, version = version + 1, updated_at = :now
				WHERE id = :id AND version = :version""")
			.paramSource(draftParams(draft).addValue("id", id).addValue("version", basedOnVersion).addValue("now", now()))
			.update() == 1;
	}

	/**
	 * Sets status and progress if the measure is still at the given version ({@code null}: any version, for the
	 * roll-up of parents).
	 *
	 * @return whether it changed
	 */
	@Transactional
	public boolean setState(UUID id, @Nullable Long basedOnVersion, MeasureStatus status, int progress) {
		return jdbc.sql("""
				UPDATE governance.measure SET status = :status, progress = :progress, version = version + 1,
				  updated_at = :now
				WHERE id = :id AND (CAST(:version AS BIGINT) IS NULL OR version = CAST(:version AS BIGINT))""")
			.param("id", id)
			.param("version", basedOnVersion)
			.param("status", status.name())
			.param("progress", progress)
			.param("now", now())
			.update() == 1;
	}

	/** Removes a measure without children, with its milestones, timeline and links. */
	@Transactional
	public boolean delete(UUID id, long basedOnVersion) {
		return jdbc.sql("""
				DELETE FROM governance.measure m WHERE m.id = :id AND m.version = :version
				  AND NOT EXISTS (SELECT 1 FROM governance.measure c WHERE c.parent_id = m.id)""")
			.param("id", id)
			.param("version", basedOnVersion)
			.update() == 1;
	}

	private static MapSqlParameterSource draftParams(MeasureDraft draft) {
		return new MapSqlParameterSource().addValue("title", draft.title())
			.addValue("description", draft.description())
			.addValue("leadPartner", draft.leadPartnerCode())
			.addValue("contractors", draft.contractors())
			.addValue("targetGroups", draft.targetGroups().stream().map(Enum::name).sorted().toArray(String[]::new))
			.addValue("districts", draft.districtCodes().toArray(String[]::new))
			.addValue("startsOn", draft.startsOn())
			.addValue("endsOn", draft.endsOn())
			.addValue("budget", draft.budgetEuro())
			.addValue("mode", draft.progressMode().name())
			.addValue("weight", draft.weight())
			.addValue("public", draft.isPublic());
	}

	// ---- milestones

	@Transactional(readOnly = true)
	public List<MilestoneView> milestones(UUID measureId) {
		return jdbc.sql("SELECT * FROM governance.milestone WHERE measure_id = :measure ORDER BY due_on, position, title")
			.param("measure", measureId)
			.query(MeasureStore::milestone)
			.list();
	}

	/** The milestones of all measures, by measure, then due date. */
	@Transactional(readOnly = true)
	public List<MilestoneView> allMilestones() {
		return jdbc.sql("SELECT * FROM governance.milestone ORDER BY measure_id, due_on, position, title")
			.query(MeasureStore::milestone)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<MilestoneView> milestone(UUID id) {
		return jdbc.sql("SELECT * FROM governance.milestone WHERE id = :id")
			.param("id", id)
			.query(MeasureStore::milestone)
			.optional();
	}

	@Transactional
	public MilestoneView addMilestone(UUID measureId, String title, LocalDate dueOn, @Nullable LocalDate doneOn) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO governance.milestone (id, measure_id, title, due_on, done_on, position)
				VALUES (:id, :measure, :title, :due, :done,
				  (SELECT COALESCE(max(position) + 1, 0) FROM governance.milestone WHERE measure_id = :measure))""")
			.param("id", id)
			.param("measure", measureId)
			.param("title", title)
			.param("due", dueOn)
			.param("done", doneOn)
			.update();
		return milestone(id).orElseThrow();
	}

	@Transactional
	public boolean changeMilestone(UUID id, String title, LocalDate dueOn, @Nullable LocalDate doneOn) {
		return jdbc.sql("UPDATE governance.milestone SET title = :title, due_on = :due, done_on = :done WHERE id = :id")
			.param("id", id)
			.param("title", title)
			.param("due", dueOn)
			.param("done", doneOn)
			.update() == 1;
	}

	@Transactional
	public boolean deleteMilestone(UUID id) {
		return jdbc.sql("DELETE FROM governance.milestone WHERE id = :id").param("id", id).update() == 1;
	}

	// ---- timeline

	@Transactional(readOnly = true)
	public List<MeasureHistoryEntry> history(UUID measureId) {
		return jdbc.sql("SELECT * FROM governance.measure_history WHERE measure_id = :measure ORDER BY at DESC, id")
			.param("measure", measureId)
			.query(MeasureStore::history)
			.list();
	}

	@Transactional
	public MeasureHistoryEntry addHistory(UUID measureId, @Nullable UUID authorId, String authorName, int progress,
			MeasureStatus status, String comment) {
		UUID id = UUID.randomUUID();
		Instant at = clock.instant();
		jdbc.sql("""
				INSERT INTO governance.measure_history (id, measure_id, at, author_id, author_name, progress, status, comment)
				VALUES (:id, :measure, :at, :author, :authorName, :progress, :status, :comment)""")
			.param("id", id)
			.param("measure", measureId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("author", authorId)
			.param("authorName", authorName)
			.param("progress", progress)
			.param("status", status.name())
			.param("comment", comment)
			.update();
		return new MeasureHistoryEntry(id, measureId, at, authorName, progress, status, comment);
	}

	// ---- links

	@Transactional(readOnly = true)
	public List<MeasureLink> links(UUID measureId) {
		return jdbc.sql("SELECT * FROM governance.measure_link WHERE measure_id = :measure ORDER BY kind, title")
			.param("measure", measureId)
			.query(MeasureStore::link)
			.list();
	}

	/** Adds a link unless the measure links to the URL already; answers whether it added one. */
	@Transactional
	public boolean addLink(UUID measureId, String kind, @Nullable String sectionKey, String url, String title) {
		return jdbc.sql("""
				INSERT INTO governance.measure_link (id, measure_id, kind, section_key, url, title)
				VALUES (:id, :measure, :kind, :section, :url, :title) ON CONFLICT (measure_id, url) DO NOTHING""")
			.param("id", UUID.randomUUID())
			.param("measure", measureId)
			.param("kind", kind)
			.param("section", sectionKey)
			.param("url", url)
			.param("title", title)
			.update() == 1;
	}

	@Transactional
	public boolean removeLink(UUID measureId, UUID linkId) {
		return jdbc.sql("DELETE FROM governance.measure_link WHERE id = :id AND measure_id = :measure")
			.param("id", linkId)
			.param("measure", measureId)
			.update() == 1;
	}

	// ---- personal data

	/** Timeline entries written by the person (for export). */
	@Transactional(readOnly = true)
	public List<MeasureHistoryEntry> historyBy(UUID authorId) {
		return jdbc.sql("SELECT * FROM governance.measure_history WHERE author_id = :author ORDER BY at")
			.param("author", authorId)
			.query(MeasureStore::history)
			.list();
	}

	/** On erasure of an account: its timeline entries keep their text, without the link to the account. */
	@Transactional
	public int forgetAuthor(UUID authorId, String replacementName) {
		return jdbc.sql("UPDATE governance.measure_history SET author_id = NULL, author_name = :name WHERE author_id = :author")
			.param("author", authorId)
			.param("name", replacementName)
			.update();
	}

	// ---- rows

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	static MeasureView measure(ResultSet rs, int row) throws SQLException {
		Set<MeasureTargetGroup> groups = EnumSet.noneOf(MeasureTargetGroup.class);
		strings(rs.getArray("target_groups")).forEach(group -> groups.add(MeasureTargetGroup.valueOf(group)));
		return new MeasureView(rs.getObject("id", UUID.class), rs.getString("action_field_code"),
				rs.getObject("parent_id", UUID.class), rs.getInt("level"), rs.getInt("position"), rs.getString("title"),
				rs.getString("description"), rs.getString("lead_partner_code"), rs.getString("contractors"), groups,
				strings(rs.getArray("district_codes")), date(rs, "starts_on"), date(rs, "ends_on"),
				rs.getBigDecimal("budget_euro"), MeasureStatus.valueOf(rs.getString("status")),
				ProgressMode.valueOf(rs.getString("progress_mode")), rs.getInt("progress"), rs.getInt("weight"),
				rs.getBoolean("public"), rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static MilestoneView milestone(ResultSet rs, int row) throws SQLException {
		return new MilestoneView(rs.getObject("id", UUID.class), rs.getObject("measure_id", UUID.class),
				rs.getString("title"), rs.getObject("due_on", LocalDate.class), date(rs, "done_on"),
				rs.getInt("position"));
	}

	private static MeasureHistoryEntry history(ResultSet rs, int row) throws SQLException {
		return new MeasureHistoryEntry(rs.getObject("id", UUID.class), rs.getObject("measure_id", UUID.class),
				instant(rs, "at"), rs.getString("author_name"), rs.getInt("progress"),
				MeasureStatus.valueOf(rs.getString("status")), rs.getString("comment"));
	}

	private static MeasureLink link(ResultSet rs, int row) throws SQLException {
		return new MeasureLink(rs.getObject("id", UUID.class), rs.getObject("measure_id", UUID.class),
				rs.getString("kind"), rs.getString("section_key"), rs.getString("url"), rs.getString("title"));
	}

	static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
