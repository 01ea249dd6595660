package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.itas.platform.accounts.Mails;
import de.itas.platform.portal.NewsletterIssues;
import de.itas.platform.portal.NewsletterSubscriptions;
import de.itas.platform.shared.mail.Outbox;

/**
 * A visitor subscribes on a phone and confirms from the mail's link; the coordination composes an issue from the
 * next events, sends it and watches the progress, which htmx updates until the last batch went out; the issue is
 * then a web page. axe on every page.
 */
class NewsletterBrowserTests extends BrowserTestSupport {

	@Autowired
	Outbox outbox;

	@Autowired
	NewsletterSubscriptions subscriptions;

	@Autowired
	NewsletterIssues issues;

	@Test
	void aVisitorSubscribesAndConfirmsAndTheCoordinationSendsAnIssue() {
		String email = "browser-" + System.nanoTime() + "@newsletter.test.itas.local";
		page.setViewportSize(360, 740);
		visit("/newsletter");
		page.getByLabel("E-Mail-Adresse").fill(email);
		page.getByLabel("Veranstaltungen", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Ich willige ein, den Newsletter zu erhalten.").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Newsletter abonnieren")).click();
		assertThat(page.locator("#newsletter-requested")).containsText("Bestätigungslink");
		checkPage();
		assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);

		visit(Mails.link(Mails.single(outbox, email)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abonnement bestätigen")).click();
		assertThat(page.locator("main")).containsText("Ihr Abonnement ist bestätigt");
		checkPage();
		assertThat(subscriptions.findByEmail(email).orElseThrow().status()).isEqualTo("CONFIRMED");

		page.setViewportSize(1280, 900);
		login("koordination@demo.itas.local");
		visit("/newsletter/verwaltung");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neue Ausgabe anlegen")).click();
		String subject = "Browser-Ausgabe " + System.nanoTime();
		page.getByLabel("Betreff").fill(subject);
		page.getByLabel("Einleitung").fill("Liebe Leserinnen und Leser, **das Neueste**.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ausgabe anlegen")).click();
		assertThat(page.locator("h1")).containsText(subject);
		page.locator("form:has(input[name=kind][value=event]) button").first().click();
		assertThat(page.locator("#eintraege + ol li")).hasCount(1);
		assertThat(page.locator(".preview")).containsText("das Neueste");
		checkPage();
		// the issue is about events: it goes to their subscribers (the one above among them), counted before sending
		page.locator("#send-topic-EVENTS").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Themen der Ausgabe speichern")).click();
		assertThat(page.locator("#send-topic-EVENTS")).isChecked();
		assertThat(page.locator("#recipients")).containsText(java.util.regex.Pattern.compile(
				"Die Ausgabe geht zurzeit an (eine bestätigte Adresse|\\d+ bestätigte Adressen): an alle, die Veranstaltungen oder kein bestimmtes Thema abonniert haben\\."));
		checkPage();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ausgabe jetzt versenden")).click();
		page.waitForURL("**/versand");
		assertThat(page.locator("#send-progress")).isVisible();
		checkPage();
		for (int run = 0; run < 1000 && sending(); run++) {
			issues.sendBatch(20);
		}
		assertThat(page.locator("#send-progress")).containsText("Der Versand ist abgeschlossen.",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
		assertThat(Mails.to(outbox, email)).filteredOn(mail -> mail.subject().equals(subject)).hasSize(1);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ausgabe als Webseite ansehen")).click();
		assertThat(page.locator("h1")).hasText(subject);
		checkPage();
	}

	private boolean sending() {
		return issues.all(20).stream().anyMatch(issue -> issue.status().equals("SENDING"));
	}

}
