package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What a visitor and each demo role see and do in the shell and the region pages. */
class ShellBrowserTests extends BrowserTestSupport {

	private static final List<String> PUBLIC_PAGES = List.of("/", "/region", "/partner", "/handlungsfelder",
			"/anlaufstellen", "/login", "/login/entsperren?token=abgelaufen", "/impressum", "/datenschutz",
			"/barrierefreiheit");

	@Test
	void visitorSeesEveryPublicPageWithoutAccessibilityViolations() {
		for (String path : PUBLIC_PAGES) {
			visit(path);
			assertThat(page.locator("h1")).hasCount(1);
			assertThat(page.locator("html")).hasAttribute("lang", "de");
		}
		visit("/gibt-es-nicht", 404);
		assertThat(page.locator("h1")).hasText("Seite nicht gefunden");
	}

	@Test
	void publicPagesFitAPhoneScreenOf360Pixels() {
		page.setViewportSize(360, 740);
		for (String path : PUBLIC_PAGES) {
			visit(path);
			Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
		}
	}

	@Test
	void onAPhoneTheNavigationWaitsBehindTheMenuButtonAndOpensByKeyboard() {
		page.setViewportSize(360, 740);
		visit("/partner");
		var menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menü"));
		var calendar = page.locator("#main-nav-list").getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Veranstaltungen"));
		assertThat(menu).hasAttribute("aria-expanded", "false");
		assertThat(calendar).isHidden();
		menu.focus();
		page.keyboard().press("Enter");
		assertThat(menu).hasAttribute("aria-expanded", "true");
		assertThat(calendar).isVisible();
		checkPage();
		calendar.click();
		page.waitForURL("**/veranstaltungen");

		page.setViewportSize(1280, 800);
		visit("/partner");
		assertThat(menu).isHidden();
		assertThat(calendar).isVisible();
	}

	@Test
	void helpDeskFilterUpdatesTheListKeepsAShareableUrlAndTheBackButtonWorks() {
		visit("/anlaufstellen");
		assertThat(page.locator("#help-desk-list .card")).hasCount(10);
		page.getByLabel("Landkreis").selectOption("vogtlandkreis");
		assertThat(page.locator("#help-desk-list .card")).hasCount(2);
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*landkreis=vogtlandkreis.*"));
		checkPage();
		page.getByLabel("Partner").selectOption("ihk");
		assertThat(page.locator("#help-desk-list .card")).hasCount(1);
		assertThat(page.locator("#help-desk-list")).containsText("IHK-Regionalkammer Plauen");
		page.goBack();
		assertThat(page.locator("#help-desk-list .card")).hasCount(2);
		page.reload();
		assertThat(page.locator("#help-desk-list .card")).hasCount(2);
		assertThat(page.getByLabel("Landkreis")).hasValue("vogtlandkreis");
	}

	@Test
	void languageSwitchShowsThePageInEnglishAndRemembersIt() {
		visit("/handlungsfelder");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("h1")).hasText("Action fields");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("main")).containsText("Industrial policy");
		checkPage();
		page.navigate(url("/region"));
		assertThat(page.locator("h1")).hasText("The region of South-West Saxony");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deutsch")).click();
		assertThat(page.locator("h1")).hasText("Die Region Südwestsachsen");
	}

	@Test
	void skipLinkIsTheFirstStopOfTheKeyboardAndLeadsToTheContent() {
		visit("/partner");
		page.keyboard().press("Tab");
		assertThat(page.locator(".skip-link")).isFocused();
		assertThat(page.locator(".skip-link")).isInViewport();
		page.keyboard().press("Enter");
		assertThat(page.locator("main")).isFocused();
	}

	@Test
	void everyDemoRoleSignsInAndSeesItsOwnStartPage() {
		record Expectation(String email, String role, String tile) {
		}
		List<Expectation> expectations = List.of(
				new Expectation("admin@demo.itas.local", "Administration", "Regionaldaten pflegen"),
				new Expectation("koordination@demo.itas.local", "Koordination", "Handlungsfelder koordinieren"),
				new Expectation("berater@demo.itas.local", "Berater/in", "Anlaufstelle in Ihrer Nähe"),
				new Expectation("anbieter@demo.itas.local", "Anbieter", "Partner im Netzwerk"),
				new Expectation("unternehmen@demo.itas.local", "Unternehmen (Verwaltung)", "Anlaufstelle in Ihrer Nähe"),
				new Expectation("beschaeftigte@demo.itas.local", "Beschäftigte/r", "Anlaufstelle in Ihrer Nähe"));
		for (Expectation expected : expectations) {
			login(expected.email());
			assertThat(page.locator("h1")).containsText("Willkommen");
			assertThat(page.locator("main")).containsText(expected.role());
			assertThat(page.locator(".tile__title").filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText(expected.tile()))).hasCount(1);
			checkPage();
			visit("/konto");
			assertThat(page.locator("main")).containsText(expected.email());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
			assertThat(page.locator("main")).containsText("Sie haben sich abgemeldet.");
		}
	}

	@Test
	void wrongPasswordShowsAnAccessibleMessageThatRevealsNothing() {
		page.navigate(url("/login"));
		page.getByLabel("E-Mail-Adresse").fill("niemand@demo.itas.local");
		page.getByLabel("Passwort").fill("falsch-falsch-falsch");
		page.locator("form.form button[type=submit]").click();
		assertThat(page.getByRole(AriaRole.ALERT)).hasText(
				"Die Anmeldung ist fehlgeschlagen. Bitte prüfen Sie E-Mail-Adresse und Passwort.");
		checkPage();
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminSeesAnAttackedAccountAndLiftsABlock() {
		String target = "ziel-" + System.nanoTime() + "@test.itas.local";
		jdbc.update("""
				INSERT INTO login_throttle (throttle_key, account, address, failures, window_start, last_failure_at,
				                            blocked_until)
				VALUES (?, ?, NULL, 12, now(), now(), NULL),
				       (?, ?, '10.9.9.9', 5, now(), now(), now() + interval '10 minutes')
				""", "user:" + target, target, "pair:" + target + "|10.9.9.9", target);
		login("admin@demo.itas.local");
		visit("/mein-bereich");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Anmeldeschutz")).click();
		assertThat(page.locator("h1")).hasText("Anmeldeschutz");
		assertThat(page.locator("#attacks")).containsText(target);
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Freigeben: " + target + " von 10.9.9.9"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Die Sperre ist aufgehoben.");
		assertThat(page.locator("#blocks")).not().containsText(target);
		checkPage();
	}

	@Test
	void adminEditsAHelpDeskWithValidationThatKeepsWhatWasTyped() {
		login("admin@demo.itas.local");
		visit("/admin/region");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("IHK-Regionalkammer Plauen bearbeiten")).click();
		checkPage();
		page.getByLabel("E-Mail-Adresse").fill("keine-adresse");
		page.getByLabel("Öffnungszeiten (deutsch)").fill("Mo–Fr 9–15 Uhr (geändert im Test)");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte prüfen Sie Ihre Eingaben.");
		assertThat(page.locator("#email-error")).containsText("gültige E-Mail-Adresse");
		assertThat(page.getByLabel("E-Mail-Adresse")).hasValue("keine-adresse");
		assertThat(page.getByLabel("E-Mail-Adresse")).hasAttribute("aria-invalid", "true");
		assertThat(page.getByLabel("Öffnungszeiten (deutsch)")).hasValue("Mo–Fr 9–15 Uhr (geändert im Test)");
		checkPage();
		page.getByLabel("E-Mail-Adresse").fill("plauen@ihk.demo.itas.local");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Die Änderungen wurden gespeichert.");
		checkPage();
		visit("/anlaufstellen?landkreis=vogtlandkreis&partner=ihk");
		assertThat(page.locator("#help-desk-list")).containsText("Mo–Fr 9–15 Uhr (geändert im Test)");
	}

}
