package de.itas.platform.helpdesk;

import static de.itas.platform.shared.search.SearchApiAnswers.body;
import static de.itas.platform.shared.search.SearchApiAnswers.counts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.search.SearchApiAnswers;
import de.itas.platform.shared.search.SearchApiAnswers.Hit;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Cases in the site-wide search (issue 23): an advisor finds the cases of their teams and not those of another
 * team with the same words, coordination finds both, visitors and employees find none of them but an employee
 * finds their own inquiry; a hit names nothing about the person who asked, and the description is not searched.
 * Through the JSON API and the page, as the shell serves them.
 */
@PlatformTest
class CaseSearchIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	HelpdeskFixtures fixtures;

	PlatformUser advisor;
	PlatformUser otherAdvisor;
	String ownTeam;
	String otherTeam;
	/** A word only these cases' references start with. */
	String token;
	String secret;


	@BeforeEach
	void cases() {
		advisor = fixtures.advisor(accounts, "Suche");
		otherAdvisor = fixtures.advisor(accounts, "Andere");
		String unique = UUID.randomUUID().toString().substring(0, 8);
		ownTeam = fixtures.team("suche-" + unique, advisor);
		otherTeam = fixtures.team("andere-" + unique, otherAdvisor);
		token = "Q" + unique;
		secret = "Geheimwort" + unique;
		insert(token + "-1", ownTeam, "NEW");
		insert(token + "-2", otherTeam, "NEW");
		insert(token + "-3", ownTeam, "CLOSED");
	}

	/** A case with the same topic, district and words as the others; only team and status differ. */
	private void insert(String caseNumber, String team, String status) {
		fixtures.jdbc.sql("""
				INSERT INTO helpdesk.inquiry (case_number, topic, district_code, description, contact_channel,
				  submitter_name, submitter_email, confirmed, status, outcome, team_code, submitted_at)
				VALUES (?, 'OTHER', 'vogtlandkreis', ?, 'EMAIL', 'Erika Suchfeld', 'erika.suchfeld@example.org',
				  TRUE, ?, ?, ?, ?)""")
			.params(caseNumber, "Wir brauchen Rat. " + secret, status, status.equals("CLOSED") ? "RESOLVED" : null, team,
					Timestamp.from(fixtures.now().minus(Duration.ofHours(1))))
			.update();
	}

	@AfterEach
	void removeCases() {
		fixtures.jdbc.sql("DELETE FROM helpdesk.inquiry WHERE case_number LIKE ?").param(token + "-%").update();
	}

	private String json(String query, RequestPostProcessor... as) {
		return SearchApiAnswers.json(mvc, query, as);
	}

	private static List<Hit> cases(String json) {
		return SearchApiAnswers.hits(json).stream().filter(hit -> hit.type().equals("case")).toList();
	}

	@Test
	void anAdvisorFindsTheCasesOfTheirTeamAndNotThoseOfAnotherWithTheSameWords() {
		List<Hit> hits = cases(json("q=" + token, user(advisor)));

		assertThat(hits).extracting(Hit::url)
			.containsExactlyInAnyOrder("/beratung/faelle/" + token + "-1", "/beratung/faelle/" + token + "-3");
		assertThat(hits).filteredOn(hit -> hit.url().endsWith("-1")).singleElement().satisfies(hit -> {
			assertThat(hit.title()).isEqualTo(token + "-1 – Sonstiges");
			assertThat(hit.snippet()).startsWith("Vogtlandkreis · Testteam suche-").contains(" · neu · eingegangen am ");
		});
		assertThat(hits).allSatisfy(hit -> assertThat(hit.title() + " " + hit.snippet())
			.doesNotContain("Erika", "Suchfeld", "example.org", "Rat", secret));

		assertThat(cases(json("q=" + token + "-2", user(advisor)))).as("another team's case by its full reference")
			.isEmpty();
		assertThat(cases(json("q=" + token + " Sonstiges Vogtlandkreis", user(otherAdvisor)))).extracting(Hit::url)
			.containsExactly("/beratung/faelle/" + token + "-2");
		assertThat(cases(json("q=" + token + " abgeschlossen", user(advisor)))).as("the status is part of what is found")
			.extracting(Hit::url)
			.containsExactly("/beratung/faelle/" + token + "-3");
		assertThat(cases(json("q=" + secret, user(advisor)))).as("the description is never searched").isEmpty();

		List<Hit> coordination = cases(json("q=" + token, accounts.as(Role.COORDINATOR)));
		assertThat(coordination).extracting(Hit::url)
			.contains("/beratung/faelle/" + token + "-1", "/beratung/faelle/" + token + "-2",
					"/beratung/faelle/" + token + "-3");
	}

	@Test
	void visitorsEmployeesAndCompaniesFindNoCaseButAPersonFindsTheirOwnInquiry() {
		assertThat(cases(json("q=" + token))).isEmpty();
		assertThat(counts(json("q=" + token))).containsEntry("case", 0);
		for (Role role : List.of(Role.EMPLOYEE, Role.COMPANY_ADMIN, Role.PROVIDER, Role.ADMIN)) {
			assertThat(cases(json("q=" + token, accounts.as(role)))).as("as %s", role).isEmpty();
		}

		PlatformUser person = accounts.person("Fallsuche " + UUID.randomUUID().toString().substring(0, 8));
		String own = fixtures.submit(person);
		List<Hit> mine = cases(json("q=" + own, user(person)));
		assertThat(mine).singleElement().satisfies(hit -> {
			assertThat(hit.url()).isEqualTo("/anliegen/" + own);
			assertThat(hit.title()).startsWith(own + " – ");
			assertThat(hit.snippet()).startsWith("Ihr Anliegen · Vogtlandkreis").doesNotContain(person.getDisplayName());
		});
		assertThat(cases(json("q=" + token, user(person)))).as("other people's cases").isEmpty();
		assertThat(cases(json("q=" + own, user(advisor)))).as("not a case of the advisor's team").isEmpty();
		fixtures.jdbc.sql("DELETE FROM helpdesk.inquiry WHERE case_number = ?").param(own).update();
	}

	@Test
	void theTypeFilterShowsOnlyCasesAndTheCountsAreThoseOfTheViewer() {
		String all = json("q=" + token, user(advisor));
		assertThat(counts(all)).containsEntry("case", 2);
		String filtered = json("q=" + token + "&type=case", user(advisor));
		List<Map<String, Object>> results = JsonPath.read(filtered, "$.results");
		assertThat(results).hasSize(2).allSatisfy(result -> assertThat(result.get("type")).isEqualTo("case"));
		assertThat((Integer) JsonPath.read(filtered, "$.total")).isEqualTo(2);
		assertThat(counts(json("q=" + token, accounts.as(Role.COORDINATOR)))).containsEntry("case", 3);

		Document page = Jsoup.parse(body(mvc.get().uri("/suche?q=" + token + "&typ=case").with(user(advisor)).exchange()));
		assertThat(page.select(".search-types a[aria-current=true]")).extracting(Element::text)
			.containsExactly("Fälle (2)");
		assertThat(page.select(".search-hit__type")).extracting(Element::text).containsOnly("Fälle");
		assertThat(page.select(".search-hit__title a")).extracting(link -> link.attr("href"))
			.containsExactlyInAnyOrder("/beratung/faelle/" + token + "-1", "/beratung/faelle/" + token + "-3");
		assertThat(body(mvc.get().uri("/sitemap.xml").exchange())).doesNotContain("/beratung/faelle/", "/anliegen/HD-");
	}

}
