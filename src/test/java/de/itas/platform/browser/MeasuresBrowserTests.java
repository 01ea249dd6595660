package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Steering in German: the lead of an action field opens the steering home, is refused a progress over 100 %,
 * enters progress with a comment, and a visitor then sees it on the public measure page. axe checks every page.
 */
class MeasuresBrowserTests extends BrowserTestSupport {

	private void shot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/measures-" + name + ".png"))
			.setFullPage(true));
	}

	@Test
	void aFieldLeadUpdatesProgressWithACommentAndThePublicPageShowsIt() {
		String comment = "Freigabe durch zwei Landkreise erteilt " + System.nanoTime();
		login("beraterin.ihk@demo.itas.local");
		visit("/steuerung");
		assertThat(page.locator("h1")).hasText("Steuerung");
		assertThat(page.locator("main")).containsText("Industriepolitik");
		shot("steuerung");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fortschritt Flächenatlas Industrie")).click();
		page.waitForURL("**/fortschritt");
		assertThat(page.locator("h1")).hasText("Fortschritt eintragen");
		checkPage();
		String measurePath = page.url().replaceAll("^https?://[^/]+", "").replace("/steuerung/massnahmen/", "/massnahmen/")
			.replace("/fortschritt", "");

		page.getByLabel("Fortschritt in Prozent").fill("150");
		page.getByLabel("Kommentar für den Verlauf").fill(comment);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortschritt speichern")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Der Fortschritt muss zwischen 0 und 100 % liegen.");
		assertThat(page.getByLabel("Kommentar für den Verlauf")).hasValue(comment);
		checkPage();

		page.getByLabel("Fortschritt in Prozent").fill("85");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortschritt speichern")).click();
		page.waitForURL("**" + measurePath);
		assertThat(page.locator(".measure-summary")).containsText("85 %");
		assertThat(page.locator(".measure-timeline li").first()).containsText(comment);
		checkPage();
		shot("massnahme");

		// the other steering pages of the measure
		String steeringPath = measurePath.replace("/massnahmen/", "/steuerung/massnahmen/");
		visit(steeringPath);
		assertThat(page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(false)).first()).hasValue("Flächenatlas Industrie");
		shot("bearbeiten");
		visit(steeringPath + "/meilensteine");
		assertThat(page.getByLabel("Titel von Meilenstein 1")).hasValue("Datenerhebung bei den Landkreisen");
		shot("meilensteine");
		visit(steeringPath + "/verknuepfungen?q=Netzwerkkongress");
		assertThat(page.locator(".measure-search-results")).containsText("Netzwerkkongress");
		shot("verknuepfungen");

		// a visitor sees the new progress and the comment, without the steering links
		context.clearCookies();
		visit(measurePath);
		assertThat(page.locator(".measure-summary")).containsText("85 %");
		assertThat(page.locator(".measure-timeline")).containsText(comment);
		assertThat(page.getByText("Fortschritt eintragen")).hasCount(0);
		page.setViewportSize(360, 800);
		visit("/massnahmen");
		assertThat(page.locator("main")).containsText("Flächenatlas Industrie");
		assertThat(page.locator("main")).not().containsText("Interne Klausur");
		shot("liste");
		assertThat(page.url()).endsWith("/massnahmen");
	}

}
