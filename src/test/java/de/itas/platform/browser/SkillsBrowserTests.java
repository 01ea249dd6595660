package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** "Mein Weg" as a person uses it: keyboard combobox, editing skills, comparing, saving the goal. */
class SkillsBrowserTests extends BrowserTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	de.itas.platform.skills.TaxonomyImports imports;

	@org.junit.jupiter.api.BeforeEach
	void failFast() {
		page.setDefaultTimeout(15_000);
	}

	@Test
	void anEmployeeFindsTheOccupationByKeyboardEditsSkillsComparesAndSavesAGoal() {
		login("beschaeftigte@demo.itas.local");
		visit("/mein-weg");
		page.getByLabel("Beruf oder Tätigkeit").pressSequentially("Getriebebauer", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
		assertThat(page.locator("#beruf-listbox [role=option]").first()).isVisible();
		assertThat(page.getByLabel("Beruf oder Tätigkeit")).hasAttribute("aria-expanded", "true");
		checkPage();
		page.keyboard().press("ArrowDown");
		assertThat(page.getByLabel("Beruf oder Tätigkeit")).hasAttribute("aria-activedescendant", "beruf-option-0");
		page.keyboard().press("Enter");
		page.waitForURL("**/mein-weg?von=*");
		assertThat(page.locator("#step-skills")).containsText("Zerspanungsmechaniker im Getriebebau");
		// step 1 names the chosen occupation, in the field and as text
		assertThat(page.locator("#chosen-occupation")).containsText("Gewählter Beruf: Zerspanungsmechaniker im Getriebebau");
		assertThat(page.getByLabel("Beruf oder Tätigkeit")).hasValue("Zerspanungsmechaniker im Getriebebau/Zerspanungsmechanikerin im Getriebebau");
		// the skills are grouped under the headings of the skill hierarchy, each a fieldset with its legend
		Locator groups = page.locator("fieldset[data-skill-group]");
		assertThat(groups.first().locator("legend")).hasText(java.util.regex.Pattern.compile("^Metall spanend bearbeiten \\(\\d+\\)$"));
		Locator vehicles = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Fahrzeugtechnik")));
		assertThat(vehicles.getByLabel("Getriebetechnik")).isChecked();
		assertThat(groups.first().getByLabel("Verzahnungen fräsen und wälzschleifen")).isChecked();
		assertThat(groups.first()).containsText("(wesentlich)");
		assertThat(page.locator("#results .pathway").first()).isVisible();
		checkPage();
		// long German compounds on the cards are hyphenated by language, not broken at any letter
		Object wrapping = page.locator("#results .pathway h3").first().evaluate("""
				heading => { const style = getComputedStyle(heading);
				  return [style.hyphens, style.wordBreak, heading.closest('[lang]').lang].join(' '); }""");
		assertThat(wrapping).isEqualTo("auto normal de");
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mein-weg.png")).setFullPage(true));

		// the list filter hides skills and whole headings that do not match, and says how many remain
		page.getByLabel("Liste filtern").fill("schleif");
		assertThat(groups.first()).isVisible();
		assertThat(groups.first().getByText("Werkstücke schleifen")).isVisible();
		assertThat(groups.first().getByText("Werkstücke fräsen")).isHidden();
		assertThat(vehicles).isHidden();
		assertThat(page.locator("[data-skill-filter-status]")).hasText(java.util.regex.Pattern.compile("^\\d+ Kompetenzen sichtbar$"));
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mein-weg-filter.png")).setFullPage(true));
		page.getByLabel("Liste filtern").fill("");
		assertThat(vehicles).isVisible();

		page.getByLabel("Getriebetechnik").uncheck();
		page.getByLabel("Weitere Kompetenz suchen").fill("Batterie");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kompetenz suchen")).click();
		assertThat(page.locator("text=Gefundene Kompetenzen")).isVisible();
		page.getByLabel("Batteriemodule und -packs montieren").check();
		page.getByLabel("Nur zukunftsorientierte Berufe (grün oder digital)").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wege anzeigen")).click();
		assertThat(page.locator("#results .badge--future").first()).isVisible();
		assertThat(page.getByLabel("Getriebetechnik")).not().isChecked();
		checkPage();

		page.locator("#results .pathway button").first().click();
		assertThat(page.locator("h1")).containsText("im Vergleich");
		checkPage();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/vergleich.png")).setFullPage(true));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als mein Ziel speichern")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Ihr Ziel wurde gespeichert.");
		assertThat(page.locator(".goal")).containsText("Zerspanungsmechaniker im Getriebebau");
		checkPage();

		// saving the goal remembered the current occupation: "Mein Weg" starts with it
		visit("/mein-weg");
		assertThat(page.locator("#chosen-occupation")).containsText("Zuletzt gewählter Beruf: Zerspanungsmechaniker im Getriebebau");
		assertThat(page.locator("#chosen-occupation")).containsText("(als Ihr heutiger Beruf gemerkt)");
		assertThat(page.locator("#step-skills")).containsText("Zerspanungsmechaniker im Getriebebau");
		assertThat(page.locator("fieldset[data-skill-group]").first()).isVisible();
		checkPage();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mein-weg-gemerkt.png")).setFullPage(true));
	}

	@Test
	void withoutJavaScriptTheFinderStillLeadsToThePathways() {
		context.close();
		context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false)
			.setLocale("de-DE"));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
		// axe needs JavaScript, so this test checks the flow only; the same pages are checked with axe above
		assertThat(page.navigate(url("/mein-weg")).status()).isEqualTo(200);
		page.getByLabel("Beruf oder Tätigkeit").fill("Staplerfahrer");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beruf suchen")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gabelstaplerfahrer/Gabelstaplerfahrerin")).click();
		assertThat(page.locator("#results .pathway").first()).isVisible();
		assertThat(page.locator("#chosen-occupation")).containsText("Gabelstaplerfahrer/Gabelstaplerfahrerin");
		assertThat(page.getByLabel("Beruf oder Tätigkeit")).hasValue("Gabelstaplerfahrer/Gabelstaplerfahrerin");
		assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Lagern, Transportieren und Beschaffen")))
			.getByLabel("Gabelstapler fahren")).isChecked();
		assertThat(page.getByLabel("Liste filtern")).isHidden();
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Lagern, Transportieren und Beschaffen")))
			.getByLabel("Waren einlagern").uncheck();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wege anzeigen")).click();
		assertThat(page.locator("#results .pathway").first()).isVisible();
		assertThat(page.locator("#chosen-occupation")).containsText("Gabelstaplerfahrer/Gabelstaplerfahrerin");
		assertThat(page.getByLabel("Waren einlagern")).not().isChecked();
		assertThat(page.getByLabel("Gabelstapler fahren")).isChecked();
	}

	@Test
	void theFinderExplainsItsSuggestionsAndOffersTheGroupsWhenNothingFitsWell() {
		visit("/mein-weg");
		page.getByLabel("Beruf oder Tätigkeit").fill("Zerspaner CNC");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beruf suchen")).click();
		Locator suggestions = page.locator(".match-list li");
		assertThat(suggestions.first()).isVisible();
		// every suggestion says what it matched: the label and the skills that share words with the title
		assertThat(suggestions.first().locator(".match-reason")).containsText("passt zu: ");
		assertThat(page.locator(".match-list")).containsText("CNC");
		assertThat(page.locator("#weak-fit")).hasCount(0);
		checkPage();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mein-weg-passt-zu.png")).setFullPage(true));

		page.getByLabel("Beruf oder Tätigkeit").fill("Opernsängerin Koloratursopran");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beruf suchen")).click();
		assertThat(page.locator("#weak-fit")).containsText("Kein Beruf passt gut zu „Opernsängerin Koloratursopran“.");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Unsichere Vorschläge"))).isVisible();
		checkPage();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mein-weg-unsicher.png")).setFullPage(true));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berufe nach Berufsgruppen durchsuchen")).click();
		assertThat(page.locator("h1")).hasText("Berufe nach Berufsgruppen");
		checkPage();
		page.locator("a[href='/berufe/gruppen/7223']").click();
		assertThat(page.locator("h2#group-occupations")).containsText("Berufe in dieser Gruppe");
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CNC-Fräser/CNC-Fräserin")).click();
		assertThat(page.locator("#chosen-occupation")).containsText("CNC-Fräser/CNC-Fräserin");
	}

	@Test
	void aCompanyLooksAtPathsForTheRolesOfALine() {
		login("unternehmen@demo.itas.local");
		visit("/team-wege?beruf=Motorenmonteur");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Motorenmonteur/Motorenmonteurin hinzufügen")).click();
		assertThat(page.locator("#team-results .pathway").first()).isVisible();
		checkPage();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/team-wege.png")).setFullPage(true));
		login("admin@demo.itas.local");
		visit("/admin/taxonomie");
		// other tests import other exports; the page shows whatever the latest import was
		assertThat(page.locator("main")).containsText(imports.status().orElseThrow().source());
	}

}
