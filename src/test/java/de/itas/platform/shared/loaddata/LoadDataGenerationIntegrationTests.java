package de.itas.platform.shared.loaddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.PlatformTest;

/**
 * Every module's generator at a tiny scale, on the shared test database. Other tests assume the demo data (counts
 * in the catalogue, the calendar, the inbox …), so nothing generated may outlive this test: the whole generation
 * runs inside one transaction that the test rolls back (each generator's own transaction joins it; the trainings
 * generator's switched-off triggers are switched back on by the rollback too). While it runs, other connections
 * see none of the rows (they are not committed), and the test suite runs its classes one after the other, so no
 * other test waits on the tables it locks. A separate database on the embedded server would need a second
 * application context (20 s and more of the suite's time) for the same assurance.
 */
@PlatformTest
class LoadDataGenerationIntegrationTests {

	@Autowired
	LoadDataGeneration generation;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyModuleGeneratesItsRowsWithValidReferencesAndNothingOutlivesTheRollback() {
		Map<String, Long> sizes = new LinkedHashMap<>();
		sizes.put("forums", 2L);
		sizes.put("forum-inputs", 60L);
		java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
		LoadDataRun run = new LoadDataRun(0.0005, "itest", true, sizes, new PrintStream(printed, true, StandardCharsets.UTF_8));
		long offersBefore = jdbc.queryForObject("SELECT count(*) FROM trainings.offer", Long.class);
		transactions.executeWithoutResult(status -> {
			generation.generate(run);
			// the sizes: national × 0.0005, or as named
			assertThat(count("SELECT count(*) FROM accounts.organisation WHERE name LIKE '%(Lastdaten itest-%'")).isEqualTo(10);
			assertThat(count("SELECT count(*) FROM accounts.user_account WHERE email LIKE 'lastdaten-itest-%@example.org'"))
				.isEqualTo(500);
			assertThat(count("SELECT count(*) FROM accounts.person_profile p JOIN accounts.user_account a ON a.id = p.user_id "
					+ "JOIN accounts.organisation o ON o.id = p.employer_organisation_id WHERE a.email LIKE 'lastdaten-itest-%'"))
				.isEqualTo(500);
			assertThat(count("SELECT count(*) FROM accounts.consent c JOIN accounts.user_account a ON a.id = c.user_id "
					+ "WHERE a.email LIKE 'lastdaten-itest-%'")).isEqualTo(500);
			// the directory's profiles belong to the accounts module's companies, filled in and published
			assertThat(count("SELECT count(*) FROM directory.company_profile p JOIN accounts.organisation o "
					+ "ON o.id = p.organisation_id AND o.name = p.name AND o.district_code = p.district_code "
					+ "WHERE p.published_at IS NOT NULL AND o.name LIKE '%(Lastdaten itest-%'")).isEqualTo(10);
			assertThat(count("SELECT count(*) FROM trainings.offer") - offersBefore).isEqualTo(50);
			// registrations name generated persons by id, name and address as the accounts module has them
			assertThat(count("SELECT count(*) FROM trainings.registration r JOIN accounts.user_account a "
					+ "ON a.id = r.person_id AND a.email = r.person_email AND a.display_name = r.person_name "
					+ "WHERE a.email LIKE 'lastdaten-itest-%'")).isEqualTo(500);
			assertThat(count("SELECT count(*) FROM helpdesk.inquiry i JOIN accounts.user_account a ON a.id = i.submitter_id "
					+ "WHERE a.email LIKE 'lastdaten-itest-%'")).isEqualTo(50);
			assertThat(count("SELECT count(*) FROM helpdesk.case_event e JOIN helpdesk.inquiry i ON i.id = e.inquiry_id "
					+ "JOIN accounts.user_account a ON a.id = i.submitter_id WHERE a.email LIKE 'lastdaten-itest-%' "
					+ "AND e.kind = 'SUBMITTED'")).isEqualTo(50);
			assertThat(count("SELECT count(*) FROM assessment.company_check c JOIN directory.company_profile p "
					+ "ON p.organisation_id = c.organisation_id AND p.district_code = c.district_code "
					+ "WHERE p.name LIKE '%(Lastdaten itest-%' AND c.status = 'COMPLETED' AND c.scores LIKE '{%'")).isEqualTo(25);
			assertThat(count("SELECT count(*) FROM events.registration r JOIN events.event e ON e.id = r.event_id "
					+ "JOIN accounts.user_account a ON a.id = r.account_id WHERE e.slug LIKE 'last-itest-%'")).isEqualTo(250);
			assertThat(count("SELECT count(*) FROM governance.forum_input i JOIN governance.forum f ON f.id = i.forum_id "
					+ "WHERE f.title LIKE 'Zukunftsforum Lastdaten %' AND i.code ~ '^ZF-[2-9A-HJKMNP-Z]{4}$'")).isEqualTo(60);
			// generated persons can sign in with the demo password (one hash for all of them)
			assertThat(count("SELECT count(DISTINCT password_hash) FROM accounts.user_account "
					+ "WHERE email LIKE 'lastdaten-itest-%'")).isEqualTo(1);
			status.setRollbackOnly();
		});
		assertThat(run.made()).extracting(LoadDataRun.Made::kind).contains("persons", "company profiles", "registrations",
				"inquiries", "checks", "events", "forum inputs");
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("accounts", "persons", "500 rows");
		// nothing is left for the other tests, and the trainings triggers are on again
		assertThat(count("SELECT count(*) FROM accounts.user_account WHERE email LIKE 'lastdaten-itest-%'")).isZero();
		assertThat(count("SELECT count(*) FROM trainings.offer")).isEqualTo(offersBefore);
		assertThat(count("SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n "
				+ "ON n.oid = c.relnamespace WHERE n.nspname = 'trainings' AND NOT t.tgisinternal AND t.tgenabled <> 'O'"))
			.isZero();
	}

	@Test
	void idsAreTheSameInJavaAndInSql() {
		GeneratedIds ids = new GeneratedIds("person", "abc1", 10);
		assertThat(jdbc.queryForObject("SELECT " + ids.sql("3"), java.util.UUID.class)).isEqualTo(ids.id(3));
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
