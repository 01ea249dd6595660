package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A visitor reads the open-data page: its files, the licence and the columns; the page passes axe. */
class OpenDataBrowserTests extends BrowserTestSupport {

	@Test
	void aVisitorReadsTheOpenDataPage() {
		visit("/opendata");
		assertThat(page.locator("h1")).hasText("Offene Daten");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("kennzahlen-werte.csv")))
			.hasAttribute("href", "/opendata/kennzahlen-werte.csv");
		assertThat(page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Datenlizenz Deutschland – Namensnennung – 2.0")))
			.hasAttribute("href", "https://www.govdata.de/dl-de/by-2-0");
		assertThat(page.locator("#spalten")).isVisible();
		checkPage();
	}

}
