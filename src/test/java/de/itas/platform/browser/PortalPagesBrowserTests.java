package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The pages for everyone on a phone (360 px): the accessibility statement, easy language, sign language and
 * the API documentation, each with axe; and a visitor who reports a barrier.
 */
class PortalPagesBrowserTests extends BrowserTestSupport {

	private static final List<String> PAGES = List.of("/barrierefreiheit", "/leichte-sprache", "/gebaerdensprache",
			"/api/dokumentation");

	@Test
	void theFourPagesFitAPhoneAndPassAxe() {
		page.setViewportSize(360, 740);
		for (String path : PAGES) {
			visit(path);
			assertThat(page.locator("h1")).hasCount(1);
			Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
		}
		assertThat(page.locator("main")).containsText("GET /api/v1/trainings");
	}

	@Test
	void aVisitorReportsABarrierFromTheStatement() {
		page.setViewportSize(360, 740);
		visit("/barrierefreiheit");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Barriere über das Formular melden")).click();
		assertThat(page.locator("h1")).hasText("Eine Barriere melden");
		// a first attempt without description is refused with a summary linking to the field
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meldung senden")).click();
		assertThat(page.locator(".notice--error")).containsText("mindestens 10 Zeichen");
		checkPage();
		page.getByLabel("Seite, auf der die Barriere auftritt").fill("/veranstaltungen");
		page.getByLabel("Was hat nicht funktioniert?").fill("Der Kalender lässt sich mit der Tastatur nicht bedienen.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meldung senden")).click();
		assertThat(page.locator("h1")).hasText("Vielen Dank für Ihre Meldung");
		assertThat(page.locator("#barrier-case")).containsText("HD-");
		checkPage();
	}

}
