package de.itas.platform.helpdesk;

import static de.itas.platform.helpdesk.HelpdeskFixtures.as;
import static de.itas.platform.helpdesk.HelpdeskFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.AuditLog;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.PersonProfiles;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;

/**
 * Case work: who sees which case (team, assignee, coordination, nobody else), audited openings, the
 * workflow, optimistic locking, messages mailed only after a successful commit, hand-over and attachments.
 */
@PlatformTest
class CaseWorkIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	HelpdeskFixtures fixtures;

	@Autowired
	CaseWork caseWork;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLog auditLog;

	@Autowired
	PersonProfiles profiles;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FirstResponseReminder reminder;

	PlatformUser submitter;
	PlatformUser teamAdvisor;
	PlatformUser colleague;
	PlatformUser otherAdvisor;
	PlatformUser coordinator;
	String teamA;
	String teamB;

	@BeforeEach
	void teams() {
		submitter = accounts.user(Role.COMPANY_MEMBER, Role.COMPANY_ADMIN);
		teamAdvisor = accounts.user(Role.ADVISOR);
		colleague = accounts.user(Role.ADVISOR, Role.EMPLOYEE);
		otherAdvisor = accounts.user(Role.ADVISOR, Role.PROVIDER);
		coordinator = accounts.user(Role.COORDINATOR);
		teamA = fixtures.team("a", teamAdvisor, colleague);
		teamB = fixtures.team("b", otherAdvisor);
		fixtures.routeOtherFromVogtland(teamA);
	}

	private InboxFilter all(InboxFilter.Scope scope) {
		return new InboxFilter(scope, null, null, null, false);
	}

	@Test
	void onlyTheTeamTheAssigneeAndCoordinationSeeACase() {
		String caseNumber = fixtures.submit(submitter);
		assertThat(fixtures.row(caseNumber).teamCode()).isEqualTo(teamA);

		assertThat(as(teamAdvisor, () -> caseWork.open(caseNumber))).isPresent();
		assertThat(as(coordinator, () -> caseWork.open(caseNumber))).isPresent();
		assertThat(as(otherAdvisor, () -> caseWork.open(caseNumber))).isEmpty();
		assertThat(as(otherAdvisor, () -> caseWork.inbox(all(InboxFilter.Scope.TEAM))).cases())
			.extracting(InquirySummary::caseNumber).doesNotContain(caseNumber);
		assertThat(as(otherAdvisor, () -> caseWork.inbox(all(InboxFilter.Scope.ALL))).cases())
			.extracting(InquirySummary::caseNumber).as("an advisor's ALL is still only what they may see").doesNotContain(caseNumber);
		assertThat(as(teamAdvisor, () -> caseWork.inbox(all(InboxFilter.Scope.TEAM))).cases())
			.extracting(InquirySummary::caseNumber).contains(caseNumber);
		assertThatThrownBy(() -> run(otherAdvisor, () -> caseWork.note(caseNumber, "Darf ich nicht.")))
			.isInstanceOf(AccessDeniedException.class);

		// the page: 404 for the other team's advisor, the case for the team's
		assertThat(mvc.get().uri("/beratung/faelle/" + caseNumber).with(user(otherAdvisor)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/beratung/faelle/" + caseNumber).with(user(teamAdvisor)).exchange()).hasStatusOk();
		// people without a staff role get no inbox at all
		assertThat(mvc.get().uri("/beratung").with(user(submitter)).exchange()).hasStatus(403);

		// assigned to an advisor of another team (after a hand-over back) the assignee keeps access
		long version = fixtures.row(caseNumber).version();
		run(teamAdvisor, () -> caseWork.handOver(caseNumber, version, teamB, "Passt besser zum Team B."));
		assertThat(as(teamAdvisor, () -> caseWork.open(caseNumber))).isEmpty();
		run(otherAdvisor, () -> caseWork.assign(caseNumber, fixtures.row(caseNumber).version(), otherAdvisor.id()));
		assertThat(as(otherAdvisor, () -> caseWork.inbox(all(InboxFilter.Scope.MINE))).cases())
			.extracting(InquirySummary::caseNumber).contains(caseNumber);
	}

	@Test
	void everyOpeningByStaffIsAudited() {
		String caseNumber = fixtures.submit(submitter);
		int before = auditLog.about(submitter.id(), 0, 1000).size();
		run(teamAdvisor, () -> caseWork.open(caseNumber));
		run(coordinator, () -> caseWork.open(caseNumber));
		assertThat(auditLog.about(submitter.id(), 0, 1000)).hasSize(before + 2)
			.anySatisfy(entry -> assertThat(entry.detail()).isEqualTo(caseNumber));
		// a refused opening is no access
		run(otherAdvisor, () -> caseWork.open(caseNumber));
		assertThat(auditLog.about(submitter.id(), 0, 1000)).hasSize(before + 2);
	}

	@Test
	void assigningGrantsTheAdvisorAccessToTheSubmittersProfile() {
		String caseNumber = fixtures.submit(submitter);
		assertThat(as(colleague, () -> profiles.forAdvisor(submitter.id()))).isEmpty();
		run(teamAdvisor, () -> caseWork.assign(caseNumber, fixtures.row(caseNumber).version(), colleague.id()));
		Inquiry row = fixtures.row(caseNumber);
		assertThat(row.status()).isEqualTo(CaseStatus.ASSIGNED);
		assertThat(row.assigneeId()).isEqualTo(colleague.id());
		assertThat(as(colleague, () -> profiles.forAdvisor(submitter.id()))).isPresent();
		// nobody outside the team can be assigned
		assertThatThrownBy(() -> run(teamAdvisor, () -> caseWork.assign(caseNumber, fixtures.row(caseNumber).version(), otherAdvisor.id())))
			.isInstanceOfSatisfying(FieldProblems.class,
					ex -> assertThat(ex.problems().get(0).messageKey()).isEqualTo("helpdesk.case.assign.not-in-team"));
	}

	@Test
	void twoAdvisorsWorkingOnTheSameVersionNeverOverwriteEachOther() {
		String caseNumber = fixtures.submit(submitter);
		long seenByBoth = fixtures.row(caseNumber).version();
		run(teamAdvisor, () -> caseWork.assign(caseNumber, seenByBoth, teamAdvisor.id()));
		assertThatThrownBy(() -> run(colleague, () -> caseWork.assign(caseNumber, seenByBoth, colleague.id())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(fixtures.row(caseNumber).assigneeId()).isEqualTo(teamAdvisor.id());

		// through the page: the stale form gets the conflict message
		MvcTestResult stale = mvc.post()
			.uri("/beratung/faelle/" + caseNumber + "/status")
			.param("version", String.valueOf(seenByBoth))
			.param("status", "CLOSED")
			.param("outcome", "RESOLVED")
			.with(user(colleague))
			.with(csrf())
			.exchange();
		assertThat(stale).hasStatus3xxRedirection();
		assertThat(stale).flash().containsEntry("caseError", "helpdesk.case.conflict");
		assertThat(fixtures.row(caseNumber).status()).isEqualTo(CaseStatus.ASSIGNED);
	}

	@Test
	void theWorkflowRefusesStepsItDoesNotAllowAndClosingNeedsAnOutcome() {
		String caseNumber = fixtures.submit(submitter);
		assertThatThrownBy(() -> run(teamAdvisor,
				() -> caseWork.changeStatus(caseNumber, fixtures.row(caseNumber).version(), CaseStatus.RECOMMENDATION_SENT, null)))
			.isInstanceOf(TransitionNotAllowedException.class);
		assertThatThrownBy(() -> run(teamAdvisor,
				() -> caseWork.changeStatus(caseNumber, fixtures.row(caseNumber).version(), CaseStatus.CLOSED, null)))
			.isInstanceOf(FieldProblems.class);
		assertThat(fixtures.row(caseNumber).status()).isEqualTo(CaseStatus.NEW);
		run(teamAdvisor, () -> caseWork.changeStatus(caseNumber, fixtures.row(caseNumber).version(), CaseStatus.CLOSED, Outcome.OUT_OF_SCOPE));
		assertThat(fixtures.row(caseNumber).status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(fixtures.row(caseNumber).outcome()).isEqualTo(Outcome.OUT_OF_SCOPE);

		MvcTestResult refused = mvc.post()
			.uri("/beratung/faelle/" + caseNumber + "/status")
			.param("version", String.valueOf(fixtures.row(caseNumber).version()))
			.param("status", "ASSIGNED")
			.with(user(teamAdvisor))
			.with(csrf())
			.exchange();
		assertThat(refused).flash().containsEntry("caseError", "helpdesk.case.status.not-allowed");
	}

	@Test
	void messagesReachTheSubmitterAndNotesNeverDo() {
		String caseNumber = fixtures.submit(submitter);
		int mailsBefore = Mails.to(outbox, submitter.email()).size();
		run(teamAdvisor, () -> caseWork.note(caseNumber, "Interner Hinweis: Kunde der IHK seit 2019."));
		run(teamAdvisor, () -> caseWork.message(caseNumber, "Guten Tag, wir schlagen Ihnen einen Termin vor."));
		assertThat(Mails.to(outbox, submitter.email())).hasSize(mailsBefore + 1)
			.anySatisfy(mail -> assertThat(mail.text()).contains("wir schlagen Ihnen einen Termin vor").doesNotContain("Interner Hinweis"));
		assertThat(fixtures.row(caseNumber).firstResponseAt()).isNotNull();

		CaseDetails own = as(submitter, () -> fixtures.inquiries.own(caseNumber)).orElseThrow();
		assertThat(own.history()).extracting(CaseEvent::text).contains("Guten Tag, wir schlagen Ihnen einen Termin vor.")
			.doesNotContain("Interner Hinweis: Kunde der IHK seit 2019.");
		assertThat(own.history()).extracting(CaseEvent::kind).doesNotContain(CaseEvent.Kind.NOTE, CaseEvent.Kind.ROUTED);
		CaseDetails staff = as(teamAdvisor, () -> caseWork.open(caseNumber)).orElseThrow();
		assertThat(staff.history()).extracting(CaseEvent::text).contains("Interner Hinweis: Kunde der IHK seit 2019.");

		MvcTestResult page = mvc.get().uri("/anliegen/" + caseNumber).with(user(submitter)).exchange();
		assertThat(page).bodyText().contains("wir schlagen Ihnen einen Termin vor").doesNotContain("Interner Hinweis");
	}

	@Test
	void noMailLeavesForATransactionThatFailed() {
		String caseNumber = fixtures.submit(submitter);
		int mailsBefore = Mails.to(outbox, submitter.email()).size();
		assertThatThrownBy(() -> run(teamAdvisor, () -> transactions.executeWithoutResult(status -> {
			caseWork.message(caseNumber, "Diese Nachricht darf nie ankommen.");
			throw new IllegalStateException("later step fails");
		}))).isInstanceOf(IllegalStateException.class);
		assertThat(Mails.to(outbox, submitter.email())).hasSize(mailsBefore);
		assertThat(as(teamAdvisor, () -> caseWork.open(caseNumber)).orElseThrow().history())
			.extracting(CaseEvent::text).doesNotContain("Diese Nachricht darf nie ankommen.");
	}

	@Test
	void handOverNeedsAReasonAndMovesTheCaseToTheNewTeamAsNew() {
		String caseNumber = fixtures.submit(submitter);
		run(teamAdvisor, () -> caseWork.assign(caseNumber, fixtures.row(caseNumber).version(), teamAdvisor.id()));
		assertThatThrownBy(() -> run(teamAdvisor, () -> caseWork.handOver(caseNumber, fixtures.row(caseNumber).version(), teamB, " ")))
			.isInstanceOf(FieldProblems.class);
		run(teamAdvisor, () -> caseWork.handOver(caseNumber, fixtures.row(caseNumber).version(), teamB, "Fachlich Team B."));
		Inquiry row = fixtures.row(caseNumber);
		assertThat(row.teamCode()).isEqualTo(teamB);
		assertThat(row.status()).isEqualTo(CaseStatus.NEW);
		assertThat(row.assigneeId()).isNull();
		assertThat(as(otherAdvisor, () -> caseWork.open(caseNumber)).orElseThrow().history())
			.anySatisfy(event -> {
				assertThat(event.kind()).isEqualTo(CaseEvent.Kind.HANDED_OVER);
				assertThat(event.text()).isEqualTo("Fachlich Team B.");
			});
	}

	@Test
	void attachmentsAreServedOnlyToThoseWhoMaySeeTheCase() {
		String caseNumber = as(submitter, () -> fixtures.inquiries.submit(HelpdeskFixtures.request(
				"Unser Antrag liegt bei, bitte prüfen Sie die Fördermöglichkeiten.",
				List.of(new Upload("antrag.pdf", AttachmentRulesUnitTests.PDF)))));
		long attachment = fixtures.cases.attachments(fixtures.row(caseNumber).id()).get(0).id();
		String uri = "/anliegen/anhang/" + attachment;
		MvcTestResult own = mvc.get().uri(uri).with(user(submitter)).exchange();
		assertThat(own).hasStatusOk().hasContentType("application/pdf");
		assertThat(own.getResponse().getContentAsByteArray()).isEqualTo(AttachmentRulesUnitTests.PDF);
		assertThat(own.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(mvc.get().uri(uri).with(user(teamAdvisor)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri(uri).with(user(otherAdvisor)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(uri).with(user(accounts.user(Role.EMPLOYEE))).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(uri).exchange()).hasStatus3xxRedirection();
	}

	@Test
	void theInboxCountsPerStatusAndServesItsListAsAnHtmxFragment() {
		String first = fixtures.submit(submitter);
		String second = fixtures.submit(submitter);
		run(teamAdvisor, () -> caseWork.assign(second, fixtures.row(second).version(), teamAdvisor.id()));
		Inbox inbox = as(colleague, () -> caseWork.inbox(new InboxFilter(InboxFilter.Scope.TEAM, CaseStatus.ASSIGNED, null, null, false)));
		assertThat(inbox.cases()).extracting(InquirySummary::caseNumber).contains(second).doesNotContain(first);
		assertThat(inbox.countsByStatus().get(CaseStatus.NEW)).isGreaterThanOrEqualTo(1);
		assertThat(inbox.countsByStatus().get(CaseStatus.ASSIGNED)).isGreaterThanOrEqualTo(1);

		MvcTestResult page = mvc.get().uri("/beratung?bereich=TEAM").with(user(colleague)).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("<h1>Beratung: Posteingang</h1>").contains(first);
		MvcTestResult fragment = mvc.get().uri("/beratung?bereich=TEAM&status=ASSIGNED").header("HX-Request", "true")
			.with(user(colleague)).exchange();
		assertThat(fragment).bodyText().doesNotContain("<h1>").contains(second).doesNotContain(first + "<");
	}

	@Test
	void advisorsChooseTheirTeamsOrTheirOwnCasesAndCoordinationStartsWithTheQueue() {
		assertThat(as(teamAdvisor, () -> caseWork.inboxScopes())).containsExactly(InboxFilter.Scope.TEAM, InboxFilter.Scope.MINE);
		assertThat(as(teamAdvisor, () -> caseWork.inboxScope(null))).isEqualTo(InboxFilter.Scope.TEAM);
		assertThat(as(teamAdvisor, () -> caseWork.inboxScope(InboxFilter.Scope.MINE))).isEqualTo(InboxFilter.Scope.MINE);
		assertThat(as(teamAdvisor, () -> caseWork.inboxScope(InboxFilter.Scope.ALL))).isEqualTo(InboxFilter.Scope.TEAM);
		assertThat(as(coordinator, () -> caseWork.inboxScopes())).containsExactly(InboxFilter.Scope.values());
		assertThat(as(coordinator, () -> caseWork.inboxScope(null))).isEqualTo(InboxFilter.Scope.COORDINATION);
		assertThat(as(coordinator, () -> caseWork.inboxScope(InboxFilter.Scope.ALL))).isEqualTo(InboxFilter.Scope.ALL);

		// the page: an advisor asking for everything gets the teams' cases and no other choices
		MvcTestResult page = mvc.get().uri("/beratung?bereich=ALL&landkreis=").with(user(teamAdvisor)).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().containsPattern("value=\"TEAM\"\\s+selected=\"selected\"")
			.doesNotContain("value=\"ALL\"").doesNotContain("value=\"COORDINATION\"");
	}

	@Test
	void theDailyReminderRunsOncePerDayAcrossInstances() {
		LocalDate day = LocalDate.of(2031, 1, 6 + HelpdeskFixtures.SEQUENCE.incrementAndGet() % 20);
		int before = Mails.to(outbox, "beraterin.ihk@demo.itas.local").size();
		int first = reminder.run(day);
		assertThat(first).as("demo data has overdue cases with team members").isPositive();
		assertThat(reminder.run(day)).isEqualTo(-1);
		assertThat(Mails.to(outbox, "beraterin.ihk@demo.itas.local")).hasSize(before + 1)
			.first().satisfies(mail -> assertThat(mail.subject()).isEqualTo("Anliegen ohne erste Antwort"));
	}

}
