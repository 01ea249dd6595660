package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.itas.platform.governance.Direction;
import de.itas.platform.governance.IndicatorCounted;
import de.itas.platform.governance.IndicatorSource;
import de.itas.platform.governance.IndicatorStore;
import de.itas.platform.governance.IndicatorView;
import de.itas.platform.governance.PeriodKind;

/**
 * The four eyes on an indicator value in German: the lead of an action field enters a value, the coordination signs
 * it off in the queue and the public dashboard shows it as final; axe checks every page.
 */
class IndicatorsBrowserTests extends BrowserTestSupport {

	@Autowired
	IndicatorStore store;

	private void shot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/indicators-" + name + ".png"))
			.setFullPage(true));
	}

	@Test
	void aFieldLeadEntersAValueTheCoordinationSignsItOffAndTheDashboardShowsIt() {
		int year = LocalDate.now(ZoneId.of("Europe/Berlin")).getYear() - 1;
		String key = "browser-" + System.nanoTime();
		String title = "Betriebsbesuche im Test " + key.substring(key.length() - 5);
		TreeMap<Integer, BigDecimal> targets = new TreeMap<>();
		targets.put(year, new BigDecimal("20"));
		// the demo's chamber leads the field of industrial policy; its advisors steer it
		store.insert(new IndicatorView(key, title, "Besuche in Betrieben zum Testen.", "Besuche", 0, BigDecimal.ZERO,
				new BigDecimal("500"), Direction.HIGHER, IndicatorCounted.ITEMS, null, null, "ihk", "industriepolitik",
				IndicatorSource.ENTERED, null, PeriodKind.YEAR, year - 1, year + 1, true, 0, 0, targets));

		login("beraterin.ihk@demo.itas.local");
		visit("/steuerung/kennzahlen/" + key + "/werte?jahr=" + year);
		assertThat(page.locator("h1")).containsText(title);
		checkPage();
		page.locator("#period").fill(Integer.toString(year));
		page.locator("#value").fill("23");
		page.locator("#sourceNote").fill("Besuchsberichte der Kammer");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wert eintragen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("wartet auf die Freigabe");
		assertThat(page.locator("table")).containsText("vorläufig");
		checkPage();
		shot("werte");

		login("koordination@demo.itas.local");
		visit("/steuerung/freigaben");
		checkPage();
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Freigeben: " + title + ", " + year + ", Region gesamt"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("ist freigegeben");
		checkPage();
		shot("freigaben");

		visit("/kennzahlen/" + key + "?jahr=" + year);
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator("#years-title + .indicator-pair table")).containsText("23");
		assertThat(page.locator("#years-title + .indicator-pair table")).containsText("Ziel erreicht");
		assertThat(page.locator("#years-title + .indicator-pair table")).not().containsText("vorläufig");
		checkPage();
		shot("kennzahl");

		visit("/kennzahlen?jahr=" + year);
		assertThat(page.locator("main")).containsText(title);
		checkPage();
		shot("dashboard");
	}

	@Test
	void theCoordinationsRegisterPagesPassTheChecks() {
		login("koordination@demo.itas.local");
		visit("/steuerung/kennzahlen");
		assertThat(page.locator("table")).containsText("Teilnahmen an Netzwerkveranstaltungen");
		checkPage();
		shot("register");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berechnung: Teilnahmen an Netzwerkveranstaltungen"))
			.click();
		page.waitForURL("**/berechnung");
		assertThat(page.locator("h1")).containsText("Teilnahmen an Netzwerkveranstaltungen");
		assertThat(page.locator("table")).containsText("Konrad Koordination");
		checkPage();
		shot("berechnung");
		visit("/steuerung/kennzahlen/weiterbildungseintritte");
		assertThat(page.getByLabel("Titel")).hasValue("Eintritte in geförderte Weiterbildung");
		checkPage();
		page.getByLabel("Titel").fill("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kennzahl speichern")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Titel: Bitte ausfüllen.");
		checkPage();
		shot("bearbeiten");
		visit("/steuerung/kennzahlen/weiterbildungseintritte/werte");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Korrigieren:")).first().click();
		page.waitForURL("**/werte/*");
		assertThat(page.locator("h1")).hasText("Wert korrigieren");
		checkPage();
	}

}
