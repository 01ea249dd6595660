package de.itas.platform.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;

/** The security baseline: login, throttling, CSRF, headers, access rules and error pages. */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityIntegrationTests {

	private static final String ADMIN = "admin@demo.itas.local";
	private static final String PASSWORD = "itas-demo-2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WebApplicationContext context;

	@AfterEach
	void clearThrottle() {
		jdbc.update("DELETE FROM login_throttle");
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MvcTestResult login(String user, String password, String address) {
		return mvc.post()
			.uri("/login")
			.param("username", user)
			.param("password", password)
			.with(csrf())
			.with(from(address))
			.exchange();
	}

	@Test
	void demoUserSignsInAndLandsOnTheStartPageWithASessionInPostgres() {
		MvcTestResult result = login(ADMIN, PASSWORD, "127.0.0.1");
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/mein-bereich");
		Integer sessions = jdbc.queryForObject("SELECT count(*) FROM spring_session WHERE principal_name = ?",
				Integer.class, ADMIN);
		assertThat(sessions).isPositive();
	}

	@Test
	void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
		assertThat(login(ADMIN, "wrong-password-123", "127.0.0.1"))
			.hasRedirectedUrl("/login?error");
		assertThat(login("nobody@demo.itas.local", "wrong-password-123", "127.0.0.1"))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void fiveFailuresForOneAccountBlockItEvenWithTheRightPasswordAndAreLogged(CapturedOutput output) {
		for (int i = 1; i <= 5; i++) {
			assertThat(login(ADMIN, "wrong-" + i, "10.0.1." + i)).hasStatus3xxRedirection();
		}
		assertThat(login(ADMIN, PASSWORD, "10.0.1.99"))
			.hasRedirectedUrl("/login?blocked");
		assertThat(output.getAll()).contains("Login blocked for user:" + ADMIN);
		assertThat(mvc.get().uri("/login").param("blocked", "")).bodyText().contains("Zu viele fehlgeschlagene Anmeldeversuche");
	}

	@Test
	void fiveFailuresFromOneAddressBlockThatAddressForEveryAccount() {
		for (int i = 1; i <= 4; i++) {
			assertThat(login("guess" + i + "@demo.itas.local", "x", "10.0.2.1")).hasRedirectedUrl("/login?error");
		}
		assertThat(login("guess5@demo.itas.local", "x", "10.0.2.1")).hasRedirectedUrl("/login?blocked");
		assertThat(login(ADMIN, PASSWORD, "10.0.2.1"))
			.hasRedirectedUrl("/login?blocked");
		assertThat(login(ADMIN, PASSWORD, "10.0.2.2"))
			.hasRedirectedUrl("/mein-bereich");
	}

	@Test
	void aSuccessfulLoginClearsEarlierFailures() {
		for (int i = 1; i <= 4; i++) {
			login(ADMIN, "wrong", "10.0.3.1");
		}
		assertThat(login(ADMIN, PASSWORD, "10.0.3.1"))
			.hasRedirectedUrl("/mein-bereich");
		assertThat(login(ADMIN, "wrong", "10.0.3.1"))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void aStateChangingRequestWithoutCsrfTokenIsRefusedAndChangesNothing() {
		String before = jdbc.queryForObject("SELECT name FROM region.district WHERE code = 'chemnitz'", String.class);
		assertThat(mvc.post()
			.uri("/admin/region/landkreise/chemnitz")
			.with(testAccounts.as(Role.ADMIN))
			.param("name", "Gekapert")
			.param("seat", "Chemnitz")
			.param("kind", "KREISFREIE_STADT")
			.param("version", "0")).hasStatus(403);
		assertThat(jdbc.queryForObject("SELECT name FROM region.district WHERE code = 'chemnitz'", String.class))
			.isEqualTo(before);
		assertThat(mvc.post().uri("/login").param("username", ADMIN).param("password", PASSWORD)).hasStatus(403);
	}

	@Test
	void everyResponseCarriesStrictHeaders() {
		MvcTestResult result = mvc.get().uri("/").exchange();
		assertThat(result).hasStatusOk();
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(result.getResponse().getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()");
	}

	@Test
	void visitorsAreAskedToSignInForPersonalPagesAndReadersGetNoSession() {
		// spring-security-test's csrf() swaps the CSRF filter's repository for a session-based one for the rest of
		// the shared test context, so any earlier test with csrf() would give readers a session here; put the
		// platform's cookie repository back to test what production does
		WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext(), "GET", "/region"),
				new CookieCsrfTokenRepository());
		assertThat(mvc.get().uri("/mein-bereich")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/admin/region")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/region").exchange().getResponse().getCookie("SESSION")).isNull();
	}

	@Test
	void signedInUsersWithoutTheRoleAreRefused() {
		assertThat(mvc.get().uri("/admin/region").with(testAccounts.as(Role.EMPLOYEE, Role.COORDINATOR))).hasStatus(403);
		assertThat(mvc.get().uri("/admin/region").with(testAccounts.as(Role.ADMIN))).hasStatusOk();
	}

	@Autowired
	java.util.List<org.springframework.security.web.SecurityFilterChain> chains;

	@Test
	void nobodyCanSignInAsSomebodyElseOrReadPasswords() {
		assertThat(chains).flatExtracting(org.springframework.security.web.SecurityFilterChain::getFilters)
			.noneMatch(filter -> filter instanceof org.springframework.security.web.authentication.switchuser.SwitchUserFilter);
		for (String page : java.util.List.of("/admin/protokoll", "/admin/organisationen", "/admin/postausgang", "/konto")) {
			assertThat(mvc.get().uri(page).with(testAccounts.as(Role.ADMIN))).as(page)
				.hasStatusOk()
				.bodyText()
				.doesNotContain("argon2", "password_hash");
		}
	}

	@Test
	void englishIsTheSecondLanguage() {
		assertThat(mvc.get().uri("/region?lang=en").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.contains("The region of South-West Saxony", "lang=\"en\"");
		assertThat(mvc.get().uri("/region?lang=fr").accept(MediaType.TEXT_HTML)).bodyText()
			.contains("Die Region Südwestsachsen");
	}

}
