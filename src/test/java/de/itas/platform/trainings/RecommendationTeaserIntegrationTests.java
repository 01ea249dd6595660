package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.PersonProfileDetails;
import de.itas.platform.accounts.PersonProfiles;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.skills.PersonalGoals;

/**
 * The top recommendations as an htmx fragment, and the placeholders on "Mein Bereich" and "Mein Weg" that
 * load it: three offers with their reasons and a link to all, a hint when there is nothing to recommend
 * yet, only the link for a visitor, and placeholders only where recommendations make sense.
 */
@PlatformTest
class RecommendationTeaserIntegrationTests {

	private static final String TEASER = "/meine-weiterbildungen/empfehlungen/auswahl";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	PersonProfiles profiles;

	@Autowired
	PersonalGoals goals;

	@Autowired
	Recommendations recommendations;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	/** A new person of a company (so that no other test's goal or profile gets in the way). */
	private PlatformUser freshPerson(Role role) {
		String token = TrainingsFixtures.token();
		OrganisationSummary company = organisations.ensure("Empfehlungsbetrieb " + token, OrganisationKind.COMPANY,
				"zwickau", null);
		return memberships.member(token + "@test.itas.local", company.id(), role);
	}

	private PlatformUser personWithGoal() {
		PlatformUser person = freshPerson(Role.COMPANY_ADMIN);
		profiles.change(person.id(), -1, new PersonProfileDetails("zwickau", "Montierer", null, null, null, 30, null, null));
		goals.save(person.id(), TrainingsFixtures.OCCUPATION + "montierer", TrainingsFixtures.OCCUPATION + "batteriemonteur",
				List.of());
		return person;
	}

	private MvcTestResult teaser(PlatformUser person) {
		return mvc.get().uri(TEASER).header("HX-Request", "true").with(user(person)).exchange();
	}

	@Test
	void theFragmentShowsTheTopThreeWithTheirReasonsAndALinkToAll() throws Exception {
		PlatformUser person = personWithGoal();
		List<String> expected = recommendations.forPerson(person.id(), Locale.GERMAN, 3)
			.recommendations()
			.stream()
			.map(recommendation -> recommendation.offer().title())
			.toList();
		assertThat(expected).as("the demo catalogue has offers for the battery fitter's missing skills").hasSize(3);

		MvcTestResult result = teaser(person);
		assertThat(result).hasStatusOk();
		Document fragment = Jsoup.parseBodyFragment(result.getResponse().getContentAsString());
		assertThat(fragment.select("html > body > section.recommendation-teaser")).hasSize(1);
		assertThat(fragment.select("h2")).extracting(Element::text).containsExactly("Passende Weiterbildungen für Sie");
		assertThat(fragment.select("ul.cards > li.card h3")).extracting(Element::text).containsExactlyElementsOf(expected);
		assertThat(fragment.select("ul.cards > li.card")).allSatisfy(card -> assertThat(card.select(".recommendation__why li").first().text())
			.matches("lehrt \\d+ von \\d+ fehlenden Kompetenzen: .+"));
		assertThat(fragment.select("a[href=/meine-weiterbildungen/empfehlungen]")).extracting(Element::text)
			.containsExactly("Alle Empfehlungen");
		assertThat(fragment.text()).contains("Für Ihr Ziel");
	}

	@Test
	void withoutAGoalOrOccupationTheFragmentSaysHowToGetRecommendations() {
		PlatformUser person = freshPerson(Role.COMPANY_MEMBER);
		MvcTestResult result = teaser(person);
		assertThat(result).hasStatusOk().bodyText()
			.contains("Noch keine Empfehlungen: Wählen Sie unter „Mein Weg“ ein berufliches Ziel", "href=\"/mein-weg\"",
					"Alle Empfehlungen")
			.doesNotContain("class=\"card\"");
	}

	@Test
	void aVisitorGetsOnlyTheLinkAndARequestWithoutHtmxGoesToTheFullPage() {
		MvcTestResult visitor = mvc.get().uri(TEASER).header("HX-Request", "true").exchange();
		assertThat(visitor).hasStatusOk().bodyText().contains("Alle Empfehlungen").doesNotContain("class=\"card\"",
				"Noch keine Empfehlungen", "Anmelden");
		assertThat(mvc.get().uri(TEASER).with(user(testAccounts.user(Role.EMPLOYEE))).exchange())
			.hasRedirectedUrl("/meine-weiterbildungen/empfehlungen");
		assertThat(mvc.get().uri(TEASER).exchange()).hasRedirectedUrl("/meine-weiterbildungen/empfehlungen");
	}

	@Test
	void myAreaAndMyPathLoadTheFragmentWhereRecommendationsMakeSense() throws Exception {
		String placeholder = "hx-get=\"" + TEASER + "\"";
		PlatformUser employee = personWithGoal();
		MvcTestResult myArea = mvc.get().uri("/mein-bereich").with(user(employee)).exchange();
		assertThat(myArea).hasStatusOk();
		Element panel = Jsoup.parse(myArea.getResponse().getContentAsString()).selectFirst("[hx-get=" + TEASER + "]");
		assertThat(panel).isNotNull();
		assertThat(panel.attr("hx-trigger")).isEqualTo("load");
		assertThat(panel.select("a[href=/meine-weiterbildungen/empfehlungen]")).as("the link without JavaScript").hasSize(1);
		assertThat(mvc.get().uri("/mein-bereich").with(testAccounts.as(Role.PROVIDER)).exchange()).hasStatusOk().bodyText()
			.doesNotContain(placeholder);

		MvcTestResult myPath = mvc.get().uri("/mein-weg").with(user(employee)).exchange();
		assertThat(myPath).hasStatusOk();
		Element onPath = Jsoup.parse(myPath.getResponse().getContentAsString()).selectFirst("[hx-get=" + TEASER + "]");
		assertThat(onPath).isNotNull();
		assertThat(onPath.select("a[href=/meine-weiterbildungen/empfehlungen]")).hasSize(1);
		assertThat(mvc.get().uri("/mein-weg").with(user(freshPerson(Role.COMPANY_ADMIN))).exchange()).hasStatusOk().bodyText()
			.as("no goal, no placeholder").doesNotContain(placeholder);
		assertThat(mvc.get().uri("/mein-weg").exchange()).hasStatusOk().bodyText().doesNotContain(placeholder);
	}

}
