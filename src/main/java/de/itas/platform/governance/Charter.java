package de.itas.platform.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.Markdown;

/**
 * The charter: its versions and their sections. Only a draft's text changes; each edit names the revision
 * it was based on, so that of two coordinators editing the same section the second gets a conflict with both
 * texts instead of overwriting the first. Adopting a version freezes it and the one before.
 */
@Service
public class Charter {

	/** Longest heading accepted. */
	public static final int MAX_HEADING = 300;

	/** Longest section text accepted. */
	public static final int MAX_BODY = 40_000;

	private final JdbcClient jdbc;
	private final Clock clock;

	Charter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// ---- reading

	/** All versions, oldest first. */
	@Transactional(readOnly = true)
	public List<VersionSummary> versions() {
		return jdbc.sql("SELECT * FROM governance.charter_version ORDER BY created_at, number")
			.query(Charter::version)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<VersionSummary> version(String number) {
		return jdbc.sql("SELECT * FROM governance.charter_version WHERE number = ?")
			.param(number)
			.query(Charter::version)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<VersionSummary> version(UUID id) {
		return jdbc.sql("SELECT * FROM governance.charter_version WHERE id = ?")
			.param(id)
			.query(Charter::version)
			.optional();
	}

	/** The adopted version in force, if any. */
	@Transactional(readOnly = true)
	public Optional<VersionSummary> current() {
		return jdbc.sql("SELECT * FROM governance.charter_version WHERE status = 'ADOPTED' ORDER BY adopted_on DESC LIMIT 1")
			.query(Charter::version)
			.optional();
	}

	/** The sections of a version in reading order (each main section followed by its subsections), numbered. */
	@Transactional(readOnly = true)
	public List<SectionView> sections(UUID versionId) {
		List<Row> rows = jdbc.sql("SELECT * FROM governance.section_text WHERE version_id = ? ORDER BY position")
			.param(versionId)
			.query(Charter::row)
			.list();
		return numbered(rows);
	}

	/** One section of a version. */
	@Transactional(readOnly = true)
	public Optional<SectionView> section(UUID versionId, UUID sectionId) {
		return sections(versionId).stream().filter(s -> s.sectionId().equals(sectionId)).findFirst();
	}

	/** The anchors of sections (their citable names), by section id. */
	@Transactional(readOnly = true)
	public Map<UUID, String> anchors() {
		Map<UUID, String> anchors = new HashMap<>();
		jdbc.sql("SELECT id, anchor FROM governance.charter_section")
			.query((rs, n) -> anchors.put(rs.getObject("id", UUID.class), rs.getString("anchor")))
			.list();
		return anchors;
	}

	/** The sections of a version that came from other sections (split off or merged), as target to sources. */
	@Transactional(readOnly = true)
	public Map<UUID, List<UUID>> lineage(UUID versionId) {
		Map<UUID, List<UUID>> lineage = new HashMap<>();
		jdbc.sql("SELECT section_id, source_section_id FROM governance.section_lineage WHERE version_id = ?")
			.param(versionId)
			.query((rs, n) -> lineage.computeIfAbsent(rs.getObject("section_id", UUID.class), k -> new ArrayList<>())
				.add(rs.getObject("source_section_id", UUID.class)))
			.list();
		return lineage;
	}

	/** The section's number in every version that has it, by version number (for "in 1.0: 3.2"). */
	@Transactional(readOnly = true)
	public List<VersionSummary> versionsWith(UUID sectionId) {
		return jdbc.sql("SELECT v.* FROM governance.charter_version v JOIN governance.section_text t ON t.version_id = v.id "
				+ "WHERE t.section_id = ? ORDER BY v.created_at")
			.param(sectionId)
			.query(Charter::version)
			.list();
	}

	// ---- writing

	/**
	 * Creates the next version as a copy of an adopted one: every section keeps its identity.
	 *
	 * @throws FieldProblems on {@code number} (taken, malformed) or {@code title}, or form-wide when the base
	 *         is not adopted or a draft exists already
	 */
	@Transactional
	public VersionSummary createNextVersion(String baseNumber, String number, String title, Phase phase, UUID by) {
		VersionSummary base = version(baseNumber).orElseThrow(() -> new UnknownCharterException(baseNumber));
		List<FieldProblem> problems = versionProblems(number, title);
		if (base.status() != VersionStatus.ADOPTED) {
			problems.add(FieldProblem.ofForm("governance.version.base-not-adopted", base.number()));
		}
		if (openSuccessorExists(base.id())) {
			problems.add(FieldProblem.ofForm("governance.version.open-exists", base.number()));
		}
		FieldProblems.throwIfAny(problems);
		UUID id = insertVersion(number.strip(), title.strip(), phase, base.id());
		jdbc.sql("""
				INSERT INTO governance.section_text (version_id, section_id, parent_section_id, position, heading, body,
				    revision, updated_at, updated_by)
				SELECT ?, section_id, parent_section_id, position, heading, body, 0, ?, ? FROM governance.section_text
				WHERE version_id = ?""")
			.params(id, Timestamp.from(clock.instant()), by, base.id())
			.update();
		return version(id).orElseThrow();
	}

	/** Whether a draft or a version in consultation builds on the version already. */
	boolean openSuccessorExists(UUID versionId) {
		return jdbc.sql("SELECT count(*) FROM governance.charter_version WHERE status IN ('DRAFT', 'CONSULTATION') "
				+ "AND predecessor_id = ?")
			.param(versionId)
			.query(Integer.class)
			.single() > 0;
	}

	/** A new empty draft with no predecessor (the first charter of a network). */
	@Transactional
	public VersionSummary createFirstVersion(String number, String title, Phase phase) {
		List<FieldProblem> problems = versionProblems(number, title);
		FieldProblems.throwIfAny(problems);
		return version(insertVersion(number.strip(), title.strip(), phase, null)).orElseThrow();
	}

	private List<FieldProblem> versionProblems(String number, String title) {
		List<FieldProblem> problems = new ArrayList<>();
		String n = number == null ? "" : number.strip();
		if (!n.matches("\\d{1,3}\\.\\d{1,3}")) {
			problems.add(FieldProblem.of("number", "governance.version.number.format"));
		}
		else if (version(n).isPresent()) {
			problems.add(FieldProblem.of("number", "governance.version.number.taken", n));
		}
		String t = title == null ? "" : title.strip();
		if (t.isEmpty() || t.length() > 200) {
			problems.add(FieldProblem.of("title", "governance.version.title.required", 200));
		}
		return problems;
	}

	private UUID insertVersion(String number, String title, Phase phase, @Nullable UUID predecessor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO governance.charter_version (id, number, title, phase, status, predecessor_id, created_at) "
				+ "VALUES (?, ?, ?, ?, 'DRAFT', ?, ?)")
			.params(id, number, title, phase.name(), predecessor, Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	/**
	 * Changes a section's heading and text in a draft.
	 *
	 * @param basedOnRevision the revision the editor started from
	 * @throws EditConflictException when somebody else saved the section since (carries both texts)
	 * @throws FieldProblems on {@code heading} or {@code body}; form-wide when the version is not a draft
	 */
	@Transactional
	public SectionView editSection(UUID versionId, UUID sectionId, String heading, String body, int basedOnRevision,
			UUID by) {
		requireDraft(versionId);
		String h = heading == null ? "" : heading.strip();
		String b = body == null ? "" : body.strip();
		FieldProblems.throwIfAny(textProblems(h, b));
		int updated = jdbc.sql("UPDATE governance.section_text SET heading = ?, body = ?, revision = revision + 1, "
				+ "updated_at = ?, updated_by = ? WHERE version_id = ? AND section_id = ? AND revision = ?")
			.params(h, b, Timestamp.from(clock.instant()), by, versionId, sectionId, basedOnRevision)
			.update();
		if (updated == 0) {
			SectionView current = section(versionId, sectionId)
				.orElseThrow(() -> new UnknownCharterException(sectionId.toString()));
			throw new EditConflictException(current, h, b);
		}
		return section(versionId, sectionId).orElseThrow();
	}

	private static List<FieldProblem> textProblems(String heading, String body) {
		List<FieldProblem> problems = new ArrayList<>();
		if (heading.isEmpty()) {
			problems.add(FieldProblem.of("heading", "governance.section.heading.required"));
		}
		else if (heading.length() > MAX_HEADING) {
			problems.add(FieldProblem.of("heading", "governance.section.heading.too-long", MAX_HEADING));
		}
		if (body.length() > MAX_BODY) {
			problems.add(FieldProblem.of("body", "governance.section.body.too-long", MAX_BODY));
		}
		return problems;
	}

	/**
	 * Adds a section at the end of the version or of a main section (two levels at most).
	 *
	 * @param source for a section split off another: the section it was split from (it lives on)
	 */
	@Transactional
	public SectionView addSection(UUID versionId, @Nullable UUID parentSectionId, String heading, String body,
			@Nullable UUID source, UUID by) {
		requireDraft(versionId);
		String h = heading == null ? "" : heading.strip();
		String b = body == null ? "" : body.strip();
		List<FieldProblem> problems = textProblems(h, b);
		if (parentSectionId != null) {
			Optional<SectionView> parent = section(versionId, parentSectionId);
			if (parent.isEmpty() || parent.get().level() != 1) {
				problems.add(FieldProblem.of("parent", "governance.section.parent.level"));
			}
		}
		if (source != null && section(versionId, source).isEmpty()) {
			problems.add(FieldProblem.of("source", "governance.section.source.unknown"));
		}
		FieldProblems.throwIfAny(problems);
		UUID id = newSection(versionId, h);
		insertText(versionId, id, parentSectionId, h, b, by);
		if (source != null) {
			addLineage(versionId, id, source);
		}
		return section(versionId, id).orElseThrow();
	}

	/**
	 * Merges sections into one that carries them on: their texts are appended to it, they leave the version,
	 * and the lineage records where the merged text came from.
	 */
	@Transactional
	public SectionView mergeSections(UUID versionId, UUID keptSectionId, List<UUID> mergedSectionIds, UUID by) {
		requireDraft(versionId);
		SectionView kept = section(versionId, keptSectionId)
			.orElseThrow(() -> new UnknownCharterException(keptSectionId.toString()));
		StringBuilder body = new StringBuilder(kept.body());
		for (UUID merged : mergedSectionIds) {
			if (merged.equals(keptSectionId)) {
				continue;
			}
			SectionView other = section(versionId, merged)
				.orElseThrow(() -> new UnknownCharterException(merged.toString()));
			if (hasChildren(versionId, merged)) {
				throw FieldProblems.of("merged", "governance.section.merge.children", other.number());
			}
			body.append("\n\n").append(other.body());
			jdbc.sql("DELETE FROM governance.section_text WHERE version_id = ? AND section_id = ?")
				.params(versionId, merged)
				.update();
			addLineage(versionId, keptSectionId, merged);
		}
		jdbc.sql("UPDATE governance.section_text SET body = ?, revision = revision + 1, updated_at = ?, updated_by = ? "
				+ "WHERE version_id = ? AND section_id = ?")
			.params(body.toString().strip(), Timestamp.from(clock.instant()), by, versionId, keptSectionId)
			.update();
		renumber(versionId);
		return section(versionId, keptSectionId).orElseThrow();
	}

	/** Removes a section (without subsections) from a draft. */
	@Transactional
	public void removeSection(UUID versionId, UUID sectionId) {
		requireDraft(versionId);
		SectionView section = section(versionId, sectionId)
			.orElseThrow(() -> new UnknownCharterException(sectionId.toString()));
		if (hasChildren(versionId, sectionId)) {
			throw FieldProblems.of("section", "governance.section.remove.children", section.number());
		}
		jdbc.sql("DELETE FROM governance.section_lineage WHERE version_id = ? AND section_id = ?")
			.params(versionId, sectionId)
			.update();
		jdbc.sql("DELETE FROM governance.section_text WHERE version_id = ? AND section_id = ?")
			.params(versionId, sectionId)
			.update();
		renumber(versionId);
	}

	/**
	 * Moves a section up or down among its siblings, or under another main section (a main section with
	 * subsections stays a main section).
	 */
	@Transactional
	public void moveSection(UUID versionId, UUID sectionId, @Nullable UUID newParent, int newIndex) {
		requireDraft(versionId);
		SectionView section = section(versionId, sectionId)
			.orElseThrow(() -> new UnknownCharterException(sectionId.toString()));
		if (newParent != null) {
			Optional<SectionView> parent = section(versionId, newParent);
			if (parent.isEmpty() || parent.get().level() != 1 || newParent.equals(sectionId)
					|| hasChildren(versionId, sectionId)) {
				throw FieldProblems.of("parent", "governance.section.parent.level");
			}
		}
		List<SectionView> siblings = new ArrayList<>(sections(versionId).stream()
			.filter(s -> java.util.Objects.equals(s.parentSectionId(), newParent) && !s.sectionId().equals(sectionId))
			.toList());
		int index = Math.max(0, Math.min(newIndex, siblings.size()));
		siblings.add(index, section);
		int position = 0;
		for (SectionView sibling : siblings) {
			jdbc.sql("UPDATE governance.section_text SET parent_section_id = ?, position = ? WHERE version_id = ? "
					+ "AND section_id = ?")
				.params(newParent, position++, versionId, sibling.sectionId())
				.update();
		}
		renumber(versionId);
	}

	/**
	 * Opens the consultation of a draft for a period.
	 *
	 * @throws FieldProblems on {@code to} when the period is empty or ends in the past
	 */
	@Transactional
	public void startConsultation(UUID versionId, Instant from, Instant to) {
		VersionSummary version = requireDraft(versionId);
		if (!from.isBefore(to)) {
			throw FieldProblems.of("to", "governance.consultation.period.order");
		}
		if (!to.isAfter(clock.instant())) {
			throw FieldProblems.of("to", "governance.consultation.period.past");
		}
		jdbc.sql("UPDATE governance.charter_version SET status = 'CONSULTATION', consultation_from = ?, consultation_to = ? "
				+ "WHERE id = ?")
			.params(Timestamp.from(from), Timestamp.from(to), version.id())
			.update();
	}

	/** Ends a consultation early or returns a version in consultation to the draft for editing. */
	@Transactional
	public void backToDraft(UUID versionId) {
		VersionSummary version = version(versionId).orElseThrow(() -> new UnknownCharterException(versionId.toString()));
		if (version.status() != VersionStatus.CONSULTATION) {
			throw new FieldProblems(FieldProblem.ofForm("governance.version.not-in-consultation"));
		}
		Instant now = clock.instant();
		jdbc.sql("UPDATE governance.charter_version SET status = 'DRAFT', consultation_to = LEAST(consultation_to, ?) "
				+ "WHERE id = ?")
			.params(Timestamp.from(now.isAfter(version.consultationFrom()) ? now : version.consultationFrom().plusSeconds(1)),
					versionId)
			.update();
	}

	/**
	 * Adopts a draft or a version in consultation: it becomes the charter in force, and the adopted versions it
	 * descends from are superseded.
	 */
	@Transactional
	public void adopt(UUID versionId, LocalDate on) {
		VersionSummary version = version(versionId).orElseThrow(() -> new UnknownCharterException(versionId.toString()));
		if (version.status().frozen()) {
			throw new FieldProblems(FieldProblem.ofForm("governance.version.frozen", version.number()));
		}
		if (sections(versionId).isEmpty()) {
			throw new FieldProblems(FieldProblem.ofForm("governance.version.empty"));
		}
		// the adopted versions this one descends from are superseded (a network has one chain of versions)
		jdbc.sql("""
				WITH RECURSIVE chain(id, predecessor_id) AS (
				    SELECT id, predecessor_id FROM governance.charter_version WHERE id = ?
				    UNION ALL
				    SELECT v.id, v.predecessor_id FROM governance.charter_version v JOIN chain c ON v.id = c.predecessor_id)
				UPDATE governance.charter_version SET status = 'SUPERSEDED'
				WHERE status = 'ADOPTED' AND id IN (SELECT id FROM chain)""")
			.param(versionId)
			.update();
		// a consultation still running ends now; one that had not begun yet did not take place
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("UPDATE governance.charter_version SET status = 'ADOPTED', adopted_on = ?, "
				+ "consultation_from = CASE WHEN consultation_from >= ? THEN NULL ELSE consultation_from END, "
				+ "consultation_to = CASE WHEN consultation_from >= ? THEN NULL WHEN consultation_to > ? THEN ? "
				+ "ELSE consultation_to END WHERE id = ?")
			.params(on, now, now, now, now, versionId)
			.update();
	}

	// ---- used by the import and the demo

	/** Creates a section identity with the given anchor, or reuses the identity that has it. */
	UUID sectionFor(String anchor, UUID versionId) {
		Optional<UUID> existing = jdbc.sql("SELECT id FROM governance.charter_section WHERE anchor = ?")
			.param(anchor)
			.query(UUID.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO governance.charter_section (id, anchor, first_version_id) VALUES (?, ?, ?)")
			.params(id, anchor, versionId)
			.update();
		return id;
	}

	void insertText(UUID versionId, UUID sectionId, @Nullable UUID parent, String heading, String body, @Nullable UUID by) {
		Integer position = jdbc.sql("SELECT coalesce(max(position) + 1, 0) FROM governance.section_text WHERE version_id = ? "
				+ "AND parent_section_id IS NOT DISTINCT FROM ?")
			.params(versionId, parent)
			.query(Integer.class)
			.single();
		jdbc.sql("INSERT INTO governance.section_text (version_id, section_id, parent_section_id, position, heading, body, "
				+ "revision, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)")
			.params(versionId, sectionId, parent, position, heading, body, Timestamp.from(clock.instant()), by)
			.update();
	}

	void addLineage(UUID versionId, UUID sectionId, UUID source) {
		jdbc.sql("INSERT INTO governance.section_lineage (version_id, section_id, source_section_id) VALUES (?, ?, ?) "
				+ "ON CONFLICT DO NOTHING")
			.params(versionId, sectionId, source)
			.update();
	}

	UUID insertVersionForImport(String number, String title, Phase phase, @Nullable UUID predecessor) {
		FieldProblems.throwIfAny(versionProblems(number, title));
		return insertVersion(number.strip(), title.strip(), phase, predecessor);
	}

	void setState(UUID versionId, VersionStatus status, @Nullable Instant from, @Nullable Instant to,
			@Nullable LocalDate adoptedOn) {
		jdbc.sql("UPDATE governance.charter_version SET status = ?, consultation_from = ?, consultation_to = ?, "
				+ "adopted_on = ? WHERE id = ?")
			.params(status.name(), from == null ? null : Timestamp.from(from), to == null ? null : Timestamp.from(to),
					adoptedOn, versionId)
			.update();
	}

	private String newAnchor(String heading) {
		String base = heading.toLowerCase(java.util.Locale.ROOT)
			.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		if (base.isEmpty()) {
			base = "abschnitt";
		}
		base = base.length() > 40 ? base.substring(0, 40).replaceAll("-$", "") : base;
		String anchor = base;
		int n = 2;
		while (jdbc.sql("SELECT count(*) FROM governance.charter_section WHERE anchor = ?")
			.param(anchor)
			.query(Integer.class)
			.single() > 0) {
			anchor = base + "-" + n++;
		}
		return anchor;
	}

	private UUID newSection(UUID versionId, String heading) {
		return sectionFor(newAnchor(heading), versionId);
	}

	private boolean hasChildren(UUID versionId, UUID sectionId) {
		return jdbc.sql("SELECT count(*) FROM governance.section_text WHERE version_id = ? AND parent_section_id = ?")
			.params(versionId, sectionId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Closes the gaps in positions after a removal. */
	private void renumber(UUID versionId) {
		jdbc.sql("""
				UPDATE governance.section_text t SET position = r.n - 1 FROM (
				    SELECT section_id, row_number() OVER (PARTITION BY parent_section_id ORDER BY position) AS n
				    FROM governance.section_text WHERE version_id = ?) r
				WHERE t.version_id = ? AND t.section_id = r.section_id""")
			.params(versionId, versionId)
			.update();
	}

	private VersionSummary requireDraft(UUID versionId) {
		VersionSummary version = version(versionId).orElseThrow(() -> new UnknownCharterException(versionId.toString()));
		if (version.status() != VersionStatus.DRAFT) {
			throw new FieldProblems(FieldProblem.ofForm("governance.version.not-draft", version.number()));
		}
		// serialises edits of one version's structure (positions, merges) between coordinators
		jdbc.sql("SELECT id FROM governance.charter_version WHERE id = ? FOR UPDATE").param(versionId).query(UUID.class).single();
		return version;
	}

	private record Row(UUID versionId, UUID sectionId, @Nullable UUID parent, int position, String heading, String body,
			int revision, Instant updatedAt) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("version_id", UUID.class), rs.getObject("section_id", UUID.class),
				rs.getObject("parent_section_id", UUID.class), rs.getInt("position"), rs.getString("heading"),
				rs.getString("body"), rs.getInt("revision"), rs.getTimestamp("updated_at").toInstant());
	}

	private static List<SectionView> numbered(List<Row> rows) {
		List<SectionView> result = new ArrayList<>();
		List<Row> mains = rows.stream().filter(r -> r.parent() == null).toList();
		int i = 0;
		for (Row main : mains) {
			i++;
			result.add(view(main, Integer.toString(i), 1));
			int j = 0;
			for (Row child : rows) {
				if (main.sectionId().equals(child.parent())) {
					j++;
					result.add(view(child, i + "." + j, 2));
				}
			}
		}
		return result;
	}

	private static SectionView view(Row row, String number, int level) {
		return new SectionView(row.versionId(), row.sectionId(), row.parent(), number, level, row.position(),
				row.heading(), row.body(), Markdown.toSafeHtml(row.body()), row.revision(), row.updatedAt());
	}

	static VersionSummary version(ResultSet rs, int n) throws SQLException {
		Timestamp from = rs.getTimestamp("consultation_from");
		Timestamp to = rs.getTimestamp("consultation_to");
		java.sql.Date adopted = rs.getDate("adopted_on");
		return new VersionSummary(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("title"),
				Phase.valueOf(rs.getString("phase")), VersionStatus.valueOf(rs.getString("status")),
				rs.getObject("predecessor_id", UUID.class), from == null ? null : from.toInstant(),
				to == null ? null : to.toInstant(), adopted == null ? null : adopted.toLocalDate(),
				rs.getTimestamp("created_at").toInstant());
	}

}
