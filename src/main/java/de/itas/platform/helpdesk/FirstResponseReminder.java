package de.itas.platform.helpdesk;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.HashSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.accounts.Accounts;
import de.itas.platform.shared.mail.Mailer;

/**
 * Every working morning, tells each team's members (and the assignees) which inquiries are past their
 * first-response deadline. With several instances only one sends: the instance that moves the job's row in
 * {@code helpdesk.job_run} to today runs the job, in the same transaction as its mails.
 */
@Component
class FirstResponseReminder {

	static final String JOB = "first-response-reminder";
	private static final Logger log = LoggerFactory.getLogger(FirstResponseReminder.class);

	private final CaseRepository cases;
	private final TeamRepository teams;
	private final Accounts accounts;
	private final Mailer mailer;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;

	FirstResponseReminder(CaseRepository cases, TeamRepository teams, Accounts accounts, Mailer mailer, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.cases = cases;
		this.teams = teams;
		this.accounts = accounts;
		this.mailer = mailer;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${platform.helpdesk.reminder-cron:0 0 7 * * *}", zone = "Europe/Berlin")
	void daily() {
		LocalDate today = LocalDate.now(clock.withZone(SaxonWorkingDays.ZONE));
		if (SaxonWorkingDays.isWorkingDay(today)) {
			int sent = run(today);
			log.info("First-response reminder for {}: {} mails", today, sent);
		}
	}

	/** Runs the reminder for the day unless an instance already did; answers the number of mails, or -1 if skipped. */
	int run(LocalDate day) {
		Integer result = transactions.execute(status -> {
			int claimed = jdbc.sql("""
					UPDATE helpdesk.job_run SET last_run = ? WHERE name = ? AND (last_run IS NULL OR last_run < ?)""")
				.params(Date.valueOf(day), JOB, Date.valueOf(day))
				.update();
			if (claimed == 0) {
				return -1;
			}
			return remind();
		});
		return result == null ? -1 : result;
	}

	private int remind() {
		Map<UUID, List<String>> perPerson = new LinkedHashMap<>();
		for (Inquiry row : cases.overdue(clock.instant())) {
			Set<UUID> recipients = new HashSet<>();
			if (row.teamCode() != null) {
				recipients.addAll(teams.members(row.teamCode()));
			}
			if (row.assigneeId() != null) {
				recipients.add(row.assigneeId());
			}
			String line = row.caseNumber() + " (" + Appointments.WHEN.format(row.submittedAt().atZone(SaxonWorkingDays.ZONE)) + ")";
			recipients.forEach(person -> perPerson.computeIfAbsent(person, key -> new ArrayList<>()).add(line));
		}
		int sent = 0;
		for (Map.Entry<UUID, List<String>> entry : perPerson.entrySet()) {
			var account = accounts.account(entry.getKey());
			if (account.isEmpty()) {
				continue;
			}
			mailer.send(account.get().email(), Locale.GERMAN, "helpdesk.mail.reminder.subject", "helpdesk/reminder",
					Map.of("name", account.get().displayName(), "count", entry.getValue().size(), "cases",
							entry.getValue()));
			sent++;
		}
		return sent;
	}

}
