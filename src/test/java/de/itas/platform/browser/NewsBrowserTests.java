package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The news in German: a staff member of the consortium lead writes an article and hands it over for review,
 * the coordination reviews and publishes it, a visitor finds it in the list and reads it. axe checks every page.
 */
class NewsBrowserTests extends BrowserTestSupport {

	private void shot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/news-" + name + ".png"))
			.setFullPage(true));
	}

	private void press(String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	@Test
	void aStaffMemberWritesTheCoordinationPublishesAVisitorReads() {
		String title = "Werkstatt Batteriemontage " + Long.toString(System.nanoTime(), 36);
		login("berater.cwe@demo.itas.local");
		visit("/aktuelles/verwaltung/neu");
		press("Entwurf speichern");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte prüfen Sie Ihre Eingaben.");
		checkPage();
		page.getByLabel("Titel").fill(title);
		page.getByLabel("Anriss").fill("Eine Werkstatt zur Montage von Batteriemodulen für Beschäftigte der Zulieferer.");
		page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("Die Werkstatt findet **zweimal** statt.");
		page.locator("fieldset#actionFields input[type=checkbox]").first().check();
		press("Entwurf speichern");
		page.waitForURL("**/aktuelles/verwaltung/*");
		assertThat(page.locator("h1")).containsText(title);
		checkPage();
		shot("entwurf");
		press("Speichern und zur Prüfung geben");
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("zur Prüfung eingereicht");
		checkPage();

		page.context().clearCookies();
		login("koordination@demo.itas.local");
		visit("/aktuelles/verwaltung");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("„" + title + "“ prüfen")).click();
		page.waitForURL("**/pruefung");
		checkPage();
		shot("pruefung");
		press("Meldung veröffentlichen");
		page.waitForURL("**/aktuelles/verwaltung");
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("veröffentlicht");
		checkPage();

		page.context().clearCookies();
		visit("/aktuelles");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		page.waitForURL("**/aktuelles/werkstatt-batteriemontage-*");
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator(".markdown strong")).hasText("zweimal");
		checkPage();
		shot("meldung");
	}

}
