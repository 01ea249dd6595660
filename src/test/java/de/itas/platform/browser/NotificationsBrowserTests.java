package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.notifications.Delivery;
import de.itas.platform.shared.notifications.Notification;
import de.itas.platform.shared.notifications.NotificationPreferences;
import de.itas.platform.shared.notifications.Notifications;
import de.itas.platform.shared.notifications.TestNotificationKinds;
import de.itas.platform.shared.security.PlatformUser;

/**
 * A person is notified, sees the count in the header, opens the list, marks one read (the count follows),
 * changes the mail setting of a kind, and unsubscribes through the mail's link; axe checks every page.
 */
class NotificationsBrowserTests extends BrowserTestSupport {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Autowired
	Notifications notifications;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Outbox outbox;

	private Locator headerLink(String name) {
		return page.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	@Test
	void aPersonSeesTheCountOpensTheListMarksOneReadAndChangesTheSetting() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		PlatformUser person = accounts.person("Bruno Browser " + marker);
		notifications.notify(Notification.to(person.id(), TestNotificationKinds.ALPHA, "testing.notification.title",
				"/mein-bereich", "eins-" + marker));
		notifications.notify(Notification.to(person.id(), TestNotificationKinds.ALPHA, "testing.notification.title",
				"/mein-bereich", "zwei-" + marker));

		page.navigate(url("/login"));
		page.getByLabel("E-Mail-Adresse").fill(person.email());
		page.getByLabel("Passwort").fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).last().click();
		page.waitForURL("**/mein-bereich");
		assertThat(headerLink("Benachrichtigungen (2 ungelesen)")).isVisible();
		checkPage();

		headerLink("Benachrichtigungen (2 ungelesen)").click();
		page.waitForURL("**/benachrichtigungen");
		assertThat(page.locator("h1")).hasText("Benachrichtigungen");
		assertThat(page.getByText("2 ungelesene Benachrichtigungen")).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Testnachricht zwei-" + marker)))
			.isVisible();
		assertThat(headerLink("Benachrichtigungen (2 ungelesen)")).isVisible();
		checkPage();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("notifications-list.png")).setFullPage(true));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als gelesen markieren").setExact(true)).first().click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Die Benachrichtigung ist als gelesen markiert.");
		assertThat(page.getByText("1 ungelesene Benachrichtigung", new Page.GetByTextOptions().setExact(true)))
			.isVisible();
		assertThat(headerLink("Benachrichtigungen (1 ungelesen)")).isVisible(); // the header's count follows
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Als gelesen markieren").setExact(true)))
			.hasCount(1);
		checkPage();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("E-Mail-Einstellungen für Benachrichtigungen"))
			.click();
		page.waitForURL("**/benachrichtigungen/einstellungen");
		checkPage();
		Locator alpha = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Testart Alpha"));
		assertThat(alpha.getByLabel("Sofort per E-Mail")).isChecked();
		alpha.getByLabel("Täglich als Zusammenfassung").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einstellungen speichern")).click();
		assertThat(page.getByText("Ihre Einstellungen sind gespeichert.")).isVisible();
		assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Testart Alpha"))
			.getByLabel("Täglich als Zusammenfassung")).isChecked();
		checkPage();
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.ALPHA)).isEqualTo(Delivery.DAILY);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("notifications-settings.png")).setFullPage(true));
	}

	@Test
	void aHundredUnreadFitTheHeaderOfAPhone() {
		PlatformUser person = accounts.person("Viola Vielgelesen " + UUID.randomUUID().toString().substring(0, 8));
		for (int n = 0; n < 120; n++) {
			notifications.notify(Notification.to(person.id(), TestNotificationKinds.ALPHA, "testing.notification.title",
					"/mein-bereich", "nachricht-" + n));
		}
		page.setViewportSize(360, 740);
		page.navigate(url("/login"));
		page.getByLabel("E-Mail-Adresse").fill(person.email());
		page.getByLabel("Passwort").fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).last().click();
		page.waitForURL("**/mein-bereich");
		assertThat(headerLink("Benachrichtigungen (120 ungelesen)")).containsText("99+");
		assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
			.as("width of the page at 360 px").isLessThanOrEqualTo(360);
		checkPage();
	}

	@Test
	void theUnsubscribeLinkOfAMailWorksWithoutSignIn() {
		PlatformUser person = accounts.person("Ulla Unsubscribe " + UUID.randomUUID().toString().substring(0, 8));
		notifications.notify(Notification.to(person.id(), TestNotificationKinds.ALPHA, "testing.notification.title",
				"/mein-bereich", "abbestellen"));
		String header = Mails.single(outbox, person.email()).headers().get("List-Unsubscribe");
		String link = header.substring(1, header.length() - 1).replaceFirst("^https?://[^/]+", "");

		visit(link);
		assertThat(page.getByText("Möchten Sie die E-Mails zu „Testart Alpha“ abbestellen?")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("E-Mails abbestellen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sie erhalten keine E-Mails mehr zu „Testart Alpha“.");
		checkPage();
		assertThat(preferences.delivery(person.id(), TestNotificationKinds.ALPHA)).isEqualTo(Delivery.OFF);
	}

}
