package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The training catalogue in the browser: a visitor searches and filters (live and as a plain form), opens
 * an offer with its JSON-LD (no CSP complaint), an employee registers; the demo provider creates an offer
 * with the skill picker, adds a run and publishes it.
 */
class TrainingsBrowserTests extends BrowserTestSupport {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private Locator cards() {
		return page.locator(".training-card");
	}

	private void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trainings-" + name + ".png")).setFullPage(true));
	}

	@Test
	void aVisitorSearchesOpensAnOfferAndAnEmployeeRegisters() {
		List<String> cspErrors = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				cspErrors.add(message.text());
			}
		});
		visit("/weiterbildung");
		assertThat(page.locator("h1")).hasText("Weiterbildung in Südwestsachsen finden");
		page.getByLabel("Suchbegriff").fill("Hochvolt Stufe");
		assertThat(page).hasURL(Pattern.compile(".*q=Hochvolt(\\+|%20)Stufe.*"));
		assertThat(cards()).hasCount(3);
		assertThat(page.locator("#training-count")).hasText("3 Angebote gefunden");
		page.getByLabel("Landkreis").selectOption("zwickau");
		assertThat(page).hasURL(Pattern.compile(".*landkreis=zwickau.*"));
		assertThat(cards()).hasCount(1);
		assertThat(page.getByLabel("Landkreis")).hasValue("zwickau");
		assertThat(page.getByLabel("Landkreis").locator("option[value=chemnitz]")).hasText("Stadt Chemnitz (1)");
		checkPage();
		screenshot("search");
		cards().first().getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).hasText("Hochvolt-Qualifizierung Stufe 1S: elektrotechnisch unterwiesene Person");
		assertThat(page.locator("script[type='application/ld+json']")).hasCount(1);
		String jsonLd = page.locator("script[type='application/ld+json']").textContent();
		assertThat(jsonLd).contains("\"@type\":\"Course\"", "CourseInstance");
		checkPage();
		screenshot("detail");
		page.goBack();
		assertThat(page.getByLabel("Landkreis")).hasValue("zwickau");
		assertThat(page.getByLabel("Suchbegriff")).hasValue("Hochvolt Stufe");
		assertThat(cards()).hasCount(1);
		assertThat(cspErrors).isEmpty();

		login("beschaeftigte@demo.itas.local");
		visit("/weiterbildung?q=Batteriemanagementsysteme");
		cards().first().getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).hasText("Batteriemanagementsysteme verstehen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Für diesen Termin anmelden")).first().click();
		assertThat(page.locator(".notice--success").first()).containsText("Sie sind angemeldet.");
		checkPage();
		screenshot("registered");
		visit("/meine-weiterbildungen");
		assertThat(page.locator("main")).containsText("Batteriemanagementsysteme verstehen");
		visit("/meine-weiterbildungen/empfehlungen");
		// from the demo person's job title, or from a goal another test saved for her on "Mein Weg"
		assertThat(page.locator(".recommendation__why").first()).containsText(Pattern.compile("lehrt \\d+ von \\d+ (fehlenden )?Kompetenzen"));
		screenshot("recommendations");
		assertThat(cspErrors).isEmpty();
	}

	@Test
	void theSearchWorksAsAPlainFormWithoutJavaScript() {
		BrowserContext noScript = browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
			.setLocale("de-DE"));
		try {
			Page plain = noScript.newPage();
			plain.navigate(url("/weiterbildung"));
			plain.getByLabel("Suchbegriff").fill("Schweißen");
			plain.getByLabel("Format").selectOption("PRESENCE");
			plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suchen").setExact(true)).click();
			assertThat(plain).hasURL(Pattern.compile(".*q=Schwei.*format=PRESENCE.*"));
			assertThat(plain.locator(".training-card").first()).containsText("Schweiß");
			assertThat(plain.getByLabel("Format")).hasValue("PRESENCE");
		}
		finally {
			noScript.close();
		}
	}

	@Test
	void catalogueAndDetailFitAPhoneScreenOf360Pixels() {
		page.setViewportSize(360, 740);
		visit("/weiterbildung?q=Batterietechnik+Grundlagen");
		cards().first().getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).hasText("Batterietechnik Grundlagen: Zelle, Modul, Pack");
		checkPage();
		String detail = page.url().substring(page.url().indexOf("/weiterbildung/"));
		for (String path : List.of("/weiterbildung", detail)) {
			visit(path);
			Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
		}
	}

	@Test
	void theDemoProviderCreatesAnOfferWithTheSkillPickerAddsARunAndPublishes() {
		login("anbieter@demo.itas.local");
		visit("/anbieter/angebote");
		assertThat(page.locator("main")).containsText("Bildungswerk Westsachsen gGmbH (fiktiv)");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neues Angebot anlegen")).click();
		checkPage();
		page.getByLabel("Titel").fill("Browsertest: Thermomanagement im E-Fahrzeug");
		page.getByLabel("Kurzbeschreibung").fill("Kühlung von Batterie und Antrieb verstehen.");
		page.getByLabel("Beschreibung", new Page.GetByLabelOptions().setExact(true)).fill("## Inhalte\n\n- Kühlkreisläufe\n- **Wärmepumpe**");
		page.getByLabel("Format").selectOption("PRESENCE");
		page.getByLabel("Dauer in Stunden").fill("24");
		page.getByLabel("Preis in Euro").fill("minus zehn");
		page.getByLabel("Kompetenz suchen").fill("Thermo");
		Locator suggestion = page.locator("#skill-matches").getByLabel("Thermomanagement");
		assertThat(suggestion).isVisible();
		suggestion.check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angebot speichern")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte prüfen Sie Ihre Eingaben.");
		assertThat(page.locator("#price-error")).containsText("Bitte eine Zahl angeben");
		assertThat(page.getByLabel("Thermomanagement")).isChecked();
		checkPage();
		screenshot("editor-errors");
		page.getByLabel("Preis in Euro").fill("690");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angebot speichern")).click();
		assertThat(page.locator(".notice--success")).containsText("als Entwurf angelegt");
		checkPage();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Termin hinzufügen")).click();
		LocalDate start = LocalDate.now().plusDays(21);
		page.getByLabel("Erster Tag").fill(start.toString());
		page.getByLabel("Letzter Tag").fill(start.plusDays(2).toString());
		page.getByLabel("Plätze").fill("10");
		page.getByLabel("Ort", new Page.GetByLabelOptions().setExact(true)).fill("Zwickau");
		page.getByLabel("Landkreis").selectOption("zwickau");
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Termin speichern")).click();
		assertThat(page.locator(".notice--success")).containsText("Der Termin ist angelegt.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veröffentlichen")).click();
		assertThat(page.locator(".notice--success")).containsText("veröffentlicht");
		screenshot("editor");
		checkPage();

		visit("/weiterbildung?q=Thermomanagement+Browsertest");
		cards().first().getByRole(AriaRole.LINK).click();
		assertThat(page.locator("h1")).hasText("Browsertest: Thermomanagement im E-Fahrzeug");
		assertThat(page.locator(".prose strong")).hasText("Wärmepumpe");
		assertThat(page.locator("main")).containsText("10 von 10 Plätzen frei");
		checkPage();
	}

}
