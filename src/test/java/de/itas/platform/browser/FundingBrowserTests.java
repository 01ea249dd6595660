package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The Förderrechner as a visitor uses it: the empty form, the error state and the result all pass axe; the
 * example works without JavaScript; the page fits a phone.
 */
class FundingBrowserTests extends BrowserTestSupport {

	private Locator question(Page on, String legend) {
		return on.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend));
	}

	private void answer(String legend, String yesOrNo) {
		question(page, legend).getByLabel(yesOrNo, new Locator.GetByLabelOptions().setExact(true)).check();
	}

	@Test
	void visitorFillsTheFormSeesErrorsThenTheResultForA30EmployeeCompany() {
		visit("/foerderrechner");
		assertThat(page.locator("h1")).hasText("Förderrechner für Weiterbildung");
		assertThat(page.locator(".funding-disclaimer")).containsText("unverbindlich");
		assertThat(page.locator(".funding-disclaimer")).containsText("0800 4 5555 20");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Förderung berechnen")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte prüfen Sie Ihre Eingaben.");
		assertThat(page.locator("#companyEmployees-error")).hasText("Bitte füllen Sie dieses Feld aus.");
		assertThat(page.locator("#severelyDisabled-error")).hasText("Bitte wählen Sie Ja oder Nein.");
		assertThat(page.getByLabel("Beschäftigte im Betrieb")).hasAttribute("aria-invalid", "true");
		checkPage();

		LocalDate today = LocalDate.now();
		page.getByLabel("Beschäftigte im Betrieb").fill("30");
		answer("Gibt es eine Betriebsvereinbarung", "Nein");
		page.getByLabel("Alter bei Beginn der Weiterbildung").fill("52");
		answer("Ist die Person schwerbehindert?", "Nein");
		answer("Hat die Person einen Berufsabschluss?", "Ja");
		page.getByLabel("Jahr des Berufsabschlusses").fill("1995");
		page.getByLabel("Bruttomonatsverdienst in Euro").fill("3200");
		page.getByLabel("Dauer der Weiterbildung in Stunden").fill("-5");
		page.getByLabel("Lehrgangskosten in Euro").fill("3600");
		answer("Ist die Weiterbildung nach AZAV zugelassen?", "Ja");
		answer("Ist der Bildungsträger nach AZAV zugelassen?", "Ja");
		page.getByLabel("Beginn der Weiterbildung (Pflichtfeld)", new Page.GetByLabelOptions().setExact(true)).fill(today.plusMonths(1).toString());
		page.getByLabel("Datum des Förderantrags").fill(today.toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Förderung berechnen")).click();

		assertThat(page.locator("#courseHours-error")).containsText("Dauer über 0");
		assertThat(page.getByLabel("Dauer der Weiterbildung in Stunden")).hasValue("-5");
		assertThat(page.getByLabel("Beschäftigte im Betrieb")).hasValue("30");
		assertThat(question(page, "Hat die Person einen Berufsabschluss?").getByLabel("Ja")).isChecked();
		checkPage();

		page.getByLabel("Dauer der Weiterbildung in Stunden").fill("320");
		page.getByLabel("Wochenarbeitszeit laut Vertrag in Stunden").fill("40");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Förderung berechnen")).click();

		Locator section82 = page.locator("#ergebnis .funding-programme").first();
		assertThat(section82.locator("h3")).hasText("Weiterbildungsförderung Beschäftigter (§ 82 SGB III)");
		assertThat(section82).containsText("Förderfähig");
		assertThat(section82).containsText("3.600,00 €");
		assertThat(section82).containsText("bis zu 75\u00a0%");
		// 3,200 € over 40 × 13/3 hours a month is 18.46 € an hour; 75 % of 320 hours of it
		assertThat(section82).containsText("bis zu 4.430,77 € für 320 Kursstunden in der Arbeitszeit");
		section82.locator("details summary").click();
		assertThat(section82.locator("details")).containsText("Am Wortlaut geprüft am 04.12.2026:");
		page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/funding-result.png"))
			.setFullPage(true));
		assertThat(section82).containsText("Rechtsgrundlage:");
		assertThat(section82).not().containsText("Enthält Angaben aus Sekundärquellen");
		assertThat(page.locator("#ergebnis .funding-programme").nth(2)).containsText("Derzeit keine Antragstellung möglich");
		assertThat(page.locator("#ergebnis .funding-programme").nth(2)).containsText("Enthält Angaben aus Sekundärquellen");
		assertThat(page.locator("#funding-status")).hasText("Berechnet für 3 Programme: 1 förderfähig, 0 zu prüfen.");
		assertThat(page.locator("#ergebnis")).containsText("unverbindlich");
		checkPage();
	}

	@Test
	void theExampleWorksWithoutJavaScript() {
		Browser browser = context.browser();
		BrowserContext withoutScripts = browser.newContext(
				new Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale("de-DE").setViewportSize(1280, 900));
		try {
			Page plain = withoutScripts.newPage();
			plain.navigate(url("/foerderrechner"));
			plain.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beispiel ausfüllen")).click();
			assertThat(plain.getByLabel("Beschäftigte im Betrieb")).hasValue("30");
			assertThat(question(plain, "Hat die Person mindestens ein Kind?").getByLabel("Ja")).isChecked();
			assertThat(plain.locator("#ergebnis")).hasCount(0);
			plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Förderung berechnen")).click();
			assertThat(plain).hasURL(java.util.regex.Pattern.compile(".*/foerderrechner#rechner$"));
			assertThat(plain.locator("#ergebnis .funding-programme")).hasCount(3);
			assertThat(plain.locator("#ergebnis .funding-programme").nth(1)).containsText("Möglicherweise förderfähig");
			assertThat(plain.locator("#ergebnis .funding-programme").nth(1)).containsText("67\u00a0%");
		}
		finally {
			withoutScripts.close();
		}
	}

	@Test
	void theResultFitsAPhoneScreenAndPassesAxeInEnglish() {
		page.setViewportSize(360, 740);
		visit("/foerderrechner?lang=en");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fill in an example")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calculate funding")).click();
		assertThat(page.locator("#ergebnis .funding-programme").first()).containsText("Eligible");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow").isLessThanOrEqualTo(0);
		checkPage();
	}

}
