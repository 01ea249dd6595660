package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * The help-desk journey in German: a company submits an inquiry, an advisor of the employment agency
 * takes it, answers and offers a slot, the company reads the answer and books the slot, the advisor sends
 * a recommendation, the company marks it helpful and the advisor sees that. axe checks every page.
 */
class HelpdeskBrowserTests extends BrowserTestSupport {

	private static final String COMPANY = "unternehmen@demo.itas.local";
	private static final String ADVISOR = "berater.aa@demo.itas.local";

	private Page as(String email) {
		context.close();
		context = browser().newContext(new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900));
		page = context.newPage();
		login(email);
		return page;
	}

	private void shot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/helpdesk-" + name + ".png")).setFullPage(true));
	}

	private void click(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).first().click();
	}

	@Test
	void companyAsksAdvisorAnswersCompanyBooksAndRatesTheRecommendation() {
		// the company submits; the topic comes preselected from the link
		as(COMPANY);
		visit("/anliegen/neu?thema=QUALIFICATION_FUNDING");
		assertThat(page.getByLabel("Thema")).hasValue("QUALIFICATION_FUNDING");
		click("Anliegen senden");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bitte prüfen Sie Ihre Eingaben.");
		assertThat(page.locator("#description-error")).containsText("mindestens 20 Zeichen");
		checkPage();
		page.getByLabel("Landkreis").selectOption(new SelectOption().setLabel("Landkreis Zwickau"));
		page.getByLabel("Ihr Anliegen").fill("Wir möchten zwölf Beschäftigte aus der Zerspanung zu Elektrofachkräften weiterbilden.");
		page.getByLabel("E-Mail", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Ich bin einverstanden", new Page.GetByLabelOptions().setExact(false)).check();
		shot("neu");
		click("Anliegen senden");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Fallnummer HD-");
		String caseNumber = page.locator("h1").textContent().replace("Anliegen ", "").strip();
		assertThat(caseNumber).matches("HD-\\d{4}-\\d+");
		checkPage();
		visit("/anliegen");
		assertThat(page.locator("table")).containsText(caseNumber);

		// the employment agency's advisor takes it, answers and offers a slot
		as(ADVISOR);
		visit("/beratung");
		shot("posteingang");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(caseNumber)).click();
		assertThat(page.locator("h1")).hasText("Fall " + caseNumber);
		checkPage();
		// the case actions are buttons one can see, not white text on white
		assertActionsAreVisibleButtons("main");
		click("Zuweisen");
		assertThat(page.locator(".case-assignee")).hasText("Armin Agentur (Demo)");
		page.getByLabel("Neuer Status").selectOption("IN_PROGRESS");
		click("Status ändern");
		assertThat(page.locator(".case-status")).hasText("in Bearbeitung");
		// an empty note is refused at its field, and the page stays accessible
		click("Notiz speichern");
		assertThat(page.locator("#note-text-error")).isVisible();
		assertThat(page.locator("#form-errors")).containsText("Interne Notiz: ");
		checkPage();
		page.getByLabel("Nachricht an die anfragende Person").fill("Guten Tag, gern beraten wir Sie. Bitte buchen Sie einen Termin.");
		click("Nachricht senden");
		assertThat(page.locator(".case-history")).containsText("Bitte buchen Sie einen Termin.");
		checkPage();
		shot("fall");

		visit("/beratung/termine");
		// the first Monday to Friday from tomorrow on, early: slots are plausible then and the team's first
		LocalDate day = LocalDate.now().plusDays(1);
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.plusDays(1);
		}
		// on site without a desk: refused at the field, with what was typed kept
		page.getByLabel("Art").selectOption("HELP_DESK");
		page.getByLabel("Beginn").fill(day + "T07:05");
		click("Termin anbieten");
		assertThat(page.locator("#deskCode-error")).isVisible();
		assertThat(page.getByLabel("Beginn")).hasValue(day + "T07:05");
		checkPage();
		page.getByLabel("Team").selectOption("aa-zwickau");
		page.getByLabel("Art").selectOption("VIDEO");
		page.getByLabel("Beginn").fill(day + "T07:05");
		page.getByLabel("Dauer in Minuten").fill("40");
		click("Termin anbieten");
		String when = day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " 07:05";
		assertThat(page.locator("table")).containsText(when);
		checkPage();

		// the company reads the answer and books the offered slot
		as(COMPANY);
		visit("/anliegen/" + caseNumber);
		assertThat(page.locator(".case-status")).hasText("in Bearbeitung");
		assertThat(page.locator(".case-history")).containsText("Bitte buchen Sie einen Termin.");
		page.getByLabel(when, new Page.GetByLabelOptions().setExact(false)).check();
		click("Termin buchen");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ihr Termin ist gebucht");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kalendereintrag (.ics)"))).isVisible();
		checkPage();
		shot("anliegen");
		visit("/termine");
		assertThat(page.locator("main ul").first()).containsText(when);
		shot("termine");
		// the free slots narrowed to a district and paged, the filter kept in the URL and the form
		page.getByLabel("Landkreis", new Page.GetByLabelOptions().setExact(true)).selectOption("zwickau");
		click("Filtern");
		assertThat(page).hasURL(Pattern.compile("landkreis=zwickau"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nächste Seite")).click();
		assertThat(page.locator("nav.pager")).containsText("Seite 2 von");
		assertThat(page).hasURL(Pattern.compile("landkreis=zwickau.*seite=2"));
		assertThat(page.getByLabel("Landkreis", new Page.GetByLabelOptions().setExact(true))).hasValue("zwickau");
		checkPage();
		shot("termine-filter");
		page.setViewportSize(375, 800);
		shot("termine-filter-phone");

		// the advisor recommends a help desk with a personal message
		as(ADVISOR);
		visit("/beratung/faelle/" + caseNumber + "/empfehlung");
		// published offers of the training catalogue are among the choices
		assertThat(page.locator("label[for^=pick-]", new Page.LocatorOptions().setHasText(Pattern.compile("^Weiterbildung: "))).first()).isVisible();
		page.getByLabel("Anlaufstelle: Agentur für Arbeit Zwickau", new Page.GetByLabelOptions().setExact(false)).first().check();
		page.getByLabel("Persönliche Nachricht").fill("Die Kolleginnen in Zwickau kennen die Förderwege für Ihre Weiterbildung.");
		shot("empfehlung");
		click("Empfehlung senden");
		assertThat(page.locator(".case-status")).hasText("Empfehlung versandt");
		checkPage();

		// the company sees it and marks it helpful; the advisor sees the feedback
		as(COMPANY);
		visit("/empfehlungen");
		assertThat(page.locator(".recommendation").first()).containsText("Die Kolleginnen in Zwickau");
		page.locator(".recommendation").first().getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("als hilfreich markieren").setExact(false)).first().click();
		assertThat(page.locator(".recommendation").first()).containsText("Ihre Rückmeldung: hilfreich");
		checkPage();
		shot("empfehlungen");

		as(ADVISOR);
		visit("/beratung/faelle/" + caseNumber);
		assertThat(page.locator("#recommendations-title")).isVisible();
		assertThat(page.locator("section:has(#recommendations-title)")).containsText("hilfreich");
	}

	@Test
	void coordinationSeesTheQueueTheFiguresAndTheAdminTheRules() {
		as("koordination@demo.itas.local");
		visit("/beratung");
		assertThat(page.locator("h1")).hasText("Beratung: Posteingang");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtern"))).isVisible();
		assertActionsAreVisibleButtons("main");
		shot("koordination");
		visit("/beratung/kennzahlen?nach=TOPIC");
		assertThat(page.locator("table")).containsText("Qualifizierung & Förderung");
		page.waitForFunction("() => document.querySelector('canvas[data-drawn]') !== null");
		// the screenshot shows the chart after its animation
		page.waitForFunction("() => { const chart = Chart.getChart(document.querySelector('canvas[data-drawn]'));"
				+ " return chart !== undefined && !Chart.animator.running(chart); }");
		shot("kennzahlen");
		as("admin@demo.itas.local");
		visit("/admin/beratung/regeln");
		assertThat(page.locator("table").first()).containsText("Standort & Industriepolitik");
		shot("regeln");
		BrowserContext visitor = browser().newContext(new Browser.NewContextOptions().setLocale("de-DE"));
		Page anonymous = visitor.newPage();
		anonymous.navigate(url("/anliegen/neu?thema=REORIENTATION"));
		assertThat(anonymous.getByLabel("Ihr Name")).isVisible();
		visitor.close();
		// the form in English, checked by axe like every page
		context.close();
		context = browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
		page = context.newPage();
		visit("/anliegen/neu?lang=en&thema=REORIENTATION");
		assertThat(page.locator("h1")).hasText("Your inquiry to the help desks");
		assertThat(page.getByLabel("Topic")).hasValue("REORIENTATION");
	}

}
