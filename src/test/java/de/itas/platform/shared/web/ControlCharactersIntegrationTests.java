package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMultipartMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.trainings.TrainingsFixtures;

/**
 * A control character (here NUL, which PostgreSQL refuses in text) in a form field is refused at the edge
 * (issue 14, finding 8): the form comes back with a message at the field and the other values as typed,
 * nothing is saved, and no request ends in a server error. One case per field the attack found.
 */
@PlatformTest
class ControlCharactersIntegrationTests {

	static final String NUL = "\u0000";

	static final String MESSAGE = "Diese Angabe enthält unsichtbare Steuerzeichen";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestMemberships memberships;

	@Autowired
	Organisations organisations;

	@Autowired
	TrainingsFixtures trainings;

	@Autowired
	JdbcTemplate jdbc;

	/** The page shows the message at the field (its error paragraph, linked from the field). */
	private static Document refusedAt(MvcTestResult result, String field) {
		assertThat(result.getResponse().getStatus()).as(field).isIn(200, 422);
		Document page = Jsoup.parse(body(result));
		Element error = page.getElementById(field + "-error");
		assertThat(error).as("error of " + field).isNotNull();
		assertThat(error.text()).contains(MESSAGE);
		assertThat(page.getElementById(field).attr("aria-describedby")).contains(field + "-error");
		return page;
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void inquiryContactTimesAndPhone() {
		String description = "Ich suche eine Weiterbildung zur Fachkraft für Hochvolt-Systeme " + UUID.randomUUID();
		for (String field : List.of("contactTimes", "phone")) {
			Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("topic", "REORIENTATION", "districtCode",
					"zwickau", "description", description, "contactChannel", "PHONE", "phone", "0375 123456",
					"contactTimes", "nachmittags", "name", "Erika Muster", "email", "erika@example.org", "consent", "true"));
			values.put(field, values.get(field) + NUL + "x");
			MockMultipartMvcRequestBuilder request = mvc.post().uri("/anliegen/neu").multipart();
			values.forEach((name, value) -> request.param(name, value));
			Document page = refusedAt(request.with(csrf()).exchange(), field);
			assertThat(page.getElementById("name").val()).isEqualTo("Erika Muster");
			assertThat(page.getElementById("description").text()).isEqualTo(description);
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM helpdesk.inquiry WHERE description = ?", Long.class,
				description)).isZero();
	}

	@Test
	void profileJobTitleAndInterests() {
		PlatformUser person = accounts.user(Role.EMPLOYEE);
		for (String field : List.of("jobTitle", "interests")) {
			Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("version", "0", "districtCode", "chemnitz",
					"jobTitle", "Instandhalter", "interests", "Hochvolt", "contactPreference", "EMAIL"));
			values.put(field, values.get(field) + NUL);
			MockMvcRequestBuilder request = mvc.post().uri("/mein-profil");
			values.forEach((name, value) -> request.param(name, value));
			refusedAt(request.with(user(person)).with(csrf()).exchange(), field);
		}
	}

	@Test
	void runSchedule() {
		OrganisationSummary provider = trainings.provider("Steuerzeichen " + TrainingsFixtures.token());
		PlatformUser staff = memberships.member("control-" + provider.id() + "@test.itas.local", provider.id(),
				Role.PROVIDER);
		long offer = trainings.offer(provider, TrainingsFixtures.draft("Steuerzeichenkurs", 8, 100, false, List.of()));
		MvcTestResult result = mvc.post().uri("/anbieter/angebote/{id}/termine/neu", offer).with(user(staff)).with(csrf())
			.param("startDate", LocalDate.now().plusDays(20).toString())
			.param("endDate", LocalDate.now().plusDays(40).toString())
			.param("schedule", "Mo–Fr 8–16 Uhr" + NUL)
			.param("city", "Chemnitz")
			.param("street", "Straße der Nationen 1")
			.param("postcode", "09111")
			.param("districtCode", "chemnitz")
			.param("capacity", "12")
			.exchange();
		Document page = refusedAt(result, "schedule");
		assertThat(page.getElementById("city").val()).isEqualTo("Chemnitz");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.run WHERE offer_id = ?", Long.class, offer))
			.isZero();
	}

	@Test
	void needComment() {
		UUID company = organisations.ensure("Steuerzeichenbetrieb " + TrainingsFixtures.token(), OrganisationKind.COMPANY,
				"erzgebirgskreis", null).id();
		PlatformUser admin = memberships.member("control-needs-" + company + "@test.itas.local", company,
				Role.COMPANY_ADMIN);
		MvcTestResult result = mvc.post().uri("/qualifizierungsbedarfe").with(user(admin)).with(csrf())
			.param("organisation", company.toString())
			.param("occupationUri", "https://demo.itas.local/taxonomy/occupation/mechatroniker")
			.param("employeesAffected", "3")
			.param("horizon", "SIX_MONTHS")
			.param("urgency", "HIGH")
			.param("formats", "ONLINE")
			.param("skillUris", "https://demo.itas.local/taxonomy/skill/hv-safety")
			.param("comment", "dringend" + NUL)
			.exchange();
		refusedAt(result, "comment");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM assessment.qualification_need WHERE organisation_id = ?",
				Long.class, company)).isZero();
	}

	@Test
	void companyIndustryCode() {
		UUID company = organisations.ensure("Steuerzeichenwerk " + TrainingsFixtures.token() + " GmbH", OrganisationKind.COMPANY,
				"chemnitz", null).id();
		PlatformUser admin = memberships.member("control-profile-" + company + "@test.itas.local", company,
				Role.COMPANY_ADMIN);
		MvcTestResult result = mvc.post().uri("/mein-unternehmen/profil?unternehmen=" + company).with(user(admin))
			.with(csrf())
			.param("version", "0")
			.param("name", "Steuerzeichenwerk GmbH")
			.param("districtCode", "chemnitz")
			.param("industryCode", "29.32.0" + NUL)
			.exchange();
		refusedAt(result, "industryCode");
	}

	@Test
	void slotTeamCode() {
		PlatformUser advisor = accounts.user(Role.ADVISOR);
		String team = "control-" + UUID.randomUUID();
		jdbc.update("INSERT INTO helpdesk.team (code, partner_code, name) VALUES (?, 'ihk', 'Testteam Steuerzeichen')",
				team);
		jdbc.update("INSERT INTO helpdesk.team_member (team_code, advisor_id) VALUES (?, ?)", team, advisor.id());
		String start = LocalDate.now().plusDays(30) + "T09:30";
		MvcTestResult result = mvc.post().uri("/beratung/termine").with(user(advisor)).with(csrf())
			.param("teamCode", team + NUL)
			.param("kind", "VIDEO")
			.param("start", start)
			.param("minutes", "30")
			.param("topics", "OTHER")
			.exchange();
		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(body(result));
		assertThat(page.select("#form-errors li").eachText()).anySatisfy(text -> assertThat(text).contains(MESSAGE));
		assertThat(page.getElementById("start").val()).isEqualTo(start);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM helpdesk.slot WHERE team_code LIKE ?", Long.class,
				team + "%")).isZero();
	}

}
