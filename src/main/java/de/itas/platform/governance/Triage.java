package de.itas.platform.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.PageOf;

/**
 * The coordination's triage of published forum inputs: topics that group them, duplicates, links to charter
 * sections and proposals, and decisions with reasons that reach the contributors who have an account.
 */
@Service
public class Triage {

	private final JdbcClient jdbc;
	private final Forums forums;
	private final Decisions decisions;
	private final Links links;
	private final Charter charter;
	private final Notifications notifications;
	private final Clock clock;

	Triage(JdbcClient jdbc, Forums forums, Decisions decisions, Links links, Charter charter,
			Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.forums = forums;
		this.decisions = decisions;
		this.links = links;
		this.charter = charter;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** Published inputs matching the filter, newest first. */
	@Transactional(readOnly = true)
	public PageOf<InputView> inputs(TriageFilter filter, int page, int size) {
		String where = "WHERE i.published AND (CAST(:forum AS UUID) IS NULL OR i.forum_id = :forum) "
				+ "AND (CAST(:district AS VARCHAR) IS NULL OR i.district_code = :district) "
				+ "AND (CAST(:field AS VARCHAR) IS NULL OR i.action_field_code = :field) "
				+ "AND (CAST(:kind AS VARCHAR) IS NULL OR i.kind = :kind) "
				+ "AND (NOT :withoutTopic OR (i.topic_id IS NULL AND i.duplicate_of IS NULL)) ";
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("forum", filter.forumId());
		params.put("district", Forums.blankToNull(filter.districtCode()));
		params.put("field", Forums.blankToNull(filter.actionFieldCode()));
		params.put("kind", filter.kind() == null ? null : filter.kind().name());
		params.put("withoutTopic", filter.withoutTopic());
		long total = jdbc.sql("SELECT count(*) FROM governance.forum_input i " + where)
			.paramSource(params)
			.query(Long.class)
			.single();
		int shown = PageOf.clamp(page, size, total);
		params.put("limit", size);
		params.put("offset", (long) shown * size);
		List<InputView> items = jdbc.sql(Forums.INPUT_SELECT + where + "ORDER BY i.created_at DESC, i.code LIMIT :limit OFFSET :offset")
			.paramSource(params)
			.query(Forums::input)
			.list();
		return new PageOf<>(items, shown, size, total);
	}

	/** Every topic, by title. */
	@Transactional(readOnly = true)
	public List<TopicView> topics() {
		return jdbc.sql(Forums.TOPIC_SELECT + "ORDER BY t.title").query(Forums::topic).list();
	}

	/**
	 * Creates a topic.
	 *
	 * @throws FieldProblems on {@code title} or {@code actionFieldCode}
	 */
	@Transactional
	public UUID createTopic(@Nullable String title, @Nullable String description, @Nullable String actionFieldCode,
			UUID by) {
		List<FieldProblem> problems = new ArrayList<>();
		String t = Forums.text(title);
		if (t.isEmpty()) {
			problems.add(FieldProblem.of("title", "governance.topic.title.required"));
		}
		else if (t.length() > Forums.MAX_TITLE) {
			problems.add(FieldProblem.of("title", "governance.topic.title.too-long", Forums.MAX_TITLE));
		}
		if (Forums.text(description).length() > Forums.MAX_DESCRIPTION) {
			problems.add(FieldProblem.of("description", "governance.topic.description.too-long", Forums.MAX_DESCRIPTION));
		}
		forums.actionFieldProblem("actionFieldCode", actionFieldCode).ifPresent(problems::add);
		FieldProblems.throwIfAny(problems);
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO governance.topic (id, title, description, action_field_code, created_by, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, t, Forums.text(description), Forums.blankToNull(actionFieldCode), by,
					Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	/**
	 * Puts inputs into a topic (an input is in one topic at most: it moves).
	 *
	 * @throws FieldProblems on {@code inputs} when none is chosen, on {@code topic} when none is given
	 */
	@Transactional
	public int assign(List<UUID> inputIds, @Nullable UUID topicId) {
		if (inputIds.isEmpty()) {
			throw FieldProblems.of("inputs", "governance.topic.assign.none");
		}
		if (topicId == null || forums.topic(topicId).isEmpty()) {
			throw FieldProblems.of("topic", "governance.topic.assign.topic");
		}
		return jdbc.sql("UPDATE governance.forum_input SET topic_id = ? WHERE id = ANY(?) AND published")
			.params(topicId, inputIds.toArray(UUID[]::new))
			.update();
	}

	/**
	 * Marks an input as repeating another one, given by its code.
	 *
	 * @throws FieldProblems on {@code original} when the code names no published input or the input itself
	 */
	@Transactional
	public void markDuplicate(UUID inputId, @Nullable String originalCode) {
		InputView input = input(inputId);
		Optional<InputView> original = jdbc.sql(Forums.INPUT_SELECT + "WHERE i.code = ? AND i.published")
			.param(InputCodes.normalise(originalCode))
			.query(Forums::input)
			.optional();
		if (original.isEmpty()) {
			throw FieldProblems.of("original", "governance.input.duplicate.unknown", InputCodes.normalise(originalCode));
		}
		if (original.get().id().equals(input.id())) {
			throw FieldProblems.of("original", "governance.input.duplicate.itself");
		}
		jdbc.sql("UPDATE governance.forum_input SET duplicate_of = ?, topic_id = coalesce(topic_id, ?) WHERE id = ?")
			.params(original.get().id(), original.get().topicId(), inputId)
			.update();
	}

	/**
	 * Links an input or topic to a section of a charter version.
	 *
	 * @throws FieldProblems on {@code section} when the version has no such section
	 */
	@Transactional
	public void linkSection(ContributionKind kind, UUID id, @Nullable String versionNumber, @Nullable UUID sectionId,
			UUID by) {
		requireSource(kind, id);
		Optional<VersionSummary> version = versionNumber == null ? Optional.empty() : charter.version(versionNumber);
		if (version.isEmpty() || sectionId == null || charter.section(version.get().id(), sectionId).isEmpty()) {
			throw FieldProblems.of("section", "governance.topic.link.section.unknown");
		}
		links.link(kind, id, ContributionKind.SECTION, sectionId, version.get().id(), by);
	}

	/**
	 * Links an input or topic to a proposal, given by its code.
	 *
	 * @throws FieldProblems on {@code proposal} when no proposal has that code
	 */
	@Transactional
	public void linkProposal(ContributionKind kind, UUID id, @Nullable String proposalCode, UUID by) {
		requireSource(kind, id);
		String code = Forums.text(proposalCode).toUpperCase(java.util.Locale.ROOT);
		Optional<UUID> proposal = proposal(code);
		if (proposal.isEmpty()) {
			throw FieldProblems.of("proposal", "governance.topic.link.proposal.unknown", code);
		}
		links.link(kind, id, ContributionKind.PROPOSAL, proposal.get(), null, by);
	}

	/** The proposal of that code, if there is one. */
	@Transactional(readOnly = true)
	public Optional<UUID> proposal(String code) {
		return jdbc.sql("SELECT id FROM governance.proposal WHERE code = ?").param(code).query(UUID.class).optional();
	}

	/**
	 * Decides on an input or a topic. The contributors with an account are told: the input's, or for a topic
	 * those of its inputs.
	 *
	 * @throws FieldProblems see {@link Decisions#decide}
	 */
	@Transactional
	public DecisionView decide(ContributionKind kind, UUID id, Outcome outcome, @Nullable String reason, UUID by) {
		requireSource(kind, id);
		if (kind == ContributionKind.INPUT) {
			InputView input = input(id);
			UUID author = jdbc.sql("SELECT author_id FROM governance.forum_input WHERE id = ?")
				.param(id)
				.query((rs, n) -> rs.getObject("author_id", UUID.class))
				.single();
			return decisions.decide(kind, id, outcome, reason, null, null, by, author, "/karte/" + input.code(),
					input.code());
		}
		TopicView topic = forums.topic(id).orElseThrow();
		DecisionView decision = decisions.decide(kind, id, outcome, reason, null, null, by, null, "/karte", topic.title());
		record Author(UUID person, String code) {
		}
		List<Author> authors = jdbc.sql("SELECT DISTINCT ON (author_id) author_id, code FROM governance.forum_input "
				+ "WHERE topic_id = ? AND author_id IS NOT NULL AND published ORDER BY author_id, created_at")
			.param(id)
			.query((rs, n) -> new Author(rs.getObject("author_id", UUID.class), rs.getString("code")))
			.list();
		for (Author author : authors) {
			String link = "/karte/" + author.code();
			notifications.notify(Notification.to(author.person(), GovernanceNotifications.DECISION,
					"governance.notification.decision", link, topic.title())
				.withMail("governance.mail.decision.subject", "governance/decision",
						Map.of("title", topic.title(), "outcome", outcome.messageKey(), "reason", decision.reason(),
								"link", link)));
		}
		return decision;
	}

	private void requireSource(ContributionKind kind, UUID id) {
		if (kind == ContributionKind.INPUT) {
			// a paper card is linked and decided on only after the second person published its batch
			if (!input(id).published()) {
				throw new FieldProblems(FieldProblem.ofForm("governance.input.unpublished"));
			}
		}
		else if (kind == ContributionKind.TOPIC) {
			forums.topic(id).orElseThrow(() -> new UnknownForumException(id.toString()));
		}
		else {
			throw new IllegalArgumentException("Triage decides on inputs and topics only, not on " + kind);
		}
	}

	/** One input (published or not). */
	@Transactional(readOnly = true)
	public InputView input(UUID id) {
		return jdbc.sql(Forums.INPUT_SELECT + "WHERE i.id = ?")
			.param(id)
			.query(Forums::input)
			.optional()
			.orElseThrow(() -> new UnknownForumException(id.toString()));
	}

	/** The inputs of a topic. */
	@Transactional(readOnly = true)
	public List<InputView> inputsOf(UUID topicId) {
		return jdbc.sql(Forums.INPUT_SELECT + "WHERE i.topic_id = ? AND i.published ORDER BY i.created_at")
			.param(topicId)
			.query(Forums::input)
			.list();
	}

	/** The decisions on the given inputs or topics. */
	@Transactional(readOnly = true)
	public Map<UUID, DecisionView> decisions(ContributionKind kind, List<UUID> ids) {
		return decisions.of(kind, ids);
	}

}
