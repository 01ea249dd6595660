package de.itas.platform.networking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.itas.platform.accounts.Accounts;
import de.itas.platform.networking.DiscussionViews.DecisionNote;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The parts of moderation every writing path needs: the watched words, whether a person is muted, the log, the
 * moderators who are told of reports, and reports the system files itself. Kept apart from {@link Moderation}
 * so that the kinds of item can use it without depending on the queue that depends on them.
 */
@Component
class ModerationStore {

	/** The kind the discussions register with moderation. */
	static final String DISCUSSION_POST = "discussion-post";

	private final JdbcClient jdbc;
	private final Notifications notifications;
	private final Accounts accounts;
	private final Clock clock;

	ModerationStore(JdbcClient jdbc, Notifications notifications, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.accounts = accounts;
		this.clock = clock;
	}

	static boolean isModerator(Set<Role> roles) {
		return roles.contains(Role.COORDINATOR) || roles.contains(Role.ADMIN);
	}

	static boolean isModerator() {
		return isModerator(CurrentUser.roles());
	}

	// ---- watched words

	List<WatchedWords.Word> words() {
		return jdbc.sql("SELECT id, phrase, action FROM networking.moderation_watched_word ORDER BY lower(phrase)")
			.query((rs, n) -> new WatchedWords.Word(rs.getObject("id", UUID.class), rs.getString("phrase"),
					WatchedWordAction.valueOf(rs.getString("action"))))
			.list();
	}

	// ---- muting

	/** The end of the person's muting (today or later), {@link LocalDate#MAX} when permanent; empty if not muted. */
	Optional<LocalDate> mutedUntil(UUID person) {
		LocalDate today = LocalDate.now(clock.withZone(Moderation.ZONE));
		return jdbc.sql("SELECT until FROM networking.moderation_mute WHERE account_id = ? "
				+ "AND (until IS NULL OR until >= ?)")
			.params(person, today)
			.query((rs, n) -> {
				LocalDate until = rs.getObject("until", LocalDate.class);
				return until == null ? LocalDate.MAX : until;
			})
			.optional();
	}

	/** Refuses writing of a muted person, naming the end of the muting. */
	void refuseIfMuted(UUID person, @Nullable String field) {
		Optional<LocalDate> until = mutedUntil(person);
		if (until.isPresent()) {
			throw new FieldProblems(until.get().equals(LocalDate.MAX)
					? FieldProblem.of(field, "networking.moderation.muted.permanent")
					: FieldProblem.of(field, "networking.moderation.muted.until",
							Moderation.DATE.format(until.get())));
		}
	}

	// ---- moderators

	/**
	 * Everybody told of a new report or appeal: the holders of the moderators' roles ({@link #isModerator(Set)}),
	 * asked from the accounts at the moment of telling so that a new coordinator hears of reports at once and a
	 * disabled one no longer does.
	 */
	Set<UUID> moderators() {
		Set<UUID> ids = new LinkedHashSet<>(accounts.holdersOf(Role.COORDINATOR));
		ids.addAll(accounts.holdersOf(Role.ADMIN));
		return ids;
	}

	/** Files a report and tells every moderator; a system report has no reporter. */
	UUID report(String kind, UUID itemId, @Nullable PlatformUser reporter, ReportCategory category, String reason,
			String title) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO networking.moderation_report (id, kind, item_id, reporter_id, reporter_name, system, "
				+ "category, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, kind, itemId, reporter == null ? null : reporter.id(),
					reporter == null ? null : reporter.getDisplayName(), reporter == null, category.name(), reason,
					Timestamp.from(clock.instant()))
			.update();
		log(reporter == null ? "SYSTEM_REPORT" : "REPORT", kind, itemId, null, category.name() + ": " + reason);
		for (UUID moderator : moderators()) {
			if (reporter == null || !moderator.equals(reporter.id())) {
				notifications.notify(Notification.to(moderator, DiscussionsNotifications.REPORT_RECEIVED,
						"networking.discussions.notification.report-received", "/moderation/" + kind + "/" + itemId, title));
			}
		}
		return id;
	}

	// ---- log

	/** Writes an entry of the moderation log as the signed-in person (the system when nobody is signed in). */
	void log(String action, @Nullable String kind, @Nullable UUID itemId, @Nullable UUID subject, String reasons) {
		PlatformUser actor = CurrentUser.get().orElse(null);
		jdbc.sql("INSERT INTO networking.moderation_log (at, actor_id, actor_name, action, kind, item_id, subject_id, "
				+ "reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(clock.instant()), actor == null ? null : actor.id(),
					actor == null ? null : actor.getDisplayName(), action, kind, itemId, subject, reasons)
			.update();
	}

	// ---- decisions as the author sees them

	/** The latest decision on the item, with whether it was appealed and how that ended. */
	Optional<DecisionNote> latestDecision(String kind, UUID itemId) {
		return jdbc.sql("SELECT d.id, d.action, d.rule, d.facts, d.created_at, a.id AS appeal_id, a.outcome "
				+ "FROM networking.moderation_decision d LEFT JOIN networking.moderation_appeal a ON a.decision_id = d.id "
				+ "WHERE d.kind = ? AND d.item_id = ? AND d.action <> 'DISMISS' ORDER BY d.created_at DESC LIMIT 1")
			.params(kind, itemId)
			.query((rs, n) -> new DecisionNote(rs.getObject("id", UUID.class), rs.getString("action"),
					rs.getString("rule"), rs.getString("facts"), rs.getTimestamp("created_at").toInstant(),
					rs.getObject("appeal_id") != null, rs.getString("outcome")))
			.optional();
	}

}
