package de.itas.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/** Registration, verification, password reset and change of e-mail address through the web pages. */
@PlatformTest
class RegistrationIntegrationTests {

	static final String PASSWORD = "Zwickauer Getriebe 2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Organisations organisations;

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.itas.local";
	}

	private MvcTestResult register(String kind, String name, String email, String password, String company,
			String district, boolean consent) {
		return mvc.post()
			.uri("/registrieren")
			.with(csrf())
			.param("kind", kind)
			.param("displayName", name)
			.param("email", email)
			.param("password", password)
			.param("passwordRepeat", password)
			.param("companyName", company)
			.param("districtCode", district)
			.param("consent", String.valueOf(consent))
			.exchange();
	}

	@Test
	void aPersonRegistersVerifiesTheAddressAndSignsIn() {
		String email = uniqueEmail("person");
		assertThat(register("person", "Petra Probe", email, PASSWORD, "", "", true)).hasStatusOk()
			.bodyText()
			.contains("Fast geschafft", email);
		assertThat(users.loadUserByUsername(email).isEnabled()).as("unverified accounts cannot sign in").isFalse();
		String token = Mails.token(Mails.single(outbox, email));
		assertThat(mvc.get().uri("/konto/bestaetigen?token=" + token)).hasStatusOk()
			.bodyText()
			.contains("E-Mail-Adresse bestätigen");
		assertThat(users.loadUserByUsername(email).isEnabled()).as("opening the link alone changes nothing").isFalse();
		assertThat(mvc.post().uri("/konto/bestaetigen").with(csrf()).param("token", token)).hasRedirectedUrl("/login");
		PlatformUser user = (PlatformUser) users.loadUserByUsername(email);
		assertThat(user.isEnabled()).isTrue();
		assertThat(user.roles()).containsExactly(Role.EMPLOYEE);
		assertThat(jdbc.queryForObject("SELECT notice_version FROM accounts.consent WHERE user_id = ?", String.class,
				user.id())).isEqualTo("2026-11-21");
		assertThat(mvc.post().uri("/login").with(csrf()).param("username", email).param("password", PASSWORD))
			.hasRedirectedUrl("/mein-bereich");
		assertThat(mvc.post().uri("/konto/bestaetigen").with(csrf()).param("token", token)).hasStatusOk()
			.bodyText()
			.contains("bereits verwendet", "Neuen Bestätigungslink anfordern");
	}

	@Test
	void aCompanyRegistersAndItsPersonBecomesCompanyAdmin() {
		String email = uniqueEmail("firma");
		assertThat(register("company", "Carla Chefin", email, PASSWORD, "Testwerk Crimmitschau GmbH", "zwickau", true))
			.hasStatusOk();
		PlatformUser user = (PlatformUser) users.loadUserByUsername(email);
		assertThat(user.roles()).containsExactlyInAnyOrder(Role.COMPANY_ADMIN, Role.COMPANY_MEMBER);
		assertThat(organisations.membershipsOf(user.id())).extracting(MembershipSummary::organisationName)
			.containsOnly("Testwerk Crimmitschau GmbH");
		assertThat(organisations.organisation(organisations.organisationsWhere(user.id(), Role.COMPANY_ADMIN).get(0))
			.orElseThrow()
			.districtCode()).isEqualTo("zwickau");
	}

	@Test
	void anExistingAddressGetsTheSameAnswerAndTheOwnerIsToldByMail() throws Exception {
		String email = "beschaeftigte@demo.itas.local";
		String answerForExisting = register("person", "Jemand", email, PASSWORD, "", "", true).getResponse()
			.getContentAsString()
			.replace(email, "X");
		String fresh = uniqueEmail("neu");
		String answerForNew = register("person", "Jemand", fresh, PASSWORD, "", "", true).getResponse()
			.getContentAsString()
			.replace(fresh, "X");
		assertThat(strip(answerForExisting)).isEqualTo(strip(answerForNew));
		assertThat(Mails.to(outbox, email)).anySatisfy(
				mail -> assertThat(mail.subject()).isEqualTo("Ihre E-Mail-Adresse ist bereits registriert"));
		assertThat(users.loadUserByUsername(email).getPassword()).isNotNull();
		assertThat(passwords.matches(PASSWORD, users.loadUserByUsername(email).getPassword())).isFalse();
	}

	private static String strip(String html) {
		// the CSRF token differs between responses
		return html.replaceAll("name=\"(_csrf|csrf-token)\"[^>]*>", "").replaceAll("content=\"[^\"]*\"", "");
	}

	@Test
	void shortCommonAndMismatchedPasswordsAreRefusedAndTypedValuesStay() {
		String email = uniqueEmail("schwach");
		MvcTestResult tooShort = register("person", "Susi Schwach", email, "kurz", "", "", true);
		assertThat(tooShort).hasStatusOk()
			.bodyText()
			.contains("mindestens 12 Zeichen", "value=\"Susi Schwach\"", "value=\"" + email + "\"");
		assertThat(register("person", "Susi Schwach", email, "passwort1234", "", "", true)).bodyText()
			.contains("sehr häufig verwendet");
		assertThat(mvc.post()
			.uri("/registrieren")
			.with(csrf())
			.param("kind", "person")
			.param("displayName", "Susi")
			.param("email", email)
			.param("password", PASSWORD)
			.param("passwordRepeat", PASSWORD + "x")
			.param("consent", "true")).bodyText().contains("stimmen nicht überein");
		assertThat(register("person", "Susi", email, PASSWORD, "", "", false)).bodyText()
			.contains("Bitte stimmen Sie der Datenschutzerklärung zu");
		assertThat(register("company", "Susi", email, PASSWORD, "", "atlantis", true)).bodyText()
			.contains("Bitte füllen Sie dieses Feld aus.", "Bitte wählen Sie den Landkreis aus der Liste.");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM accounts.user_account WHERE email = ?", Integer.class, email))
			.isZero();
		assertThat(Mails.to(outbox, email)).isEmpty();
	}

	@Test
	void expiredAndUnknownLinksSaySoAndOfferANewOne() {
		String email = uniqueEmail("spaet");
		register("person", "Sam Spät", email, PASSWORD, "", "", true);
		String token = Mails.token(Mails.single(outbox, email));
		jdbc.update("UPDATE accounts.token SET expires_at = ? WHERE token_hash = ?",
				Timestamp.from(Instant.now().minusSeconds(60)), Tokens.hash(token));
		assertThat(mvc.post().uri("/konto/bestaetigen").with(csrf()).param("token", token)).hasStatusOk()
			.bodyText()
			.contains("Dieser Link ist abgelaufen", "Neuen Link senden");
		assertThat(mvc.get().uri("/konto/bestaetigen?token=erfunden")).bodyText().contains("Dieser Link ist nicht gültig");
		assertThat(mvc.post().uri("/konto/bestaetigen/neu").with(csrf()).param("email", email)).hasStatusOk();
		assertThat(Mails.to(outbox, email)).hasSize(2);
		String fresh = Mails.token(Mails.to(outbox, email).get(0));
		assertThat(mvc.post().uri("/konto/bestaetigen").with(csrf()).param("token", fresh)).hasRedirectedUrl("/login");
	}

	@Test
	void tenResetRequestsInASecondMailTheAddressThreeTimesAndOneClientIsStoppedWithAMessage() {
		String email = uniqueEmail("bombardiert");
		register("person", "Bea Bombardiert", email, PASSWORD, "", "", true);
		for (int i = 0; i < 10; i++) {
			assertThat(mvc.post().uri("/passwort-vergessen").with(csrf()).param("email", email)).hasStatusOk()
				.bodyText()
				.contains(email);
		}
		assertThat(Mails.to(outbox, email)).as("three reset mails, then nothing more this hour")
			.filteredOn(mail -> mail.subject().startsWith("Neues Passwort"))
			.hasSize(Registration.UNSOLICITED_MAILS_PER_HOUR);

		String client = "192.0.2." + (System.nanoTime() % 250);
		for (int i = 0; i < 30; i++) {
			assertThat(mvc.post().uri("/passwort-vergessen").with(csrf()).param("email", uniqueEmail("irgendwer"))
				.with(request -> {
					request.setRemoteAddr(client);
					return request;
				})).bodyText().doesNotContain("zu viele");
		}
		String typed = uniqueEmail("einunddreissig");
		assertThat(mvc.post().uri("/passwort-vergessen").with(csrf()).param("email", typed).with(request -> {
			request.setRemoteAddr(client);
			return request;
		})).hasStatusOk()
			.bodyText()
			.contains("Von Ihrem Anschluss wurden gerade zu viele neue Passwörter angefordert.", "value=\"" + typed + "\"");
	}

	@Test
	void theVerificationMailCarriesNoTextTheRegistrantTyped() {
		String email = uniqueEmail("fremd");
		register("person", "Gewinn abholen unter http://evil.example", email, PASSWORD, "", "", true);
		Outbox.StoredMail mail = Mails.single(outbox, email);
		assertThat(mail.text()).doesNotContain("Gewinn", "evil.example").startsWith("Guten Tag,");
	}

	@Test
	void aPasswordResetLinkWorksOnceAndNeverRevealsWhetherAnAddressExists() throws Exception {
		String email = uniqueEmail("vergesslich");
		register("person", "Vera Vergesslich", email, PASSWORD, "", "", true);
		String unknown = uniqueEmail("niemand");
		String answerKnown = mvc.post().uri("/passwort-vergessen").with(csrf()).param("email", email).exchange()
			.getResponse().getContentAsString().replace(email, "X");
		String answerUnknown = mvc.post().uri("/passwort-vergessen").with(csrf()).param("email", unknown).exchange()
			.getResponse().getContentAsString().replace(unknown, "X");
		assertThat(strip(answerKnown)).isEqualTo(strip(answerUnknown));
		assertThat(Mails.to(outbox, unknown)).isEmpty();
		Outbox.StoredMail mail = Mails.to(outbox, email).stream()
			.filter(candidate -> candidate.subject().startsWith("Neues Passwort"))
			.findFirst()
			.orElseThrow();
		String token = Mails.token(mail);
		assertThat(mvc.post().uri("/passwort-neu").with(csrf()).param("token", token).param("password", "zu kurz")
			.param("passwordRepeat", "zu kurz")).bodyText().contains("mindestens 12 Zeichen");
		String newPassword = "Neues Passwort fuer Vera";
		assertThat(mvc.post().uri("/passwort-neu").with(csrf()).param("token", token).param("password", newPassword)
			.param("passwordRepeat", newPassword)).hasRedirectedUrl("/login");
		PlatformUser user = (PlatformUser) users.loadUserByUsername(email);
		assertThat(passwords.matches(newPassword, user.getPassword())).isTrue();
		assertThat(user.isEnabled()).as("the reset link proves the address").isTrue();
		assertThat(mvc.post().uri("/passwort-neu").with(csrf()).param("token", token).param("password", "Noch ein neues Passwort")
			.param("passwordRepeat", "Noch ein neues Passwort")).bodyText().contains("bereits verwendet");
	}

	@Test
	void changingTheAddressNeedsThePasswordAndAConfirmationFromTheNewAddress() {
		String email = uniqueEmail("umzug");
		register("person", "Ulf Umzug", email, PASSWORD, "", "", true);
		mvc.post().uri("/konto/bestaetigen").with(csrf()).param("token", Mails.token(Mails.single(outbox, email))).exchange();
		PlatformUser user = (PlatformUser) users.loadUserByUsername(email);
		var signedIn = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user);
		String target = uniqueEmail("neue-adresse");
		assertThat(mvc.post().uri("/konto/email").with(csrf()).with(signedIn).param("email", target)
			.param("currentPassword", "falsch")).hasStatusOk().bodyText().contains("Das Passwort ist nicht richtig.",
					"value=\"" + target + "\"");
		assertThat(Mails.to(outbox, target)).isEmpty();
		assertThat(mvc.post().uri("/konto/email").with(csrf()).with(signedIn).param("email", target)
			.param("currentPassword", PASSWORD)).hasRedirectedUrl("/konto");
		assertThat(Mails.to(outbox, email)).anySatisfy(mail -> assertThat(mail.text()).contains(target));
		String token = Mails.token(Mails.single(outbox, target));
		assertThat(mvc.post().uri("/konto/email-bestaetigen").with(csrf()).param("token", token))
			.hasStatus3xxRedirection();
		assertThat(((PlatformUser) users.loadUserByUsername(target)).id()).isEqualTo(user.id());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM accounts.user_account WHERE email = ?", Integer.class, email))
			.isZero();
	}

	@Test
	void registrationPagesAreOpenToVisitors() {
		for (String path : new String[] { "/registrieren", "/registrieren?art=unternehmen", "/passwort-vergessen",
				"/passwort-neu?token=x", "/konto/bestaetigen?token=x", "/konto/email-bestaetigen?token=x" }) {
			assertThat(mvc.get().uri(path).accept(MediaType.TEXT_HTML)).as(path).hasStatusOk();
		}
	}

	@Test
	void registrationVerificationAndSignInLeadBackToThePageThePersonCameFrom() {
		String course = "/weiterbildung/1?termin=2";
		String encoded = "weiter=%2Fweiterbildung%2F1%3Ftermin%3D2";
		assertThat(mvc.get().uri("/login").param("weiter", course)).hasStatusOk()
			.bodyText()
			.contains("value=\"/weiterbildung/1?termin=2\"")
			.contains("/registrieren?" + encoded);
		assertThat(mvc.get().uri("/registrieren").param("weiter", course)).hasStatusOk()
			.bodyText()
			.contains("name=\"weiter\"", "/login?" + encoded);
		String email = uniqueEmail("zurueck");
		assertThat(mvc.post()
			.uri("/registrieren")
			.with(csrf())
			.param("kind", "person")
			.param("displayName", "Rita Rückkehr")
			.param("email", email)
			.param("password", PASSWORD)
			.param("passwordRepeat", PASSWORD)
			.param("consent", "true")
			.param("weiter", course)).hasStatusOk();
		String link = Mails.link(Mails.single(outbox, email));
		assertThat(link).endsWith("&" + encoded);
		assertThat(mvc.get().uri(URI.create(link))).hasStatusOk().bodyText().contains("name=\"weiter\"");
		assertThat(mvc.post().uri("/konto/bestaetigen").with(csrf()).param("token", Mails.token(Mails.single(outbox, email)))
			.param("weiter", course)).hasRedirectedUrl("/login?" + encoded);
		assertThat(mvc.post().uri("/login").with(csrf()).param("username", email).param("password", "falsch")
			.param("weiter", course)).hasRedirectedUrl("/login?error&" + encoded);
		assertThat(mvc.post().uri("/login").with(csrf()).param("username", email).param("password", PASSWORD)
			.param("weiter", course)).hasRedirectedUrl(course);
	}

	@Test
	void aForeignOrMalformedReturnTargetIsIgnored() {
		for (String target : new String[] { "https://boese.example/", "//boese.example/x", "/\\boese.example" }) {
			assertThat(mvc.get().uri("/login").param("weiter", target)).as(target)
				.bodyText()
				.doesNotContain("boese.example");
			assertThat(mvc.post().uri("/login").with(csrf()).param("username", "beschaeftigte@demo.itas.local")
				.param("password", "itas-demo-2026")
				.param("weiter", target)).as(target).hasRedirectedUrl("/mein-bereich");
		}
		assertThat(mvc.post().uri("/konto/bestaetigen").with(csrf()).param("token", "unbekannt")
			.param("weiter", "https://boese.example/")).hasStatusOk().bodyText().doesNotContain("boese.example");
	}

}
