package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.itas.platform.surveys.QuestionKind;
import de.itas.platform.surveys.SurveyAudience;
import de.itas.platform.surveys.SurveyBuilder;
import de.itas.platform.surveys.SurveyWriter;

/**
 * A visitor answers a public survey on a phone-sized screen with the keyboard: a conditional question appears
 * on the same page when its condition is chosen, a missing answer is named in the error summary, the answers
 * are submitted; every page is checked with axe and fits 360 pixels.
 */
class SurveyAnsweringBrowserTests extends BrowserTestSupport {

	@Autowired
	SurveyWriter writer;

	@Autowired
	JdbcClient jdbc;

	private int overflow() {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
	}

	@Test
	void aVisitorAnswersOnAPhoneWithTheKeyboardAndAConditionalQuestionAppearsWhenItApplies() {
		String slug = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = writer.insert(SurveyBuilder.survey(slug, "Umfrage im Browser")
			.intro("Zwei kurze Seiten.")
			.audience(SurveyAudience.PUBLIC, null)
			.anonymous(true)
			.period(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(1)))
			.section("Weiterbildung", "")
			.question("F1", QuestionKind.SINGLE, "Haben Sie an einer Weiterbildung teilgenommen?").options("ja=Ja", "nein=Nein")
			.and()
			.question("F2", QuestionKind.MULTIPLE, "Was hat Sie abgehalten?").options("zeit=Keine Zeit", "kosten=Die Kosten")
			.when("F1", "nein")
			.and()
			.section("Ihre Sicht", "")
			.question("F3", QuestionKind.SCALE, "Wie zuversichtlich sind Sie?").scale(1, 5, "gar nicht", "sehr").dontKnow()
			.and()
			.question("F4", QuestionKind.TEXT, "Ihre Idee").optional().text(true, 300).and()
			.build());
		page.setViewportSize(360, 740);

		visit("/umfragen");
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Umfrage im Browser"))).isVisible();
		visit("/umfragen/" + slug);
		assertThat(page.locator("#privacy-heading")).isVisible();
		assertThat(overflow()).isLessThanOrEqualTo(0);
		page.getByText("Umfrage beginnen").focus();
		page.keyboard().press("Enter");
		page.waitForURL("**/umfragen/" + slug + "/seite/1");
		checkPage();
		assertThat(page.getByText("Seite 1 von 2")).isVisible();

		// the conditional question is hidden until "Nein" is chosen with the arrow keys
		assertThat(page.getByText("Was hat Sie abgehalten?")).isHidden();
		page.getByLabel("Ja").focus();
		page.keyboard().press("Space");
		page.keyboard().press("ArrowDown");
		assertThat(page.getByLabel("Nein")).isChecked();
		assertThat(page.getByText("Was hat Sie abgehalten?")).isVisible();
		checkPage();
		assertThat(overflow()).isLessThanOrEqualTo(0);

		// sending without the now required conditional answer names it in the error summary
		page.locator(".survey-form button[type=submit]").focus();
		page.keyboard().press("Enter");
		page.waitForLoadState();
		assertThat(page.locator("#form-errors")).containsText("Was hat Sie abgehalten?");
		assertThat(page.getByLabel("Nein")).isChecked();
		checkPage();
		page.getByLabel("Keine Zeit").focus();
		page.keyboard().press("Space");
		page.locator(".survey-form button[type=submit]").focus();
		page.keyboard().press("Enter");
		page.waitForURL("**/umfragen/" + slug + "/seite/2");
		checkPage();
		assertThat(overflow()).isLessThanOrEqualTo(0);

		page.getByLabel("4", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).focus();
		page.keyboard().press("Space");
		page.getByLabel("Ihre Idee").focus();
		page.keyboard().type("Mehr Kurse am Abend");
		page.locator(".survey-form button[type=submit]").focus();
		page.keyboard().press("Enter");
		page.waitForURL("**/umfragen/" + slug + "/danke");
		checkPage();
		assertThat(page.locator("h1")).hasText("Vielen Dank!");

		long stored = jdbc.sql("SELECT count(*) FROM surveys.answer a JOIN surveys.response r ON r.id = a.response_id "
				+ "WHERE r.survey_id = ? AND r.account_id IS NULL").param(id).query(Long.class).single();
		assertThat(stored).isEqualTo(4);
		visit("/umfragen/" + slug);
		assertThat(page.getByText("schon teilgenommen")).isVisible();
	}

	@Test
	void theCharterPointsToItsSurveyAndTheSurveyTellsThatItHasEnded() {
		visit("/charta/2.0");
		assertThat(page.getByText("Ergebnisse der Umfrage zu dieser Version")).isVisible();
		visit("/umfragen/region-2035");
		assertThat(page.getByText("Diese Umfrage ist beendet")).isVisible();
		assertThat(page.getByText("12 Fragen auf 4 Seiten")).isVisible();
	}

}
