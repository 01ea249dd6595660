package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.security.Role;

/**
 * The Transformationscheck as a company uses it: it answers six steps (pausing once and resuming), sees a
 * refusal while incomplete, gets its result with the regional comparison, downloads the PDF; it records a
 * qualification need with the taxonomy pickers; coordination opens the needs map. axe checks every page;
 * screenshots land in {@code target/screenshots}.
 */
class AssessmentBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "test-password-123";

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	private void shoot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/assessment-" + name + ".png"))
			.setFullPage(true));
	}

	private void signIn(String email, String password) {
		page.navigate(url("/login"));
		page.getByLabel("E-Mail-Adresse").fill(email);
		page.getByLabel("Passwort").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).last().click();
		page.waitForURL("**/mein-bereich");
	}

	private void answerStep(int option) {
		Locator questions = page.locator("fieldset.assessment-question");
		for (int i = 0; i < questions.count(); i++) {
			Locator radios = questions.nth(i).locator("input[type=radio]");
			radios.nth(Math.min(option + i % 2, radios.count() - 2)).check();
		}
	}

	@Test
	void aCompanyCompletesTheCheckSeesResultAndComparisonAndDownloadsThePdf() throws Exception {
		String token = UUID.randomUUID().toString().substring(0, 8);
		UUID company = organisations.ensure("Browserbetrieb " + token + " GmbH", OrganisationKind.COMPANY, "zwickau", null)
			.id();
		String email = "browser-check-" + token + "@test.itas.local";
		memberships.member(email, company, Role.COMPANY_ADMIN);
		signIn(email, PASSWORD);

		visit("/transformationscheck");
		shoot("overview");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Neuen Check beginnen")).click();
		assertThat(page.locator("h1")).hasText("Schritt 1 von 6: Strategie & Organisation");
		checkPage();
		shoot("step");
		answerStep(2);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern und weiter")).click();
		assertThat(page.locator("h1")).hasText("Schritt 2 von 6: Produkte & Markt");
		// answer one question and pause: it is kept and the check resumes at step 2
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Welcher Anteil Ihres Umsatzes hängt"))
			.getByLabel("50 bis 75 %").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern und später weitermachen")).click();
		assertThat(page.locator(".notice--success")).containsText("Ihre Antworten sind gespeichert");
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Begonnenen Check fortsetzen")).click();
		assertThat(page.locator("h1")).hasText("Schritt 2 von 6: Produkte & Markt");
		assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Welcher Anteil Ihres Umsatzes hängt"))
			.getByLabel("50 bis 75 %")).isChecked();
		// skip ahead to the evaluation with step 2 incomplete: refused with a clear message
		page.locator(".assessment-steps button").nth(5).click();
		assertThat(page.locator("h1")).hasText("Schritt 6 von 6: Finanzierung & Förderung");
		answerStep(1);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern und zur Auswertung")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check auswerten")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Der Check ist noch nicht vollständig");
		checkPage();
		for (int step = 2; step <= 5; step++) {
			page.navigate(url(page.url().replaceAll(".*/transformationscheck/([^/]+)/.*", "/transformationscheck/$1/schritt/") + step));
			assertThat(page.locator("h1")).containsText("Schritt " + step + " von 6");
			answerStep(step == 4 ? 0 : 1);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern und weiter")).click();
		}
		page.navigate(url(page.url().replaceAll(".*/transformationscheck/([^/]+)/.*", "/transformationscheck/$1/abschluss")));
		assertThat(page.locator(".assessment-summary")).not().containsText("noch offene Fragen");
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check auswerten")).click();

		assertThat(page.locator("h1")).hasText("Ergebnis des Transformationschecks");
		assertThat(page.locator(".assessment-scores tbody tr")).hasCount(6);
		assertThat(page.locator("#strengths-title")).isVisible();
		assertThat(page.locator("#risks-title")).isVisible();
		assertThat(page.locator("section[aria-labelledby=steps-title] a").first()).hasAttribute("href",
				java.util.regex.Pattern.compile("^/(anliegen/neu\\?thema=|weiterbildung\\?q=|foerderrechner|unternehmen|qualifizierungsbedarfe)"));
		Locator district = page.locator(".assessment-group").first();
		assertThat(district.locator("h3")).hasText("Gleicher Landkreis: Landkreis Zwickau");
		assertThat(district.locator("table")).containsText("Median");
		assertThat(page.locator("#history-title")).isVisible();
		checkPage();
		shoot("result");

		Download download = page.waitForDownload(() -> page.getByText("Bericht als PDF herunterladen").click());
		Path pdf = Files.createTempFile("check", ".pdf");
		download.saveAs(pdf);
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Browserbetrieb " + token).contains("Vergleich mit der Region")
				.contains("Gleicher Landkreis");
		}
		finally {
			Files.delete(pdf);
		}

		visit("/transformationscheck/methode");
		assertThat(page.locator("h1")).hasText("So bewertet der Transformationscheck");
		shoot("method");

		// a qualification need with occupation and skill picked from the taxonomy
		visit("/qualifizierungsbedarfe?organisation=" + company);
		page.getByLabel("Berufsbezeichnung, wie Sie sie im Betrieb nennen").fill("Mechatroniker");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beruf suchen")).click();
		page.getByLabel("Mechatroniker/Mechatronikerin", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Fähigkeit suchen (z. B. Hochvolt, CNC, SPS)").fill("Hochvolt");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fähigkeiten suchen")).click();
		assertThat(page.getByLabel("Mechatroniker/Mechatronikerin", new Page.GetByLabelOptions().setExact(true))).isChecked();
		page.getByLabel("Arbeiten an Hochvoltsystemen sicher durchführen").check();
		checkPage();
		page.getByLabel("Betroffene Beschäftigte").fill("0");
		page.getByLabel("Zeithorizont").selectOption("SIX_MONTHS");
		page.getByLabel("Dringlichkeit").selectOption("HIGH");
		page.getByLabel("im eigenen Betrieb").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bedarf speichern")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte prüfen Sie Ihre Eingaben.");
		assertThat(page.locator("#employeesAffected-error")).containsText("ganze Zahl von 1 bis 100000");
		checkPage();
		page.getByLabel("Betroffene Beschäftigte").fill("8");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bedarf speichern")).click();
		assertThat(page.locator(".notice--success")).hasText("Der Bedarf ist gespeichert.");
		assertThat(page.locator(".need-list")).containsText("Arbeiten an Hochvoltsystemen sicher durchführen");
		checkPage();
		shoot("needs");
	}

	@Test
	void coordinationReadsTheNeedsMapAndTheDemoCompanySeesItsDevelopment() {
		login("koordination@demo.itas.local");
		visit("/bedarfslandkarte");
		assertThat(page.locator("table.heat caption")).hasText("Offene Qualifizierungsbedarfe nach Landkreis und Fähigkeit");
		assertThat(page.locator("table.heat td.heat-suppressed").first()).isVisible();
		assertThat(page.locator("table.heat td").filter(new Locator.FilterOptions().setHasText("Unt.")).first()).isVisible();
		shoot("map");
		page.getByLabel("Spalten").selectOption("horizon");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anzeigen")).click();
		assertThat(page.locator("table.heat thead")).containsText("in 6 Monaten");
		checkPage();
		page.navigate(url("/logout"));

		page.context().clearCookies();
		login("unternehmen@demo.itas.local");
		visit("/transformationscheck");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ergebnis ansehen")).first().click();
		assertThat(page.locator("canvas[data-assessment-history]")).isVisible();
		page.waitForFunction("() => !!document.querySelector('canvas[data-assessment-history]') && typeof window.Chart !== 'undefined'");
		assertThat(page.locator(".assessment-group")).hasCount(3);
		checkPage();
		shoot("demo-result");

		// English on a phone
		String result = page.url();
		page.setViewportSize(390, 844);
		visit(result.replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "") + "?lang=en");
		assertThat(page.locator("h1")).hasText("Result of the transformation check");
		assertThat(page.locator(".assessment-group").first().locator("h3")).containsText("Same district");
		shoot("demo-result-en-phone");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("How the check scores")).click();
		assertThat(page.locator("h1")).hasText("How the transformation check scores");
		checkPage();
	}

}
