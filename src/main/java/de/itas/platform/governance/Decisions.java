package de.itas.platform.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
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

/**
 * The coordination's decisions on contributions, one per contribution (a new one replaces the old, which is
 * kept in the history). The contributor is told through the kernel's notifications: an entry on their page
 * in the same transaction and a mail after the commit.
 */
@Service
public class Decisions {

	/** Longest reason accepted. */
	public static final int MAX_REASON = 4000;

	private final JdbcClient jdbc;
	private final Notifications notifications;
	private final Clock clock;

	Decisions(JdbcClient jdbc, Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Records the decision on a contribution.
	 *
	 * @param contributor the account to tell, if the contribution has one
	 * @param link the page of the contribution ("what became of it?")
	 * @param title short text that names the contribution in the notification (no other person's name)
	 * @throws FieldProblems on field {@code reason} (missing or too long), {@code mergedInto} (MERGED without
	 *         target, or a target given for another outcome)
	 */
	@Transactional
	public DecisionView decide(ContributionKind kind, UUID contributionId, Outcome outcome, @Nullable String reason,
			@Nullable ContributionKind mergedIntoKind, @Nullable UUID mergedIntoId, UUID decidedBy,
			@Nullable UUID contributor, String link, String title) {
		String text = reason == null ? "" : reason.strip();
		FieldProblems.throwIfAny(problems(outcome, text, mergedIntoKind, mergedIntoId, kind, contributionId));
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO governance.decision_history (contribution_kind, contribution_id, outcome, reason, decided_by,
				    decided_at, replaced_at)
				SELECT contribution_kind, contribution_id, outcome, reason, decided_by, decided_at, ?
				FROM governance.decision WHERE contribution_kind = ? AND contribution_id = ?""")
			.params(Timestamp.from(now), kind.name(), contributionId)
			.update();
		jdbc.sql("""
				INSERT INTO governance.decision (contribution_kind, contribution_id, outcome, reason, merged_into_kind,
				    merged_into_id, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (contribution_kind, contribution_id) DO UPDATE SET outcome = EXCLUDED.outcome,
				    reason = EXCLUDED.reason, merged_into_kind = EXCLUDED.merged_into_kind,
				    merged_into_id = EXCLUDED.merged_into_id, decided_by = EXCLUDED.decided_by,
				    decided_at = EXCLUDED.decided_at""")
			.params(kind.name(), contributionId, outcome.name(), text,
					mergedIntoKind == null ? null : mergedIntoKind.name(), mergedIntoId, decidedBy, Timestamp.from(now))
			.update();
		if (contributor != null) {
			notifications.notify(Notification.to(contributor, GovernanceNotifications.DECISION,
					"governance.notification.decision", link, title)
				.withMail("governance.mail.decision.subject", "governance/decision",
						Map.of("title", title, "outcome", outcome.messageKey(), "reason", text, "link", link)));
		}
		return new DecisionView(kind, contributionId, outcome, text, mergedIntoKind, mergedIntoId, decidedBy, now);
	}

	private static List<FieldProblem> problems(Outcome outcome, String reason, @Nullable ContributionKind mergedIntoKind,
			@Nullable UUID mergedIntoId, ContributionKind kind, UUID contributionId) {
		java.util.ArrayList<FieldProblem> problems = new java.util.ArrayList<>();
		if (reason.isEmpty()) {
			problems.add(FieldProblem.of("reason", "governance.decision.reason.required"));
		}
		else if (reason.length() > MAX_REASON) {
			problems.add(FieldProblem.of("reason", "governance.decision.reason.too-long", MAX_REASON));
		}
		boolean merged = outcome == Outcome.MERGED;
		if (merged && (mergedIntoKind == null || mergedIntoId == null)) {
			problems.add(FieldProblem.of("mergedInto", "governance.decision.merged-into.required"));
		}
		else if (!merged && mergedIntoId != null) {
			problems.add(FieldProblem.of("mergedInto", "governance.decision.merged-into.only-merged"));
		}
		else if (merged && mergedIntoKind == kind && contributionId.equals(mergedIntoId)) {
			problems.add(FieldProblem.of("mergedInto", "governance.decision.merged-into.itself"));
		}
		return problems;
	}

	/** The decision on one contribution, if there is one. */
	@Transactional(readOnly = true)
	public Optional<DecisionView> of(ContributionKind kind, UUID contributionId) {
		return jdbc.sql("SELECT * FROM governance.decision WHERE contribution_kind = ? AND contribution_id = ?")
			.params(kind.name(), contributionId)
			.query(Decisions::view)
			.optional();
	}

	/** The decisions on the given contributions of one kind. */
	@Transactional(readOnly = true)
	public Map<UUID, DecisionView> of(ContributionKind kind, Collection<UUID> contributionIds) {
		if (contributionIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT * FROM governance.decision WHERE contribution_kind = ? AND contribution_id = ANY(?)")
			.params(kind.name(), contributionIds.toArray(UUID[]::new))
			.query(Decisions::view)
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(DecisionView::contributionId, d -> d));
	}

	static DecisionView view(ResultSet rs, int row) throws SQLException {
		String mergedKind = rs.getString("merged_into_kind");
		return new DecisionView(ContributionKind.valueOf(rs.getString("contribution_kind")),
				rs.getObject("contribution_id", UUID.class), Outcome.valueOf(rs.getString("outcome")),
				rs.getString("reason"), mergedKind == null ? null : ContributionKind.valueOf(mergedKind),
				rs.getObject("merged_into_id", UUID.class), rs.getObject("decided_by", UUID.class),
				rs.getTimestamp("decided_at").toInstant());
	}

}
