package de.itas.platform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.shared.mail.Outbox;

/**
 * A new password, a new e-mail address and a deletion request end every other session of the account: a
 * session somebody opened before (a thief, a forgotten computer) no longer works afterwards.
 */
@PlatformTest
class OtherSessionsIntegrationTests {

	private static final String PASSWORD = RegistrationIntegrationTests.PASSWORD;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	/** A verified account of its own for each test. */
	private String account(String prefix) {
		String email = RegistrationIntegrationTests.uniqueEmail(prefix);
		assertThat(mvc.post().uri("/registrieren").with(csrf()).param("kind", "person").param("displayName", "Sina Sitzung")
			.param("email", email).param("password", PASSWORD).param("passwordRepeat", PASSWORD).param("consent", "true"))
			.hasStatusOk();
		assertThat(mvc.post().uri("/konto/bestaetigen").with(csrf())
			.param("token", Mails.token(Mails.single(outbox, email)))).hasRedirectedUrl("/login");
		return email;
	}

	private Cookie signIn(String email, String password) {
		MvcTestResult result = mvc.post().uri("/login").with(csrf()).param("username", email).param("password", password)
			.exchange();
		assertThat(result).hasRedirectedUrl("/mein-bereich");
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private boolean works(Cookie session) {
		MvcTestResult result = mvc.get().uri("/konto").cookie(session).exchange();
		return result.getResponse().getStatus() == 200;
	}

	@Test
	void aPasswordResetEndsEverySessionOpenedBefore() {
		String email = account("reset-sitzung");
		Cookie before = signIn(email, PASSWORD);
		assertThat(works(before)).isTrue();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM login_device WHERE account = ?", Integer.class, email))
			.isPositive();

		mvc.post().uri("/passwort-vergessen").with(csrf()).param("email", email).exchange();
		String token = Mails.token(Mails.to(outbox, email).stream()
			.filter(mail -> mail.subject().startsWith("Neues Passwort"))
			.findFirst()
			.orElseThrow());
		String newPassword = "Ganz neues Passwort 2026";
		assertThat(mvc.post().uri("/passwort-neu").with(csrf()).param("token", token).param("password", newPassword)
			.param("passwordRepeat", newPassword)).hasRedirectedUrl("/login");

		assertThat(works(before)).as("the session opened before the reset").isFalse();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM login_device WHERE account = ?", Integer.class, email))
			.as("the browsers it signed in from are no longer known devices").isZero();
		assertThat(works(signIn(email, newPassword))).as("a session with the new password").isTrue();
	}

	@Test
	void aNewAddressEndsTheOtherSessionsButNotTheOneThatConfirmedIt() {
		String email = account("umzug-sitzung");
		Cookie other = signIn(email, PASSWORD);
		Cookie mine = signIn(email, PASSWORD);
		String target = RegistrationIntegrationTests.uniqueEmail("neue-sitzung");
		assertThat(mvc.post().uri("/konto/email").with(csrf()).cookie(mine).param("email", target)
			.param("currentPassword", PASSWORD)).hasRedirectedUrl("/konto");
		assertThat(works(other)).as("nothing changed yet").isTrue();

		assertThat(mvc.post().uri("/konto/email-bestaetigen").with(csrf()).cookie(mine)
			.param("token", Mails.token(Mails.single(outbox, target)))).hasRedirectedUrl("/konto");

		assertThat(works(other)).as("the other session").isFalse();
		assertThat(works(mine)).as("the session that confirmed the change").isTrue();
	}

	@Test
	void aDeletionRequestEndsTheOtherSessions() {
		String email = account("loeschen-sitzung");
		Cookie other = signIn(email, PASSWORD);
		Cookie mine = signIn(email, PASSWORD);
		assertThat(mvc.post().uri("/meine-daten/loeschen").with(csrf()).cookie(mine).param("password", PASSWORD))
			.hasRedirectedUrl("/meine-daten");

		assertThat(works(other)).as("the other session").isFalse();
		assertThat(works(mine)).as("the session that asked for the deletion").isTrue();
	}

}
