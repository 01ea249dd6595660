package de.itas.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.itas.platform.governance.Charter;
import de.itas.platform.governance.Phase;
import de.itas.platform.governance.SectionView;
import de.itas.platform.governance.VersionSummary;

/**
 * The consultation in the browser: a signed-in person comments on a passage of a section and proposes a new
 * wording using only the keyboard; the coordination decides. axe checks the discussion page, the proposal page
 * (also with the decision form) and the consideration table.
 */
class ConsultationBrowserTests extends BrowserTestSupport {

	private static final String TEXT = "Die Region verbindet Industriekultur mit neuen Ideen. Wir arbeiten zusammen.";

	@Autowired
	Charter charter;

	@Autowired
	Clock clock;

	private void shot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/consultation-" + name + ".png"))
			.setFullPage(true));
	}

	/** Focuses a field by its label and types into it, as a keyboard user would after tabbing there. */
	private void type(String label, String text) {
		page.getByLabel(label).focus();
		page.keyboard().press("Control+A");
		page.keyboard().type(text);
	}

	private void press(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).first().focus();
		page.keyboard().press("Enter");
	}

	@Test
	void aPersonCommentsOnAPassageAndProposesAChangeWithTheKeyboard() {
		String number = (700 + (int) (System.nanoTime() % 200)) + "." + (int) (System.nanoTime() % 900);
		VersionSummary version = charter.createFirstVersion(number, "Charta im Browser", Phase.DRAFTING);
		SectionView section = charter.addSection(version.id(), null, "Vision im Browser", TEXT, null, UUID.randomUUID());
		charter.startConsultation(version.id(), clock.instant().minus(Duration.ofDays(1)),
				clock.instant().plus(Duration.ofDays(20)));
		String anchor = charter.anchors().get(section.sectionId());
		String discussion = "/charta/" + number + "/abschnitt/" + anchor + "/diskussion";

		login("beschaeftigte@demo.itas.local");
		visit(discussion);
		type("Textstelle (optional)", "mit neuen Ideen");
		type("Ihr Kommentar (Pflichtfeld)", "Welche Ideen sind gemeint?");
		press("Kommentar senden");
		page.waitForURL("**/diskussion#kommentare");
		checkPage();
		assertThat(page.locator(".comment .passage").innerText()).contains("mit neuen Ideen");
		assertThat(page.locator(".comment .comment__body").innerText()).isEqualTo("Welche Ideen sind gemeint?");
		shot("discussion");

		// with JavaScript, text selected in the section can be taken over into the passage field
		page.evaluate("""
				() => {
				  const node = document.querySelector('#section-text p').firstChild;
				  const start = node.textContent.indexOf('Industriekultur');
				  const range = document.createRange();
				  range.setStart(node, start);
				  range.setEnd(node, start + 'Industriekultur'.length);
				  window.getSelection().removeAllRanges();
				  window.getSelection().addRange(range);
				}
				""");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markierten Text übernehmen")).click();
		assertThat(page.getByLabel("Textstelle (optional)").inputValue()).isEqualTo("Industriekultur");
		page.getByLabel("Textstelle (optional)").fill("");

		type("Vorgeschlagener Wortlaut des Abschnitts (Pflichtfeld)",
				"Die Region verbindet Industriekultur mit mutigen Ideen. Wir arbeiten zusammen.");
		type("Begründung (Pflichtfeld)", "Mutig passt besser zu unserem Anspruch.");
		press("Vorschlag einreichen");
		page.waitForURL("**/charta/vorschlaege/V-" + number + "-001");
		checkPage();
		assertThat(page.locator(".diff ins").innerText()).contains("mutigen");
		assertThat(page.locator(".diff del").innerText()).contains("neuen");
		shot("proposal");

		// the coordination decides on the proposal page
		context.close();
		context = browser().newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(390, 844));
		page = context.newPage();
		login("koordination@demo.itas.local");
		visit("/charta/vorschlaege/V-" + number + "-001");
		page.getByLabel("teilweise übernommen").focus();
		page.keyboard().press("Space");
		type("Begründung in einfachen Worten (Pflichtfeld)", "Mutig ja, aber wir bleiben bei der Region als Ganzes.");
		press("Entscheidung speichern");
		page.waitForURL("**#entscheidung");
		checkPage();
		assertThat(page.locator("#entscheidung").innerText()).contains("teilweise übernommen");
		shot("proposal-decided-phone");

		visit("/charta/" + number + "/abwaegung");
		assertThat(page.locator("table.considerations").innerText()).contains("V-" + number + "-001")
			.contains("Mutig ja, aber wir bleiben bei der Region als Ganzes.");
		shot("considerations-phone");
	}

}
