package de.itas.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.itas.platform.surveys.Choice;
import de.itas.platform.surveys.QuestionKind;
import de.itas.platform.surveys.SurveyBuilder;
import de.itas.platform.surveys.SurveyDefinition;
import de.itas.platform.surveys.SurveyStore;
import de.itas.platform.surveys.SurveyWriter;

import com.microsoft.playwright.Page;

/**
 * The results of a survey in the browser: the owner's page and the public page draw a chart beside each table,
 * a filter by a district hides a small cell ("verborgen"), both pages are axe-clean and usable at 360 px.
 * Screenshots land in {@code target/screenshots}.
 */
class SurveyResultsBrowserTests extends BrowserTestSupport {

	@Autowired
	SurveyWriter writer;

	@Autowired
	SurveyStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ownerAndPublicResultsShowChartsTablesAndSuppressSmallCellsUnderAFilter() {
		SurveyDefinition survey = closedSurveyWithAnswers();
		String district = survey.question("D").orElseThrow().options().get(0).code();
		login("koordination@demo.itas.local");

		String owner = "/umfragen/verwaltung/" + survey.id() + "/ergebnisse";
		visit(owner);
		assertChartsAndTables();
		page.getByLabel("Ergebnisse zeigen für").selectOption("D:" + district);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Anzeigen").setExact(true)).click();
		page.waitForURL("**filter=D*");
		checkPage();
		assertThat(page.locator("#frage-S td", new Page.LocatorOptions().setHasText("verborgen")).count()).isPositive();
		assertChartsAndTables();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/survey-results-owner.png"))
			.setFullPage(true));

		String published = "/umfragen/" + survey.slug() + "/ergebnisse";
		visit(published + "?filter=D:" + district);
		assertChartsAndTables();
		assertThat(page.locator("#frage-S td", new Page.LocatorOptions().setHasText("verborgen")).count()).isPositive();
		assertThat(page.content()).doesNotContain("Ganz geheimer Freitext");

		page.setViewportSize(360, 800);
		visit(published);
		assertChartsAndTables();
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue())
			.as("sideways scrolling of the page at 360 px; elements reaching beyond the screen: %s", page.evaluate("""
					() => [...document.querySelectorAll('body *')]
					  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
					  .slice(0, 6).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
					  .join(' | ')"""))
			.isLessThanOrEqualTo(0);
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/survey-results-360.png"))
			.setFullPage(true));
	}

	/** Every question shows a table; the charts are drawn by itas.js (the stacked matrix chart too). */
	private void assertChartsAndTables() {
		page.waitForSelector("canvas[data-stacked=true][data-drawn=true]");
		assertThat(page.locator("canvas[data-chart][data-drawn=true]").count()).isGreaterThanOrEqualTo(2);
		assertThat(page.locator(".results-question table caption").count()).isGreaterThanOrEqualTo(3);
	}

	private SurveyDefinition closedSurveyWithAnswers() {
		String slug = "erg-browser-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = writer.insert(SurveyBuilder.survey(slug, "Mobilität in der Region")
			.period(Instant.now().minus(Duration.ofDays(20)), Instant.now().minus(Duration.ofDays(2)))
			.publishResults(true)
			.question("D", QuestionKind.DISTRICT, "Wo wohnen Sie?").and()
			.question("S", QuestionKind.SCALE, "Wie zufrieden sind Sie mit dem Nahverkehr?")
			.scale(1, 5, "gar nicht", "sehr").dontKnow().and()
			.question("T", QuestionKind.MATRIX, "Wie oft nutzen Sie …").rows("bus=den Bus", "rad=das Rad")
			.scale(1, 3, "nie", "oft").and()
			.question("F", QuestionKind.TEXT, "Was fehlt?").optional().and()
			.build());
		SurveyDefinition survey = store.find(id).orElseThrow();
		List<Choice> districts = survey.question("D").orElseThrow().options();
		UUID d = survey.question("D").orElseThrow().id();
		UUID s = survey.question("S").orElseThrow().id();
		UUID t = survey.question("T").orElseThrow().id();
		UUID f = survey.question("F").orElseThrow().id();
		for (int i = 0; i < 24; i++) {
			UUID response = UUID.randomUUID();
			jdbc.sql("INSERT INTO surveys.response (id, survey_id) VALUES (?, ?)").params(response, id).update();
			String district = districts.get(i < 14 ? 0 : 1 + i % 3).code();
			insert(response, d, null, district, null, null);
			// in the first district 11 answer 4 and 3 answer 2: the 3 is hidden with a partner; all together
			// 11 answer 4 and 13 answer 2, nothing hidden
			insert(response, s, null, null, BigDecimal.valueOf(i < 11 ? 4 : 2), null);
			insert(response, t, "bus", null, BigDecimal.valueOf(1 + i % 3), null);
			insert(response, t, "rad", null, BigDecimal.valueOf(i % 2 == 0 ? 3 : 2), null);
			if (i == 0) {
				insert(response, f, null, null, null, "Ganz geheimer Freitext");
			}
		}
		return survey;
	}

	private void insert(UUID response, UUID question, String item, String choice, BigDecimal number, String text) {
		jdbc.sql("INSERT INTO surveys.answer (response_id, question_id, item, choice, number, text) VALUES (?, ?, ?, ?, ?, ?)")
			.params(response, question, item, choice, number, text)
			.update();
	}

}
