package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import de.itas.platform.SignedIn;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.trainings.Format;
import de.itas.platform.trainings.OfferDraft;
import de.itas.platform.trainings.OfferStatus;
import de.itas.platform.trainings.Offers;
import de.itas.platform.trainings.RegistrationStatus;
import de.itas.platform.trainings.Registrations;
import de.itas.platform.trainings.RunDraft;

/**
 * The training catalogue in the browser: a visitor searches and filters (live and as a plain form), opens
 * an offer with its JSON-LD (no CSP complaint), an employee registers; the demo provider creates an offer
 * with the skill picker, adds a run and publishes it, and cancels a run after confirming; the top
 * recommendations load into "Mein Bereich" and "Mein Weg".
 */
class TrainingsBrowserTests extends BrowserTestSupport {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String DEMO_PROVIDER = "Bildungswerk Westsachsen gGmbH (fiktiv)";

	@Autowired
	Offers offers;

	@Autowired
	Registrations registrations;

	@Autowired
	Organisations organisations;

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
		// the binding registration needs the confirmation page: cost, dates, place, cancellation terms, funding
		assertThat(page.locator("h1")).hasText("Anmeldung prüfen und verbindlich bestätigen");
		assertThat(page.locator("main")).containsText("Stornobedingungen");
		checkPage();
		screenshot("register-confirm");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbindlich anmelden")).click();
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
	void onAPhoneTheFirstResultComesBeforeTheFoldedFilters() {
		page.setViewportSize(375, 812);
		try {
			visit("/weiterbildung");
			screenshot("phone-folded");
			assertThat(page.getByLabel("Landkreis")).isHidden();
			// the folded form (search field, "Filter", the buttons) is about 300 px high; unfolded it was 1,000
			double formTop = page.locator("form.training-filters").boundingBox().y;
			assertThat(cards().first().boundingBox().y - formTop).isLessThan(400);
			page.locator("summary", new Page.LocatorOptions().setHasText("Filter")).click();
			page.getByLabel("Landkreis").selectOption("zwickau");
			assertThat(page).hasURL(Pattern.compile(".*landkreis=zwickau.*"));
			checkPage();
			screenshot("phone-filters");
		}
		finally {
			page.setViewportSize(1280, 900);
		}
	}

	@Test
	void theSearchWorksAsAPlainFormWithoutJavaScript() {
		BrowserContext noScript = browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
			.setLocale("de-DE"));
		try {
			Page plain = noScript.newPage();
			plain.navigate(url("/weiterbildung"));
			plain.getByLabel("Suchbegriff").fill("Schweißen");
			// without the script the filters stay folded on every screen until asked for
			assertThat(plain.getByLabel("Format")).isHidden();
			plain.locator("summary", new Page.LocatorOptions().setHasText("Filter")).click();
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

	@Test
	void theDemoProviderImportsACsvFileFromUploadThroughPreviewToTheSavedOffer() {
		String title = "Browsertest: CSV-Import " + UUID.randomUUID().toString().substring(0, 8);
		String start = LocalDate.now().plusDays(40).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		String end = LocalDate.now().plusDays(41).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		String csv = "titel;kurzbeschreibung;format;stunden;preis;beginn;ende;ort;landkreis;plaetze;online\n"
				+ title + ";Ein Angebot aus der Datei;Präsenz;16;490;" + start + ";" + end + ";Zwickau;zwickau;12;nein\n";

		login("anbieter@demo.itas.local");
		visit("/anbieter/import");
		page.getByLabel("CSV-Datei").setInputFiles(new FilePayload("angebote.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Datei prüfen")).click();
		assertThat(page.locator(".import-preview .notice--success")).containsText("Alle Zeilen sind in Ordnung");
		checkPage();
		screenshot("import-preview");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("1 Angebote jetzt importieren")).click();

		assertThat(page).hasURL(Pattern.compile(".*/anbieter/angebote$"));
		assertThat(page.locator(".notice--success")).containsText("Die Angebote sind importiert.");
		assertThat(page.locator("main")).containsText(title);
		checkPage();
	}

	@Test
	void theDemoProviderCancelsARunAfterConfirmingAndItIsNoLongerBookable() {
		String title = "Browsertest: Termin zum Absagen " + UUID.randomUUID().toString().substring(0, 8);
		LocalDate start = LocalDate.now().plusDays(30);
		long offer = publishedOfferWithARunOfTwoPlaces(title, start);
		String dates = start.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " bis "
				+ start.plusDays(1).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

		login("anbieter@demo.itas.local");
		visit("/anbieter/angebote/" + offer);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Termin absagen: " + dates)).click();
		assertThat(page.locator("h1")).hasText("Termin absagen");
		assertThat(page.locator("main")).containsText(title);
		assertThat(page.locator("main")).containsText(dates);
		assertThat(page.locator("main")).containsText("3 Personen (2 angemeldet, 1 auf der Warteliste)");
		checkPage();
		screenshot("run-cancel-confirm");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Termin endgültig absagen")).click();

		assertThat(page).hasURL(Pattern.compile(".*/anbieter/angebote/" + offer + "$"));
		assertThat(page.locator(".notice--success")).containsText("Der Termin ist abgesagt.");
		assertThat(page.locator(".runs-admin tbody tr").first()).containsText("Abgesagt");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Termin absagen: " + dates)))
			.hasCount(0);
		checkPage();
		screenshot("run-cancelled");

		visit("/weiterbildung/" + offer);
		assertThat(page.locator("#termine")).containsText("Dieser Termin wurde abgesagt.");
		assertThat(page.locator("#termine form")).hasCount(0);
	}

	/** An offer of the demo provider with one run of two places: two people confirmed, one waiting. */
	private long publishedOfferWithARunOfTwoPlaces(String title, LocalDate start) {
		UUID provider = organisations.organisations(OrganisationKind.PROVIDER)
			.stream()
			.filter(organisation -> organisation.name().equals(DEMO_PROVIDER))
			.findFirst()
			.orElseThrow()
			.id();
		PlatformUser admin = new PlatformUser(UUID.randomUUID(), "browsertest-admin@test.itas.local", "Admin",
				Set.of(Role.ADMIN), true, null);
		long offer = SignedIn.as(admin, () -> {
			long id = offers.create(provider, new OfferDraft(title, "Ein Termin, der abgesagt wird.", "", Format.PRESENCE,
					"Beschäftigte", "de", BigDecimal.valueOf(16), BigDecimal.valueOf(400), false, false, List.of(), List.of(),
					null, "Kontakt", "kurs@test.example", ""));
			return id;
		});
		// an offer is published once it has a run
		long run = SignedIn.as(admin, () -> offers.addRun(offer, new RunDraft(start, start.plusDays(1), "9–16 Uhr", false,
				"Schulungszentrum", "Hauptstraße 1", "08056", "Zwickau", "zwickau", 2)));
		SignedIn.as(admin, () -> {
			offers.changeStatus(offer, offers.editable(offer).orElseThrow().version(), OfferStatus.PUBLISHED);
			return offer;
		});
		List<RegistrationStatus> statuses = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			PlatformUser person = new PlatformUser(UUID.randomUUID(), "absage-" + UUID.randomUUID() + "@test.itas.local",
					"Person " + i, Set.of(Role.EMPLOYEE), true, null);
			statuses.add(SignedIn.as(person, () -> registrations.registerSelf(run)).status());
		}
		assertThat(statuses).containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED,
				RegistrationStatus.WAITING);
		return offer;
	}

	@Test
	void theTopRecommendationsLoadIntoMyPathAndMyAreaAndTheLinkWorksWithoutJavaScript() {
		login("beschaeftigte@demo.itas.local");
		// a goal with missing essential skills that demo offers teach (another test may have saved a different one)
		visit("/mein-weg?von=" + URLEncoder.encode("https://demo.itas.local/taxonomy/occupation/getriebe-zerspaner",
				StandardCharsets.UTF_8));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
			.setName("Mit Elektromaschinenbauer/Elektromaschinenbauerin vergleichen")).click();
		assertThat(page.locator("h1")).containsText("im Vergleich");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als mein Ziel speichern")).click();
		assertThat(page.locator(".goal")).containsText("Elektromaschinenbauer");
		for (String path : List.of("/mein-weg", "/mein-bereich")) {
			page.navigate(url(path));
			Locator teaser = page.locator("section.recommendation-teaser");
			assertThat(teaser).isVisible();
			assertThat(teaser.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2)))
				.hasText("Passende Weiterbildungen für Sie");
			assertThat(teaser.locator(".recommendation__why").first())
				.containsText(Pattern.compile("lehrt \\d+ von \\d+ fehlenden Kompetenzen"));
			assertThat(teaser.locator("li.card").count()).as("cards on %s", path).isBetween(1, 3);
			assertThat(teaser.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Alle Empfehlungen")))
				.hasAttribute("href", "/meine-weiterbildungen/empfehlungen");
			assertThat(page.locator("[hx-get='/meine-weiterbildungen/empfehlungen/auswahl']")).hasCount(0);
			checkPage();
			screenshot("recommendations-on" + path.replace('/', '-'));
		}

		BrowserContext noScript = browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
			.setLocale("de-DE"));
		try {
			Page plain = noScript.newPage();
			plain.navigate(url("/login"));
			plain.getByLabel("E-Mail-Adresse").fill("beschaeftigte@demo.itas.local");
			plain.getByLabel("Passwort").fill(DEMO_PASSWORD);
			plain.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).last().click();
			plain.waitForURL("**/mein-bereich");
			assertThat(plain.locator("section.recommendation-teaser")).hasCount(0);
			plain.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Passende Weiterbildungen ansehen")).click();
			assertThat(plain.locator("h1")).hasText("Passende Weiterbildungen");
		}
		finally {
			noScript.close();
		}
	}

}
