package de.itas.platform.governance;

import org.springframework.modulith.NamedInterface;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.RateLimiter;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.PageOf;

/**
 * Future forums and their inputs as visitors see and write them: the forums, an input written online during
 * a forum's input period (signed in or anonymous), a forum's published inputs, and "what became of my input"
 * by its public code. Anonymous inputs keep no account and no address; only a rate limit counts the address
 * in memory.
 */
@Service
@NamedInterface("api")
public class Forums {

	/** Longest input text. */
	public static final int MAX_BODY = 1000;

	/** Longest forum title, place. */
	public static final int MAX_TITLE = 200;

	/** Longest forum description. */
	public static final int MAX_DESCRIPTION = 4000;

	/** Anonymous inputs per client address and hour. */
	static final int ANONYMOUS_PER_HOUR = 10;

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final JdbcClient jdbc;
	private final Region region;
	private final InputCodes codes;
	private final RateLimiter limiter;
	private final Decisions decisions;
	private final Links links;
	private final Charter charter;
	private final Clock clock;

	Forums(JdbcClient jdbc, Region region, InputCodes codes, RateLimiter limiter, Decisions decisions, Links links,
			Charter charter, Clock clock) {
		this.jdbc = jdbc;
		this.region = region;
		this.codes = codes;
		this.limiter = limiter;
		this.decisions = decisions;
		this.links = links;
		this.charter = charter;
		this.clock = clock;
	}

	// ---- forums

	private static final String FORUM_SELECT = "SELECT f.*, (SELECT count(*) FROM governance.forum_input i "
			+ "WHERE i.forum_id = f.id AND i.published) AS published FROM governance.forum f ";

	/** All forums, the latest first. */
	@Transactional(readOnly = true)
	public List<ForumView> all() {
		return jdbc.sql(FORUM_SELECT + "ORDER BY f.held_on DESC, f.title").query(Forums::forum).list();
	}

	@Transactional(readOnly = true)
	public Optional<ForumView> forum(UUID id) {
		return jdbc.sql(FORUM_SELECT + "WHERE f.id = ?").param(id).query(Forums::forum).optional();
	}

	/**
	 * Creates a forum.
	 *
	 * @throws FieldProblems on {@code title}, {@code districtCode}, {@code place}, {@code heldOn},
	 *         {@code inputFrom}, {@code inputTo}, {@code description}
	 */
	@Transactional
	public UUID create(ForumDraft draft) {
		FieldProblems.throwIfAny(problems(draft));
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO governance.forum (id, title, district_code, place, held_on, input_from, input_to, "
				+ "description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, draft.title().strip(), draft.districtCode(), blankToNull(draft.place()), draft.heldOn(),
					Timestamp.from(draft.inputFrom().atZone(ZONE).toInstant()),
					Timestamp.from(draft.inputTo().atZone(ZONE).toInstant()), text(draft.description()),
					Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	/** Changes a forum (see {@link #create(ForumDraft)}). */
	@Transactional
	public void update(UUID id, ForumDraft draft) {
		forum(id).orElseThrow(() -> new UnknownForumException(id.toString()));
		FieldProblems.throwIfAny(problems(draft));
		jdbc.sql("UPDATE governance.forum SET title = ?, district_code = ?, place = ?, held_on = ?, input_from = ?, "
				+ "input_to = ?, description = ? WHERE id = ?")
			.params(draft.title().strip(), draft.districtCode(), blankToNull(draft.place()), draft.heldOn(),
					Timestamp.from(draft.inputFrom().atZone(ZONE).toInstant()),
					Timestamp.from(draft.inputTo().atZone(ZONE).toInstant()), text(draft.description()), id)
			.update();
	}

	private List<FieldProblem> problems(ForumDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		String title = text(draft.title());
		if (title.isEmpty()) {
			problems.add(FieldProblem.of("title", "governance.forum.title.required"));
		}
		else if (title.length() > MAX_TITLE) {
			problems.add(FieldProblem.of("title", "governance.forum.title.too-long", MAX_TITLE));
		}
		if (draft.districtCode() == null || region.district(draft.districtCode()).isEmpty()) {
			problems.add(FieldProblem.of("districtCode", "governance.forum.district.required"));
		}
		if (text(draft.place()).length() > MAX_TITLE) {
			problems.add(FieldProblem.of("place", "governance.forum.place.too-long", MAX_TITLE));
		}
		if (draft.heldOn() == null) {
			problems.add(FieldProblem.of("heldOn", "governance.forum.held-on.required"));
		}
		if (draft.inputFrom() == null) {
			problems.add(FieldProblem.of("inputFrom", "governance.forum.input-from.required"));
		}
		if (draft.inputTo() == null) {
			problems.add(FieldProblem.of("inputTo", "governance.forum.input-to.required"));
		}
		else if (draft.inputFrom() != null && !draft.inputFrom().isBefore(draft.inputTo())) {
			problems.add(FieldProblem.of("inputTo", "governance.forum.input-to.order"));
		}
		if (text(draft.description()).length() > MAX_DESCRIPTION) {
			problems.add(FieldProblem.of("description", "governance.forum.description.too-long", MAX_DESCRIPTION));
		}
		return problems;
	}

	// ---- inputs

	/**
	 * Takes an input written online. A signed-in person's input carries their account (and their name, if they
	 * chose to show it); a visitor's carries nothing that identifies them.
	 *
	 * @param client the visitor's address, only counted against the rate limit, never stored
	 * @return the input's public code
	 * @throws FieldProblems form-wide when the forum's input period is not running (naming it) or a visitor sent
	 *         too many inputs; on {@code kind}, {@code body}, {@code districtCode}, {@code actionFieldCode}
	 */
	@Transactional
	public String submit(UUID forumId, InputRequest request, String client) {
		ForumView forum = forum(forumId).orElseThrow(() -> new UnknownForumException(forumId.toString()));
		Instant now = clock.instant();
		if (!forum.openAt(now)) {
			throw new FieldProblems(FieldProblem.ofForm(
					now.isBefore(forum.inputFrom()) ? "governance.input.not-yet-open" : "governance.input.closed",
					moment(forum.inputFrom()), moment(forum.inputTo())));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (request.kind() == null) {
			problems.add(FieldProblem.of("kind", "governance.input.kind.required"));
		}
		bodyProblem("body", request.body()).ifPresent(problems::add);
		if (request.districtCode() != null && !request.districtCode().isBlank()
				&& region.district(request.districtCode()).isEmpty()) {
			problems.add(FieldProblem.of("districtCode", "governance.input.district.unknown"));
		}
		actionFieldProblem("actionFieldCode", request.actionFieldCode()).ifPresent(problems::add);
		FieldProblems.throwIfAny(problems);
		Optional<PlatformUser> user = CurrentUser.get();
		if (user.isEmpty() && !limiter.tryAcquire(new RateLimiter.Limit("governance.input.client:" + client,
				ANONYMOUS_PER_HOUR, Duration.ofHours(1)))) {
			throw new FieldProblems(FieldProblem.ofForm("governance.input.too-many"));
		}
		String code = codes.fresh();
		String district = blankToNull(request.districtCode());
		boolean showName = user.isPresent() && request.showName();
		jdbc.sql("INSERT INTO governance.forum_input (id, code, forum_id, kind, body, district_code, action_field_code, "
				+ "source, author_id, show_name, author_name, published, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, 'ONLINE', ?, ?, ?, TRUE, ?)")
			.params(UUID.randomUUID(), code, forumId, request.kind().name(), text(request.body()),
					district == null ? forum.districtCode() : district, blankToNull(request.actionFieldCode()),
					user.map(PlatformUser::id).orElse(null), showName,
					showName ? user.get().getDisplayName() : null, Timestamp.from(now))
			.update();
		return code;
	}

	Optional<FieldProblem> bodyProblem(String field, @Nullable String body) {
		String text = text(body);
		if (text.isEmpty()) {
			return Optional.of(FieldProblem.of(field, "governance.input.body.required"));
		}
		if (text.length() > MAX_BODY) {
			return Optional.of(FieldProblem.of(field, "governance.input.body.too-long", MAX_BODY));
		}
		return Optional.empty();
	}

	Optional<FieldProblem> actionFieldProblem(String field, @Nullable String code) {
		if (code != null && !code.isBlank() && region.actionField(code).isEmpty()) {
			return Optional.of(FieldProblem.of(field, "governance.input.action-field.unknown"));
		}
		return Optional.empty();
	}

	/** A moment as the messages name it: local time in Europe/Berlin. */
	static String moment(Instant instant) {
		return MOMENT.format(instant.atZone(ZONE));
	}

	/** A forum's published inputs, ordered by kind, optionally of one action field. */
	@Transactional(readOnly = true)
	public PageOf<InputView> published(UUID forumId, @Nullable String actionFieldCode, int page, int size) {
		String field = blankToNull(actionFieldCode);
		long total = jdbc.sql("SELECT count(*) FROM governance.forum_input WHERE forum_id = ? AND published "
				+ "AND (CAST(? AS VARCHAR) IS NULL OR action_field_code = ?)")
			.params(forumId, field, field)
			.query(Long.class)
			.single();
		int shown = PageOf.clamp(page, size, total);
		List<InputView> items = jdbc.sql(INPUT_SELECT + "WHERE i.forum_id = ? AND i.published "
				+ "AND (CAST(? AS VARCHAR) IS NULL OR i.action_field_code = ?) "
				+ "ORDER BY " + KIND_ORDER + ", i.created_at, i.code LIMIT ? OFFSET ?")
			.params(forumId, field, field, size, (long) shown * size)
			.query(Forums::input)
			.list();
		return new PageOf<>(items, shown, size, total);
	}

	/** Published inputs by district and action field ({@code ""} for inputs without an action field). */
	@Transactional(readOnly = true)
	public Map<String, Map<String, Long>> overview() {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT coalesce(i.district_code, f.district_code) AS district, coalesce(i.action_field_code, '') AS field, "
				+ "count(*) AS n FROM governance.forum_input i JOIN governance.forum f ON f.id = i.forum_id "
				+ "WHERE i.published GROUP BY 1, 2")
			.query((rs, n) -> counts.computeIfAbsent(rs.getString("district"), k -> new LinkedHashMap<>())
				.put(rs.getString("field"), rs.getLong("n")))
			.list();
		return counts;
	}

	/**
	 * What became of the input with this code: its topic, the decisions and where they led. Empty for an
	 * unknown code; an unpublished paper card comes without anything but its code.
	 */
	@Transactional(readOnly = true)
	public Optional<CardView> card(String typedCode) {
		String code = InputCodes.normalise(typedCode);
		Optional<InputView> found = jdbc.sql(INPUT_SELECT + "WHERE i.code = ?").param(code).query(Forums::input).optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		InputView input = found.get();
		ForumView forum = forum(input.forumId()).orElseThrow();
		if (!input.published()) {
			return Optional.of(new CardView(input, forum, null, 0, null, null, List.of(), List.of()));
		}
		TopicView topic = input.topicId() == null ? null : topic(input.topicId()).orElse(null);
		return Optional.of(new CardView(input, forum, topic, topic == null ? 0 : Math.max(0, topic.inputs() - 1),
				decisions.of(ContributionKind.INPUT, input.id()).orElse(null),
				topic == null ? null : decisions.of(ContributionKind.TOPIC, topic.id()).orElse(null),
				targets(ContributionKind.INPUT, input.id()), topic == null ? List.of() : targets(ContributionKind.TOPIC, topic.id())));
	}

	/** Where a contribution led: its proposals and charter sections with their addresses. */
	@Transactional(readOnly = true)
	public List<LinkTarget> targets(ContributionKind kind, UUID id) {
		List<LinkTarget> targets = new ArrayList<>();
		Map<UUID, String> anchors = null;
		for (Links.Link link : links.from(kind, id)) {
			if (link.targetKind() == ContributionKind.PROPOSAL) {
				jdbc.sql("SELECT p.code, v.number FROM governance.proposal p JOIN governance.charter_version v "
						+ "ON v.id = p.version_id WHERE p.id = ?")
					.param(link.targetId())
					.query((rs, n) -> new LinkTarget(false, rs.getString("code"),
							"/charta/vorschlaege/" + rs.getString("code"), rs.getString("number")))
					.optional()
					.ifPresent(targets::add);
			}
			else if (link.targetKind() == ContributionKind.SECTION && link.targetVersionId() != null) {
				if (anchors == null) {
					anchors = charter.anchors();
				}
				String anchor = anchors.get(link.targetId());
				Optional<VersionSummary> version = charter.version(link.targetVersionId());
				Optional<SectionView> section = charter.section(link.targetVersionId(), link.targetId());
				if (anchor != null && version.isPresent() && section.isPresent()) {
					targets.add(new LinkTarget(true, section.get().number() + " " + section.get().heading(),
							"/charta/" + version.get().number() + "#" + anchor, version.get().number()));
				}
			}
		}
		return targets;
	}

	@Transactional(readOnly = true)
	public Optional<TopicView> topic(UUID id) {
		return jdbc.sql(TOPIC_SELECT + "WHERE t.id = ?").param(id).query(Forums::topic).optional();
	}

	// ---- rows

	static final String INPUT_SELECT = "SELECT i.*, t.title AS topic_title, d.code AS duplicate_code "
			+ "FROM governance.forum_input i LEFT JOIN governance.topic t ON t.id = i.topic_id "
			+ "LEFT JOIN governance.forum_input d ON d.id = i.duplicate_of ";

	static final String KIND_ORDER = "CASE i.kind WHEN 'THEME' THEN 0 WHEN 'NEED' THEN 1 WHEN 'WISH' THEN 2 ELSE 3 END";

	static final String TOPIC_SELECT = "SELECT t.*, (SELECT count(*) FROM governance.forum_input i "
			+ "WHERE i.topic_id = t.id AND i.published) AS inputs FROM governance.topic t ";

	static ForumView forum(ResultSet rs, int row) throws SQLException {
		return new ForumView(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("district_code"),
				rs.getString("place"), rs.getObject("held_on", java.time.LocalDate.class),
				rs.getTimestamp("input_from").toInstant(), rs.getTimestamp("input_to").toInstant(),
				rs.getString("description"), rs.getLong("published"));
	}

	static InputView input(ResultSet rs, int row) throws SQLException {
		return new InputView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getObject("forum_id", UUID.class),
				InputKind.valueOf(rs.getString("kind")), rs.getString("body"), rs.getString("district_code"),
				rs.getString("action_field_code"), "PAPER".equals(rs.getString("source")),
				rs.getBoolean("show_name") ? rs.getString("author_name") : null, rs.getBoolean("published"),
				rs.getObject("topic_id", UUID.class), rs.getString("topic_title"), rs.getString("duplicate_code"),
				rs.getTimestamp("created_at").toInstant());
	}

	static TopicView topic(ResultSet rs, int row) throws SQLException {
		return new TopicView(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				rs.getString("action_field_code"), rs.getLong("inputs"));
	}

	static String text(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
