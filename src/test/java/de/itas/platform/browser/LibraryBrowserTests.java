package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The library in German: a partner's staff member creates a video item (refused once for the missing
 * transcript, then saved with it) and hands it to review, the coordination publishes it, and a visitor finds
 * it through the kind facet and the full-text search and opens it. axe checks every page.
 */
class LibraryBrowserTests extends BrowserTestSupport {

	private void shot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/library-" + name + ".png"))
			.setFullPage(true));
	}

	private void press(String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	@Test
	void anEditorCreatesAVideoASecondPersonPublishesAVisitorFindsIt() {
		String word = "Lackierstrasse" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		String title = "Video zur " + word;
		login("berater.cwe@demo.itas.local");
		visit("/wissen/verwaltung/neu");
		page.locator("#kind").selectOption("VIDEO");
		page.locator("#title").fill(title);
		page.locator("#summary").fill("Ein kurzes Erklärvideo zur Lackierstraße der Zukunft.");
		page.locator("#url").fill("https://video.example.org/lackierstrasse");
		page.locator("fieldset#actionFields input[type=checkbox]").first().check();
		press("Entwurf speichern");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Transkript");
		assertThat(page.locator("#title")).hasValue(title);
		checkPage();
		shot("fehler");
		page.locator("#transcript").fill("Sprecherin: Die Lackierstraße arbeitet mit Pulverlack und spart Lösemittel.");
		press("Entwurf speichern");
		page.waitForURL(Pattern.compile(".*/wissen/verwaltung/[0-9a-f-]{36}$"));
		assertThat(page.locator("h1")).containsText(title);
		checkPage();
		press("Speichern und zur Prüfung geben");
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("zur Prüfung eingereicht");

		page.context().clearCookies();
		login("koordination@demo.itas.local");
		visit("/wissen/verwaltung");
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prüfen: " + title)).click();
		page.waitForURL("**/pruefung");
		checkPage();
		shot("pruefung");
		press("Veröffentlichen");
		page.waitForURL("**/wissen/verwaltung");
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("veröffentlicht");

		page.context().clearCookies();
		visit("/wissen");
		checkPage();
		page.locator(".library-facets a[href*='art=video']").click();
		page.waitForURL("**/wissen?art=video");
		page.locator("#q").fill(word);
		press("Suchen");
		page.waitForURL("**/wissen?q=*");
		assertThat(page.locator(".library-card")).hasCount(1);
		checkPage();
		shot("liste");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		page.waitForURL("**/wissen/video-zur-*");
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator(".library-transcript")).containsText("Pulverlack");
		checkPage();
		shot("eintrag");
	}

}
