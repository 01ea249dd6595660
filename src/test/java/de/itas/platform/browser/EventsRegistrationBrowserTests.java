package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.itas.platform.SignedIn;
import de.itas.platform.accounts.Mails;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.events.EventRegistrations;
import de.itas.platform.events.EventView;
import de.itas.platform.events.EventsRegistrationFixtures;
import de.itas.platform.events.RegistrationStatus;
import de.itas.platform.events.RegistrationView;
import de.itas.platform.shared.mail.Outbox;
import de.itas.platform.shared.security.PlatformUser;

/**
 * The registration side of events in the browser: the demo company admin registers three people for a
 * workshop with two free places and is told beforehand that the group goes to the waiting list together; a
 * cancellation offers the group its places (by mail) and the admin accepts them; staff check one person in on a
 * 360 px phone by opening the address of the ticket's QR code. axe checks each page.
 */
class EventsRegistrationBrowserTests extends BrowserTestSupport {

	@Autowired
	EventsRegistrationFixtures fixtures;

	@Autowired
	EventRegistrations registrations;

	@Autowired
	Organisations organisations;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Outbox outbox;

	@Test
	void aGroupWaitsTogetherMovesUpWhenPlacesFreeAndIsCheckedInByQrCode() {
		OrganisationSummary provider = organisations.organisations(OrganisationKind.PROVIDER)
			.stream()
			.filter(organisation -> organisation.name().startsWith("Bildungswerk Westsachsen"))
			.findFirst()
			.orElseThrow();
		EventView event = fixtures.open(provider, 3, null);
		String token = EventsRegistrationFixtures.token();
		PlatformUser early = accounts.person("Frueh " + token);
		RegistrationView earlyPlace = SignedIn.as(early, () -> registrations.registerSelf(event.id(), null, "", Map.of()));

		login("unternehmen@demo.itas.local");
		visit("/veranstaltungen/" + event.slug() + "/gruppenanmeldung");
		assertThat(page.getByText("vor Ort: 2 Plätze frei")).isVisible();
		for (int i = 0; i < 3; i++) {
			page.locator("#people-" + i + "-name").fill("Person " + (i + 1) + " " + token);
			page.locator("#people-" + i + "-email").fill(token + "-" + (i + 1) + "@test.itas.local");
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gruppe verbindlich anmelden")).click();
		assertThat(page.locator("#group-waiting")).containsText(
				"Für 3 Personen sind nur 2 Plätze frei – die Gruppe kommt gemeinsam auf die Warteliste.");
		checkPage();
		assertThat(fixtures.registrations(event.id())).hasSize(1);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gemeinsam auf die Warteliste")).click();
		page.waitForURL("**/veranstaltungen/meine-anmeldungen");
		assertThat(page.locator("main")).containsText("Person 3 " + token);
		checkPage();
		List<RegistrationView> group = fixtures.registrations(event.id())
			.stream()
			.filter(registration -> registration.groupId() != null)
			.toList();
		assertThat(group).hasSize(3).allSatisfy(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.WAITING));

		// the early participant cancels: three places are free, and the group is offered all of them
		SignedIn.as(early, () -> registrations.cancel(earlyPlace.id()));
		assertThat(Mails.to(outbox, token + "-2@test.itas.local"))
			.anySatisfy(mail -> assertThat(mail.subject()).isEqualTo("Ein Platz ist für Sie frei geworden"));
		visit("/veranstaltungen/anmeldungen/" + group.get(0).id());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plätze für die Gruppe annehmen")).click();
		assertThat(page.locator(".registration-status")).containsText("angemeldet");
		assertThat(page.locator(".registration-ticket svg")).isVisible();
		checkPage();
		assertThat(fixtures.registrations(event.id()))
			.filteredOn(r -> r.groupId() != null)
			.allSatisfy(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));

		// staff scan the ticket's QR code with a phone: its address leads to the person's check-in page
		RegistrationView ticket = fixtures.registration(group.get(1).id());
		context.clearCookies();
		page.setViewportSize(360, 740);
		login("anbieter@demo.itas.local");
		visit("/veranstaltungen/verwaltung/" + event.id() + "/einlass/" + ticket.ticketCode());
		assertThat(page.locator("h1")).hasText("Person 2 " + token);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einchecken")).click();
		assertThat(page.locator(".checkin-outcome")).containsText("Person 2 " + token + " ist eingecheckt.");
		checkPage();
		assertThat(fixtures.registration(ticket.id()).checkedIn()).isTrue();
		assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);

		visit("/veranstaltungen/verwaltung/" + event.id() + "/einlass");
		assertThat(page.locator(".checkin-count")).hasText("1 von 3 eingecheckt");
		assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
		visit("/veranstaltungen/verwaltung/" + event.id() + "/teilnehmende");
		assertThat(page.locator("table")).containsText("Person 1 " + token);
	}

}
