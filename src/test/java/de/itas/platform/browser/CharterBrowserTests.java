package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The charter as visitors read it (versions, comparison, provenance) and as the coordination imports and edits
 * a version with preview: every page passes axe.
 */
class CharterBrowserTests extends BrowserTestSupport {

	@Test
	void visitorsReadVersionsAndTheirDifferences() {
		visit("/charta");
		assertThat(page.locator("h1")).containsText("2.0");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version 1.0"))).isVisible();
		page.getByText("Warum steht das hier?").first().click();
		checkPage();
		visit("/charta/1.0");
		assertThat(page.locator(".notice").first()).containsText("abgelöst");
		visit("/charta/vergleich?von=1.0&zu=2.0");
		assertThat(page.locator(".change-tags").first()).isVisible();
		visit("/charta/2.0/herkunft");
		visit("/charta/3.0");
		assertThat(page.locator(".notice").first()).containsText("Konsultation");
	}

	@Test
	void theCoordinationImportsAVersionAndEditsASectionWithPreview() {
		login("koordination@demo.itas.local");
		visit("/charta/verwaltung");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Eine Version aus einem Markdown-Text importieren")).click();
		checkPage();
		java.util.Random random = new java.util.Random();
		String number = (100 + random.nextInt(800)) + "." + random.nextInt(999);
		page.getByLabel("Versionsnummer").fill(number);
		page.getByLabel("Titel").fill("Browsertest-Charta");
		page.getByLabel("Text der Charta (Markdown)").fill("# Ziel\n\nEin erster Satz.\n\n## Weg\n\nSchritt für Schritt.\n");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importieren")).click();
		assertThat(page.locator("h1")).containsText(number);
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("importiert");
		checkPage();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Abschnitt 1 bearbeiten")).click();
		page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("Ein **geschärfter** Satz.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vorschau")).click();
		assertThat(page.locator(".preview strong")).hasText("geschärfter");
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("gespeichert");

		visit("/charta/" + number);
		assertThat(page.locator("section").first()).containsText("geschärfter");
	}

}
