package de.itas.platform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import de.itas.platform.SignedIn;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.governance.Charter;
import de.itas.platform.governance.CharterImport;
import de.itas.platform.governance.Consultation;
import de.itas.platform.governance.Phase;
import de.itas.platform.governance.ConsultationViews.ProposalView;
import de.itas.platform.governance.VersionSummary;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * The whole trace of issue 17 in the browser: a visitor writes an input at the open future forum; the
 * coordination puts it into a new topic, links the topic to a change proposal, adopts the proposal, links it to
 * the section of the draft and adopts that version; the visitor's "what became of my input?" page then shows
 * the chain up to the section of the new version. The charter versions are the test's own (a chain apart from
 * the demo's), so other tests keep the demo's version in force.
 */
class GovernanceJourneyBrowserTests extends BrowserTestSupport {

	private static final Page.GetByRoleOptions NAMED = new Page.GetByRoleOptions();

	@Autowired
	Charter charter;

	@Autowired
	CharterImport imports;

	@Autowired
	Consultation consultation;

	@Autowired
	TestAccounts accounts;

	@Test
	void anInputAtAForumIsFollowedToTheSectionOfANewVersion() {
		// the test's own charter: X.0 adopted, X.1 in consultation with a proposal by a resident
		PlatformUser coordinator = accounts.user(Role.COORDINATOR);
		java.util.Random random = new java.util.Random();
		int major = 100 + random.nextInt(800);
		int minor = random.nextInt(998);
		String first = major + "." + minor;
		String next = major + "." + (minor + 1);
		String anchor = "reise-" + major + "-" + minor;
		VersionSummary base = imports.importVersion(first, "Reise-Charta", Phase.DRAFTING,
				"# Mobilität {#" + anchor + "}\n\nBusse fahren tagsüber.\n", null, coordinator.id());
		charter.adopt(base.id(), LocalDate.now().minusDays(30));
		VersionSummary draft = charter.createNextVersion(first, next, "Reise-Charta neu", Phase.CONSOLIDATION,
				coordinator.id());
		charter.startConsultation(draft.id(), Instant.now().minus(Duration.ofHours(1)),
				Instant.now().plus(Duration.ofDays(1)));
		ProposalView proposal = SignedIn.as(accounts.user(Role.EMPLOYEE),
				() -> consultation.propose(next, anchor, "Busse fahren auch zur Frühschicht.",
						"Die Frühschicht beginnt um sechs.", false));

		// a visitor writes an input at the open forum
		visit("/zukunftsforen");
		page.locator(".forum-open a").first().click();
		page.waitForURL("**/beitrag");
		page.getByLabel("Bedarf", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Ihr Beitrag").fill("Der Bus zum Werk muss vor der Frühschicht fahren (Reisetest " + major + ").");
		page.getByRole(AriaRole.BUTTON, NAMED.setName("Beitrag senden")).click();
		String code = page.locator(".input-code").textContent().strip();

		// the coordination puts it into a new topic ...
		login("koordination@demo.itas.local");
		visit("/zukunftsforen/sichtung?ohneThema=true");
		page.getByLabel("Titel des Themas").fill("Frühschicht-Busse " + major + "-" + minor);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thema anlegen")).click();
		assertThat(page.locator(".notice--success")).containsText("Das Thema wurde angelegt.");
		visit("/zukunftsforen/sichtung?ohneThema=true");
		page.locator("#pick-" + code).check();
		page.getByLabel("Ausgewählte Beiträge in das Thema").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel("Frühschicht-Busse " + major + "-" + minor));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zuordnen")).click();
		assertThat(page.locator(".notice--success")).containsText("Ein Beitrag wurde dem Thema zugeordnet.");

		// ... links the topic to the proposal ...
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Frühschicht-Busse " + major + "-" + minor)).first().click();
		page.getByLabel("Code eines Änderungsvorschlags").fill(proposal.code());
		page.getByLabel("Code eines Änderungsvorschlags")
			.locator("xpath=ancestor::form")
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Verknüpfen"))
			.click();
		assertThat(page.locator("main")).containsText(proposal.code());
		checkPage();

		// ... adopts the proposal, ends the consultation, links the proposal to the draft's section, adopts the version
		visit("/charta/vorschlaege/" + proposal.code());
		page.getByLabel("übernommen", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByLabel("Begründung in einfachen Worten").fill("Die Frühschicht gehört in die Charta.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Entscheidung speichern")).click();
		assertThat(page.locator("#entscheidung")).containsText("Die Frühschicht gehört in die Charta.");
		visit("/charta/verwaltung/" + next);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Konsultation beenden und zurück in den Entwurf"))
			.click();
		visit("/charta/vorschlaege/" + proposal.code());
		page.getByLabel("Entwurf der Charta").selectOption(next);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verknüpfen")).click();
		assertThat(page.locator(".notice--success")).containsText("verknüpft");
		visit("/charta/verwaltung/" + next);
		page.getByLabel("Ich bestätige den Beschluss der Version " + next + ".").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Version beschließen")).click();
		assertThat(page.locator("h1")).hasText("Reise-Charta neu");
		assertThat(page.locator(".lead")).containsText("beschlossen");

		// the section says why it reads as it does, and the visitor's card shows the whole chain
		page.getByText("Warum steht das hier?").first().click();
		assertThat(page.locator(".why").first()).containsText(proposal.code());
		assertThat(page.locator(".why").first()).containsText("Frühschicht-Busse " + major + "-" + minor);
		visit("/karte/" + code);
		assertThat(page.locator(".card-chain")).containsText("Frühschicht-Busse " + major + "-" + minor);
		assertThat(page.locator(".card-chain")).containsText(proposal.code());
		assertThat(page.locator(".card-chain")).containsText("Version " + next + ", Abschnitt 1 „Mobilität“");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version " + next + ", Abschnitt 1 „Mobilität“"))
			.click();
		page.waitForURL("**/charta/" + next + "#" + anchor);
		checkPage();
	}

}
