package de.itas.platform.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.Role;

/** "Postausgang": paging through the outbox, opening a mail is audited, admins only. */
@PlatformTest
class OutboxPageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts testAccounts;

	@Test
	void adminsPageThroughTheOutboxAndOpeningAMailIsAudited() {
		String marker = "Seitentest " + UUID.randomUUID();
		for (int i = 0; i < 25; i++) {
			outbox.deliver(new OutgoingMail("leser-" + i + "@test.itas.local", marker + " " + i, "Text " + i));
		}
		var admin = testAccounts.as(Role.ADMIN);
		long listed = jdbc.queryForObject(
				"SELECT count(*) FROM accounts.audit_entry WHERE what_key = 'shell.audit.outbox-list' AND detail LIKE '1 (leser-%'",
				Long.class);
		assertThat(mvc.get().uri("/admin/postausgang").with(admin)).hasStatusOk()
			.bodyText()
			.contains(marker, "Nächste Seite", "href=\"/admin/postausgang?page=1\"")
			.doesNotContain("Vorherige Seite");
		// the list shows recipients and subjects: each recipient on the page is recorded as seen
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM accounts.audit_entry WHERE what_key = 'shell.audit.outbox-list' AND detail LIKE '1 (leser-%'",
				Long.class)).isEqualTo(listed + outbox.list(0, 20).stream().filter(mail -> mail.to().startsWith("leser-")).count())
			.isGreaterThan(listed);
		assertThat(mvc.get().uri("/admin/postausgang?page=1").with(admin)).hasStatusOk()
			.bodyText()
			.contains("Seite 2", "Vorherige Seite", "href=\"/admin/postausgang?page=0\"");
		Outbox.StoredMail newest = outbox.list(0, 1).get(0);
		long before = jdbc.queryForObject("SELECT count(*) FROM accounts.audit_entry WHERE what_key = 'shell.audit.outbox-mail'",
				Long.class);
		assertThat(mvc.get().uri("/admin/postausgang/" + newest.id()).with(admin)).hasStatusOk()
			.bodyText()
			.contains(newest.subject(), newest.text());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM accounts.audit_entry WHERE what_key = 'shell.audit.outbox-mail'",
				Long.class)).isEqualTo(before + 1);
		assertThat(mvc.get().uri("/admin/postausgang/kein-gueltiger-name").with(admin)).hasStatus(404);
		assertThat(mvc.get().uri("/admin/postausgang").with(testAccounts.as(Role.ADVISOR))).hasStatus(403);
	}

	@Test
	void theAuditLogPagesKeepTheSearch() {
		assertThat(mvc.get().uri("/admin/protokoll?suche=niemand-" + UUID.randomUUID()).with(testAccounts.as(Role.ADMIN)))
			.hasStatusOk()
			.bodyText()
			.contains("Keine Einträge.")
			.doesNotContain("Nächste Seite");
	}

}
