package de.itas.platform.helpdesk;

import static de.itas.platform.helpdesk.CaseStatus.ASSIGNED;
import static de.itas.platform.helpdesk.CaseStatus.CLOSED;
import static de.itas.platform.helpdesk.CaseStatus.IN_PROGRESS;
import static de.itas.platform.helpdesk.CaseStatus.NEW;
import static de.itas.platform.helpdesk.CaseStatus.RECOMMENDATION_SENT;
import static de.itas.platform.helpdesk.CaseStatus.WAITING_FOR_FEEDBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.itas.platform.shared.web.FieldProblems;

/** The case workflow as the case guards it: which step is allowed, what it changes and what it records. */
class WorkflowUnitTests {

	static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
	static final Inquiry.Actor ADVISOR = new Inquiry.Actor(UUID.randomUUID(), "Anna Beraterin");
	static final Inquiry.Actor COLLEAGUE = new Inquiry.Actor(UUID.randomUUID(), "Bert Kollege");
	static final TeamSummary TEAM_A = new TeamSummary("team-a", "ihk", "Team A", null);
	static final TeamSummary TEAM_B = new TeamSummary("team-b", "aa", "Team B", null);

	/** A signed-in person's inquiry, routed to team A. */
	static Inquiry routed() {
		Inquiry inquiry = Inquiry.submit("HD-2026-1001",
				new Inquiry.Concern(Topic.OTHER, "zwickau", "Wir brauchen Unterstützung bei der Transformation.",
						ContactChannel.EMAIL, null),
				new Inquiry.Submitter(UUID.randomUUID(), "Firma Muster", "firma@example.org", null, "de"), null, T0);
		inquiry.route(new Route("ihk", TEAM_A.code(), null), T0);
		inquiry.saved(1, 0);
		return inquiry;
	}

	/** A case brought to {@code status} on the workflow's main path. */
	static Inquiry in(CaseStatus status) {
		Inquiry inquiry = routed();
		Instant at = T0.plus(Duration.ofHours(1));
		if (status == NEW) {
			return inquiry;
		}
		inquiry.assignTo(ADVISOR, ADVISOR, at);
		switch (status) {
			case IN_PROGRESS -> inquiry.changeStatus(IN_PROGRESS, null, ADVISOR, at);
			case WAITING_FOR_FEEDBACK, RECOMMENDATION_SENT -> {
				inquiry.changeStatus(IN_PROGRESS, null, ADVISOR, at);
				inquiry.changeStatus(status, null, ADVISOR, at);
			}
			case CLOSED -> inquiry.close(Outcome.RESOLVED, ADVISOR, at);
			default -> {
			}
		}
		inquiry.saved(inquiry.id(), inquiry.version() + 1);
		assertThat(inquiry.status()).isEqualTo(status);
		return inquiry;
	}

	@Test
	void theMainPathIsAllowedStepByStep() {
		Inquiry inquiry = routed();
		Instant now = T0.plus(Duration.ofDays(1));
		inquiry.assignTo(ADVISOR, ADVISOR, now);
		assertThat(inquiry.status()).isEqualTo(ASSIGNED);
		for (CaseStatus next : new CaseStatus[] { IN_PROGRESS, WAITING_FOR_FEEDBACK, RECOMMENDATION_SENT }) {
			inquiry.changeStatus(next, null, ADVISOR, now);
			assertThat(inquiry.status()).isEqualTo(next);
		}
		inquiry.close(Outcome.REFERRED, ADVISOR, now);
		assertThat(inquiry.status()).isEqualTo(CLOSED);
		assertThat(inquiry.outcome()).isEqualTo(Outcome.REFERRED);
		assertThat(inquiry.closedAt()).isEqualTo(now);
		assertThat(inquiry.recorded()).filteredOn(entry -> entry.kind() == CaseEvent.Kind.STATUS)
			.extracting(Inquiry.Entry::detail)
			.containsExactly("IN_PROGRESS", "WAITING_FOR_FEEDBACK", "RECOMMENDATION_SENT", "CLOSED:REFERRED");
	}

	@Test
	void skippingAheadIsRefusedAndChangesNothing() {
		assertRefused(in(NEW), IN_PROGRESS);
		assertRefused(in(NEW), RECOMMENDATION_SENT);
		assertRefused(in(ASSIGNED), RECOMMENDATION_SENT);
		assertRefused(in(ASSIGNED), WAITING_FOR_FEEDBACK);
	}

	@Test
	void noStatusFollowsItselfAndNothingGoesBackToNewThroughTheWorkflow() {
		for (CaseStatus status : CaseStatus.values()) {
			assertRefused(in(status), status);
			assertRefused(in(status), NEW);
			assertThat(Inquiry.next(status)).as("after %s", status).doesNotContain(status, NEW);
		}
	}

	@Test
	void everyOpenStatusCanBeClosedAndAClosedCaseOnlyReopens() {
		for (CaseStatus status : CaseStatus.values()) {
			if (status.open()) {
				Inquiry inquiry = in(status);
				inquiry.close(Outcome.WITHDRAWN, ADVISOR, T0.plus(Duration.ofDays(2)));
				assertThat(inquiry.status()).as("%s -> CLOSED", status).isEqualTo(CLOSED);
			}
		}
		assertThat(in(CLOSED).nextStatuses()).containsExactly(IN_PROGRESS);
		for (CaseStatus other : EnumSet.of(NEW, ASSIGNED, WAITING_FOR_FEEDBACK, RECOMMENDATION_SENT)) {
			assertRefused(in(CLOSED), other);
		}
	}

	@Test
	void reopeningForgetsTheOutcomeAndOnlyAClosedCaseReopens() {
		Inquiry inquiry = in(CLOSED);
		inquiry.reopen(COLLEAGUE, T0.plus(Duration.ofDays(3)));
		assertThat(inquiry.status()).isEqualTo(IN_PROGRESS);
		assertThat(inquiry.outcome()).isNull();
		assertThat(inquiry.closedAt()).isNull();
		assertThatThrownBy(() -> inquiry.reopen(COLLEAGUE, T0.plus(Duration.ofDays(3))))
			.isInstanceOf(TransitionNotAllowedException.class);
	}

	@Test
	void closingNeedsAnOutcome() {
		Inquiry inquiry = in(IN_PROGRESS);
		assertThatThrownBy(() -> inquiry.changeStatus(CLOSED, null, ADVISOR, T0))
			.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.problems().get(0).messageKey())
				.isEqualTo("helpdesk.case.status.outcome-required"));
		assertThat(inquiry.status()).isEqualTo(IN_PROGRESS);
		assertThat(inquiry.changed()).isFalse();
		// an outcome given for another status is not kept
		inquiry.changeStatus(WAITING_FOR_FEEDBACK, Outcome.RESOLVED, ADVISOR, T0);
		assertThat(inquiry.outcome()).isNull();
	}

	@Test
	void waitingAndRecommendationCanGoBackToWork() {
		assertThat(Inquiry.next(WAITING_FOR_FEEDBACK)).contains(IN_PROGRESS);
		assertThat(Inquiry.next(RECOMMENDATION_SENT)).contains(IN_PROGRESS, WAITING_FOR_FEEDBACK);
		Inquiry inquiry = in(RECOMMENDATION_SENT);
		inquiry.changeStatus(WAITING_FOR_FEEDBACK, null, ADVISOR, T0);
		inquiry.changeStatus(IN_PROGRESS, null, ADVISOR, T0);
		assertThat(inquiry.status()).isEqualTo(IN_PROGRESS);
	}

	@Test
	void assigningMakesANewCaseAssignedAndKeepsTheStatusOfOthers() {
		Inquiry fresh = in(NEW);
		fresh.assignTo(COLLEAGUE, ADVISOR, T0);
		assertThat(fresh.status()).isEqualTo(ASSIGNED);
		assertThat(fresh.assigneeId()).isEqualTo(COLLEAGUE.id());
		assertThat(fresh.assigneeName()).isEqualTo(COLLEAGUE.name());
		assertThat(fresh.recorded()).last().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(CaseEvent.Kind.ASSIGNED);
			assertThat(entry.detail()).isEqualTo(COLLEAGUE.name());
			assertThat(entry.actor()).isEqualTo(ADVISOR);
			assertThat(entry.visibleToSubmitter()).isFalse();
		});
		Inquiry waiting = in(WAITING_FOR_FEEDBACK);
		waiting.assignTo(COLLEAGUE, COLLEAGUE, T0);
		assertThat(waiting.status()).isEqualTo(WAITING_FOR_FEEDBACK);
		assertThat(waiting.assigneeId()).isEqualTo(COLLEAGUE.id());
	}

	@Test
	void aHandOverNeedsAnotherTeamAndAReasonAndStartsThereAsNewAndUnassigned() {
		Inquiry inquiry = in(CLOSED);
		assertThatThrownBy(() -> inquiry.handOverTo(TEAM_A, "Passt besser.", ADVISOR, T0))
			.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.problems().get(0).messageKey())
				.isEqualTo("helpdesk.case.handover.same-team"));
		for (String reason : new String[] { null, "  ", "x".repeat(Inquiry.MAX_REASON + 1) }) {
			assertThatThrownBy(() -> inquiry.handOverTo(TEAM_B, reason, ADVISOR, T0))
				.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.problems().get(0).messageKey())
					.isEqualTo("helpdesk.case.handover.reason-required"));
		}
		assertThat(inquiry.teamCode()).isEqualTo(TEAM_A.code());
		assertThat(inquiry.changed()).isFalse();

		inquiry.handOverTo(TEAM_B, " Fachlich Team B. ", ADVISOR, T0);
		assertThat(inquiry.teamCode()).isEqualTo(TEAM_B.code());
		assertThat(inquiry.partnerCode()).isEqualTo(TEAM_B.partnerCode());
		assertThat(inquiry.status()).isEqualTo(NEW);
		assertThat(inquiry.outcome()).isNull();
		assertThat(inquiry.closedAt()).isNull();
		assertThat(inquiry.assigneeId()).isNull();
		assertThat(inquiry.recorded()).last().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(CaseEvent.Kind.HANDED_OVER);
			assertThat(entry.detail()).isEqualTo("Team B");
			assertThat(entry.text()).isEqualTo("Fachlich Team B.");
			assertThat(entry.visibleToSubmitter()).isFalse();
		});
	}

	@Test
	void theFirstMessageIsTheFirstResponseAndNotesAreInternal() {
		Inquiry inquiry = in(ASSIGNED);
		Instant first = T0.plus(Duration.ofHours(5));
		inquiry.note("Kunde seit 2019.", ADVISOR, first);
		assertThat(inquiry.firstResponseAt()).isNull();
		assertThat(inquiry.changed()).isFalse();
		inquiry.message("Guten Tag.", ADVISOR, first);
		inquiry.message("Noch eine Frage.", ADVISOR, first.plus(Duration.ofHours(1)));
		assertThat(inquiry.firstResponseAt()).isEqualTo(first);
		assertThat(inquiry.status()).isEqualTo(ASSIGNED);
		assertThat(inquiry.recorded()).extracting(Inquiry.Entry::kind, Inquiry.Entry::visibleToSubmitter)
			.endsWith(org.assertj.core.groups.Tuple.tuple(CaseEvent.Kind.NOTE, false),
					org.assertj.core.groups.Tuple.tuple(CaseEvent.Kind.MESSAGE, true),
					org.assertj.core.groups.Tuple.tuple(CaseEvent.Kind.MESSAGE, true));
	}

	@Test
	void aRecommendationAnswersTheInquiryAndMovesItOnWhereTheWorkflowAllows() {
		Inquiry working = in(IN_PROGRESS);
		Instant sent = T0.plus(Duration.ofHours(6));
		working.recommendationSent("Diese Stellen helfen Ihnen weiter.", ADVISOR, sent);
		assertThat(working.status()).isEqualTo(RECOMMENDATION_SENT);
		assertThat(working.firstResponseAt()).isEqualTo(sent);
		assertThat(working.recorded()).last().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(CaseEvent.Kind.RECOMMENDATION);
			assertThat(entry.text()).isEqualTo("Diese Stellen helfen Ihnen weiter.");
			assertThat(entry.visibleToSubmitter()).isTrue();
		});
		// from "assigned" the workflow has no step to "recommendation sent": the status stays, the answer counts
		Inquiry assigned = in(ASSIGNED);
		assigned.recommendationSent("Schon einmal vorab.", ADVISOR, sent);
		assertThat(assigned.status()).isEqualTo(ASSIGNED);
		assertThat(assigned.firstResponseAt()).isEqualTo(sent);
	}

	@Test
	void theStatusEntryNamesTheOutcomeAndItsMessageKeyTheStatus() {
		Inquiry inquiry = in(IN_PROGRESS);
		inquiry.close(Outcome.OUT_OF_SCOPE, ADVISOR, T0);
		Inquiry.Entry entry = inquiry.recorded().get(inquiry.recorded().size() - 1);
		assertThat(entry.detail()).isEqualTo(CaseEvent.statusDetail(CLOSED, Outcome.OUT_OF_SCOPE));
		CaseEvent shown = new CaseEvent(entry.at(), entry.actor().name(), entry.kind(), entry.detail(), entry.text(),
				entry.visibleToSubmitter());
		assertThat(shown.detailKey()).isEqualTo(CLOSED.messageKey());
	}

	private static void assertRefused(Inquiry inquiry, CaseStatus next) {
		CaseStatus before = inquiry.status();
		int recorded = inquiry.recorded().size();
		assertThatThrownBy(() -> inquiry.changeStatus(next, Outcome.RESOLVED, ADVISOR, T0))
			.as("%s -> %s", before, next)
			.isInstanceOfSatisfying(TransitionNotAllowedException.class, ex -> {
				assertThat(ex.from()).isEqualTo(before);
				assertThat(ex.to()).isEqualTo(next);
			});
		assertThat(inquiry.status()).isEqualTo(before);
		assertThat(inquiry.recorded()).hasSize(recorded);
		assertThat(inquiry.changed()).isFalse();
	}

}
