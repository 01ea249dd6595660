package de.itas.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.learning.Attempts;
import de.itas.platform.learning.PackageImport;
import de.itas.platform.learning.PackageItem;
import de.itas.platform.learning.PackageView;
import de.itas.platform.learning.Packages;
import de.itas.platform.learning.ScormTestPackages;
import de.itas.platform.learning.scorm.CmiDataModel;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A learner plays the real Golf sample with runtime calls in the sandboxed player: pages through it (the bookmark
 * is stored), closes the tab in the middle, comes back and resumes at the bookmark, answers the quiz and finishes
 * with the score stored on the server. The content frame cannot read the platform's cookies. Our pages are checked
 * with axe; the package content is not ours and is left out of the check.
 */
class PlayerBrowserTests extends BrowserTestSupport {

	private static final Pattern SCORE = Pattern.compile("Score: (\\d+)");

	@Autowired
	PackageImport importer;

	@Autowired
	Packages packages;

	@Autowired
	Attempts attempts;

	@Autowired
	TestAccounts accounts;

	private PackageView publishedGolf() {
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		UUID id = importer.importZip(ScormTestPackages.zip("RuntimeBasicCalls_SCORM12"),
				"Golf erklärt " + UUID.randomUUID().toString().substring(0, 8), null, coordinator.id());
		packages.publish(id, coordinator);
		return packages.find(id).orElseThrow();
	}

	private void signIn(PlatformUser person) {
		page.navigate(url("/login"));
		page.getByLabel("E-Mail-Adresse").fill(person.email());
		page.getByLabel("Passwort").fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).last().click();
		page.waitForURL("**/mein-bereich");
	}

	/** axe on the platform's page alone: the framed package content is not ours. */
	private void checkOwnPage() {
		page.waitForLoadState();
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) page.evaluate("""
				async () => (await axe.run(document, { runOnly: { type: 'tag',
				  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'], iframes: false }))
				  .violations.map(rule => rule.id + ': ' + rule.help + ' -> '
				    + rule.nodes.map(node => JSON.stringify(node.target)).join(', '))""");
		assertThat(violations).as("axe violations on %s", page.url()).isEmpty();
		assertThat(page.content()).as("missing message keys").doesNotContain("??");
	}

	private Optional<CmiDataModel> stored(PackageView pack, PlatformUser learner, PackageItem item) {
		Attempts.AttemptSummary attempt = attempts.attempts(pack, learner).get(0);
		return attempts.state(attempt.id(), item.id());
	}

	@Test
	void aLearnerResumesAfterClosingTheTabAndFinishesWithTheScoreStored() {
		PackageView pack = publishedGolf();
		PackageItem sco = pack.structure().launchable().get(0);
		PlatformUser learner = accounts.person("Golf Lernende " + UUID.randomUUID().toString().substring(0, 8));
		signIn(learner);
		visit("/lernen/pakete");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(pack.title())).count()).isOne();
		visit("/lernen/pakete/" + pack.id());

		page.onDialog(dialog -> dialog.accept());
		page.navigate(url("/lernen/pakete/" + pack.id() + "/spielen"));
		checkOwnPage();
		FrameLocator content = page.frameLocator("#scorm-frame");
		for (int click = 0; click < 3; click++) {
			content.locator("#butNext").click();
		}
		page.waitForCondition(() -> stored(pack, learner, sco).map(CmiDataModel::lessonLocation).orElse("").equals("3"));

		// the package's frame has an opaque origin: the platform's cookies are out of its reach
		Frame frame = page.frames().stream().filter(candidate -> candidate.url().contains("/scorm-inhalt/"))
			.findFirst().orElseThrow();
		Object cookie = frame.evaluate("() => { try { return document.cookie; } catch (e) { return 'blocked ' + e.name; } }");
		assertThat(String.valueOf(cookie)).satisfiesAnyOf(value -> assertThat(value).isEmpty(),
				value -> assertThat(value).startsWith("blocked"));
		Object origin = frame.evaluate("() => String(window.origin)");
		assertThat(origin).isEqualTo("null");

		// the tab is closed in the middle
		page.close();
		page = context.newPage();
		page.onDialog(dialog -> dialog.accept());
		page.navigate(url("/lernen/pakete/" + pack.id() + "/spielen"));
		content = page.frameLocator("#scorm-frame");
		// the content asked whether to resume (accepted) and opened the bookmarked page
		assertThat(content.locator("#contentFrame")).isNotNull();
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(content.locator("#contentFrame"))
			.hasAttribute("src", "../Playing/OtherScoring.html");
		page.waitForCondition(() -> stored(pack, learner, sco).map(CmiDataModel::entry).orElse("").equals("resume"));

		for (int click = 3; click < 14; click++) {
			content.locator("#butNext").click();
		}
		FrameLocator quiz = content.frameLocator("#contentFrame");
		quiz.locator("input[type=text]").first().fill("18");
		quiz.locator("input[value='Submit Answers']").click();
		String text = quiz.locator("#test").innerText();
		Matcher score = SCORE.matcher(text);
		assertThat(score.find()).as("score shown: %s", text).isTrue();
		BigDecimal expected = new BigDecimal(score.group(1));
		content.locator("#butExit").click();
		page.waitForCondition(() -> stored(pack, learner, sco)
			.filter(model -> model.scoreRaw() != null && model.scoreRaw().compareTo(expected) == 0 && !model.sessionOpen())
			.isPresent());
		CmiDataModel finished = stored(pack, learner, sco).orElseThrow();
		assertThat(finished.lessonStatus()).isIn("passed", "failed");
		assertThat(finished.totalTimeCentiseconds()).isPositive();
	}

	@Test
	void aProviderUploadsAPackageThroughTheForm() {
		login("anbieter@demo.itas.local");
		visit("/lernen/pakete/neu");
		page.getByLabel("ZIP-Datei").setInputFiles(ScormTestPackages.zip("MissingLaunchUrl_SCORM12"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hochladen und prüfen")).click();
		page.waitForLoadState();
		assertThat(page.locator("#file-error").innerText()).contains("keine Startadresse (href)");
		checkPage();
		page.getByLabel("ZIP-Datei").setInputFiles(ScormTestPackages.zip("RuntimeMinimumCalls_SCORM12"));
		page.getByLabel("Titel").fill("Golf in Einheiten " + UUID.randomUUID().toString().substring(0, 8));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hochladen und prüfen")).click();
		page.waitForURL(Pattern.compile(".*/lernen/pakete/[0-9a-f-]{36}$"));
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Veröffentlichen")).click();
		page.waitForLoadState();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Starten oder fortsetzen")).click();
		page.waitForLoadState();
		checkOwnPage();
		// a package of several SCOs: table of contents and paging
		assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Inhaltsverzeichnis"))
			.getByRole(AriaRole.LINK).count()).isEqualTo(18);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nächste Einheit")).click();
		page.waitForLoadState();
		assertThat(page.locator("[aria-current=page]").innerText()).isEqualTo("Par");
		assertThat(Map.of()).isEmpty();
	}

}
