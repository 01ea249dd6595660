package de.itas.platform.directory;

import static de.itas.platform.directory.DirectoryTestSupport.as;
import static de.itas.platform.directory.DirectoryTestSupport.form;
import static de.itas.platform.directory.DirectoryTestSupport.withForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.Privacy;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;

/**
 * Contact details in the profile editor and contact requests to companies: the mail to the company without the
 * sender's address, the answer that reveals both addresses, the rate limit, and the requests in the data export
 * and erasure.
 */
@PlatformTest
class DirectoryContactIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DirectoryFixtures fixtures;

	@Autowired
	CompanyProfileRepository profiles;

	@Autowired
	CompanyContact contact;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	TestMemberships memberships;

	@Autowired
	Outbox outbox;

	@Autowired
	Privacy privacy;

	@Autowired
	DirectoryPersonalData personalData;

	@Autowired
	JdbcTemplate jdbc;

	private final String token = DirectoryFixtures.token();

	@Test
	void badContactDetailsComeBackAtTheirFieldsWithEverythingTypedKept() {
		UUID company = fixtures.company(DirectoryUnitTests.valid().name("Kontaktform " + token + " GmbH (fiktiv)").build());
		PlatformUser admin = memberships.member("admin-" + token + "@test.itas.local", company, Role.COMPANY_ADMIN,
				Role.COMPANY_MEMBER);
		CompanyProfile before = profiles.findById(company).orElseThrow();
		Map<String, List<String>> typed = new java.util.HashMap<>(form(before.details(), before.version()));
		typed.put("website", List.of("javascript:alert(1)"));
		typed.put("phone", List.of("0371 ruf mich an"));
		typed.put("email", List.of("info at beispiel.de"));
		typed.put("contactPerson", List.of("Erika " + token));

		MvcTestResult result = withForm(mvc.post().uri("/mein-unternehmen/profil?unternehmen=" + company), typed)
			.with(user(admin))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("id=\"website-error\"", "id=\"phone-error\"", "id=\"email-error\"",
				"Webadresse ein, die mit http:// oder https:// beginnt", "Telefonnummer aus Ziffern",
				"gültige E-Mail-Adresse", "value=\"javascript:alert(1)\"", "value=\"0371 ruf mich an\"",
				"value=\"info at beispiel.de\"", "value=\"Erika " + token + "\"");
		assertThat(profiles.findById(company).orElseThrow().version()).as("nothing saved").isEqualTo(before.version());

		typed.put("website", List.of("https://www.beispiel.de"));
		typed.put("phone", List.of("0371 555-12"));
		typed.put("email", List.of("info-" + token + "@beispiel.de"));
		typed.put("contactVisibility", List.of("PUBLIC"));
		assertThat(withForm(mvc.post().uri("/mein-unternehmen/profil?unternehmen=" + company), typed).with(user(admin))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(profiles.findById(company).orElseThrow().details().contact())
			.isEqualTo(new ContactDetails("https://www.beispiel.de", "0371 555-12", "info-" + token + "@beispiel.de",
					"Erika " + token));
		assertThat(mvc.get().uri("/unternehmen/" + company)).bodyText()
			.contains("href=\"mailto:info-" + token + "@beispiel.de\"", "Erika " + token);
	}

	@Test
	void theCompanyLearnsTheSendersAddressOnlyByAnsweringAndTheAnswerIsMailedWithTheRepliersAddress() {
		String companyMail = "info-" + token + "@beispiel.de";
		UUID company = fixtures.company(DirectoryUnitTests.valid()
			.name("Antwortwerk " + token + " GmbH (fiktiv)")
			.contact(new ContactDetails(null, null, companyMail, null))
			.build());
		PlatformUser admin = memberships.member("chefin-" + token + "@test.itas.local", company, Role.COMPANY_ADMIN,
				Role.COMPANY_MEMBER);
		PlatformUser sender = testAccounts.person("Absender " + token);
		PlatformUser stranger = testAccounts.person("Fremd " + token);

		assertThat(mvc.get().uri("/unternehmen/" + company).with(user(sender))).bodyText()
			.contains("/unternehmen/" + company + "/kontakt");
		assertThat(mvc.get().uri("/unternehmen/" + company)).bodyText()
			.doesNotContain("/unternehmen/" + company + "/kontakt")
			.contains("Anmelden, um Kontakt aufzunehmen");
		assertThat(mvc.post().uri("/unternehmen/" + company + "/kontakt").param("subject", "Anfrage " + token)
			.param("message", "Wir suchen einen Partner für Getriebewellen.")
			.with(user(sender))
			.with(csrf())).hasRedirectedUrl("/unternehmen/" + company);

		Outbox.StoredMail toCompany = Mails.single(outbox, companyMail);
		UUID requestId = UUID.fromString(jdbc.queryForObject(
				"SELECT id::text FROM directory.contact_request WHERE company_id = ?", String.class, company));
		assertThat(toCompany.text()).contains(sender.getDisplayName(), "Anfrage " + token,
				"Wir suchen einen Partner für Getriebewellen.", "/kontaktanfragen/" + requestId)
			.doesNotContain(sender.email());
		assertThat(toCompany.subject()).doesNotContain(sender.email());
		assertThat(toCompany.headers().toString()).doesNotContain(sender.email());

		assertThat(mvc.get().uri("/mein-unternehmen/kontaktanfragen/neu").header("HX-Request", "true").with(user(admin)))
			.bodyText().contains("Eine ungelesene Anfrage");
		assertThat(mvc.get().uri("/mein-unternehmen/kontaktanfragen").with(user(admin))).bodyText()
			.contains("Anfrage " + token, sender.getDisplayName(), "ungelesen")
			.doesNotContain(sender.email());
		assertThat(mvc.get().uri("/kontaktanfragen/" + requestId).with(user(admin))).bodyText()
			.contains("Wir suchen einen Partner", "Ihre Antwort")
			.doesNotContain(sender.email());
		assertThat(mvc.get().uri("/kontaktanfragen/" + requestId).with(user(sender))).bodyText()
			.contains("noch nicht geantwortet")
			.doesNotContain(admin.email(), "Ihre Antwort");
		assertThat(mvc.get().uri("/kontaktanfragen/" + requestId).with(user(stranger))).hasStatus(404);
		assertThat(mvc.post().uri("/kontaktanfragen/" + requestId).param("reply", "Hallo").with(user(sender))
			.with(csrf())).hasStatus(404);
		assertThat(mvc.get().uri("/mein-unternehmen/kontaktanfragen/neu").header("HX-Request", "true").with(user(admin)))
			.bodyText().contains("Keine ungelesenen Anfragen");

		assertThat(mvc.post().uri("/kontaktanfragen/" + requestId).param("reply", "Gern, rufen Sie uns an.")
			.with(user(admin))
			.with(csrf())).hasRedirectedUrl("/kontaktanfragen/" + requestId);

		Outbox.StoredMail toSender = Mails.single(outbox, sender.email());
		assertThat(toSender.text()).contains("Gern, rufen Sie uns an.", admin.email(), admin.getDisplayName(),
				"/kontaktanfragen/" + requestId);
		assertThat(mvc.get().uri("/kontaktanfragen/" + requestId).with(user(admin))).bodyText()
			.contains("mailto:" + sender.email(), "Gern, rufen Sie uns an.")
			.doesNotContain("Ihre Antwort");
		assertThat(mvc.get().uri("/kontaktanfragen/" + requestId).with(user(sender))).bodyText()
			.contains("mailto:" + admin.email(), "Gern, rufen Sie uns an.");
		assertThat(as(admin, () -> contact.request(requestId)).orElseThrow().mayAnswer()).isFalse();
	}

	@Test
	void withoutAProfileAddressTheCompanysAdminsGetTheMail() {
		UUID company = fixtures.company(DirectoryUnitTests.valid().name("Ohneadresse " + token + " GmbH (fiktiv)").build());
		PlatformUser admin = memberships.member("verwaltung-" + token + "@test.itas.local", company, Role.COMPANY_ADMIN);
		memberships.member("mitglied-" + token + "@test.itas.local", company, Role.COMPANY_MEMBER);
		PlatformUser sender = testAccounts.person("Frage " + token);

		as(sender, () -> contact.send(company, new ContactMessage("Frage " + token, "Haben Sie Kapazitäten frei?",
				new ContactContext("networking:post:7", "Kooperation Leichtbau " + token))));

		Outbox.StoredMail mail = Mails.single(outbox, admin.email());
		assertThat(mail.text()).contains("Kooperation Leichtbau " + token, "Haben Sie Kapazitäten frei?")
			.doesNotContain(sender.email());
		assertThat(Mails.to(outbox, "mitglied-" + token + "@test.itas.local")).isEmpty();
	}

	@Test
	void tooManyRequestsInAShortTimeAreRefusedWithAClearMessageAndNothingIsStored() {
		UUID company = fixtures.company(DirectoryUnitTests.valid().name("Vielpost " + token + " GmbH (fiktiv)").build());
		PlatformUser sender = testAccounts.person("Vielschreiber " + token);
		for (int i = 1; i <= 5; i++) {
			int number = i;
			as(sender, () -> contact.send(company, new ContactMessage("Nachricht " + number, "Text " + number, null)));
		}

		MvcTestResult refused = mvc.post().uri("/unternehmen/" + company + "/kontakt").param("subject", "Nummer sechs")
			.param("message", "Noch eine Nachricht " + token)
			.with(user(sender))
			.with(csrf())
			.exchange();

		assertThat(refused).hasStatusOk().bodyText().contains("zu viele Nachrichten gesendet", "value=\"Nummer sechs\"",
				"Noch eine Nachricht " + token);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM directory.contact_request WHERE sender_id = ?", Long.class,
				sender.id())).isEqualTo(5);
	}

	@Test
	void messagesArePlainTextAndOnlyVerifiedAccountsMaySend() {
		UUID company = fixtures.company(DirectoryUnitTests.valid().name("Klartext " + token + " GmbH (fiktiv)").build());
		PlatformUser sender = testAccounts.person("Markup " + token);
		MvcTestResult refused = mvc.post().uri("/unternehmen/" + company + "/kontakt").param("subject", " ")
			.param("message", "<script>alert(1)</script>")
			.with(user(sender))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatusOk().bodyText().contains("id=\"subject-error\"", "id=\"message-error\"",
				"ohne HTML-Zeichen", "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");

		PlatformUser unverified = testAccounts.person("Unbestaetigt " + token);
		jdbc.update("UPDATE accounts.user_account SET email_verified = false WHERE id = ?", unverified.id());
		assertThatThrownBy(() -> as(unverified, () -> contact.send(company, new ContactMessage("Hallo", "Text", null))))
			.isInstanceOfSatisfying(FieldProblems.class, refusal -> assertThat(refusal.problems())
				.containsExactly(FieldProblem.ofForm("directory.contact.unverified")));
		assertThat(mvc.post().uri("/unternehmen/" + company + "/kontakt").param("subject", "Hallo")
			.param("message", "Text")
			.with(user(unverified))
			.with(csrf())).as("an unverified account is signed out").hasStatus3xxRedirection();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM directory.contact_request WHERE company_id = ?", Long.class,
				company)).isZero();
	}

	@Test
	void requestsArePartOfTheDataExportAndAreErased() {
		UUID company = fixtures.company(DirectoryUnitTests.valid().name("Datenwerk " + token + " GmbH (fiktiv)").build());
		PlatformUser admin = memberships.member("daten-" + token + "@test.itas.local", company, Role.COMPANY_ADMIN);
		PlatformUser sender = testAccounts.person("Export " + token);
		UUID request = as(sender, () -> contact.send(company, new ContactMessage("Export " + token, "Meine Frage", null)));
		as(admin, () -> contact.answer(request, "Antwort " + token));

		assertThat(privacy.export(sender.id()).get("directory").toString()).contains("Export " + token, "Meine Frage",
				"Antwort " + token, "Datenwerk " + token);
		assertThat(privacy.export(admin.id()).get("directory").toString()).contains("Antwort " + token);

		personalData.erase(admin.id());
		assertThat(jdbc.queryForObject("SELECT replied_by_name FROM directory.contact_request WHERE id = ?", String.class,
				request)).isNull();
		personalData.erase(sender.id());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM directory.contact_request WHERE id = ?", Long.class,
				request)).isZero();
		assertThat(privacy.export(sender.id()).get("directory").toString()).doesNotContain("Export " + token);
	}

}
