package de.itas.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.itas.platform.PlatformTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages for everyone: the accessibility statement from the settings, the easy and sign language pages,
 * the barrier report that becomes a help-desk inquiry, and the OpenAPI description with its documentation page.
 */
@PlatformTest
class PortalPagesIntegrationTests {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	/** Each test reports from its own client address, so that the rate limit of one does not touch another. */
	private static RequestPostProcessor fromNewClient() {
		String address = "10.23." + (System.nanoTime() % 200) + "." + (CLIENTS.incrementAndGet() % 250 + 1);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private long inquiriesWith(String marker) {
		return jdbc.sql("SELECT count(*) FROM helpdesk.inquiry WHERE description LIKE :marker")
			.param("marker", "%" + marker + "%")
			.query(Long.class)
			.single();
	}

	@Test
	void theStatementShowsStatusKnownIssuesContactAndEnforcementBodyFromTheSettings() throws Exception {
		MvcTestResult result = mvc.get().uri("/barrierefreiheit").exchange();
		assertThat(result).hasStatusOk();
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("teilweise vereinbar")
			.contains("21.11.2026")
			.contains(environment.getProperty("platform.legal.accessibility-contact"))
			.contains(environment.getProperty("platform.legal.accessibility-contact-name"))
			.contains(environment.getProperty("platform.legal.enforcement-body"))
			.contains(environment.getProperty("platform.legal.enforcement-address"))
			.contains("href=\"" + environment.getProperty("platform.legal.enforcement-url") + "\"")
			.contains("href=\"/barrierefreiheit/barriere-melden\"")
			.contains("href=\"/leichte-sprache\"", "href=\"/gebaerdensprache\"", "href=\"/api/dokumentation\"");
		// every configured known issue is listed with its text
		String issues = body.substring(body.indexOf("id=\"accessibility-issues\""));
		issues = issues.substring(0, issues.indexOf("</ul>"));
		assertThat(issues.split("<li>", -1)).hasSize(
				environment.getProperty("platform.legal.accessibility-known-issues").split(",").length + 1);
		assertThat(issues).contains("PDF");
	}

	@Test
	void theEasyAndSignLanguagePagesAreOpenAndNameThePlatform() {
		String platform = environment.getProperty("platform.region").equals("leipzig") ? "MoLeWa" : "ITAS";
		MvcTestResult easy = mvc.get().uri("/leichte-sprache").exchange();
		assertThat(easy).hasStatusOk();
		assertThat(easy).bodyText().contains("Leichter Sprache").contains(platform + "-Plattform")
			.contains("Ein Netzwerk ist eine Gruppe.").doesNotContain("${regional");
		MvcTestResult sign = mvc.get().uri("/gebaerdensprache").exchange();
		assertThat(sign).hasStatusOk();
		// no video is configured by default, and the page says so honestly
		assertThat(sign).bodyText().contains("id=\"sign-language-no-video\"").doesNotContain("id=\"sign-language-video\"");
	}

	@Test
	void aVisitorsBarrierReportBecomesAnInquiryInTheCoordinationQueue() {
		String marker = "Fokus-" + System.nanoTime();
		assertThat(mvc.get().uri("/barrierefreiheit/barriere-melden?seite=/weiterbildung").exchange()).hasStatusOk()
			.bodyText().contains("value=\"/weiterbildung\"");
		MvcTestResult result = mvc.post()
			.uri("/barrierefreiheit/barriere-melden")
			.with(csrf())
			.with(fromNewClient())
			.param("page", "/weiterbildung")
			.param("description", "Der Fokus verschwindet im Filter der Suche. " + marker)
			.param("name", "Erika Beispiel")
			.param("email", "erika.barriere@demo.itas.local")
			.exchange();
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/barrierefreiheit/barriere-gemeldet");
		String caseNumber = (String) result.getMvcResult().getFlashMap().get("caseNumber");
		assertThat(caseNumber).startsWith("HD-");
		var row = jdbc.sql("""
				SELECT topic, description, submitter_name, submitter_email, confirmed, team_code, status
				FROM helpdesk.inquiry WHERE case_number = :number""")
			.param("number", caseNumber)
			.query()
			.singleRow();
		assertThat(row.get("topic")).isEqualTo("OTHER");
		assertThat((String) row.get("description")).contains("/weiterbildung").contains(marker);
		assertThat(row.get("submitter_name")).isEqualTo("Erika Beispiel");
		assertThat(row.get("submitter_email")).isEqualTo("erika.barriere@demo.itas.local");
		assertThat(row.get("confirmed")).isEqualTo(true);
		assertThat(row.get("team_code")).as("the coordination queue").isNull();
		assertThat(row.get("status")).isEqualTo("NEW");
		// the page after the redirect is open to visitors (the browser test sees the number on it)
		assertThat(mvc.get().uri("/barrierefreiheit/barriere-gemeldet").exchange()).hasStatusOk();
		// the coordination works that queue: it is told, and the notice names only the case number
		List<String> notified = jdbc.sql("""
				SELECT a.email FROM notification n JOIN accounts.user_account a ON a.id = n.person_id
				WHERE n.kind = 'helpdesk.new-inquiry' AND n.link = :link""")
			.param("link", "/beratung/faelle/" + caseNumber)
			.query(String.class)
			.list();
		assertThat(notified).contains("koordination@demo.itas.local").doesNotContain("berater@demo.itas.local");
	}

	@Test
	void anAnonymousReportNeedsNoContact() {
		String marker = "Kontrast-" + System.nanoTime();
		assertThat(mvc.post()
			.uri("/barrierefreiheit/barriere-melden")
			.with(csrf())
			.with(fromNewClient())
			.param("description", "Zu wenig Kontrast im Kopf. " + marker)
			.exchange()).hasStatus3xxRedirection();
		assertThat(inquiriesWith(marker)).isEqualTo(1);
	}

	@Test
	void badInputIsRefusedAtTheFieldsWithTheInputKeptAndNothingSaved() {
		String marker = "kurz" + System.nanoTime() % 1000;
		MvcTestResult result = mvc.post()
			.uri("/barrierefreiheit/barriere-melden")
			.with(csrf())
			.with(fromNewClient())
			.param("page", "javascript:alert(1)")
			.param("description", marker)
			.param("email", "keine-adresse")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("Bitte beschreiben Sie die Barriere in mindestens 10 Zeichen.")
			.contains("Bitte geben Sie die Adresse der Seite an")
			.contains("Bitte geben Sie eine gültige E-Mail-Adresse an.")
			.contains("value=\"keine-adresse\"")
			.contains("href=\"#description\"");
		assertThat(inquiriesWith(marker)).isZero();
	}

	@Test
	void oneClientCanSendOnlyAFewReportsAnHour() {
		RequestPostProcessor client = fromNewClient();
		String marker = "Flut-" + System.nanoTime();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			statuses.add(mvc.post()
				.uri("/barrierefreiheit/barriere-melden")
				.with(csrf())
				.with(client)
				.param("description", "Meldung Nummer " + i + " " + marker)
				.exchange()
				.getResponse()
				.getStatus());
		}
		assertThat(statuses).containsExactly(302, 302, 302, 302, 302, 200);
		assertThat(inquiriesWith(marker)).isEqualTo(5);
	}

	@Test
	void theOpenApiDescriptionListsThePublicApiAndIsReachableWithoutSignIn() throws Exception {
		MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		JsonNode api = JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
		assertThat(api.path("info").path("title").asString()).startsWith("Programmierschnittstelle der ");
		List<String> paths = new ArrayList<>(api.path("paths").propertyNames());
		assertThat(paths).contains("/api/v1/trainings", "/api/v1/search", "/api/v1/companies",
				"/api/v1/funding/calculate", "/api/v1/governance/indicators");
		assertThat(paths).allMatch(path -> path.startsWith("/api/v1/"));
		// German tags by the first segment of the path
		assertThat(api.path("paths").path("/api/v1/trainings").path("get").path("tags").get(0).asString())
			.isEqualTo("Weiterbildungen");
	}

	@Test
	void theDocumentationPageListsTheOperationsAndWhichNeedSignIn() throws Exception {
		MvcTestResult result = mvc.get().uri("/api/dokumentation").exchange();
		assertThat(result).hasStatusOk();
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("href=\"/v3/api-docs\"").contains("GET /api/v1/trainings");
		assertThat(operation(body, "get-api-v1-trainings")).contains("ohne Anmeldung nutzbar");
		assertThat(operation(body, "get-api-v1-me-export")).contains("nur mit Anmeldung");
	}

	private static String operation(String body, String anchor) {
		int start = body.indexOf("id=\"" + anchor + "\"");
		assertThat(start).as(anchor).isPositive();
		return body.substring(start, body.indexOf("</article>", start));
	}

}
