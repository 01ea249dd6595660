package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The future forums in German: a visitor writes an input at the open demo forum, gets its code and opens
 * "what became of my input"; the coordination's batch entry, print and triage pages. axe checks every page.
 */
class ForumsBrowserTests extends BrowserTestSupport {

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	private void shot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/forums-" + name + ".png"))
			.setFullPage(true));
	}

	@Test
	void aVisitorWritesAnInputAndFollowsItByItsCode() {
		visit("/zukunftsforen");
		shot("liste");
		page.locator(".forum-open a").first().click();
		page.waitForURL("**/beitrag");
		assertThat(page.locator("h1")).hasText("Ihr Beitrag zum Zukunftsforum");
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beitrag senden")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte prüfen Sie Ihre Eingaben.");
		checkPage();
		page.getByLabel("Bedarf", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Ihr Beitrag").fill("Wir brauchen einen Rufbus, der auch zur Frühschicht fährt.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beitrag senden")).click();
		String code = page.locator(".input-code").textContent().strip();
		assertThat(code).matches("ZF-[2-9A-Z]{4}");
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Was wurde aus meinem Beitrag?")).first().click();
		page.waitForURL("**/karte/" + code);
		assertThat(page.locator("h1")).hasText("Beitrag " + code);
		assertThat(page.locator(".card-input")).containsText("Rufbus");
		checkPage();

		// the card page of a demo input that was triaged, and the forum page with its filter
		visit("/zukunftsforen");
		page.locator(".forum-card h2 a").last().click();
		page.waitForURL("**/zukunftsforen/*");
		checkPage();
		page.getByLabel("Handlungsfeld").selectOption("qualifizierung");
		page.waitForURL("**handlungsfeld=qualifizierung**");
		assertThat(page.locator("#forum-inputs")).containsText("Weiterbildung");
		checkPage();
		shot("forum");
		// an input the demo's coordination put into a topic and decided on
		page.locator("#forum-inputs .input-item", new Page.LocatorOptions().setHasText("Thema: Weiterbildung neben der Arbeit"))
			.first()
			.locator(".meta a")
			.first()
			.click();
		page.waitForURL("**/karte/ZF-*");
		assertThat(page.locator(".card-chain")).containsText("Weiterbildung neben der Arbeit");
		assertThat(page.locator(".card-chain")).containsText("Entscheidung: übernommen");
		checkPage();
		shot("karte");
		visit("/karte");
	}

	@Test
	void theCoordinationEntersCardsPrintsAndTriages() {
		login("koordination@demo.itas.local");
		visit("/zukunftsforen");
		page.locator(".forum-card h2 a").first().click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Papierkarten erfassen")).click();
		page.waitForURL("**/karten");
		checkPage();
		page.getByLabel("Code der Karte in Zeile 1", EXACT).fill("ZF-2222");
		page.getByLabel("Code der Karte in Zeile 2", EXACT).fill("zf-2222");
		page.getByLabel("Text der Karte in Zeile 1", EXACT).fill("Mehr Ladepunkte im Gewerbegebiet");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stapel zur Prüfung speichern")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Zeile 2: Der Code ZF-2222 steht schon in Zeile 1");
		assertThat(page.getByLabel("Text der Karte in Zeile 1", EXACT)).hasValue("Mehr Ladepunkte im Gewerbegebiet");
		checkPage();
		shot("stapel");
		String forumPath = page.url().replaceAll("^https?://[^/]+", "").replace("/karten", "");
		visit(forumPath + "/karten/druck");
		page.getByLabel("Anzahl der Karten").fill("4");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neue Karten erzeugen")).click();
		page.waitForURL("**/karten/druck?satz=**");
		assertThat(page.locator(".print-card")).hasCount(4);
		checkPage();
		visit("/zukunftsforen/sichtung");
		page.getByLabel("nur Beiträge ohne Thema").check();
		page.waitForURL("**ohneThema=true**");
		checkPage();
		shot("sichtung");
		page.locator("#triage-list tbody th a").first().click();
		page.waitForURL("**/sichtung/beitrag/**");
		checkPage();
		visit("/zukunftsforen/karten");
	}

}
