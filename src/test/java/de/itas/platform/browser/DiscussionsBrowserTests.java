package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.itas.platform.SignedIn;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.networking.DiscussionViews.Posted;
import de.itas.platform.networking.DiscussionViews.SpaceKind;
import de.itas.platform.networking.DiscussionViews.SpaceView;
import de.itas.platform.networking.Discussions;
import de.itas.platform.networking.Moderation;
import de.itas.platform.networking.ModerationViews.Action;
import de.itas.platform.networking.ReportCategory;
import de.itas.platform.shared.notifications.NotificationInbox;
import de.itas.platform.shared.notifications.NotificationView;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Moderation that explains itself, in the browser, in three steps that each set up their own post: a member writes
 * a post in a public space and another reports it; the coordination hides a reported post with a statement of
 * reasons from the queue; the author reads the reasons on the post and in the notification list, appeals, and the
 * admin decides the appeal as the second moderator. axe checks every page on the way; the thread page and the
 * queue also at 360 pixels.
 */
class DiscussionsBrowserTests extends BrowserTestSupport {

	private static final String DISCUSSION_POST = "discussion-post";

	@Autowired
	TestAccounts accounts;

	@Autowired
	Discussions discussions;

	@Autowired
	Moderation moderation;

	@Autowired
	NotificationInbox inbox;

	private final String token = UUID.randomUUID().toString().substring(0, 8);

	/** A public topic space of the test's own, created by a test coordinator. */
	private SpaceView space() {
		return SignedIn.as(accounts.user(Role.COORDINATOR),
				() -> discussions.createSpace(SpaceKind.TOPIC, "Erfahrungsaustausch " + token, "Raum eines Browsertests"));
	}

	/** Signs in through the form as a test person (demo users use {@link #login(String)}). */
	private void signIn(PlatformUser person) {
		context.clearCookies();
		page.navigate(url("/login"));
		page.getByLabel("E-Mail-Adresse").fill(person.email());
		page.getByLabel("Passwort").fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).last().click();
		page.waitForURL("**/mein-bereich");
	}

	/** The page fits a phone of 360 pixels without scrolling sideways, and axe finds nothing there either. */
	private void checkAt360() {
		page.setViewportSize(360, 740);
		// the header folds its navigation by the width at load: a phone loads the page at its own width
		page.reload();
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
			.as("width of %s at 360 px", page.url()).isLessThanOrEqualTo(360);
		checkPage();
		page.setViewportSize(1280, 900);
	}

	private List<String> titles(PlatformUser person) {
		return inbox.page(person.id(), 0, Locale.GERMAN).items().stream().map(NotificationView::title).toList();
	}

	@Test
	void aMemberWritesAPostInAPublicSpaceAndAnotherReportsItWithAReason() {
		SpaceView space = space();
		PlatformUser author = accounts.person("Schreibende " + token);
		PlatformUser reporter = accounts.person("Meldende " + token);
		String title = "Qualifizierungsvereinbarung " + token;

		signIn(author);
		visit("/diskussionen/" + space.slug());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neues Thema")).click();
		assertThat(page.locator("h1")).hasText("Neues Thema");
		checkPage();
		page.getByLabel("Titel des Themas").fill(title);
		page.getByLabel("Ihr Beitrag").fill("Wie habt ihr die **Freistellung** geregelt? Die Geschäftsführung ist ein Haufen Idioten.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thema starten")).click();
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator("main strong").getByText("Freistellung")).isVisible();
		checkPage();
		String thread = page.url();

		signIn(reporter);
		page.navigate(thread);
		checkAt360();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Melden").setExact(true)).click();
		assertThat(page.locator("h1")).hasText("Beitrag melden");
		checkPage();
		page.getByLabel("Beleidigung oder Belästigung").check();
		page.getByLabel("Beschreibung").fill("Die Geschäftsführung wird als Idioten bezeichnet.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meldung senden")).click();
		assertThat(page.locator("main [role=status]")).containsText("Danke, Ihre Meldung ist bei der Moderation.");
		assertThat(page.locator("h1")).hasText(title);
		checkPage();
		// the moderators by role are told at once
		assertThat(titles(accounts.user(Role.ADMIN))).contains("Neue Meldung: " + title);
	}

	@Test
	void theCoordinationHidesAReportedPostFromTheQueueWithAStatementOfReasons() {
		SpaceView space = space();
		PlatformUser author = accounts.person("Verfasser " + token);
		PlatformUser reporter = accounts.person("Hinweisgeberin " + token);
		String title = "Schichtmodelle " + token;
		Posted post = SignedIn.as(author, () -> discussions.startThread(space.slug(), title,
				"Ruft doch Herrn Beispiel privat an: 0170 1234567.", List.of()));
		SignedIn.run(reporter, () -> moderation.report(DISCUSSION_POST, post.postId(), ReportCategory.PERSONAL_DATA,
				"Private Telefonnummer einer anderen Person."));

		login("koordination@demo.itas.local");
		visit("/moderation");
		checkAt360();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(page.locator("main")).containsText("Private Telefonnummer einer anderen Person.");
		checkPage();
		page.getByLabel("Ausblenden").check();
		page.getByLabel("Verletzte Regel").selectOption("4");
		page.getByLabel("Begründung (festgestellte Tatsachen)")
			.fill("Der Beitrag nennt die private Telefonnummer einer Person, die nicht mitdiskutiert.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entscheidung speichern")).click();
		assertThat(page.locator("main [role=status]")).containsText("Die Entscheidung ist gespeichert");
		assertThat(page.locator("main")).containsText("Der Beitrag nennt die private Telefonnummer");
		checkPage();

		assertThat(SignedIn.as(reporter, () -> discussions.post(post.postId()))).isEmpty();
		assertThat(titles(author)).anyMatch(line -> line.startsWith("Ihr Beitrag wurde ausgeblendet: " + title)
				&& line.contains("Der Beitrag nennt die private Telefonnummer"));
		assertThat(titles(reporter)).anyMatch(line -> line.contains("Beitrag ausgeblendet") && line.contains(title));
	}

	@Test
	void theAuthorReadsTheReasonsAppealsAndTheAdminDecidesAsSecondModerator() {
		SpaceView space = space();
		PlatformUser author = accounts.person("Widersprechende " + token);
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		String title = "Tarifbindung " + token;
		String facts = "Der Beitrag wirbt für ein Seminarangebot ohne Bezug zum Thema.";
		Posted post = SignedIn.as(author, () -> discussions.startThread(space.slug(), title,
				"Wir haben mit einer Stufenregelung gute Erfahrungen gemacht; Details im Seminar.", List.of()));
		SignedIn.run(coordinator, () -> moderation.decide(DISCUSSION_POST, post.postId(), Action.HIDE, "3", facts, null));

		signIn(author);
		visit("/benachrichtigungen");
		assertThat(page.locator("#notification-list")).containsText("Ihr Beitrag wurde ausgeblendet: " + title + ". Begründung: " + facts);
		page.locator("#notification-list").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("ausgeblendet: " + title)).click();
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator("main")).containsText("Dieser Beitrag wurde ausgeblendet.");
		assertThat(page.locator("main")).containsText("Begründung: " + facts);
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Widerspruch einlegen")).click();
		assertThat(page.locator("h1")).hasText("Widerspruch einlegen");
		checkPage();
		page.getByLabel("Ihr Widerspruch").fill("Das Seminar war ein Erfahrungsbericht, keine Werbung.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Widerspruch senden")).click();
		assertThat(page.locator("main [role=status]")).containsText("Ihr Widerspruch ist eingegangen");
		assertThat(page.locator("main")).containsText("Ihr Widerspruch wird geprüft.");
		checkPage();

		login("admin@demo.itas.local");
		visit("/moderation");
		checkAt360();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Widerspruch zu „" + title + "“")).click();
		assertThat(page.locator("h1")).hasText("Über einen Widerspruch entscheiden");
		assertThat(page.locator("main")).containsText("Das Seminar war ein Erfahrungsbericht, keine Werbung.");
		checkPage();
		page.getByLabel("Entscheidung aufheben").check();
		page.getByLabel("Begründung").fill("Ein Erfahrungsbericht mit Hinweis auf ein Seminar ist keine Werbung.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entscheidung über den Widerspruch speichern")).click();
		assertThat(page.locator("main")).containsText("Widerspruch entschieden: Entscheidung aufgehoben");
		checkPage();

		assertThat(SignedIn.as(accounts.person("Mitlesende " + token), () -> discussions.post(post.postId()))).isPresent();
		assertThat(titles(author)).anyMatch(line -> line.startsWith("Ihrem Widerspruch wurde stattgegeben") && line.contains(title));
	}

}
