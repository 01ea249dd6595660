package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.ErrorSummary;

/**
 * Providers create, change, publish and archive offers and runs through the pages: who may, what is
 * refused with which message (nothing half-saved), stale versions, and what the public detail page shows.
 */
@PlatformTest
class OfferEditingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TrainingsFixtures fixtures;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	JdbcTemplate jdbc;


	private MvcTestResult create(PlatformUser staff, OrganisationSummary provider, String title, String hours, String price,
			String... extra) {
		var request = mvc.post().uri("/anbieter/angebote/neu").with(user(staff)).with(csrf())
			.param("providerId", provider.id().toString())
			.param("title", title)
			.param("summary", "Kurz und klar")
			.param("description", "## Inhalt\n\n<script>alert(1)</script>\n\nViel **Praxis**")
			.param("format", "HYBRID")
			.param("language", "de")
			.param("durationHours", hours)
			.param("price", price)
			.param("providerAzav", "true")
			.param("courseAzav", "true")
			.param("skillUris", TrainingsFixtures.SKILL + "plc", TrainingsFixtures.SKILL + "automation")
			.param("occupationUris", TrainingsFixtures.OCCUPATION + "mechatroniker")
			.param("actionFieldCode", "qualifizierung");
		for (int i = 0; i + 1 < extra.length; i += 2) {
			request = request.param(extra[i], extra[i + 1]);
		}
		return request.exchange();
	}

	private long offerCount(OrganisationSummary provider) {
		return jdbc.queryForObject("SELECT count(*) FROM trainings.offer WHERE provider_id = ?", Long.class, provider.id());
	}

	@Test
	void aProviderCreatesPublishesAndTheDetailPageShowsTheOfferWithJsonLd() throws Exception {
		OrganisationSummary provider = fixtures.provider("Editor " + TrainingsFixtures.token());
		PlatformUser staff = fixtures.staff(provider);
		String title = "SPS-Kurs " + TrainingsFixtures.token();

		MvcTestResult created = create(staff, provider, title, "160", "2.890,00");
		assertThat(created).hasStatus3xxRedirection();
		String location = created.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		assertThat(mvc.get().uri("/weiterbildung/{id}", id).exchange()).hasStatus(404);
		assertThat(mvc.post().uri("/anbieter/angebote/{id}/termine/neu", id).with(user(staff)).with(csrf())
			.param("startDate", LocalDate.now().plusDays(20).toString())
			.param("endDate", LocalDate.now().plusDays(40).toString())
			.param("city", "Chemnitz")
			.param("street", "Straße der Nationen 1")
			.param("postcode", "09111")
			.param("districtCode", "chemnitz")
			.param("capacity", "12")
			.exchange()).hasRedirectedUrl("/anbieter/angebote/" + id);
		assertThat(mvc.post().uri("/anbieter/angebote/{id}/status", id).with(user(staff)).with(csrf())
			.param("status", "PUBLISHED").param("version", "0").exchange()).hasRedirectedUrl("/anbieter/angebote/" + id);

		MvcTestResult page = mvc.get().uri("/weiterbildung/{id}", id).exchange();
		assertThat(page).hasStatusOk();
		Document html = Jsoup.parse(page.getResponse().getContentAsString());
		assertThat(html.select("h1").text()).isEqualTo(title);
		assertThat(html.select(".prose strong").text()).isEqualTo("Praxis");
		assertThat(html.select(".prose script")).isEmpty();
		assertThat(html.text()).contains("förderfähig", "SPS programmieren", "Mechatroniker/Mechatronikerin",
				"12 von 12 Plätzen frei", "2.890,00 €");
		String jsonLd = html.select("script[type=application/ld+json]").html();
		assertThat(jsonLd).contains("\"@type\":\"Course\"", "\"@type\":\"CourseInstance\"", "\"addressLocality\":\"Chemnitz\"",
				"\"name\":\"" + title + "\"", "\"price\":\"2890.00\"");
		assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
	}

	@Test
	void invalidInputComesBackWithMessagesAndNothingIsSaved() throws Exception {
		OrganisationSummary provider = fixtures.provider("Fehler " + TrainingsFixtures.token());
		PlatformUser staff = fixtures.staff(provider);
		MvcTestResult negative = create(staff, provider, "Kurs", "-5", "-1", "skillUris", TrainingsFixtures.SKILL + "gibtsnicht",
				"contactEmail", "keine-adresse");
		assertThat(negative).hasStatusOk().bodyText().contains("Die Dauer muss größer als 0", "Der Preis darf nicht negativ sein",
				"gibt es im Katalog nicht", "gültige E-Mail-Adresse");
		String body = negative.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ErrorSummary.linkedFields(body)).contains("durationHours", "price", "skillUris", "contactEmail");
		assertThat(ErrorSummary.brokenLinks(body)).isEmpty();
		MvcTestResult notANumber = create(staff, provider, "", "viel", "1,5");
		assertThat(notANumber).hasStatusOk().bodyText().contains("Bitte eine Zahl angeben", "Bitte ausfüllen.");
		assertThat(offerCount(provider)).isZero();

		long id = fixtures.offer(provider, TrainingsFixtures.draft("Terminkurs", 8, 100, false, List.of()));
		MvcTestResult badRun = mvc.post().uri("/anbieter/angebote/{id}/termine/neu", id).with(user(staff)).with(csrf())
			.param("startDate", LocalDate.now().minusDays(1).toString())
			.param("endDate", LocalDate.now().minusDays(3).toString())
			.param("city", "Atlantis")
			.param("districtCode", "atlantis")
			.param("capacity", "0")
			.exchange();
		assertThat(badRun).hasStatusOk().bodyText().contains("nicht in der Vergangenheit", "nicht vor dem ersten",
				"gibt es in der Region nicht", "Bitte eine Zahl von 1 bis 1.000");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM trainings.run WHERE offer_id = ?", Long.class, id)).isZero();
	}

	@Test
	void anOfferIsPublishedOnlyWithARunAndItsRunsMustFitItsFormatAndHours() throws Exception {
		OrganisationSummary provider = fixtures.provider("Plausibel " + TrainingsFixtures.token());
		PlatformUser staff = fixtures.staff(provider);
		MvcTestResult created = create(staff, provider, "Vollzeit? " + TrainingsFixtures.token(), "360", "7200");
		String location = created.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		assertThat(mvc.get().uri("/anbieter/angebote/{id}", id).with(user(staff))).hasStatusOk()
			.bodyText()
			.contains("erst veröffentlicht werden, wenn es mindestens einen kommenden Termin hat");
		assertThat(mvc.post().uri("/anbieter/angebote/{id}/status", id).with(user(staff)).with(csrf())
			.param("status", "PUBLISHED").param("version", "0")).flash()
			.containsEntry("statusProblem", "trainings.error.publish-without-run");
		assertThat(status(id)).isEqualTo("DRAFT");

		// 360 hours in eleven days cannot be taught; in six weeks it can, but only as more than full-time
		assertThat(addRun(staff, id, 10, 20, true)).hasStatusOk()
			.bodyText()
			.contains("360 Stunden passen nicht in einen Termin von 11 Tagen");
		assertThat(addRun(staff, id, 14, 55, true)).hasRedirectedUrl("/anbieter/angebote/" + id);
		assertThat(mvc.get().uri("/anbieter/angebote/{id}", id).with(user(staff))).bodyText()
			.contains("sind mehr als Vollzeit")
			.doesNotContain("erst veröffentlicht werden");

		// the hybrid offer has an online run: it cannot become a Präsenz offer, nor get so few hours per day
		assertThat(change(staff, id, "PRESENCE", "360")).hasStatusOk()
			.bodyText()
			.contains("Dieses Format passt nicht zu 1 geplanten Termin(en)");
		assertThat(change(staff, id, "HYBRID", "500")).hasStatusOk()
			.bodyText()
			.contains("Diese Dauer passt nicht in den Zeitraum von 1 geplanten Termin(en)");
		assertThat(jdbc.queryForObject("SELECT format FROM trainings.offer WHERE id = ?", String.class, id))
			.isEqualTo("HYBRID");

		assertThat(mvc.post().uri("/anbieter/angebote/{id}/status", id).with(user(staff)).with(csrf())
			.param("status", "PUBLISHED").param("version", "0")).hasRedirectedUrl("/anbieter/angebote/" + id);
		assertThat(status(id)).isEqualTo("PUBLISHED");

		long online = fixtures.offer(provider, new OfferDraft("Nur online " + TrainingsFixtures.token(), "Kurz", "",
				Format.ONLINE, "", "de", java.math.BigDecimal.TEN, java.math.BigDecimal.ONE, false, false, List.of(),
				List.of(), null, "", "", ""));
		assertThat(addRun(staff, online, 10, 12, false)).hasStatusOk()
			.bodyText()
			.contains("ein Termin vor Ort passt nicht dazu");
	}

	private String status(long id) {
		return jdbc.queryForObject("SELECT status FROM trainings.offer WHERE id = ?", String.class, id);
	}

	private MvcTestResult addRun(PlatformUser staff, long offer, int fromDay, int toDay, boolean online) {
		var request = mvc.post().uri("/anbieter/angebote/{id}/termine/neu", offer).with(user(staff)).with(csrf())
			.param("startDate", LocalDate.now().plusDays(fromDay).toString())
			.param("endDate", LocalDate.now().plusDays(toDay).toString())
			.param("schedule", "dienstags und donnerstags 17–20 Uhr")
			.param("capacity", "12");
		if (online) {
			request = request.param("online", "true");
		}
		else {
			request = request.param("city", "Zwickau").param("districtCode", "zwickau");
		}
		return request.exchange();
	}

	private MvcTestResult change(PlatformUser staff, long id, String format, String hours) {
		long version = jdbc.queryForObject("SELECT version FROM trainings.offer WHERE id = ?", Long.class, id);
		return mvc.post().uri("/anbieter/angebote/{id}", id).with(user(staff)).with(csrf())
			.param("version", String.valueOf(version)).param("title", "Geändert").param("summary", "Kurz")
			.param("format", format).param("language", "de").param("durationHours", hours).param("price", "7200")
			.exchange();
	}

	@Test
	void aChangeBasedOnAnOutdatedVersionIsRefused() {
		OrganisationSummary provider = fixtures.provider("Version " + TrainingsFixtures.token());
		PlatformUser staff = fixtures.staff(provider);
		long id = fixtures.offer(provider, TrainingsFixtures.draft("Versionskurs", 8, 100, false, List.of()));
		var first = mvc.post().uri("/anbieter/angebote/{id}", id).with(user(staff)).with(csrf()).param("version", "0")
			.param("title", "Erste Änderung").param("summary", "Kurz").param("format", "ONLINE").param("language", "de")
			.param("durationHours", "8").param("price", "100").exchange();
		assertThat(first).hasRedirectedUrl("/anbieter/angebote/" + id);
		var second = mvc.post().uri("/anbieter/angebote/{id}", id).with(user(staff)).with(csrf()).param("version", "0")
			.param("title", "Zweite Änderung").param("summary", "Kurz").param("format", "ONLINE").param("language", "de")
			.param("durationHours", "8").param("price", "100").exchange();
		assertThat(second).hasStatusOk().bodyText().contains("Jemand anderes hat das Angebot inzwischen geändert");
		assertThat(jdbc.queryForObject("SELECT title FROM trainings.offer WHERE id = ?", String.class, id))
			.isEqualTo("Erste Änderung");
	}

	@Test
	void onlyTheProvidersOwnStaffAndAdminsMayEdit() {
		OrganisationSummary provider = fixtures.provider("Zugriff " + TrainingsFixtures.token());
		long id = fixtures.offer(provider, TrainingsFixtures.draft("Zugriffskurs", 8, 100, false, List.of()));
		PlatformUser otherStaff = fixtures.staff(fixtures.provider("Fremd " + TrainingsFixtures.token()));

		assertThat(mvc.get().uri("/anbieter/angebote/{id}", id).exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/anbieter/angebote").with(testAccounts.as(Role.EMPLOYEE)).exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/anbieter/angebote").with(testAccounts.as(Role.COMPANY_ADMIN)).exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/anbieter/angebote/{id}", id).with(user(otherStaff)).exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/anbieter/angebote/{id}/status", id).with(user(otherStaff)).with(csrf())
			.param("status", "ARCHIVED").param("version", "0").exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/anbieter/angebote/neu").with(user(otherStaff)).with(csrf())
			.param("providerId", provider.id().toString()).param("title", "Fremdkurs").param("summary", "x")
			.param("format", "ONLINE").param("language", "de").param("durationHours", "8").param("price", "1")
			.exchange()).hasStatus(403);
		assertThat(offerCount(provider)).isEqualTo(1);

		assertThat(mvc.get().uri("/anbieter/angebote/{id}", id).with(user(fixtures.staff(provider))).exchange())
			.hasStatusOk().bodyText().contains("Zugriffskurs");
		assertThat(mvc.get().uri("/anbieter/angebote/{id}", id).with(testAccounts.as(Role.ADMIN)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/anbieter/angebote").with(user(fixtures.staff(provider))).exchange()).hasStatusOk()
			.bodyText().contains("Zugriffskurs").doesNotContain("Fremdkurs");
	}

	@Test
	void theSkillPickerSuggestsFromTheTaxonomy() {
		PlatformUser staff = fixtures.staff(fixtures.provider("Picker " + TrainingsFixtures.token()));
		assertThat(mvc.get().uri("/anbieter/taxonomie?skillQuery=Batterie").with(user(staff)).exchange()).hasStatusOk()
			.bodyText().contains("Batteriezellchemie", "name=\"skillUris\"");
		assertThat(mvc.get().uri("/anbieter/taxonomie?occupationQuery=Mechatroniker").with(user(staff)).exchange())
			.hasStatusOk().bodyText().contains("Mechatroniker/Mechatronikerin");
		assertThat(mvc.get().uri("/anbieter/taxonomie?skillQuery=Batterie").with(testAccounts.as(Role.EMPLOYEE)).exchange())
			.hasStatus(403);
	}

}
