package de.itas.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.itas.platform.testsupport.BackgroundServices;
import de.itas.platform.testsupport.KeycloakServer;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Single sign-on of partner staff against a real Keycloak (started beside the other tests by
 * {@link KeycloakServer}, realm {@code sso/itas-realm.json}): the button on the login page, Keycloak's own
 * login form, and the way back. Keycloak's groups map to roles in the demo partner organisation AMZ
 * ({@code application-test.properties}): itas-koordination to COORDINATOR, itas-beratung to ADVISOR.
 * <p>
 * Without a JDK 21+ for Keycloak the test is skipped, unless {@code ITAS_REQUIRE_KEYCLOAK=true} (set by CI).
 */
class SsoBrowserTests extends BrowserTestSupport {

	private static final String BUTTON = "Anmelden mit Partner-Login (Test)";

	private static final String PASSWORD = "sso-test-2026";

	private static KeycloakServer keycloak;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void awaitKeycloak() throws Exception {
		long waited = System.nanoTime();
		try {
			keycloak = BackgroundServices.await(KeycloakServer.class, Duration.ofMinutes(6));
		}
		catch (KeycloakServer.Unavailable ex) {
			if (Boolean.parseBoolean(System.getenv("ITAS_REQUIRE_KEYCLOAK"))) {
				fail(ex.getMessage() + " (required by ITAS_REQUIRE_KEYCLOAK=true)");
			}
			System.err.println("WARNING: " + ex.getMessage() + ": single sign-on test skipped");
			Assumptions.abort(ex.getMessage());
		}
		System.err.println("SsoBrowserTests waited " + Duration.ofNanos(System.nanoTime() - waited).toMillis()
				+ " ms for Keycloak (its boot took " + keycloak.bootTime().toSeconds() + " s)");
	}

	@Test
	void firstSignInCreatesTheAccountInTheOrganisationAndLaterSignInsFollowTheGroups() throws Exception {
		signIn("koordinatorin", "/login");
		// a new account has not accepted the privacy notice yet: the platform asks first
		page.waitForURL("**/datenschutz/zustimmung");
		checkPage();
		page.getByLabel("Ich habe die Datenschutzerklärung gelesen").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zustimmen und weiter")).click();
		page.waitForURL("**/mein-bereich");
		checkPage();
		assertThat(page.locator("h1").innerText()).contains("Karla Koordinatorin");
		assertThat(roleLine()).contains("Koordination");

		UUID account = accountOf("koordinatorin@partner.example");
		assertThat(rolesIn(account, "amz")).containsExactly("COORDINATOR");
		assertThat(globalRoles(account)).isEmpty();
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM accounts.sso_link l JOIN accounts.organisation o ON o.id = l.organisation_id
				WHERE l.user_id = ? AND l.issuer = ? AND o.partner_code = 'amz'""", Integer.class, account,
				keycloak.issuer())).isEqualTo(1);

		// the provider moves her to the advisors: the next sign-in takes the coordination away; and the page
		// she came from is where she lands (ADR 0016)
		keycloak.moveUser("koordinatorin", "itas-koordination", "itas-beratung");
		context.clearCookies();
		signIn("koordinatorin", "/login?weiter=/impressum");
		page.waitForURL("**/impressum");
		assertThat(accountOf("koordinatorin@partner.example")).isEqualTo(account);
		assertThat(rolesIn(account, "amz")).containsExactly("ADVISOR");
		page.navigate(url("/mein-bereich"));
		assertThat(roleLine()).contains("Berater/in").doesNotContain("Koordination");
	}

	@Test
	void aGroupWithoutMappingGetsTheLeastPrivilegedRoleOnly() {
		signIn("marketing", "/login");
		page.waitForURL("**/datenschutz/zustimmung");
		UUID account = accountOf("marketing@partner.example");
		assertThat(globalRoles(account)).containsExactly("EMPLOYEE");
		assertThat(jdbc.queryForList("SELECT role FROM accounts.membership WHERE user_id = ?", String.class, account))
			.isEmpty();
	}

	@Test
	void anUnverifiedAddressIsRefusedWithAnExplanation() {
		signIn("unbestaetigt", "/login");
		page.waitForURL("**/login?sso=email-unverified");
		checkPage();
		assertThat(page.getByRole(AriaRole.ALERT).innerText()).contains("nicht als bestätigt");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM accounts.user_account WHERE email = ?", Integer.class,
				"unbestaetigt@partner.example")).isZero();
	}

	/** From the platform's login page through Keycloak's login form back to the platform. */
	private void signIn(String username, String loginPath) {
		visit(loginPath);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUTTON)).click();
		page.waitForURL(url -> url.startsWith(keycloak.issuer()));
		page.locator("#username").fill(username);
		page.locator("#password").fill(PASSWORD);
		page.locator("#kc-login").click();
		page.waitForURL(url -> url.startsWith(url("/")) && !url.contains("/login/oauth2/code/"));
	}

	/** The line of Mein Bereich that names the person's roles. */
	private String roleLine() {
		return page.locator("p").filter(new Locator.FilterOptions().setHasText("Ihre Rollen")).innerText();
	}

	private UUID accountOf(String email) {
		return jdbc.queryForObject("SELECT id FROM accounts.user_account WHERE email = ?", UUID.class, email);
	}

	private List<String> rolesIn(UUID account, String partnerCode) {
		return jdbc.queryForList("""
				SELECT m.role FROM accounts.membership m JOIN accounts.organisation o ON o.id = m.organisation_id
				WHERE m.user_id = ? AND o.partner_code = ? ORDER BY m.role""", String.class, account, partnerCode);
	}

	private List<String> globalRoles(UUID account) {
		return jdbc.queryForList("SELECT role FROM accounts.user_role WHERE user_id = ? ORDER BY role", String.class,
				account);
	}

}
