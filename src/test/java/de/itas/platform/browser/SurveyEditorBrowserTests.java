package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The coordination builds a survey in the editor: a refused header keeps what was typed, a single-choice
 * question and a question shown only for one of its answers; every editor page passes axe, also at 360 px.
 */
class SurveyEditorBrowserTests extends BrowserTestSupport {

	@Test
	void theCoordinationBuildsASurveyWithAConditionalQuestion() {
		login("koordination@demo.itas.local");
		visit("/umfragen/verwaltung");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Umfrage anlegen")).click();
		checkPage();

		// a missing title is named at its field, and the typed introduction stays
		page.locator("#intro").fill("Wie kommen Sie zur Arbeit?");
		button("Umfrage anlegen").click();
		assertThat(page.locator("#form-errors")).containsText("Titel: Bitte geben Sie einen Titel ein.");
		assertThat(page.locator("#title-error")).isVisible();
		assertThat(page.locator("#intro")).hasValue("Wie kommen Sie zur Arbeit?");
		checkPage();

		String title = "Arbeitswege " + System.nanoTime();
		page.locator("#title").fill(title);
		button("Umfrage anlegen").click();
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("angelegt");
		checkPage();

		page.locator("#title").fill("Unterwegs");
		button("Seite hinzufügen").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("hinzugefügt");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Frage zu „Unterwegs“ hinzufügen")).click();
		checkPage();
		page.getByLabel("Einfachauswahl").check();
		button("Weiter").click();
		assertThat(page.locator("h1")).hasText("Neue Frage: Einfachauswahl");
		checkPage();
		page.locator("#text").fill("Haben Sie ein Auto?");
		page.locator("#options").fill("Ja");
		button("Speichern").click();
		// too few options: refused at the field, the question text kept
		assertThat(page.locator("#options-error")).containsText("mindestens 2");
		assertThat(page.locator("#text")).hasValue("Haben Sie ein Auto?");
		checkPage();
		page.locator("#options").fill("Ja\nNein");
		button("Speichern").click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Frage ist hinzugefügt");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Frage zu „Unterwegs“ hinzufügen")).click();
		page.getByLabel("Freitext").check();
		button("Weiter").click();
		page.locator("#text").fill("Wo parken Sie?");
		page.locator("#conditionQuestion").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("F1 Haben Sie ein Auto?"));
		page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Ja").setExact(true)).check();
		checkPage();
		button("Speichern").click();
		assertThat(page.locator("li", new Page.LocatorOptions().setHasText("F2 Wo parken Sie?")))
			.containsText("Nur wenn F1 mit „Ja“ beantwortet wurde");
		checkPage();

		// the page and question forms, the confirmation, header, revision and invitation pages
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Frage F2 bearbeiten")).click();
		assertThat(page.locator("#conditionQuestion")).hasValue(page.locator("#conditionQuestion option").nth(1).getAttribute("value"));
		assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Ja").setExact(true))).isChecked();
		checkPage();
		page.goBack();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Seite „Unterwegs“ bearbeiten")).click();
		checkPage();
		page.goBack();
		button("Frage F1 entfernen").click();
		assertThat(page.locator("h1")).hasText("Frage entfernen?");
		checkPage();
		button("Ja, entfernen").click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bedingung von Frage F2");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Titel, Zielgruppe und Zeitraum ändern")).click();
		checkPage();
		page.goBack();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revisionen").setExact(true)).click();
		checkPage();
		page.goBack();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Einladungen").setExact(true)).click();
		page.getByLabel("E-Mail-Adressen").fill("browser-" + System.nanoTime() + "@example.org\nkeine Adresse");
		button("Einladungen versenden").click();
		assertThat(page.locator("#addresses-error")).containsText("keine Adresse");
		assertThat(page.locator("#addresses")).hasValue("keine Adresse");
		checkPage();

		// the editor on a phone
		page.goBack();
		page.goBack();
		page.setViewportSize(360, 800);
		page.reload();
		assertThat(page.locator("h1")).hasText(title);
		checkPage();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/surveys-editor-360.png")).setFullPage(true));
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(overflow).as("horizontal scrolling at 360 px").isEqualTo(false);
	}

	private com.microsoft.playwright.Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
