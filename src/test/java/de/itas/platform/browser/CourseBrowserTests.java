package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.learning.CourseContent;
import de.itas.platform.learning.CourseDemoContent;
import de.itas.platform.learning.CourseStore;
import de.itas.platform.learning.Quiz;
import de.itas.platform.learning.QuizQuestion;
import de.itas.platform.shared.security.PlatformUser;

/**
 * A learner works through Circular Cars (a copy of their own), gets one quiz answer wrong and reads its feedback,
 * passes on the second attempt, downloads the certificate, and a visitor verifies its code; axe on each page.
 */
class CourseBrowserTests extends BrowserTestSupport {

	@Autowired
	CourseDemoContent demo;

	@Autowired
	CourseStore store;

	@Autowired
	TestAccounts accounts;

	@Test
	void aLearnerCompletesCircularCarsAndAVisitorVerifiesTheCertificate() {
		String slug = "circular-" + UUID.randomUUID().toString().substring(0, 8);
		CourseContent content = store.content(store.find(demo.create(slug, null)).orElseThrow());
		Quiz quiz = content.finalQuiz().orElseThrow();
		PlatformUser learner = accounts.person("Kursteilnehmerin " + slug);

		page.navigate(url("/login"));
		page.getByLabel("E-Mail-Adresse").fill(learner.email());
		page.getByLabel("Passwort").fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).last().click();
		page.waitForURL("**/mein-bereich");

		visit("/lernen/kurse/" + slug);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einschreiben")).click();
		page.waitForURL("**/lektionen/**");
		checkPage();
		for (int i = 1; i < content.lessons().size(); i++) {
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Weiter: " + content.lessons().get(i).title()))
				.click();
			page.waitForURL("**/lektionen/" + content.lessons().get(i).id());
		}
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Test: " + quiz.title())).click();
		page.waitForURL("**/quiz/" + quiz.id());
		checkPage();

		// first attempt: the first question wrong and the second left out (66 % < 70 %)
		answer(quiz, List.of(0, 1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antworten abgeben")).click();
		page.waitForURL("**/ergebnis");
		checkPage();
		assertThat(page.locator(".notice--error")).containsText("Noch nicht bestanden");
		String wrongFeedback = quiz.questions().get(0).answers().stream().filter(answer -> !answer.correct())
			.findFirst().orElseThrow().feedback();
		assertThat(page.getByText(wrongFeedback)).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Test wiederholen")).click();
		page.waitForURL("**/quiz/" + quiz.id());
		answer(quiz, List.of());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antworten abgeben")).click();
		page.waitForURL("**/ergebnis");
		assertThat(page.locator(".notice--success")).containsText("Bestanden");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Kursabschluss und Zertifikat")).click();
		page.waitForURL("**/lernen/kurse/" + slug);
		checkPage();
		Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Zertifikat herunterladen (PDF)")).click());
		assertThat(download.suggestedFilename()).startsWith("zertifikat-").endsWith(".pdf");
		String code = page.locator(".course-completion .meta").innerText().replace("Prüfcode:", "").strip();

		context.clearCookies();
		visit("/zertifikate/pruefen");
		page.getByLabel("Prüfcode").fill(code.toLowerCase());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prüfen")).click();
		page.waitForURL("**/zertifikate/pruefen?code=**");
		checkPage();
		assertThat(page.locator(".certificate-valid")).isVisible();
		assertThat(page.locator("dl")).containsText(learner.getDisplayName());
	}

	/** Ticks the correct answers, except a wrong one for the questions at {@code wrong} (index 1: none at all). */
	private void answer(Quiz quiz, List<Integer> wrong) {
		for (int i = 0; i < quiz.questions().size(); i++) {
			QuizQuestion question = quiz.questions().get(i);
			if (wrong.contains(i)) {
				if (i == 0) {
					long id = question.answers().stream().filter(answer -> !answer.correct()).findFirst().orElseThrow().id();
					page.locator("#answer-" + id).check();
				}
				continue;
			}
			question.answers().stream().filter(answer -> answer.correct())
				.forEach(answer -> page.locator("#answer-" + answer.id()).check());
		}
	}

}
