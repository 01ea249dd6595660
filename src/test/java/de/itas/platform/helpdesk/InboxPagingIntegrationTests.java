package de.itas.platform.helpdesk;

import static de.itas.platform.helpdesk.HelpdeskFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.PlatformUser;

/**
 * The inbox reads one page of its cases (issue 24: at national scale a team has some 25,000, most of them
 * closed): open cases first, then the newest; counts per status over the whole scope; a pager that keeps the
 * filters; a page beyond the end shows the last one; an empty scope shows its empty state and no pager.
 */
@PlatformTest
class InboxPagingIntegrationTests {

	private static final int OPEN = CaseWork.INBOX_PAGE_SIZE + 3;
	private static final int CLOSED = 7;
	private static final int OVERDUE = 3;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	HelpdeskFixtures fixtures;

	@Autowired
	CaseWork caseWork;

	PlatformUser advisor;
	String team;
	String prefix;

	/**
	 * A team of its own with {@code OPEN} new cases (the oldest {@code OVERDUE} of them past their deadline)
	 * and {@code CLOSED} closed ones newer than all of them, written directly: the workflow is not under test.
	 */
	@BeforeEach
	void cases() {
		advisor = fixtures.advisor(accounts, "Paging");
		String unique = UUID.randomUUID().toString().substring(0, 8);
		team = fixtures.team("paging-" + unique, advisor);
		prefix = "P" + unique + "-";
		Instant now = fixtures.now();
		for (int n = 1; n <= OPEN + CLOSED; n++) {
			boolean closed = n > OPEN;
			// open case n was submitted n hours ago; the closed ones within the last hour
			Instant submitted = closed ? now.minus(Duration.ofMinutes(n - OPEN)) : now.minus(Duration.ofHours(n));
			Instant due = !closed && n > OPEN - OVERDUE ? now.minus(Duration.ofHours(1)) : now.plus(Duration.ofDays(3));
			fixtures.jdbc.sql("""
					INSERT INTO helpdesk.inquiry (case_number, topic, district_code, description, contact_channel,
					  submitter_name, confirmed, status, outcome, team_code, submitted_at, first_response_due, closed_at)
					VALUES (?, 'OTHER', 'vogtlandkreis', 'Ein Fall für die Seitenaufteilung.', 'EMAIL', 'Paging Test',
					  TRUE, ?, ?, ?, ?, ?, ?)""")
				.params(prefix + n, closed ? "CLOSED" : "NEW", closed ? "RESOLVED" : null, team,
						Timestamp.from(submitted), Timestamp.from(due), closed ? Timestamp.from(now) : null)
				.update();
		}
	}

	@AfterEach
	void removeCases() {
		fixtures.jdbc.sql("DELETE FROM helpdesk.inquiry WHERE team_code = ?").param(team).update();
	}

	private Inbox page(InboxFilter filter, int page) {
		return as(advisor, () -> caseWork.inbox(filter, page));
	}

	private static InboxFilter team(CaseStatus status, boolean overdue) {
		return new InboxFilter(InboxFilter.Scope.TEAM, status, null, null, overdue);
	}

	private List<String> numbers(int from, int to) {
		return IntStream.rangeClosed(from, to).mapToObj(n -> prefix + n).toList();
	}

	@Test
	void theInboxPagesOpenCasesFirstAndCountsTheWholeScope() {
		Inbox first = page(team(null, false), 0);
		assertThat(first.countsByStatus()).containsEntry(CaseStatus.NEW, (long) OPEN)
			.containsEntry(CaseStatus.CLOSED, (long) CLOSED).containsEntry(CaseStatus.ASSIGNED, 0L);
		assertThat(first.overdue()).isEqualTo(OVERDUE);
		assertThat(first.total()).isEqualTo(OPEN + CLOSED);
		assertThat(first.page().total()).isEqualTo(OPEN + CLOSED);
		assertThat(first.page().pages()).isEqualTo(2);
		assertThat(first.cases()).extracting(InquirySummary::caseNumber)
			.as("open ones first, newest first, although the closed ones are newer")
			.containsExactlyElementsOf(numbers(1, CaseWork.INBOX_PAGE_SIZE));

		Inbox second = page(team(null, false), 1);
		assertThat(second.page().number()).isEqualTo(2);
		assertThat(second.page().hasNext()).isFalse();
		assertThat(second.cases()).extracting(InquirySummary::caseNumber)
			.containsExactlyElementsOf(numbers(CaseWork.INBOX_PAGE_SIZE + 1, OPEN + CLOSED));
		assertThat(second.cases()).filteredOn(InquirySummary::overdue).hasSize(OVERDUE);
		assertThat(page(team(null, false), 999).page().number()).as("beyond the end: the last page").isEqualTo(2);

		Inbox closed = page(team(CaseStatus.CLOSED, false), 0);
		assertThat(closed.cases()).extracting(InquirySummary::caseNumber)
			.containsExactlyElementsOf(numbers(OPEN + 1, OPEN + CLOSED));
		assertThat(closed.page().paged()).isFalse();
		assertThat(closed.countsByStatus()).as("the counts stay those of the scope").containsEntry(CaseStatus.NEW, (long) OPEN);
		assertThat(page(team(null, true), 0).cases()).extracting(InquirySummary::caseNumber)
			.containsExactlyElementsOf(numbers(OPEN - OVERDUE + 1, OPEN));
		assertThat(as(advisor, () -> caseWork.inbox(new InboxFilter(InboxFilter.Scope.MINE, null, null, null, false))).cases())
			.as("nothing is assigned to the advisor").isEmpty();
	}

	@Test
	void thePageHasALabelledPagerThatKeepsTheFilters() {
		MvcTestResult first = mvc.get().uri("/beratung?bereich=TEAM").with(user(advisor)).exchange();
		assertThat(first).hasStatusOk();
		assertThat(first).bodyText().contains("aria-label=\"Seiten des Posteingangs\"").contains("Seite 1 von 2")
			.contains("href=\"/beratung?bereich=TEAM&amp;seite=2\"").contains(prefix + "1<")
			.doesNotContain(prefix + (OPEN + 1) + "<").contains(OPEN + CLOSED + " von " + (OPEN + CLOSED) + " Fällen");

		MvcTestResult second = mvc.get().uri("/beratung?bereich=TEAM&seite=2").header("HX-Request", "true")
			.with(user(advisor)).exchange();
		assertThat(second).bodyText().doesNotContain("<h1>").contains("Seite 2 von 2").contains(prefix + (OPEN + 1) + "<")
			.contains("href=\"/beratung?bereich=TEAM&amp;seite=1\"").doesNotContain(prefix + "1<");

		MvcTestResult overdue = mvc.get().uri("/beratung?bereich=TEAM&ueberfaellig=true").with(user(advisor)).exchange();
		assertThat(overdue).bodyText().contains(OVERDUE + " von " + (OPEN + CLOSED) + " Fällen")
			.doesNotContain("Seiten des Posteingangs");

		PlatformUser newcomer = fixtures.advisor(accounts, "Newcomer");
		MvcTestResult empty = mvc.get().uri("/beratung").with(user(newcomer)).exchange();
		assertThat(empty).hasStatusOk();
		assertThat(empty).bodyText().contains("Keine Fälle für diese Auswahl.").doesNotContain("Seiten des Posteingangs");
	}

}
