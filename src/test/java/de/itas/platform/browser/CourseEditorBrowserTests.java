package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * A coordinator builds a small course in the editor (one error round on the description), publishes it, and it shows
 * under „Lernen“; axe on each page of the editor.
 */
class CourseEditorBrowserTests extends BrowserTestSupport {

	@Autowired
	TestAccounts accounts;

	private void button(String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	private void link(String name) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
	}

	@Test
	void aCoordinatorBuildsAndPublishesACourse() {
		String title = "Editorkurs " + UUID.randomUUID().toString().substring(0, 8);
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		page.navigate(url("/login"));
		page.getByLabel("E-Mail-Adresse").fill(coordinator.email());
		page.getByLabel("Passwort").fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).last().click();
		page.waitForURL("**/mein-bereich");

		visit("/lernen/verwaltung/kurse");
		checkPage();
		link("Neuer Kurs");
		page.waitForURL("**/kurse/neu");
		page.locator("#title").fill(title);
		button("Speichern");
		assertThat(page.locator("#form-errors")).containsText("Kurzbeschreibung");
		checkPage();
		page.locator("#summary").fill("Ein kleiner Kurs aus dem Editor.");
		page.locator("#durationMinutes").fill("20");
		button("Speichern");
		page.waitForURL(url -> url.matches(".*/kurse/[0-9a-f-]{36}$"));
		checkPage();

		page.locator("#title").fill("Erstes Modul");
		button("Modul anlegen");
		link("Neue Lektion");
		page.locator("#title").fill("Einstieg");
		page.locator("#body").fill("Ein **kurzer** Einstieg.");
		button("Vorschau");
		assertThat(page.locator(".lesson-body strong")).hasText("kurzer");
		checkPage();
		button("Speichern");
		page.waitForURL(url -> url.matches(".*/kurse/[0-9a-f-]{36}$"));

		link("Abschlussquiz");
		page.locator("#text").fill("Ist das ein Kurs?");
		page.locator("[id='options0.text']").fill("Ja");
		page.locator("[id='options0.correct1']").check();
		page.locator("[id='options1.text']").fill("Nein");
		button("Frage hinzufügen");
		assertThat(page.locator("main")).containsText("Ist das ein Kurs?");
		checkPage();

		link("Zurück zum Kurs");
		link("Beschreibung bearbeiten");
		page.locator("#status-published").check();
		button("Speichern");
		page.waitForURL(url -> url.matches(".*/kurse/[0-9a-f-]{36}$"));

		visit("/lernen");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
	}

}
