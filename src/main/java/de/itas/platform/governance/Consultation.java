package de.itas.platform.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.governance.ConsultationViews.CommentView;
import de.itas.platform.governance.ConsultationViews.Discussion;
import de.itas.platform.governance.ConsultationViews.Mine;
import de.itas.platform.governance.ConsultationViews.ProposalPage;
import de.itas.platform.governance.ConsultationViews.ProposalView;
import de.itas.platform.governance.ConsultationViews.SectionLink;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.Markdown;

/**
 * The consultation of a charter version: comments on a section or a marked passage of it (with replies one level
 * deep), change proposals that keep the wording they were written for, one support per person, and the
 * coordination's decisions on proposals. Contributions are accepted only while the version's consultation period
 * is open; outside it everything is read-only and a submission is refused naming the period's end.
 */
@Service
public class Consultation {

	/** Longest comment accepted. */
	public static final int MAX_COMMENT = 2000;

	/** Longest marked passage accepted. */
	public static final int MAX_PASSAGE = 500;

	/** Longest reason of a proposal accepted. */
	public static final int MAX_REASON = 4000;

	/** The time zone the period is shown in. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final JdbcClient jdbc;
	private final Charter charter;
	private final Decisions decisions;
	private final Links links;
	private final Notifications notifications;
	private final Clock clock;

	Consultation(JdbcClient jdbc, Charter charter, Decisions decisions, Links links, Notifications notifications,
			Clock clock) {
		this.jdbc = jdbc;
		this.charter = charter;
		this.decisions = decisions;
		this.links = links;
		this.notifications = notifications;
		this.clock = clock;
	}

	// ---- reading

	/** The discussion page of a section of a version. */
	@Transactional(readOnly = true)
	public Discussion discussion(String versionNumber, String anchor) {
		VersionSummary version = charter.version(versionNumber)
			.orElseThrow(() -> new UnknownCharterException(versionNumber));
		SectionView section = section(version, anchor);
		List<CommentView> comments = threads(jdbc.sql("SELECT c.*, v.number FROM governance.comment c "
				+ "JOIN governance.charter_version v ON v.id = c.version_id "
				+ "WHERE c.version_id = ? AND c.section_id = ? AND c.proposal_id IS NULL ORDER BY c.created_at")
			.params(version.id(), section.sectionId())
			.query(Consultation::comment)
			.list());
		Set<UUID> identities = new HashSet<>(charter.lineage(version.id()).getOrDefault(section.sectionId(), List.of()));
		identities.add(section.sectionId());
		List<CommentView> carried = threads(jdbc.sql("SELECT c.*, v.number FROM governance.comment c "
				+ "JOIN governance.charter_version v ON v.id = c.version_id "
				+ "WHERE c.section_id = ANY(?) AND c.proposal_id IS NULL AND c.version_id <> ? AND v.created_at < ? "
				+ "ORDER BY v.created_at, c.created_at")
			.params(identities.toArray(UUID[]::new), version.id(), Timestamp.from(version.createdAt()))
			.query(Consultation::comment)
			.list());
		List<ProposalView> proposals = proposals("p.version_id = ? AND p.section_id = ?", version.id(),
				section.sectionId());
		return new Discussion(version, section, anchor, version.consultationOpenAt(clock.instant()), comments, carried,
				proposals);
	}

	/** A proposal's page by its code. */
	@Transactional(readOnly = true)
	public Optional<ProposalPage> proposal(String code, String deletedLabel, String insertedLabel) {
		return proposalByCode(code).map(proposal -> {
			SectionView current = charter.section(proposal.versionId(), proposal.sectionId()).orElse(null);
			boolean changed = current == null || current.revision() != proposal.baseRevision()
					|| !current.body().equals(proposal.baseBody());
			List<CommentView> replies = threads(jdbc.sql("SELECT c.*, v.number FROM governance.comment c "
					+ "JOIN governance.charter_version v ON v.id = c.version_id WHERE c.proposal_id = ? "
					+ "ORDER BY c.created_at")
				.param(proposal.id())
				.query(Consultation::comment)
				.list());
			Map<UUID, String> anchors = charter.anchors();
			List<SectionLink> ledTo = new ArrayList<>();
			for (Links.Link link : links.from(ContributionKind.PROPOSAL, proposal.id())) {
				if (link.targetKind() == ContributionKind.SECTION && link.targetVersionId() != null) {
					charter.version(link.targetVersionId()).ifPresent(version -> ledTo.add(new SectionLink(
							version.number(), anchors.getOrDefault(link.targetId(), ""),
							charter.section(version.id(), link.targetId()).map(SectionView::heading).orElse(""))));
				}
			}
			boolean supported = CurrentUser.get()
				.map(user -> jdbc.sql("SELECT count(*) FROM governance.proposal_support WHERE proposal_id = ? "
						+ "AND person_id = ?")
					.params(proposal.id(), user.id())
					.query(Integer.class)
					.single() > 0)
				.orElse(false);
			boolean open = charter.version(proposal.versionId()).orElseThrow().consultationOpenAt(clock.instant());
			return new ProposalPage(proposal, current, changed,
					ProposalDiff.html(proposal.baseBody(), proposal.proposedBody(), deletedLabel, insertedLabel), replies,
					ledTo, open, supported);
		});
	}

	/** A proposal by its code, e.g. {@code V-3.0-001}. */
	@Transactional(readOnly = true)
	public Optional<ProposalView> proposalByCode(String code) {
		return proposals("p.code = ?", code).stream().findFirst();
	}

	/** The proposals of a version, by code. */
	@Transactional(readOnly = true)
	public List<ProposalView> proposalsOf(UUID versionId) {
		return proposals("p.version_id = ?", versionId);
	}

	/** The signed-in person's comments and proposals with the decisions on them. */
	@Transactional(readOnly = true)
	public Mine mine() {
		UUID person = signedIn().id();
		List<CommentView> comments = jdbc.sql("SELECT c.*, v.number FROM governance.comment c "
				+ "JOIN governance.charter_version v ON v.id = c.version_id WHERE c.author_id = ? "
				+ "ORDER BY c.created_at DESC")
			.param(person)
			.query(Consultation::comment)
			.list();
		return new Mine(comments, proposals("p.author_id = ?", person));
	}

	/** The anchor of each section identity. */
	@Transactional(readOnly = true)
	public Map<UUID, String> anchors() {
		return charter.anchors();
	}

	// ---- contributing

	/**
	 * Comments on a section, on a marked passage of it, or answers a comment.
	 *
	 * @param passage optional; must occur in the section's text
	 * @param replyTo optional: the comment answered (an answer to an answer joins its thread)
	 * @throws FieldProblems on {@code passage} or {@code body}, form-wide when the period is not open
	 */
	@Transactional
	public CommentView comment(String versionNumber, String anchor, @Nullable String passage, String body,
			boolean showName, @Nullable UUID replyTo) {
		PlatformUser user = signedIn();
		VersionSummary version = charter.version(versionNumber)
			.orElseThrow(() -> new UnknownCharterException(versionNumber));
		SectionView section = section(version, anchor);
		requireOpen(version);
		String text = body == null ? "" : body.strip();
		String marked = passage == null ? "" : passage.strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (!marked.isEmpty()) {
			if (marked.length() > MAX_PASSAGE) {
				problems.add(FieldProblem.of("passage", "governance.comment.passage.too-long", MAX_PASSAGE));
			}
			else if (!plain(section.heading() + " " + section.body()).contains(plain(marked))) {
				problems.add(FieldProblem.of("passage", "governance.comment.passage.not-found"));
			}
		}
		problems.addAll(bodyProblems(text));
		UUID parent = null;
		UUID parentAuthor = null;
		if (replyTo != null) {
			Optional<ParentRow> row = jdbc.sql("SELECT id, parent_id, author_id FROM governance.comment "
					+ "WHERE id = ? AND version_id = ? AND section_id = ? AND proposal_id IS NULL")
				.params(replyTo, version.id(), section.sectionId())
				.query((rs, n) -> new ParentRow(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
						rs.getObject("author_id", UUID.class)))
				.optional();
			if (row.isEmpty()) {
				problems.add(FieldProblem.ofForm("governance.comment.reply.unknown"));
			}
			else {
				parent = row.get().parentId() != null ? row.get().parentId() : row.get().id();
				parentAuthor = row.get().authorId();
			}
		}
		FieldProblems.throwIfAny(problems);
		UUID id = insertComment(version.id(), section.sectionId(), null, parent, user, showName,
				marked.isEmpty() ? null : marked, text);
		if (parentAuthor != null && !parentAuthor.equals(user.id())) {
			notifications.notify(Notification.to(parentAuthor, GovernanceNotifications.REPLY,
					"governance.comment.notification.reply",
					"/charta/" + version.number() + "/abschnitt/" + anchor + "/diskussion", section.heading()));
		}
		return comment(id);
	}

	/**
	 * Proposes a new wording of a section's text; the proposal keeps the wording, heading and revision it was
	 * written against.
	 *
	 * @throws FieldProblems on {@code proposedBody} or {@code reason}, form-wide when the period is not open
	 */
	@Transactional
	public ProposalView propose(String versionNumber, String anchor, String proposedBody, String reason,
			boolean showName) {
		PlatformUser user = signedIn();
		VersionSummary version = charter.version(versionNumber)
			.orElseThrow(() -> new UnknownCharterException(versionNumber));
		SectionView section = section(version, anchor);
		requireOpen(version);
		String proposed = proposedBody == null ? "" : proposedBody.strip();
		String why = reason == null ? "" : reason.strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (proposed.isEmpty()) {
			problems.add(FieldProblem.of("proposedBody", "governance.proposal.body.required"));
		}
		else if (proposed.length() > Charter.MAX_BODY) {
			problems.add(FieldProblem.of("proposedBody", "governance.proposal.body.too-long", Charter.MAX_BODY));
		}
		else if (proposed.equals(section.body().strip())) {
			problems.add(FieldProblem.of("proposedBody", "governance.proposal.body.unchanged"));
		}
		if (why.isEmpty()) {
			problems.add(FieldProblem.of("reason", "governance.proposal.reason.required"));
		}
		else if (why.length() > MAX_REASON) {
			problems.add(FieldProblem.of("reason", "governance.proposal.reason.too-long", MAX_REASON));
		}
		FieldProblems.throwIfAny(problems);
		String code = insertProposal(version, section, user.id(), showName ? user.getDisplayName() : null, proposed,
				why, clock.instant());
		return proposalByCode(code).orElseThrow();
	}

	/** Inserts a proposal with the next code of its version (also used by the demo). */
	String insertProposal(VersionSummary version, SectionView section, @Nullable UUID author,
			@Nullable String authorName, String proposed, String reason, Instant at) {
		// one code after the other per version, also when two people submit at once
		jdbc.sql("SELECT id FROM governance.charter_version WHERE id = ? FOR UPDATE")
			.param(version.id())
			.query(UUID.class)
			.single();
		int next = jdbc.sql("SELECT count(*) FROM governance.proposal WHERE version_id = ?")
			.param(version.id())
			.query(Integer.class)
			.single() + 1;
		String code = "V-%s-%03d".formatted(version.number(), next);
		jdbc.sql("""
				INSERT INTO governance.proposal (id, code, version_id, section_id, author_id, show_name, author_name,
				    base_revision, base_heading, base_body, proposed_body, reason, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), code, version.id(), section.sectionId(), author, authorName != null, authorName,
					section.revision(), section.heading(), section.body(), proposed, reason, Timestamp.from(at))
			.update();
		return code;
	}

	/**
	 * Supports a proposal; one support per person.
	 *
	 * @throws FieldProblems form-wide when the person supports it already or the period is not open
	 */
	@Transactional
	public int support(String code) {
		PlatformUser user = signedIn();
		ProposalView proposal = proposalByCode(code).orElseThrow(() -> new UnknownCharterException(code));
		requireOpen(charter.version(proposal.versionId()).orElseThrow());
		int added = jdbc.sql("INSERT INTO governance.proposal_support (proposal_id, person_id, supported_at) "
				+ "VALUES (?, ?, ?) ON CONFLICT (proposal_id, person_id) DO NOTHING")
			.params(proposal.id(), user.id(), Timestamp.from(clock.instant()))
			.update();
		if (added == 0) {
			throw new FieldProblems(FieldProblem.ofForm("governance.proposal.support.already"));
		}
		return proposal.supports() + 1;
	}

	/**
	 * Answers a proposal (a comment that belongs to it).
	 *
	 * @throws FieldProblems on {@code body}, form-wide when the period is not open
	 */
	@Transactional
	public CommentView reply(String code, String body, boolean showName) {
		PlatformUser user = signedIn();
		ProposalView proposal = proposalByCode(code).orElseThrow(() -> new UnknownCharterException(code));
		requireOpen(charter.version(proposal.versionId()).orElseThrow());
		String text = body == null ? "" : body.strip();
		FieldProblems.throwIfAny(bodyProblems(text));
		UUID id = insertComment(proposal.versionId(), proposal.sectionId(), proposal.id(), null, user, showName, null,
				text);
		UUID author = jdbc.sql("SELECT author_id FROM governance.proposal WHERE id = ?")
			.param(proposal.id())
			.query(UUID.class)
			.optional()
			.orElse(null);
		if (author != null && !author.equals(user.id())) {
			notifications.notify(Notification.to(author, GovernanceNotifications.REPLY,
					"governance.comment.notification.reply", "/charta/vorschlaege/" + code, code));
		}
		return comment(id);
	}

	// ---- deciding (coordination)

	/**
	 * Decides on a proposal and tells its author.
	 *
	 * @param mergedIntoCode with {@link Outcome#MERGED}: the code of the proposal that carries this one on
	 * @throws AccessDeniedException unless the person coordinates or administers
	 * @throws FieldProblems on {@code reason} or {@code mergedInto}
	 */
	@Transactional
	public DecisionView decide(String code, Outcome outcome, @Nullable String reason, @Nullable String mergedIntoCode) {
		PlatformUser user = coordinator();
		ProposalView proposal = proposalByCode(code).orElseThrow(() -> new UnknownCharterException(code));
		UUID mergedInto = null;
		String target = mergedIntoCode == null ? "" : mergedIntoCode.strip();
		if (!target.isEmpty()) {
			Optional<ProposalView> other = proposalByCode(target);
			if (other.isEmpty()) {
				throw FieldProblems.of("mergedInto", "governance.proposal.decision.merged-into.unknown", target);
			}
			mergedInto = other.get().id();
		}
		UUID author = jdbc.sql("SELECT author_id FROM governance.proposal WHERE id = ?")
			.param(proposal.id())
			.query(UUID.class)
			.optional()
			.orElse(null);
		return decisions.decide(ContributionKind.PROPOSAL, proposal.id(), outcome, reason,
				mergedInto == null ? null : ContributionKind.PROPOSAL, mergedInto, user.id(), author,
				"/charta/vorschlaege/" + code, code);
	}

	/**
	 * Links an adopted or partly adopted proposal to its section in a draft version ("what became of it?").
	 *
	 * @throws FieldProblems form-wide when the proposal is not adopted, the version is no draft or lacks the section
	 */
	@Transactional
	public void linkToDraft(String code, String draftNumber) {
		PlatformUser user = coordinator();
		ProposalView proposal = proposalByCode(code).orElseThrow(() -> new UnknownCharterException(code));
		if (proposal.decision() == null || (proposal.decision().outcome() != Outcome.ADOPTED
				&& proposal.decision().outcome() != Outcome.PARTLY_ADOPTED)) {
			throw new FieldProblems(FieldProblem.ofForm("governance.proposal.link.not-adopted"));
		}
		VersionSummary draft = charter.version(draftNumber == null ? "" : draftNumber.strip())
			.filter(version -> version.status() == VersionStatus.DRAFT)
			.orElseThrow(() -> new FieldProblems(FieldProblem.of("draft", "governance.proposal.link.no-draft")));
		if (charter.section(draft.id(), proposal.sectionId()).isEmpty()) {
			throw FieldProblems.of("draft", "governance.proposal.link.no-section", draft.number());
		}
		links.link(ContributionKind.PROPOSAL, proposal.id(), ContributionKind.SECTION, proposal.sectionId(), draft.id(),
				user.id());
	}

	/** The drafts a coordinator may link an adopted proposal to. */
	@Transactional(readOnly = true)
	public List<VersionSummary> drafts() {
		return charter.versions().stream().filter(version -> version.status() == VersionStatus.DRAFT).toList();
	}

	/** Whether the current person may decide on proposals. */
	public static boolean mayDecide() {
		Set<Role> roles = CurrentUser.roles();
		return roles.contains(Role.COORDINATOR) || roles.contains(Role.ADMIN);
	}

	// ---- helpers

	private static PlatformUser signedIn() {
		return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	private static PlatformUser coordinator() {
		PlatformUser user = signedIn();
		if (!mayDecide()) {
			throw new AccessDeniedException("Only the coordination decides on proposals");
		}
		return user;
	}

	private SectionView section(VersionSummary version, String anchor) {
		UUID sectionId = charter.anchors()
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(anchor))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new UnknownCharterException(anchor));
		return charter.section(version.id(), sectionId).orElseThrow(() -> new UnknownCharterException(anchor));
	}

	/** Refuses a contribution outside the period, naming when it ended or begins. */
	void requireOpen(VersionSummary version) {
		Instant now = clock.instant();
		if (version.consultationOpenAt(now)) {
			return;
		}
		Instant to = version.consultationTo();
		Instant from = version.consultationFrom();
		if (to != null && !now.isBefore(to)) {
			// the period's end is exclusive: its last day is the day of the moment before
			throw new FieldProblems(FieldProblem.ofForm("governance.consultation.closed.ended", day(to.minusNanos(1))));
		}
		if (from != null && now.isBefore(from) && version.status() == VersionStatus.CONSULTATION) {
			throw new FieldProblems(FieldProblem.ofForm("governance.consultation.closed.not-yet", day(from)));
		}
		throw new FieldProblems(FieldProblem.ofForm("governance.consultation.closed.none", version.number()));
	}

	/** A day as shown in the period's time zone. */
	public static String day(Instant instant) {
		return DAY.format(instant.atZone(ZONE));
	}

	private static List<FieldProblem> bodyProblems(String text) {
		if (text.isEmpty()) {
			return List.of(FieldProblem.of("body", "governance.comment.body.required"));
		}
		if (text.length() > MAX_COMMENT) {
			return List.of(FieldProblem.of("body", "governance.comment.body.too-long", MAX_COMMENT));
		}
		return List.of();
	}

	/** Text as read: without Markdown's marks and with single spaces, for finding a marked passage. */
	static String plain(String text) {
		return text.replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\(https?://[^)]*\\)", "").replaceAll("\\s+", " ")
			.strip();
	}

	UUID insertComment(UUID versionId, UUID sectionId, @Nullable UUID proposalId, @Nullable UUID parentId,
			@Nullable PlatformUser author, boolean showName, @Nullable String passage, String body) {
		return insertComment(versionId, sectionId, proposalId, parentId, author == null ? null : author.id(),
				showName && author != null ? author.getDisplayName() : null, passage, body, clock.instant());
	}

	UUID insertComment(UUID versionId, UUID sectionId, @Nullable UUID proposalId, @Nullable UUID parentId,
			@Nullable UUID author, @Nullable String authorName, @Nullable String passage, String body, Instant at) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO governance.comment (id, version_id, section_id, proposal_id, parent_id, author_id, show_name,
				    author_name, passage, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, versionId, sectionId, proposalId, parentId, author, authorName != null, authorName, passage, body,
					Timestamp.from(at))
			.update();
		return id;
	}

	private CommentView comment(UUID id) {
		return jdbc.sql("SELECT c.*, v.number FROM governance.comment c JOIN governance.charter_version v "
				+ "ON v.id = c.version_id WHERE c.id = ?")
			.param(id)
			.query(Consultation::comment)
			.single();
	}

	private List<ProposalView> proposals(String where, Object... params) {
		List<Row> rows = jdbc.sql("SELECT p.*, v.number, s.anchor, (SELECT count(*) FROM governance.proposal_support ps "
				+ "WHERE ps.proposal_id = p.id) AS supports FROM governance.proposal p "
				+ "JOIN governance.charter_version v ON v.id = p.version_id "
				+ "JOIN governance.charter_section s ON s.id = p.section_id WHERE " + where + " ORDER BY p.code")
			.params(params)
			.query(Consultation::row)
			.list();
		Map<UUID, DecisionView> decided = decisions.of(ContributionKind.PROPOSAL, rows.stream().map(Row::id).toList());
		Map<UUID, String> mergedCodes = new LinkedHashMap<>();
		for (DecisionView decision : decided.values()) {
			if (decision.mergedIntoId() != null && decision.mergedIntoKind() == ContributionKind.PROPOSAL) {
				jdbc.sql("SELECT code FROM governance.proposal WHERE id = ?")
					.param(decision.mergedIntoId())
					.query(String.class)
					.optional()
					.ifPresent(code -> mergedCodes.put(decision.contributionId(), code));
			}
		}
		return rows.stream().map(row -> row.view(decided.get(row.id()), mergedCodes.get(row.id()))).toList();
	}

	private static List<CommentView> threads(List<CommentView> flat) {
		Map<UUID, List<CommentView>> replies = new LinkedHashMap<>();
		for (CommentView comment : flat) {
			if (comment.parentId() != null) {
				replies.computeIfAbsent(comment.parentId(), k -> new ArrayList<>()).add(comment);
			}
		}
		return flat.stream()
			.filter(comment -> comment.parentId() == null)
			.map(comment -> new CommentView(comment.id(), comment.versionNumber(), comment.sectionId(),
					comment.proposalId(), null, comment.authorName(), comment.passage(), comment.body(),
					comment.createdAt(), List.copyOf(replies.getOrDefault(comment.id(), List.of()))))
			.toList();
	}

	private record ParentRow(UUID id, @Nullable UUID parentId, @Nullable UUID authorId) {
	}

	private static CommentView comment(ResultSet rs, int n) throws SQLException {
		return new CommentView(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("section_id", UUID.class), rs.getObject("proposal_id", UUID.class),
				rs.getObject("parent_id", UUID.class), rs.getBoolean("show_name") ? rs.getString("author_name") : null,
				rs.getString("passage"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(), List.of());
	}

	private record Row(UUID id, String code, UUID versionId, String versionNumber, UUID sectionId, String anchor,
			@Nullable String authorName, int baseRevision, String baseHeading, String baseBody, String proposedBody,
			String reason, Instant createdAt, int supports) {

		ProposalView view(@Nullable DecisionView decision, @Nullable String mergedIntoCode) {
			return new ProposalView(id, code, versionId, versionNumber, sectionId, anchor, authorName, baseRevision,
					baseHeading, baseBody, proposedBody, Markdown.toSafeHtml(proposedBody), reason,
					Markdown.toSafeHtml(reason), createdAt, supports, decision, mergedIntoCode);
		}

	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("code"), rs.getObject("version_id", UUID.class),
				rs.getString("number"), rs.getObject("section_id", UUID.class), rs.getString("anchor"),
				rs.getBoolean("show_name") ? rs.getString("author_name") : null, rs.getInt("base_revision"),
				rs.getString("base_heading"), rs.getString("base_body"), rs.getString("proposed_body"),
				rs.getString("reason"), rs.getTimestamp("created_at").toInstant(), rs.getInt("supports"));
	}

}
