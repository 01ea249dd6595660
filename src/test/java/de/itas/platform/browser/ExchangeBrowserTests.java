package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.itas.platform.SignedIn;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.directory.ProductGroup;
import de.itas.platform.networking.Exchange;
import de.itas.platform.networking.NameVisibility;
import de.itas.platform.networking.PostDirection;
import de.itas.platform.networking.PostDraft;
import de.itas.platform.networking.PostKind;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * The cooperation exchange's main journey: the demo company posts free capacity in the editor, a second company
 * finds it among the matches of its own request and asks for contact, the demo company accepts, and the second
 * company then sees the poster's contact. axe checks every page on the way.
 */
class ExchangeBrowserTests extends BrowserTestSupport {

	private static final String COMPANY_A = "unternehmen@demo.itas.local";

	@Autowired
	TestMemberships memberships;

	@Autowired
	Organisations organisations;

	@Autowired
	Exchange exchange;

	@Autowired
	Region region;

	@Test
	void companyBFindsAsFreeCapacityAmongItsMatchesAsksForContactAndSeesItOnceAccepted() {
		String token = "zqbrowser" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		String district = region.districts().get(0).code();

		login(COMPANY_A);
		visit("/kooperationsboerse/neu");
		checkPage();
		page.locator("#kind").selectOption("FREE_CAPACITY");
		page.locator("#direction").selectOption("OFFER");
		page.locator("#title").fill("Freie Fräskapazität " + token);
		page.locator("#description").fill("Zwei Schichten an Bearbeitungszentren frei.");
		page.locator("#capabilities").fill(token + "\nCNC-Fräsen");
		page.locator("input[name=districts][value=" + district + "]").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern und veröffentlichen")).click();
		assertThat(page.locator("h1")).hasText("Freie Fräskapazität " + token);
		checkPage();

		UUID companyB = organisations.ensure("Bedarfswerk " + token + " GmbH (fiktiv)", OrganisationKind.COMPANY, district,
				null).id();
		PlatformUser memberB = memberships.member("b-" + token + "@test.itas.local", companyB, Role.COMPANY_MEMBER);
		UUID request = SignedIn.as(memberB, () -> exchange.create(new PostDraft(companyB, PostKind.FREE_CAPACITY,
				PostDirection.REQUEST, "Fräskapazität gesucht " + token, "Wir brauchen Kapazität.",
				List.of(token, "CNC-Fräsen"), Set.of(ProductGroup.BODY), List.of(), List.of(district), null,
				LocalDate.now().plusMonths(1), NameVisibility.PUBLIC)));

		context.clearCookies();
		page.navigate(url("/login"));
		page.getByLabel("E-Mail-Adresse").fill(memberB.email());
		page.getByLabel("Passwort").fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).last().click();
		page.waitForURL("**/mein-bereich");
		visit("/kooperationsboerse/" + request);
		assertThat(page.locator("section[aria-labelledby=matches-heading]")).containsText("Gemeinsame Fähigkeiten: " + token);
		checkPage();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Freie Fräskapazität " + token)).click();
		assertThat(page.locator("h1")).hasText("Freie Fräskapazität " + token);
		assertThat(page.locator("main")).not().containsText(COMPANY_A);
		page.locator("#message").fill("Wir hätten Bedarf für Batteriegehäuse-Deckel.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anfrage senden")).click();
		assertThat(page.locator("main")).containsText("Ihre Anfrage ist verschickt");
		checkPage();

		login(COMPANY_A);
		visit("/kooperationsboerse/meine");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Freie Fräskapazität " + token)).click();
		assertThat(page.locator("#anfragen")).containsText("Wir hätten Bedarf für Batteriegehäuse-Deckel.");
		assertThat(page.locator("#anfragen")).not().containsText(memberB.email());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annehmen und Kontaktdaten austauschen")).click();
		assertThat(page.locator("#anfragen")).containsText(memberB.email());
		checkPage();

		context.clearCookies();
		page.navigate(url("/login"));
		page.getByLabel("E-Mail-Adresse").fill(memberB.email());
		page.getByLabel("Passwort").fill(TestAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden").setExact(true)).last().click();
		page.waitForURL("**/mein-bereich");
		visit("/kooperationsboerse/meine");
		assertThat(page.locator(".sent-request")).containsText(COMPANY_A);
		checkPage();
	}

}
