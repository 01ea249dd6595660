package de.itas.platform.networking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.accounts.AccountSummary;
import de.itas.platform.accounts.Accounts;
import de.itas.platform.networking.ModerationViews.Action;
import de.itas.platform.networking.ModerationViews.Appeal;
import de.itas.platform.networking.ModerationViews.Decision;
import de.itas.platform.networking.ModerationViews.Item;
import de.itas.platform.networking.ModerationViews.ItemHistory;
import de.itas.platform.networking.ModerationViews.LogEntry;
import de.itas.platform.networking.ModerationViews.Mute;
import de.itas.platform.networking.ModerationViews.OpenAppeal;
import de.itas.platform.networking.ModerationViews.QueueEntry;
import de.itas.platform.networking.ModerationViews.Report;
import de.itas.platform.networking.ModerationViews.WatchedWord;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.Markdown;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.shared.web.PageOf;

/**
 * Moderation that explains itself, for every kind of item that implements {@link Moderatable}: members report an
 * item, moderators (coordination and admins) are told and decide with a statement of reasons that reaches the
 * author, the author may appeal once and a second moderator decides the appeal; watched words, muting and a log
 * of every action.
 */
@Service
@Transactional(readOnly = true)
public class Moderation {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	public static final int MAX_TEXT = 4000;

	public static final int PAGE_SIZE = 20;

	/** The rules of the discussion terms a decision can name ({@code /diskussionen/regeln#regel-n}). */
	public static final List<String> RULES = List.of("1", "2", "3", "4", "5", "6");

	private final Map<String, Moderatable> kinds;
	private final ModerationStore store;
	private final Discussions discussions;
	private final Notifications notifications;
	private final Accounts accounts;
	private final JdbcClient jdbc;
	private final Clock clock;

	Moderation(List<Moderatable> kinds, ModerationStore store, Discussions discussions, Notifications notifications,
			Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.kinds = kinds.stream().collect(Collectors.toUnmodifiableMap(Moderatable::kind, Function.identity()));
		this.store = store;
		this.discussions = discussions;
		this.notifications = notifications;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private Moderatable kind(String kind) {
		Moderatable moderatable = kinds.get(kind);
		if (moderatable == null) {
			throw new NotFoundException();
		}
		return moderatable;
	}

	private ModeratedContent content(String kind, UUID itemId) {
		return kind(kind).content(itemId).orElseThrow(NotFoundException::new);
	}

	private static Item item(ModeratedContent content) {
		return new Item(content.kind(), content.itemId(), content.authorId(), content.title(), content.text(),
				Markdown.toSafeHtml(content.text()), content.path(), content.hidden());
	}

	// ---- reports

	/** The item a member may report: one they can see; a 404 for unknown kinds, items and what they cannot see. */
	public Item reportable(String kind, UUID itemId) {
		ModeratedContent content = content(kind, itemId);
		boolean moderator = ModerationStore.isModerator();
		if (ModerationStore.DISCUSSION_POST.equals(kind) && discussions.post(itemId).isEmpty()) {
			throw new NotFoundException();
		}
		if (content.hidden() && !moderator) {
			throw new NotFoundException();
		}
		return item(content);
	}

	/**
	 * Reports an item as the signed-in person; every moderator is told.
	 *
	 * @throws FieldProblems on {@code category}, {@code reason}; form-wide when the person is muted or reported the
	 *         item already
	 */
	@Transactional
	public void report(String kind, UUID itemId, @Nullable ReportCategory category, @Nullable String reason) {
		Item item = reportable(kind, itemId);
		PlatformUser reporter = CurrentUser.get().orElseThrow(NotFoundException::new);
		store.refuseIfMuted(reporter.id(), null);
		List<FieldProblem> problems = new ArrayList<>();
		if (category == null || category == ReportCategory.WATCHED_WORD) {
			problems.add(FieldProblem.of("category", "networking.moderation.report.category.required"));
		}
		textProblem("reason", reason, "networking.moderation.report.reason").ifPresent(problems::add);
		FieldProblems.throwIfAny(problems);
		if (jdbc.sql("SELECT count(*) FROM networking.moderation_report WHERE kind = ? AND item_id = ? AND reporter_id = ? "
				+ "AND closed_at IS NULL").params(kind, itemId, reporter.id()).query(Long.class).single() > 0) {
			throw new FieldProblems(FieldProblem.ofForm("networking.moderation.report.twice"));
		}
		store.report(kind, itemId, reporter, category, reason.strip(), item.title());
	}

	private static Optional<FieldProblem> textProblem(String field, @Nullable String text, String key) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty()) {
			return Optional.of(FieldProblem.of(field, key + ".required"));
		}
		if (stripped.length() > MAX_TEXT) {
			return Optional.of(FieldProblem.of(field, key + ".too-long", MAX_TEXT));
		}
		return Optional.empty();
	}

	/** Items with open reports, the longest waiting first. */
	public PageOf<QueueEntry> queue(int page) {
		Discussions.requireModerator();
		long total = jdbc.sql("SELECT count(DISTINCT (kind, item_id)) FROM networking.moderation_report WHERE closed_at IS NULL")
			.query(Long.class).single();
		int shown = PageOf.clamp(page, PAGE_SIZE, total);
		record Row(String kind, UUID itemId, long reports, java.time.Instant since, boolean system) {
		}
		List<Row> rows = jdbc.sql("SELECT kind, item_id, count(*) AS reports, min(created_at) AS since, bool_and(system) AS system "
				+ "FROM networking.moderation_report WHERE closed_at IS NULL GROUP BY kind, item_id "
				+ "ORDER BY min(created_at), item_id LIMIT ? OFFSET ?")
			.params(PAGE_SIZE, (long) shown * PAGE_SIZE)
			.query((rs, n) -> new Row(rs.getString("kind"), rs.getObject("item_id", UUID.class), rs.getLong("reports"),
					rs.getTimestamp("since").toInstant(), rs.getBoolean("system")))
			.list();
		List<QueueEntry> items = new ArrayList<>();
		for (Row row : rows) {
			Moderatable moderatable = kinds.get(row.kind());
			Optional<ModeratedContent> content = moderatable == null ? Optional.empty() : moderatable.content(row.itemId());
			content.ifPresent(found -> items.add(new QueueEntry(item(found), row.reports(), row.since(), row.system())));
		}
		return new PageOf<>(items, shown, PAGE_SIZE, total);
	}

	/** Appeals waiting for a second moderator, the oldest first. */
	public List<OpenAppeal> openAppeals() {
		Discussions.requireModerator();
		return jdbc.sql(APPEAL_SELECT + "WHERE a.outcome IS NULL ORDER BY a.created_at").query(Moderation::appeal).list()
			.stream()
			.map(appeal -> new OpenAppeal(appeal, Optional.ofNullable(kinds.get(appeal.kind()))
				.flatMap(kind -> kind.content(appeal.itemId()))
				.map(ModeratedContent::title)
				.orElse("")))
			.toList();
	}

	/** An item with all its reports and decisions (moderators only). */
	public ItemHistory history(String kind, UUID itemId) {
		Discussions.requireModerator();
		Item item = item(content(kind, itemId));
		List<Report> reports = jdbc.sql("SELECT * FROM networking.moderation_report WHERE kind = ? AND item_id = ? "
				+ "ORDER BY created_at")
			.params(kind, itemId)
			.query((rs, n) -> new Report(rs.getObject("id", UUID.class), rs.getString("reporter_name"),
					rs.getBoolean("system"), ReportCategory.valueOf(rs.getString("category")), rs.getString("reason"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant()))
			.list();
		return new ItemHistory(item, reports, decisions(kind, itemId));
	}

	private List<Decision> decisions(String kind, UUID itemId) {
		return jdbc.sql("SELECT * FROM networking.moderation_decision WHERE kind = ? AND item_id = ? ORDER BY created_at DESC")
			.params(kind, itemId)
			.query(this::decision)
			.list();
	}

	/**
	 * Decides on an item with a statement of reasons: the facts, the rule it breaks (for hiding and editing) and
	 * the moderator's text (for editing). The open reports close; the author and the reporters are told.
	 *
	 * @throws FieldProblems on {@code action}, {@code rule}, {@code facts}, {@code text}
	 */
	@Transactional
	public UUID decide(String kind, UUID itemId, @Nullable Action action, @Nullable String rule, @Nullable String facts,
			@Nullable String text) {
		Discussions.requireModerator();
		ModeratedContent content = content(kind, itemId);
		PlatformUser moderator = CurrentUser.get().orElseThrow();
		List<FieldProblem> problems = new ArrayList<>();
		if (action == null) {
			problems.add(FieldProblem.of("action", "networking.moderation.decide.action.required"));
		}
		boolean breaksRule = action == Action.HIDE || action == Action.EDIT;
		if (breaksRule && (rule == null || !RULES.contains(rule))) {
			problems.add(FieldProblem.of("rule", "networking.moderation.decide.rule.required"));
		}
		textProblem("facts", facts, "networking.moderation.decide.facts").ifPresent(problems::add);
		if (action == Action.EDIT) {
			textProblem("text", text, "networking.moderation.decide.text").ifPresent(problems::add);
		}
		FieldProblems.throwIfAny(problems);
		Moderatable moderatable = kind(kind);
		switch (action) {
			case HIDE -> moderatable.setHidden(itemId, true);
			case EDIT -> moderatable.replaceText(itemId, text.strip());
			case RELEASE -> moderatable.setHidden(itemId, false);
			case DISMISS -> {
				// a post held by a watched word that breaks no rule is shown
				if (content.hidden() && latestAction(kind, itemId).filter(Action.HIDE::equals).isEmpty()) {
					moderatable.setHidden(itemId, false);
				}
			}
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO networking.moderation_decision (id, kind, item_id, author_id, action, rule, facts, "
				+ "previous_text, new_text, moderator_id, moderator_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, kind, itemId, content.authorId(), action.name(), breaksRule ? rule : null, facts.strip(),
					action == Action.EDIT ? content.text() : null, action == Action.EDIT ? text.strip() : null,
					moderator.id(), moderator.getDisplayName(), Timestamp.from(clock.instant()))
			.update();
		store.log("DECISION_" + action.name(), kind, itemId, content.authorId(),
				(breaksRule ? "Regel " + rule + ": " : "") + facts.strip()
						+ (action == Action.EDIT ? "\n---\n" + content.text() + "\n---\n" + text.strip() : ""));
		List<UUID> reporters = jdbc.sql("SELECT DISTINCT reporter_id FROM networking.moderation_report WHERE kind = ? "
				+ "AND item_id = ? AND closed_at IS NULL AND reporter_id IS NOT NULL")
			.params(kind, itemId).query(UUID.class).list();
		jdbc.sql("UPDATE networking.moderation_report SET closed_at = ? WHERE kind = ? AND item_id = ? AND closed_at IS NULL")
			.params(Timestamp.from(clock.instant()), kind, itemId).update();
		if (content.authorId() != null && action != Action.DISMISS) {
			// the statement of reasons itself goes into the notification (and so into its mail), not only a link
			notifications.notify(Notification.to(content.authorId(), DiscussionsNotifications.DECISION,
					"networking.discussions.notification.decision." + action.name().toLowerCase(java.util.Locale.ROOT),
					content.path(), content.title(), shortened(facts.strip())));
		}
		for (UUID reporter : reporters) {
			if (!reporter.equals(content.authorId())) {
				notifications.notify(Notification.to(reporter, DiscussionsNotifications.DECISION,
						"networking.discussions.notification.report-outcome." + action.name().toLowerCase(java.util.Locale.ROOT),
						"/diskussionen", content.title()));
			}
		}
		return id;
	}

	/** A statement of reasons short enough for a line in the notification list; the item's page has it whole. */
	private static String shortened(String text) {
		return text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH - 1).stripTrailing() + "…";
	}

	private static final int NOTE_LENGTH = 240;

	private Optional<Action> latestAction(String kind, UUID itemId) {
		return jdbc.sql("SELECT action FROM networking.moderation_decision WHERE kind = ? AND item_id = ? "
				+ "ORDER BY created_at DESC LIMIT 1")
			.params(kind, itemId).query(String.class).optional().map(Action::valueOf);
	}

	/**
	 * The latest decision on an item as its author sees it: the statement of reasons and the way to appeal, shown
	 * where the author's notification leads. Empty for everybody else (moderators read the item's history) and for
	 * items nobody decided on.
	 */
	public Optional<DiscussionViews.DecisionNote> decisionForAuthor(String kind, UUID itemId) {
		Optional<UUID> me = CurrentUser.get().map(PlatformUser::id);
		Optional<ModeratedContent> content = kinds.containsKey(kind) ? kinds.get(kind).content(itemId) : Optional.empty();
		if (me.isEmpty() || content.isEmpty() || !me.get().equals(content.get().authorId())) {
			return Optional.empty();
		}
		return store.latestDecision(kind, itemId);
	}

	// ---- appeals

	/** The decision the signed-in author may appeal; a 404 for anybody else. */
	public Decision appealable(UUID decisionId) {
		PlatformUser author = CurrentUser.get().orElseThrow(NotFoundException::new);
		Decision decision = jdbc.sql("SELECT * FROM networking.moderation_decision WHERE id = ? AND author_id = ?")
			.params(decisionId, author.id())
			.query(this::decision)
			.optional()
			.orElseThrow(NotFoundException::new);
		return decision;
	}

	/**
	 * The author's one appeal against a decision to hide or edit their item. Answers the item's path, where the
	 * author sees that the appeal is under review.
	 *
	 * @throws FieldProblems on {@code text}; form-wide when the decision was appealed already or cannot be
	 */
	@Transactional
	public String appeal(UUID decisionId, @Nullable String text) {
		Decision decision = appealable(decisionId);
		if (decision.appeal() != null) {
			throw new FieldProblems(FieldProblem.ofForm("networking.moderation.appeal.twice"));
		}
		if (decision.action() != Action.HIDE && decision.action() != Action.EDIT) {
			throw new FieldProblems(FieldProblem.ofForm("networking.moderation.appeal.not-appealable"));
		}
		Optional<FieldProblem> problem = textProblem("text", text, "networking.moderation.appeal.text");
		if (problem.isPresent()) {
			throw new FieldProblems(problem.get());
		}
		String kind = jdbc.sql("SELECT kind FROM networking.moderation_decision WHERE id = ?").param(decisionId)
			.query(String.class).single();
		UUID itemId = jdbc.sql("SELECT item_id FROM networking.moderation_decision WHERE id = ?").param(decisionId)
			.query(UUID.class).single();
		jdbc.sql("INSERT INTO networking.moderation_appeal (id, decision_id, decision_moderator_id, author_id, text, "
				+ "created_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), decisionId, decision.moderatorId(), CurrentUser.get().orElseThrow().id(),
					text.strip(), Timestamp.from(clock.instant()))
			.update();
		store.log("APPEAL", kind, itemId, null, text.strip());
		String title = kind(kind).content(itemId).map(ModeratedContent::title).orElse("");
		for (UUID moderator : store.moderators()) {
			if (!moderator.equals(decision.moderatorId())) {
				notifications.notify(Notification.to(moderator, DiscussionsNotifications.REPORT_RECEIVED,
						"networking.discussions.notification.appeal-received", "/moderation/" + kind + "/" + itemId, title));
			}
		}
		return kind(kind).content(itemId).map(ModeratedContent::path).orElse("/diskussionen");
	}

	/**
	 * A second moderator decides an appeal: confirms the decision or reverses it (the item is shown again, or its
	 * text restored). The moderator who made the decision may not (the database refuses it as well).
	 *
	 * @throws FieldProblems on {@code outcome}, {@code reasons}; form-wide for the deciding moderator
	 */
	@Transactional
	public void decideAppeal(UUID appealId, @Nullable String outcome, @Nullable String reasons) {
		Discussions.requireModerator();
		Appeal appeal = jdbc.sql(APPEAL_SELECT + "WHERE a.id = ?").param(appealId).query(Moderation::appeal).optional()
			.orElseThrow(NotFoundException::new);
		Decision decision = jdbc.sql("SELECT * FROM networking.moderation_decision WHERE id = ?")
			.param(appeal.decisionId()).query(this::decision).single();
		PlatformUser moderator = CurrentUser.get().orElseThrow();
		if (decision.moderatorId().equals(moderator.id())) {
			throw new FieldProblems(FieldProblem.ofForm("networking.moderation.appeal.same-moderator"));
		}
		if (!appeal.open()) {
			throw new FieldProblems(FieldProblem.ofForm("networking.moderation.appeal.decided"));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (!"CONFIRMED".equals(outcome) && !"REVERSED".equals(outcome)) {
			problems.add(FieldProblem.of("outcome", "networking.moderation.appeal.outcome.required"));
		}
		textProblem("reasons", reasons, "networking.moderation.appeal.reasons").ifPresent(problems::add);
		FieldProblems.throwIfAny(problems);
		jdbc.sql("UPDATE networking.moderation_appeal SET outcome = ?, reasons = ?, decided_by = ?, decided_at = ? "
				+ "WHERE id = ?")
			.params(outcome, reasons.strip(), moderator.id(), Timestamp.from(clock.instant()), appealId)
			.update();
		Moderatable moderatable = kind(appeal.kind());
		if ("REVERSED".equals(outcome)) {
			if (decision.action() == Action.HIDE) {
				moderatable.setHidden(appeal.itemId(), false);
			}
			else if (decision.action() == Action.EDIT && decision.previousText() != null) {
				moderatable.replaceText(appeal.itemId(), decision.previousText());
			}
		}
		ModeratedContent content = content(appeal.kind(), appeal.itemId());
		store.log("APPEAL_" + outcome, appeal.kind(), appeal.itemId(), content.authorId(), reasons.strip());
		if (content.authorId() != null) {
			notifications.notify(Notification.to(content.authorId(), DiscussionsNotifications.DECISION,
					"networking.discussions.notification.appeal." + outcome.toLowerCase(java.util.Locale.ROOT), content.path(),
					content.title()));
		}
	}

	public Appeal appealOf(UUID appealId) {
		Discussions.requireModerator();
		return jdbc.sql(APPEAL_SELECT + "WHERE a.id = ?").param(appealId).query(Moderation::appeal).optional()
			.orElseThrow(NotFoundException::new);
	}

	// ---- watched words

	public List<WatchedWord> watchedWords() {
		Discussions.requireModerator();
		return jdbc.sql("SELECT * FROM networking.moderation_watched_word ORDER BY lower(phrase)")
			.query((rs, n) -> new WatchedWord(rs.getObject("id", UUID.class), rs.getString("phrase"),
					WatchedWordAction.valueOf(rs.getString("action")), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * Adds a watched word or phrase.
	 *
	 * @throws FieldProblems on {@code phrase}, {@code action}
	 */
	@Transactional
	public void addWord(@Nullable String phrase, @Nullable WatchedWordAction action) {
		Discussions.requireModerator();
		String text = phrase == null ? "" : phrase.strip().replaceAll("\\s+", " ");
		List<FieldProblem> problems = new ArrayList<>();
		if (text.isEmpty()) {
			problems.add(FieldProblem.of("phrase", "networking.moderation.words.phrase.required"));
		}
		else if (text.length() > 200) {
			problems.add(FieldProblem.of("phrase", "networking.moderation.words.phrase.too-long", 200));
		}
		else if (jdbc.sql("SELECT count(*) FROM networking.moderation_watched_word WHERE lower(phrase) = lower(?)")
			.param(text).query(Long.class).single() > 0) {
			problems.add(FieldProblem.of("phrase", "networking.moderation.words.phrase.exists"));
		}
		if (action == null) {
			problems.add(FieldProblem.of("action", "networking.moderation.words.action.required"));
		}
		FieldProblems.throwIfAny(problems);
		jdbc.sql("INSERT INTO networking.moderation_watched_word (id, phrase, action, created_at) VALUES (?, ?, ?, ?)")
			.params(UUID.randomUUID(), text, action.name(), Timestamp.from(clock.instant()))
			.update();
		store.log("WORD_ADDED", null, null, null, text + " (" + action.name() + ")");
	}

	@Transactional
	public void removeWord(UUID id) {
		Discussions.requireModerator();
		String phrase = jdbc.sql("SELECT phrase || ' (' || action || ')' FROM networking.moderation_watched_word WHERE id = ?")
			.param(id).query(String.class).optional().orElseThrow(NotFoundException::new);
		jdbc.sql("DELETE FROM networking.moderation_watched_word WHERE id = ?").param(id).update();
		store.log("WORD_REMOVED", null, null, null, phrase);
	}

	// ---- muting

	public List<Mute> mutes() {
		Discussions.requireModerator();
		return jdbc.sql("SELECT * FROM networking.moderation_mute ORDER BY created_at DESC")
			.query((rs, n) -> {
				UUID person = rs.getObject("account_id", UUID.class);
				return new Mute(person, name(person), rs.getObject("until", LocalDate.class), rs.getString("reason"),
						rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

	/**
	 * Mutes a person until the end of a day, or for good without a day; the person is told why.
	 *
	 * @throws FieldProblems on {@code until} (in the past), {@code reason}
	 */
	@Transactional
	public void mute(UUID person, @Nullable LocalDate until, @Nullable String reason) {
		Discussions.requireModerator();
		if (accounts.account(person).isEmpty()) {
			throw new NotFoundException();
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (until != null && until.isBefore(LocalDate.now(clock.withZone(ZONE)))) {
			problems.add(FieldProblem.of("until", "networking.moderation.mute.until.past"));
		}
		textProblem("reason", reason, "networking.moderation.mute.reason").ifPresent(problems::add);
		FieldProblems.throwIfAny(problems);
		jdbc.sql("INSERT INTO networking.moderation_mute (account_id, until, reason, muted_by, created_at) "
				+ "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET until = EXCLUDED.until, "
				+ "reason = EXCLUDED.reason, muted_by = EXCLUDED.muted_by, created_at = EXCLUDED.created_at")
			.params(person, until, reason.strip(), CurrentUser.get().orElseThrow().id(), Timestamp.from(clock.instant()))
			.update();
		store.log("MUTE", null, null, person, (until == null ? "dauerhaft" : "bis " + DATE.format(until)) + ": "
				+ reason.strip());
		notifications.notify(until == null
				? Notification.to(person, DiscussionsNotifications.DECISION, "networking.discussions.notification.muted.permanent",
						"/diskussionen/regeln")
				: Notification.to(person, DiscussionsNotifications.DECISION, "networking.discussions.notification.muted.until",
						"/diskussionen/regeln", DATE.format(until)));
	}

	@Transactional
	public void unmute(UUID person) {
		Discussions.requireModerator();
		if (jdbc.sql("DELETE FROM networking.moderation_mute WHERE account_id = ?").param(person).update() > 0) {
			store.log("UNMUTE", null, null, person, "");
			notifications.notify(Notification.to(person, DiscussionsNotifications.DECISION,
					"networking.discussions.notification.unmuted", "/diskussionen"));
		}
	}

	public String name(UUID person) {
		return accounts.account(person).map(AccountSummary::displayName).orElse("—");
	}

	// ---- log

	public PageOf<LogEntry> log(int page) {
		Discussions.requireModerator();
		long total = jdbc.sql("SELECT count(*) FROM networking.moderation_log").query(Long.class).single();
		int shown = PageOf.clamp(page, PAGE_SIZE, total);
		List<LogEntry> items = jdbc.sql("SELECT * FROM networking.moderation_log ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
			.params(PAGE_SIZE, (long) shown * PAGE_SIZE)
			.query((rs, n) -> new LogEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
					rs.getString("action"), rs.getString("kind"), rs.getObject("item_id", UUID.class),
					rs.getString("reasons")))
			.list();
		return new PageOf<>(items, shown, PAGE_SIZE, total);
	}

	// ---- rows

	private static final String APPEAL_SELECT = "SELECT a.*, d.kind, d.item_id FROM networking.moderation_appeal a "
			+ "JOIN networking.moderation_decision d ON d.id = a.decision_id ";

	private static Appeal appeal(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Appeal(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class), rs.getString("kind"),
				rs.getObject("item_id", UUID.class), rs.getString("text"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("outcome"), rs.getString("reasons"), decided == null ? null : decided.toInstant());
	}

	private Decision decision(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Appeal appeal = jdbc.sql(APPEAL_SELECT + "WHERE a.decision_id = ?").param(id).query(Moderation::appeal)
			.optional().orElse(null);
		return new Decision(id, Action.valueOf(rs.getString("action")), rs.getString("rule"), rs.getString("facts"),
				rs.getString("previous_text"), rs.getString("new_text"), rs.getObject("moderator_id", UUID.class),
				rs.getString("moderator_name"), rs.getTimestamp("created_at").toInstant(), appeal);
	}

	/** Everybody told of reports (for the tests and the start page). */
	Set<UUID> moderators() {
		return new LinkedHashSet<>(store.moderators());
	}

}
