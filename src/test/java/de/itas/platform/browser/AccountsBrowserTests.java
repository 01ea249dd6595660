package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.itas.platform.accounts.Mails;
import de.itas.platform.shared.mail.Outbox;

/** Registration, verification from the outbox, privacy pages and colleagues, as a person clicks them. */
class AccountsBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "Unser Werk in Glauchau 2026";

	@Autowired
	Outbox outbox;

	@Test
	void aCompanyRegistersVerifiesItsAddressSignsInAndManagesItsAccount() {
		String email = "inhaberin-" + UUID.randomUUID().toString().substring(0, 8) + "@test.itas.local";
		// from the company directory through sign-in to registration: every step carries the way back
		visit("/unternehmen");
		page.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Anmelden")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Noch kein Konto? Jetzt registrieren")).click();
		page.getByLabel("Unternehmen", new Page.GetByLabelOptions().setExact(true)).check();
		page.locator("#displayName").fill("Ines Inhaberin");
		page.locator("#email").fill(email);
		page.locator("#password").fill("zu kurz");
		page.locator("#passwordRepeat").fill("zu kurz");
		page.locator("#companyName").fill("Glauchauer Federntechnik GmbH (Test)");
		page.locator("#districtCode").selectOption("zwickau");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Konto anlegen")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte prüfen Sie Ihre Eingaben.");
		assertThat(page.locator("#password-error")).containsText("mindestens 12 Zeichen");
		assertThat(page.locator("#companyName")).hasValue("Glauchauer Federntechnik GmbH (Test)");
		checkPage();
		page.locator("#password").fill(PASSWORD);
		page.locator("#passwordRepeat").fill(PASSWORD);
		page.locator("#consent1").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Konto anlegen")).click();
		assertThat(page.locator("h1")).hasText("Fast geschafft");
		checkPage();

		visit(Mails.link(Mails.single(outbox, email)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("E-Mail-Adresse bestätigen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihre E-Mail-Adresse ist bestätigt");
		checkPage();
		page.locator("#username").fill(email);
		page.locator("#password").fill(PASSWORD);
		page.locator("form.form button[type=submit]").click();
		page.waitForURL("**/unternehmen");
		visit("/mein-bereich");
		assertThat(page.locator("main")).containsText("Unternehmen (Verwaltung)");
		checkPage();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mitarbeitende verwalten")).click();
		assertThat(page.locator("h1")).containsText("Glauchauer Federntechnik GmbH (Test)");
		checkPage();
		String colleague = "kollegin-" + UUID.randomUUID().toString().substring(0, 8) + "@test.itas.local";
		page.locator("#email").fill(colleague);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einladung senden")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Einladung wurde gesendet.");
		assertThat(page.locator("main")).containsText(colleague);
		checkPage();

		// the new company describes itself and becomes findable in the directory
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mein Bereich")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unternehmensprofil")).click();
		assertThat(page.locator("h1")).containsText("Glauchauer Federntechnik GmbH (Test)");
		checkPage();
		page.locator("#legalForm").selectOption("GmbH");
		page.locator("#industryCode").fill("25.93.0");
		page.locator("#position").selectOption("TIER_2");
		page.locator("#combustionShare").fill("30");
		page.getByLabel("Straße und Hausnummer").fill("Lindenstraße 12");
		page.getByLabel("Postleitzahl").fill("08371");
		page.getByLabel("Ort").fill("Glauchau");
		page.getByLabel("Zahl der Beschäftigten").fill("45");
		page.getByLabel("Kompetenzen und Technologien").fill("Druckfedern\nBiegeteile");
		page.getByLabel("Beschreibung").fill("Federn und Biegeteile für Fahrwerk und Elektroantrieb.");
		page.getByLabel("Wer sieht die Stammdaten?").selectOption("PUBLIC");
		page.getByLabel("Wer sieht Kompetenzen und Zertifizierungen?").selectOption("PUBLIC");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).first().click();
		assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText("gespeichert"))).hasText("Das Unternehmensprofil wurde gespeichert.");
		checkPage();
		BrowserContext visitor = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("de-DE"));
		Page visitorPage = visitor.newPage();
		visitorPage.navigate(url("/unternehmen?q=Federntechnik"));
		assertThat(visitorPage.locator("main")).containsText("Glauchauer Federntechnik GmbH (Test)");
		visitorPage.navigate(url("/unternehmen?kompetenz=druckfedern"));
		assertThat(visitorPage.locator("main")).containsText("Glauchauer Federntechnik GmbH (Test)");
		visitor.close();

		visit("/meine-daten");
		Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Daten herunterladen (JSON)")).click());
		assertThat(download.suggestedFilename()).isEqualTo("meine-daten-itas.json");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Konto löschen …")).click();
		checkPage();
		page.locator("#password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Konto löschen")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("wird am");
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Löschung abbrechen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Die Löschung wurde abgebrochen.");
	}

	@Test
	void aVisitorSignsInFromACoursePageAndComesBackToIt() {
		visit("/weiterbildung");
		page.locator("main a[href^='/weiterbildung/']").first().click();
		String course = page.url().substring(page.url().indexOf("/weiterbildung/"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Anmelden bitte einloggen")).first().click();
		checkPage();
		page.getByLabel("E-Mail-Adresse").fill("beschaeftigte@demo.itas.local");
		page.getByLabel("Passwort").fill(DEMO_PASSWORD);
		page.locator("form.form button[type=submit]").click();
		page.waitForURL(url(course));
		assertThat(page.locator("main")).not().containsText("Zum Anmelden bitte einloggen");
	}

	@Test
	void aPersonResetsAForgottenPassword() {
		visit("/login");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passwort vergessen?")).click();
		checkPage();
		page.locator("#email").fill("anbieter@demo.itas.local");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link senden")).click();
		assertThat(page.locator("h1")).hasText("E-Mail ist unterwegs");
		Outbox.StoredMail mail = Mails.to(outbox, "anbieter@demo.itas.local").get(0);
		visit(Mails.link(mail));
		checkPage();
		page.locator("#password").fill("Anbieter Passwort neu 1");
		page.locator("#passwordRepeat").fill("Anbieter Passwort neu 2");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern")).click();
		assertThat(page.locator("#passwordRepeat-error")).containsText("stimmen nicht überein");
		checkPage();
		visit("/passwort-neu?token=abgelaufen-oder-falsch");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Dieser Link ist nicht gültig");
	}

	@Test
	void anAdvisorSeesTheProfileOfAPersonWhoContactedThemAndThePersonSeesTheAccess() {
		login("berater@demo.itas.local");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Personen im Kontakt")).click();
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Benno Beschäftigter (Demo)")).click();
		assertThat(page.locator("main")).containsText("Zerspaner CNC, Getriebeteile");
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();
		login("beschaeftigte@demo.itas.local");
		visit("/meine-daten");
		assertThat(page.locator("main")).containsText("Berta Beraterin (Demo)");
		visit("/mein-profil");
		page.locator("#commutingRadiusKm").fill("900");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Profil speichern")).click();
		assertThat(page.locator("#commutingRadiusKm-error")).containsText("zwischen 0 und 300");
		checkPage();
	}

	@Test
	void adminPagesForOrganisationsAuditAndOutboxPassAxe() {
		visit("/passwort-vergessen");
		page.locator("#email").fill("koordination@demo.itas.local");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link senden")).click();
		assertThat(page.locator("h1")).hasText("E-Mail ist unterwegs");
		login("admin@demo.itas.local");
		visit("/admin/organisationen");
		visit("/admin/protokoll");
		visit("/admin/postausgang");
		page.locator("table a").first().click();
		assertThat(page.locator("pre.mail-text")).isVisible();
		checkPage();
	}

}
