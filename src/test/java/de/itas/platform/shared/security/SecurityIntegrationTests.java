package de.itas.platform.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.mail.Outbox;

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
	LoginThrottleSettings settings;

	@Autowired
	Outbox outbox;

	@AfterEach
	void clearThrottle() {
		jdbc.update("DELETE FROM login_throttle");
		jdbc.update("DELETE FROM login_device");
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
	void failuresFromManyAddressesNeverLockTheOwnerOutAndAreLoggedAsAnAttack(CapturedOutput output) {
		for (int i = 1; i <= 12; i++) {
			assertThat(login(ADMIN, "wrong-" + i, "10.0.1." + i)).hasRedirectedUrl("/login?error");
		}
		assertThat(output.getAll()).contains("Possible attack on the login of user:" + ADMIN);
		assertThat(login(ADMIN, PASSWORD, "10.0.1.99")).as("the owner from an address of their own")
			.hasRedirectedUrl("/mein-bereich");
	}

	@Test
	void repeatedFailuresForOneAccountFromOneAddressGetGrowingDelays() {
		for (int i = 1; i <= settings.freeFailures(); i++) {
			assertThat(login(ADMIN, "wrong", "10.0.2.1")).hasRedirectedUrl("/login?error");
		}
		assertThat(login(ADMIN, "wrong", "10.0.2.1")).hasRedirectedUrl("/login?blocked");
		assertThat(login(ADMIN, PASSWORD, "10.0.2.1")).as("refused while the delay lasts, even the right password")
			.hasRedirectedUrl("/login?blocked");
		assertThat(mvc.get().uri("/login").param("blocked", "")).bodyText().contains("Zu viele fehlgeschlagene Anmeldeversuche");
		double firstDelay = delaySeconds(ADMIN, "10.0.2.1");

		// the delay has passed
		jdbc.update("UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE address = '10.0.2.1'");
		assertThat(login(ADMIN, "wrong", "10.0.2.1")).hasRedirectedUrl("/login?blocked");
		assertThat(delaySeconds(ADMIN, "10.0.2.1")).isEqualTo(2 * firstDelay);

		assertThat(login(ADMIN, PASSWORD, "10.0.2.2")).as("the same account from another address")
			.hasRedirectedUrl("/mein-bereich");
	}

	private double delaySeconds(String account, String address) {
		return jdbc.queryForObject("SELECT extract(epoch FROM blocked_until - last_failure_at) FROM login_throttle "
				+ "WHERE account = ? AND address = ?", Double.class, account, address);
	}

	private MvcTestResult login(String user, String password, String address, Cookie device) {
		return mvc.post()
			.uri("/login")
			.param("username", user)
			.param("password", password)
			.cookie(device)
			.with(csrf())
			.with(from(address))
			.exchange();
	}

	@Test
	void theOwnersKnownDeviceSignsInWhileAnAttackerOnTheSameNetworkIsThrottled() {
		MvcTestResult earlier = login(ADMIN, PASSWORD, "10.0.8.1");
		assertThat(earlier).hasRedirectedUrl("/mein-bereich");
		Cookie device = earlier.getResponse().getCookie("ITAS-DEVICE");
		assertThat(device).as("a successful login marks the browser as a known device").isNotNull();
		assertThat(device.isHttpOnly()).isTrue();

		// an attacker behind the same address blocks the pair and, with many accounts, the address
		for (int i = 0; i <= settings.freeFailures(); i++) {
			login(ADMIN, "wrong", "10.0.8.1");
		}
		for (int i = 0; i < settings.addressMaxFailures(); i++) {
			login("guess" + i + "@demo.itas.local", "x", "10.0.8.1");
		}
		assertThat(login(ADMIN, PASSWORD, "10.0.8.1")).hasRedirectedUrl("/login?blocked");

		// the owner's browser gets in with the right password
		assertThat(login(ADMIN, PASSWORD, "10.0.8.1", device)).hasRedirectedUrl("/mein-bereich");
		// a made-up device cookie and the device of another account do not help
		assertThat(login(ADMIN, PASSWORD, "10.0.8.1", new Cookie("ITAS-DEVICE", "made-up"))).hasRedirectedUrl(
				"/login?blocked");
		assertThat(login("other@demo.itas.local", "x", "10.0.8.1", device)).hasRedirectedUrl("/login?blocked");

		// the known device has growing delays of its own: a thief of the cookie cannot guess on and on
		for (int i = 1; i <= settings.freeFailures(); i++) {
			assertThat(login(ADMIN, "wrong", "10.0.8.1", device)).hasRedirectedUrl("/login?error");
		}
		assertThat(login(ADMIN, "wrong", "10.0.8.1", device)).hasRedirectedUrl("/login?blocked");
		assertThat(login(ADMIN, PASSWORD, "10.0.8.1", device)).hasRedirectedUrl("/login?blocked");
	}

	private List<Outbox.StoredMail> unlockMails(String to) {
		return outbox.list(0, 1000).stream()
			.filter(mail -> mail.to().equalsIgnoreCase(to) && mail.subject().startsWith("Anmeldung bei der"))
			.toList();
	}

	@Test
	void theOwnerOfAThrottledAccountGetsOneUnlockLinkThatLetsANewBrowserIn() throws Exception {
		int before = unlockMails(ADMIN).size();
		for (int i = 0; i <= settings.freeFailures(); i++) {
			login(ADMIN, "wrong", "10.0.10.1");
		}
		assertThat(login(ADMIN, PASSWORD, "10.0.10.1")).hasRedirectedUrl("/login?blocked");
		// blocked from a second address in the same window: still one mail
		for (int i = 0; i <= settings.freeFailures(); i++) {
			login(ADMIN, "wrong", "10.0.10.2");
		}
		List<Outbox.StoredMail> mails = unlockMails(ADMIN);
		assertThat(mails).hasSize(before + 1);
		String link = mails.get(0).text().lines().filter(line -> line.contains("/login/entsperren?token=")).findFirst()
			.orElseThrow().replaceFirst("^https?://[^/]+", "");

		MvcTestResult opened = mvc.get().uri(link).exchange();
		assertThat(opened).hasStatusOk().bodyText().contains("als Ihr Gerät bekannt");
		Cookie device = opened.getResponse().getCookie("ITAS-DEVICE");
		assertThat(device).isNotNull();
		assertThat(login(ADMIN, PASSWORD, "10.0.10.1", device)).hasRedirectedUrl("/mein-bereich");

		assertThat(mvc.get().uri("/login/entsperren?token=made-up")).hasStatusOk().bodyText().contains("ungültig");
		// nobody gets a mail for an address without an account, and the answer is the same
		for (int i = 0; i <= settings.freeFailures(); i++) {
			login("niemand@demo.itas.local", "wrong", "10.0.10.3");
		}
		assertThat(login("niemand@demo.itas.local", "wrong", "10.0.10.3")).hasRedirectedUrl("/login?blocked");
		assertThat(unlockMails("niemand@demo.itas.local")).isEmpty();
	}

	@Test
	void manyFailuresFromOneAddressBlockThatAddressForEveryAccount() {
		for (int i = 1; i < settings.addressMaxFailures(); i++) {
			assertThat(login("guess" + i + "@demo.itas.local", "x", "10.0.3.1")).hasRedirectedUrl("/login?error");
		}
		assertThat(login("guess-last@demo.itas.local", "x", "10.0.3.1")).hasRedirectedUrl("/login?blocked");
		assertThat(login(ADMIN, PASSWORD, "10.0.3.1")).hasRedirectedUrl("/login?blocked");
		assertThat(login(ADMIN, PASSWORD, "10.0.3.2")).hasRedirectedUrl("/mein-bereich");
	}

	@Test
	void theThrottleCountsTheAddressATrustedProxyForwardsNotOneAClientClaims() {
		// a client that is no proxy claims another address at every attempt: it is still counted as itself
		for (int i = 1; i <= settings.freeFailures(); i++) {
			assertThat(login(ADMIN, "wrong", "203.0.113.9", "198.51.100." + i)).hasRedirectedUrl("/login?error");
		}
		assertThat(login(ADMIN, "wrong", "203.0.113.9", "198.51.100.99")).hasRedirectedUrl("/login?blocked");
		assertThat(jdbc.queryForList("SELECT DISTINCT address FROM login_throttle WHERE address IS NOT NULL",
				String.class)).containsExactly("203.0.113.9");

		// the reverse proxy on this host (trusted by default) forwards the client's address: that one counts,
		// not the proxy's and not what the client wrote in front of it
		assertThat(login(ADMIN, "wrong", "127.0.0.1", "203.0.113.9, 198.51.100.50")).redirectedUrl()
			.endsWith("/login?error");
		assertThat(jdbc.queryForList("SELECT DISTINCT address FROM login_throttle WHERE address IS NOT NULL",
				String.class)).containsExactlyInAnyOrder("203.0.113.9", "198.51.100.50");
	}

	private MvcTestResult login(String user, String password, String address, String forwardedFor) {
		return mvc.post()
			.uri("/login")
			.param("username", user)
			.param("password", password)
			.header("X-Forwarded-For", forwardedFor)
			.with(csrf())
			.with(from(address))
			.exchange();
	}

	@Test
	void aSuccessfulLoginClearsEarlierFailuresOfThatAddress() {
		for (int i = 1; i <= settings.freeFailures(); i++) {
			login(ADMIN, "wrong", "10.0.4.1");
		}
		assertThat(login(ADMIN, PASSWORD, "10.0.4.1")).hasRedirectedUrl("/mein-bereich");
		assertThat(login(ADMIN, "wrong", "10.0.4.1")).hasRedirectedUrl("/login?error");
	}

	@Test
	void adminsSeeAttacksAndBlocksAndLiftABlock() throws Exception {
		String attacked = "koordination@demo.itas.local";
		for (int i = 1; i <= settings.attackFailures(); i++) {
			login(attacked, "wrong", "10.0.5." + i);
		}
		for (int i = 0; i <= settings.freeFailures(); i++) {
			login(ADMIN, "wrong", "10.0.5.200");
		}
		assertThat(login(ADMIN, PASSWORD, "10.0.5.200")).hasRedirectedUrl("/login?blocked");

		MvcTestResult page = mvc.get().uri("/admin/anmeldeschutz").with(testAccounts.as(Role.ADMIN)).exchange();
		assertThat(page).hasStatusOk();
		Document html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(html.select("#attacks tbody tr").eachText()).anySatisfy(row -> assertThat(row)
			.contains(attacked, String.valueOf(settings.attackFailures())));
		assertThat(html.select("#blocks tbody tr").eachText())
			.anySatisfy(row -> assertThat(row).contains(ADMIN, "10.0.5.200"));

		String key = html.select("#blocks form input[name=key]").eachAttr("value").stream()
			.filter(value -> value.contains("10.0.5.200"))
			.findFirst()
			.orElseThrow();
		assertThat(mvc.post().uri("/admin/anmeldeschutz/freigeben").param("key", key).with(csrf())
			.with(testAccounts.as(Role.ADMIN))).hasRedirectedUrl("/admin/anmeldeschutz");
		assertThat(login(ADMIN, PASSWORD, "10.0.5.200")).hasRedirectedUrl("/mein-bereich");

		assertThat(mvc.get().uri("/admin/anmeldeschutz").with(testAccounts.as(Role.COORDINATOR))).hasStatus(403);
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

	/**
	 * Signs in as a browser does, without spring-security-test's csrf() (which would replace the platform's
	 * token repository): the login page's token, its cookie, then the session cookie.
	 */
	private Cookie signInLikeABrowser(String address) throws Exception {
		MvcTestResult page = mvc.get().uri("/login").with(from(address)).exchange();
		Cookie visitorToken = page.getResponse().getCookie("XSRF-TOKEN");
		assertThat(visitorToken).as("a visitor's token lives in a cookie, not in a session").isNotNull();
		assertThat(visitorToken.getAttribute("SameSite")).isEqualTo("Strict");
		assertThat(page.getResponse().getCookie("SESSION")).isNull();
		String token = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.selectFirst("form input[name=_csrf]")
			.val();
		MvcTestResult login = mvc.post().uri("/login").cookie(visitorToken).param("_csrf", token)
			.param("username", ADMIN).param("password", PASSWORD).with(from(address)).exchange();
		assertThat(login).hasRedirectedUrl("/mein-bereich");
		return login.getResponse().getCookie("SESSION");
	}

	private String tokenOfAPage(Cookie session) throws Exception {
		MvcTestResult page = mvc.get().uri("/mein-bereich").cookie(session).exchange();
		assertThat(page).hasStatusOk();
		return Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.selectFirst("meta[name=csrf-token]")
			.attr("content");
	}

	@Test
	void aTokenPlantedInACookieDoesNotCountForASignedInPerson() throws Exception {
		Cookie session = signInLikeABrowser("10.0.9.1");
		// an attacker who can set a cookie on the domain plants his own token and sends it along
		String planted = "b4d0c0ffee-planted-token";
		assertThat(mvc.post().uri("/logout").cookie(session, new Cookie("XSRF-TOKEN", planted))
			.header("X-XSRF-TOKEN", planted)).hasStatus(403);
		assertThat(mvc.post().uri("/logout").cookie(session, new Cookie("XSRF-TOKEN", planted))
			.param("_csrf", planted)).hasStatus(403);
		assertThat(mvc.get().uri("/konto").cookie(session)).as("still signed in").hasStatusOk();

		// the token of the person's own pages, bound to the session, works
		assertThat(mvc.post().uri("/logout").cookie(session).header("X-XSRF-TOKEN", tokenOfAPage(session)))
			.hasRedirectedUrl("/?abgemeldet");
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
