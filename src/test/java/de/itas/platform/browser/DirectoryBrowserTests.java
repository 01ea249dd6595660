package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The company directory as visitors, the demo company admin and the platform admin use it. */
class DirectoryBrowserTests extends BrowserTestSupport {

	private static final String COMPANY_ADMIN = "unternehmen@demo.itas.local";
	private static final String MULDENTAL = "Muldental Antriebstechnik GmbH (fiktiv)";

	@Test
	void visitorSearchesFiltersAndOpensAProfile() {
		visit("/unternehmen");
		assertThat(page.locator("h1")).hasText("Unternehmen der Region");
		page.getByLabel("Suche", new Page.GetByLabelOptions().setExact(true)).fill("Druckguss");
		assertThat(cards()).hasCount(1);
		assertThat(cards().first()).containsText("Glauchauer Präzisionsguss");
		assertThat(page).hasURL(Pattern.compile(".*q=Druckguss.*"));
		checkPage();
		page.getByLabel("Suche", new Page.GetByLabelOptions().setExact(true)).fill("");
		page.getByLabel("Landkreis").selectOption("vogtlandkreis");
		assertThat(page).hasURL(Pattern.compile(".*landkreis=vogtlandkreis.*"));
		assertThat(page.getByLabel("Position in der Wertschöpfungskette")).hasValue("");
		assertThat(page.getByLabel("Landkreis")).hasValue("vogtlandkreis");
		assertThat(page.locator("#company-count")).hasText(Pattern.compile("\\d+ Unternehmen gefunden"));
		assertThat(cards().filter(new Locator.FilterOptions().setHasText("Glauchauer"))).hasCount(0);
		assertThat(cards().filter(new Locator.FilterOptions().setHasText("Auerbacher Elektrotechnik"))).hasCount(1);
		page.getByLabel("Kompetenz oder Technologie").selectOption("hochvolt-kabelsätze");
		assertThat(cards()).hasCount(1);
		assertThat(page.getByLabel("Landkreis").locator("option[value=zwickau]")).hasText("Landkreis Zwickau (1)");
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Auerbacher Elektrotechnik GmbH (fiktiv)")).click();
		assertThat(page.locator("h1")).hasText("Auerbacher Elektrotechnik GmbH (fiktiv)");
		assertThat(page.locator("main")).containsText("Hochvolt-Verteiler");
		checkPage();
		page.goBack();
		assertThat(page.getByLabel("Kompetenz oder Technologie")).hasValue("hochvolt-kabelsätze");
		assertThat(cards()).hasCount(1);
		visit("/unternehmen?lang=en");
		assertThat(page.locator("h1")).hasText("Companies of the region");
		assertThat(page.getByLabel("Position in the value chain")).isVisible();
		visit("/unternehmen?lang=de");
	}

	@Test
	void pagingWorksWithAndWithoutScript() {
		visit("/unternehmen");
		assertThat(page.locator(".pager")).containsText("Seite 1 von");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nächste Seite")).click();
		assertThat(page.locator(".pager")).containsText("Seite 2 von");
		assertThat(page).hasURL(Pattern.compile(".*seite=2.*"));
		assertThat(page.locator("#company-list")).isFocused();
		checkPage();
		visit("/unternehmen?seite=2");
		assertThat(page.locator(".pager")).containsText("Seite 2 von");
	}

	@Test
	void directoryPagesFitAPhoneScreenOf360Pixels() {
		page.setViewportSize(360, 740);
		visit("/unternehmen?q=Glauchauer");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Glauchauer Präzisionsguss GmbH & Co. KG (fiktiv)"))
			.click();
		checkPage();
		for (String path : List.of("/unternehmen", page.url().substring(page.url().indexOf("/unternehmen/")),
				"/unternehmen/branchen?q=Kraftwagen")) {
			visit(path);
			Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", path).isLessThanOrEqualTo(0);
		}
	}

	@Test
	void theCompanyAdminFillsInTheProfileMakesItPublicAndAVisitorFindsIt() {
		visit("/unternehmen?q=Muldental");
		assertThat(page.locator("#company-count")).hasText("Kein Unternehmen gefunden");

		login(COMPANY_ADMIN);
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unternehmensprofil")).click();
		assertThat(page.locator("h1")).hasText("Unternehmensprofil: " + MULDENTAL);
		checkPage();

		page.getByLabel("Zahl der Beschäftigten").fill("dreihundertvierzig");
		page.getByLabel("Postleitzahl").fill("0805");
		page.getByLabel("Kompetenzen und Technologien").fill("CNC-Drehen\nGetriebewellen\nElektroachsen-Montage");
		page.getByLabel("Beschreibung").fill("Getriebewellen und Bauteile für elektrische Achsantriebe aus Zwickau.");
		save();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte prüfen Sie Ihre Eingaben.");
		assertThat(page.locator("#employees-error")).containsText("als ganze Zahl");
		assertThat(page.locator("#postcode-error")).containsText("fünfstellige Postleitzahl");
		assertThat(page.getByLabel("Zahl der Beschäftigten")).hasValue("dreihundertvierzig");
		assertThat(page.getByLabel("Zahl der Beschäftigten")).hasAttribute("aria-invalid", "true");
		assertThat(page.getByLabel("Postleitzahl")).hasValue("0805");
		assertThat(page.getByLabel("Kompetenzen und Technologien")).hasValue("CNC-Drehen\nGetriebewellen\nElektroachsen-Montage");
		assertThat(page.getByLabel("Beschreibung")).hasValue("Getriebewellen und Bauteile für elektrische Achsantriebe aus Zwickau.");
		checkPage();

		page.getByLabel("Zahl der Beschäftigten").fill("340");
		page.getByLabel("Postleitzahl").fill("08058");
		Locator industry = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Branche (WZ 2008)"));
		industry.fill("29.3");
		Locator suggestions = page.getByRole(AriaRole.LISTBOX, new Page.GetByRoleOptions().setName("Vorschläge für die Branche"))
			.getByRole(AriaRole.OPTION);
		assertThat(suggestions).hasCount(2);
		assertThat(industry).hasAttribute("aria-expanded", "true");
		assertThat(page.locator("#industryCode-status")).hasText("2 Vorschläge, mit Pfeiltasten auswählen");
		checkPage();
		industry.press("ArrowDown");
		assertThat(suggestions.first()).hasAttribute("aria-selected", "true");
		assertThat(industry).hasAttribute("aria-activedescendant", "industryCode-option-0");
		industry.press("Enter");
		assertThat(industry).hasValue("29.31.0");
		assertThat(industry).hasAttribute("aria-expanded", "false");
		assertThat(page.locator("#industryCode-current")).containsText("29.31.0");
		for (String group : List.of("die Stammdaten", "die Anschrift", "die Größe", "Wertschöpfung und Produkte",
				"die Abhängigkeit vom Verbrennungsmotor", "Kompetenzen und Zertifizierungen")) {
			page.getByLabel("Wer sieht " + group + "?").selectOption("PUBLIC");
		}
		save();
		assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("gespeichert")))
			.hasText("Das Unternehmensprofil wurde gespeichert.");
		assertThat(page.getByLabel("Zahl der Beschäftigten")).hasValue("340");
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
		assertThat(page.locator("main")).containsText("Sie haben sich abgemeldet.");
		checkPage();

		visit("/unternehmen");
		page.getByLabel("Suche", new Page.GetByLabelOptions().setExact(true)).fill("Muldental");
		assertThat(cards()).hasCount(1);
		assertThat(cards().first()).containsText(MULDENTAL);
		checkPage();
		page.getByLabel("Suche", new Page.GetByLabelOptions().setExact(true)).fill("");
		page.getByLabel("Kompetenz oder Technologie").selectOption("elektroachsen-montage");
		assertThat(cards()).hasCount(1);
		assertThat(cards().first()).containsText(MULDENTAL);
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(MULDENTAL)).click();
		assertThat(page.locator("main")).containsText("Elektroachsen-Montage");
		assertThat(page.locator("main")).containsText("08058 Zwickau");
		assertThat(page.locator("main")).containsText("29.31.0");
		assertThat(page.locator("main")).containsText("65 %");
		checkPage();
	}

	@Test
	void anAdvisorContactsACompanyAndItsAdminAnswers() {
		login("berater@demo.itas.local");
		page.navigate(url("/unternehmen?q=Muldental"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(MULDENTAL)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kontakt aufnehmen")).click();
		assertThat(page.locator("h1")).hasText("Kontakt aufnehmen: " + MULDENTAL);
		checkPage();
		send("Nachricht senden");
		assertThat(page.locator("#subject-error")).containsText("Bitte füllen Sie dieses Feld aus.");
		checkPage();
		page.getByLabel("Betreff").fill("Kooperation Getriebewellen");
		page.getByLabel("Nachricht").fill("Wir beraten zu Förderprogrammen und würden Sie gern kennenlernen.");
		send("Nachricht senden");
		assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("gesendet")))
			.hasText("Ihre Nachricht wurde an das Unternehmen gesendet. Sie erhalten die Antwort per E-Mail.");
		assertThat(page.locator("h1")).hasText(MULDENTAL);

		login(COMPANY_ADMIN);
		assertThat(page.locator("#contact-teaser-heading")).isVisible();
		assertThat(page.locator(".contact-teaser")).containsText("ungelesene Anfrage");
		checkPage();
		page.locator(".contact-teaser").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Alle Kontaktanfragen"))
			.click();
		assertThat(page.locator("h1")).hasText("Kontaktanfragen an Ihr Unternehmen");
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kooperation Getriebewellen")).first().click();
		assertThat(page.locator("main")).containsText("Wir beraten zu Förderprogrammen");
		assertThat(page.locator("main")).not().containsText("berater@demo.itas.local");
		checkPage();
		page.getByLabel("Ihre Antwort").fill("Gern, melden Sie sich für einen Termin.");
		send("Antwort senden");
		assertThat(page.locator("main")).containsText("berater@demo.itas.local");
		checkPage();
	}

	private void send(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
	}

	@Test
	void theIndustryCodeListIsSearchableWithoutScript() {
		visit("/unternehmen/branchen");
		page.getByLabel("Code oder Stichwort").fill("Kraftwagen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suchen")).click();
		assertThat(page.locator("table")).containsText("29.32.0");
		checkPage();
	}

	@Test
	void theAdminImportsACodeListAndIsToldWhatIsWrongWithABrokenOne(@TempDir Path folder) throws IOException {
		login("admin@demo.itas.local");
		visit("/admin/verzeichnis");
		Path broken = folder.resolve("liste.xml");
		Files.writeString(broken, "Code;Ebene;Titel", StandardCharsets.UTF_8);
		page.getByLabel("Codeliste (XML-Datei)").setInputFiles(broken);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importieren")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("keine Codeliste im XÖV-Genericode-Format");
		assertThat(page.getByLabel("Codeliste (XML-Datei)")).hasAttribute("aria-invalid", "true");
		checkPage();
		Path sample = Path.of("src/test/resources/directory/wz-sample.xml");
		page.getByLabel("Codeliste (XML-Datei)").setInputFiles(sample);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importieren")).click();
		assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Import")))
			.hasText(Pattern.compile("Import abgeschlossen: 7 Codes gelesen, \\d+ neu angelegt, \\d+ aktualisiert\\."));
		checkPage();
	}

	private Locator cards() {
		return page.locator("#company-list .card");
	}

	private void save() {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Profil speichern")).click();
	}

}
