package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The site-wide search as a visitor uses it: the header box with suggestions, the result page and its filter. */
class SearchBrowserTests extends BrowserTestSupport {

	private Locator headerBox() {
		return page.getByLabel("Plattform durchsuchen");
	}

	private Locator suggestionLinks() {
		return page.locator("#site-search-suggestions a");
	}

	private void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/suche-" + name + ".png"))
			.setFullPage(true));
	}

	@Test
	void visitorTypesSeesSuggestionsSubmitsAndFiltersByKind() {
		List<String> consoleErrors = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text());
			}
		});
		visit("/");
		headerBox().pressSequentially("CNC");
		assertThat(suggestionLinks().first()).isVisible();
		assertThat(page.locator("#site-search-suggestions")).containsText("CNC-");
		assertThat(page.locator("#site-search-status")).hasText(Pattern.compile("\\d+ Vorschläge unter dem Suchfeld"));
		assertThat(suggestionLinks().last()).hasText("Alle Treffer zu „CNC“");
		checkPage();
		screenshot("vorschlaege");

		headerBox().press("ArrowDown");
		assertThat(suggestionLinks().first()).isFocused();
		page.keyboard().press("ArrowDown");
		assertThat(suggestionLinks().nth(1)).isFocused();
		page.keyboard().press("Escape");
		assertThat(headerBox()).isFocused();
		assertThat(suggestionLinks()).hasCount(0);

		headerBox().press("Enter");
		page.waitForURL("**/suche?q=CNC");
		assertThat(page.locator("h1")).hasText("Suche");
		assertThat(page.locator("#search-count")).hasText(Pattern.compile("\\d+ Treffer zu „CNC“"));
		assertThat(page.locator(".search-hit").first()).isVisible();
		assertThat(page.locator(".search-hit__type")).containsText(new String[] { "Berufe" });
		checkPage();
		screenshot("cnc");

		page.locator(".search-types").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName(Pattern.compile("^Berufe \\(\\d+\\)$"))).click();
		assertThat(page).hasURL(Pattern.compile(".*/suche\\?q=CNC&typ=occupation$"));
		assertThat(page.locator("#search-count")).containsText("im Bereich Berufe");
		assertThat(page.locator(".search-types a[aria-current=true]")).hasText(Pattern.compile("^Berufe"));
		List<String> kinds = page.locator(".search-hit__type").allTextContents();
		assertThat(kinds).isNotEmpty().containsOnly("Berufe");
		checkPage();

		page.locator(".search-hit__title a").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/mein-weg\\?von=.*"));
		assertThat(consoleErrors).isEmpty();
	}

	@Test
	void aVisitorFindsTrainingsContentsEventsAndNewsAboutBatteriesInOneSearch() {
		visit("/suche?q=Batterie");
		assertThat(page.locator("#search-count")).hasText(Pattern.compile("\\d+ Treffer zu „Batterie“"));
		// one search over the modules: each kind joins through the kernel's search contract (contents: the
		// learning module's library and its course)
		for (String kind : List.of("Weiterbildungen", "Wissensbibliothek", "Kurse", "Veranstaltungen", "Meldungen")) {
			assertThat(page.locator(".search-types").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
				.setName(Pattern.compile("^" + kind + " \\([1-9]\\d*\\)$")))).isVisible();
		}
		checkPage();

		page.locator(".search-types").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName(Pattern.compile("^Wissensbibliothek \\(\\d+\\)$"))).click();
		assertThat(page).hasURL(Pattern.compile(".*/suche\\?q=Batterie&typ=library$"));
		assertThat(page.locator(".search-hit__type").first()).hasText("Wissensbibliothek");
		assertThat(page.locator(".search-hit__title").first()).containsText("Batterie");
		page.locator(".search-hit__title a").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/wissen/[^/?#]+$"));
		assertThat(page.locator("h1")).containsText("Batterie");
		checkPage();
	}

	@Test
	void anAdvisorFindsACaseOfTheirTeamsAndAVisitorDoesNot() {
		login("berater@demo.itas.local");
		visit("/beratung");
		String reference = page.locator("table th[scope=row] a").first().textContent().strip();
		headerBox().fill(reference);
		headerBox().press("Enter");
		page.waitForURL("**/suche?q=*");
		Locator cases = page.locator(".search-types").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
			.setName(Pattern.compile("^Fälle \\([1-9]\\d*\\)$")));
		assertThat(cases).isVisible();
		cases.click();
		assertThat(page).hasURL(Pattern.compile(".*typ=case.*"));
		Locator hit = page.locator(".search-hit").first();
		assertThat(hit.locator(".search-hit__type")).hasText("Fälle");
		assertThat(hit.locator(".search-hit__title")).containsText(reference);
		assertThat(hit).not().containsText("@");
		checkPage();
		screenshot("fall");
		hit.locator(".search-hit__title a").click();
		assertThat(page).hasURL(Pattern.compile(".*/beratung/faelle/" + reference + "$"));

		context.clearCookies();
		visit("/suche?q=" + reference);
		assertThat(page.locator("h1")).hasText("Suche");
		assertThat(page.locator(".search-types a").filter(new Locator.FilterOptions().setHasText("Fälle"))).hasCount(0);
		assertThat(page.locator("a[href^='/beratung/faelle/']")).hasCount(0);
	}

	@Test
	void searchFitsAPhoneScreenOf360Pixels() {
		page.setViewportSize(360, 740);
		for (String path : List.of("/", "/suche?q=CNC", "/suche?q=und", "/suche")) {
			visit(path);
			Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
		}
		visit("/suche?q=CNC");
		assertThat(headerBox()).isInViewport();
		headerBox().pressSequentially("Plauen");
		assertThat(suggestionLinks().first()).isVisible();
		assertThat(page.locator("#site-search-suggestions")).containsText("Plauen");
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("overflow with suggestions open").isLessThanOrEqualTo(0);
		checkPage();
		screenshot("telefon");
	}

	@Test
	void withoutJavaScriptTheHeaderBoxLeadsToTheResults() {
		BrowserContext noScript = browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
			.setLocale("de-DE"));
		try {
			Page plain = noScript.newPage();
			plain.navigate(url("/impressum"));
			plain.getByLabel("Plattform durchsuchen").fill("Plauen");
			plain.locator("header").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Suche starten")).click();
			assertThat(plain).hasURL(Pattern.compile(".*/suche\\?q=Plauen$"));
			assertThat(plain.locator(".search-hit__title").first()).containsText("Plauen");
			plain.locator(".search-types").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
				.setName(Pattern.compile("^Anlaufstellen"))).click();
			assertThat(plain).hasURL(Pattern.compile(".*typ=help-desk.*"));
			assertThat(plain.locator(".search-hit__type").first()).hasText("Anlaufstellen");
			plain.locator(".search-hit__title a").first().click();
			assertThat(plain).hasURL(Pattern.compile(".*/anlaufstellen\\?landkreis=.*#anlaufstelle-.*"));
			assertThat(plain.locator("#help-desk-list .card")).containsText(new String[] { "Plauen" });
		}
		finally {
			noScript.close();
		}
	}

}
