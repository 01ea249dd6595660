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
		page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill(title);
		button("Speichern");
		assertThat(page.locator("#form-errors")).containsText("Kurzbeschreibung");
		checkPage();
		page.getByLabel("Kurzbeschreibung").fill("Ein kleiner Kurs aus dem Editor.");
		page.getByLabel("Geschätzte Dauer (Minuten)").fill("20");
		button("Speichern");
		page.waitForURL(url -> url.matches(".*/kurse/[0-9a-f-]{36}$"));
		checkPage();

		page.getByLabel("Titel des Moduls").fill("Erstes Modul");
		button("Modul anlegen");
		link("Neue Lektion");
		page.getByLabel("Titel der Lektion").fill("Einstieg");
		page.getByLabel("Text (Markdown)").fill("Ein **kurzer** Einstieg.");
		button("Vorschau");
		assertThat(page.locator(".lesson-body strong")).hasText("kurzer");
		checkPage();
		button("Speichern");
		page.waitForURL(url -> url.matches(".*/kurse/[0-9a-f-]{36}$"));

		link("Abschlussquiz");
		page.getByLabel("Frage", new Page.GetByLabelOptions().setExact(true)).fill("Ist das ein Kurs?");
		page.getByLabel("Antwort 1", new Page.GetByLabelOptions().setExact(true)).fill("Ja");
		page.getByLabel("Antwort 1 ist richtig").check();
		page.getByLabel("Antwort 2", new Page.GetByLabelOptions().setExact(true)).fill("Nein");
		button("Frage hinzufügen");
		assertThat(page.locator("main")).containsText("Ist das ein Kurs?");
		checkPage();

		link("Zurück zum Kurs");
		link("Beschreibung bearbeiten");
		page.getByLabel("Veröffentlicht").check();
		button("Speichern");
		page.waitForURL(url -> url.matches(".*/kurse/[0-9a-f-]{36}$"));

		visit("/lernen");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
	}

}
