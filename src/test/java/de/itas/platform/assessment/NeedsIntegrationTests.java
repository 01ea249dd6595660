package de.itas.platform.assessment;

import static de.itas.platform.assessment.AssessmentTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.disclosure.SmallNumbers;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.ErrorSummary;
import de.itas.platform.shared.web.FieldProblems;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Needs capture (validation, access, the public skills API) and the region-wide figures: the needs map,
 * its exports and the aggregate API never reveal a single company.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedsIntegrationTests {

	static final String HV = "https://demo.itas.local/taxonomy/skill/hv-safety";
	static final String CNC = "https://demo.itas.local/taxonomy/skill/cnc-program";
	static final String MECHATRONIKER = "https://demo.itas.local/taxonomy/occupation/mechatroniker";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	QualificationNeeds needs;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Autowired
	NeedsMap map;

	@Autowired
	Checks checks;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	@Autowired
	TestAccounts testAccounts;

	private UUID company;
	private PlatformUser admin;
	private PlatformUser stranger;

	@BeforeAll
	void company() {
		String token = AssessmentTestSupport.token();
		company = organisations.ensure("Bedarfsbetrieb " + token, OrganisationKind.COMPANY, "erzgebirgskreis", null).id();
		admin = memberships.member("needs-" + token + "@test.itas.local", company, Role.COMPANY_ADMIN);
		UUID other = organisations.ensure("Fremdbetrieb " + token, OrganisationKind.COMPANY, "erzgebirgskreis", null).id();
		stranger = memberships.member("needs-other-" + token + "@test.itas.local", other, Role.COMPANY_ADMIN);
	}

	private NeedInput input(List<String> skills, int employees) {
		return new NeedInput(MECHATRONIKER, employees, skills, Horizon.SIX_MONTHS, Urgency.HIGH,
				EnumSet.of(TrainingFormat.IN_HOUSE), "Neue Linie");
	}

	@Test
	void aCompanyRecordsNeedsFromTheTaxonomyAndTheyFeedItsSkills() {
		String token = AssessmentTestSupport.token();
		UUID company = organisations.ensure("Skillbetrieb " + token, OrganisationKind.COMPANY, "chemnitz", null).id();
		PlatformUser admin = memberships.member("skills-" + token + "@test.itas.local", company, Role.COMPANY_ADMIN);
		UUID id = as(admin, () -> needs.record(company, input(List.of(HV, CNC), 12)));
		List<NeedDetails> recorded = as(admin, () -> needs.needsOf(company));
		assertThat(recorded).extracting(NeedDetails::id).contains(id);
		NeedDetails need = recorded.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
		assertThat(need.occupationLabel()).startsWith("Mechatroniker");
		assertThat(need.occupationGroup()).isEqualTo("7412");
		assertThat(need.skills()).extracting(NeedDetails.Skill::uri).containsExactlyInAnyOrder(HV, CNC);
		assertThat(needs.skillsNeededBy(company)).contains(HV, CNC);
		as(admin, () -> needs.close(id));
		assertThat(needs.skillsNeededBy(company)).isEmpty();
	}

	@Test
	void badNeedsAreRefusedWholeAndNothingIsSaved() throws Exception {
		int before = as(admin, () -> needs.needsOf(company)).size();
		assertThatThrownBy(() -> as(admin, () -> needs.record(company,
				new NeedInput("https://example.org/unknown", 0, List.of("https://example.org/nope"), Horizon.IMMEDIATE,
						Urgency.LOW, Set.of(), "x".repeat(2001)))))
			.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.fields()).containsExactly(
					"occupationUri", "employeesAffected", "skillUris", "formats", "comment"));
		assertThat(as(admin, () -> needs.needsOf(company))).hasSize(before);
		MvcTestResult page = mvc.post().uri("/qualifizierungsbedarfe").with(user(admin)).with(csrf())
			.param("organisation", company.toString()).param("occupationUri", MECHATRONIKER)
			.param("employeesAffected", "viele").param("horizon", "SIX_MONTHS").param("urgency", "HIGH")
			.param("formats", "ONLINE").param("skillUris", HV).param("comment", "bleibt stehen").exchange();
		assertThat(page).hasStatus(422).bodyText()
			.contains("Bitte geben Sie eine ganze Zahl von 1 bis 100000 an.")
			.contains("bleibt stehen")
			.contains("value=\"viele\"");
		// what only the service knows comes back at its fields too, and the summary links to each
		MvcTestResult refused = mvc.post().uri("/qualifizierungsbedarfe").with(user(admin)).with(csrf())
			.param("organisation", company.toString()).param("occupationUri", "https://example.org/unknown")
			.param("employeesAffected", "3").param("horizon", "SIX_MONTHS").param("urgency", "HIGH")
			.param("skillUris", "https://example.org/nope").param("comment", "bleibt auch stehen").exchange();
		assertThat(refused).hasStatus(422).bodyText().contains("bleibt auch stehen", "value=\"3\"");
		String body = refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ErrorSummary.linkedFields(body)).containsExactly("occupationUri", "skillUris", "formats");
		assertThat(ErrorSummary.brokenLinks(body)).isEmpty();
		assertThat(as(admin, () -> needs.needsOf(company))).hasSize(before);
	}

	@Test
	void everyProblemOfTheFormComesInOneRoundAndTheSummaryNamesEachField() throws Exception {
		Map<String, String> labels = Map.of("occupationUri", "assessment.needs.field.occupation", "skillUris",
				"assessment.needs.field.skills", "employeesAffected", "assessment.needs.field.employees", "horizon",
				"assessment.needs.field.horizon", "urgency", "assessment.needs.field.urgency", "formats",
				"assessment.needs.field.formats");
		int before = as(admin, () -> needs.needsOf(company)).size();
		// a head count that is no number (the form's own check) and nothing else chosen (the service's checks)
		MvcTestResult mixed = mvc.post().uri("/qualifizierungsbedarfe").with(user(admin)).with(csrf())
			.param("organisation", company.toString()).param("employeesAffected", "viele")
			.param("comment", "bleibt stehen").exchange();
		// nothing at all: only the service's checks
		MvcTestResult empty = mvc.post().uri("/qualifizierungsbedarfe").with(user(admin)).with(csrf())
			.param("organisation", company.toString()).exchange();
		for (MvcTestResult refused : List.of(mixed, empty)) {
			assertThat(refused).hasStatus(422);
			String body = refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(ErrorSummary.linkedFields(body)).containsExactlyInAnyOrderElementsOf(labels.keySet());
			assertThat(ErrorSummary.brokenLinks(body)).isEmpty();
			org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(body);
			labels.forEach((field, label) -> {
				org.jsoup.nodes.Element error = page.getElementById(field + "-error");
				assertThat(error).as(field).isNotNull();
				assertThat(page.selectFirst("#form-errors a[href=#" + field + "]").text()).as(field)
					.isEqualTo(messages.getMessage(label, null, Locale.GERMAN) + ": " + error.text());
			});
			for (String select : List.of("employeesAffected", "horizon", "urgency")) {
				assertThat(page.getElementById(select).attr("aria-invalid")).as(select).isEqualTo("true");
				assertThat(page.getElementById(select).attr("aria-describedby")).as(select).contains(select + "-error");
			}
		}
		assertThat(mixed).bodyText().contains("value=\"viele\"", "bleibt stehen");
		assertThat(as(admin, () -> needs.needsOf(company))).hasSize(before);
	}

	@Test
	void theFormSearchesTheTaxonomyAndSaves() {
		assertThat(mvc.post().uri("/qualifizierungsbedarfe").with(user(admin)).with(csrf())
			.param("organisation", company.toString()).param("occupationQuery", "Mechatroniker")
			.param("action", "search-occupation")).hasStatusOk().bodyText().contains(MECHATRONIKER);
		assertThat(mvc.post().uri("/qualifizierungsbedarfe").with(user(admin)).with(csrf())
			.param("organisation", company.toString()).param("skillQuery", "Hochvolt")
			.param("action", "search-skills")).hasStatusOk().bodyText().contains(HV);
		// with an occupation chosen, its essential skills are offered too
		assertThat(mvc.post().uri("/qualifizierungsbedarfe").with(user(admin)).with(csrf())
			.param("organisation", company.toString()).param("occupationUri", MECHATRONIKER)
			.param("action", "search-skills")).hasStatusOk().bodyText()
			.contains("typisch für den gewählten Beruf")
			.contains("value=\"" + MECHATRONIKER + "\" checked");
		assertThat(mvc.post().uri("/qualifizierungsbedarfe").with(user(admin)).with(csrf())
			.param("organisation", company.toString()).param("occupationUri", MECHATRONIKER)
			.param("employeesAffected", "4").param("horizon", "IMMEDIATE").param("urgency", "MEDIUM")
			.param("formats", "ONLINE", "BLENDED").param("skillUris", HV).param("action", "save"))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/qualifizierungsbedarfe?organisation=" + company).with(user(admin))).hasStatusOk()
			.bodyText().contains("Blended Learning");
	}

	@Test
	void onlyTheCompanyAndConsentedAdvisorsSeeItsNeeds() {
		as(admin, () -> needs.record(company, input(List.of(HV), 3)));
		assertThat(as(stranger, () -> needs.needsOf(company))).isEmpty();
		assertThatThrownBy(() -> as(stranger, () -> needs.record(company, input(List.of(HV), 3))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(mvc.get().uri("/qualifizierungsbedarfe?organisation=" + company).with(user(stranger))).hasStatus(404);
		PlatformUser advisor = testAccounts.user(Role.ADVISOR);
		assertThat(as(advisor, () -> needs.needsOf(company))).isEmpty();
		as(admin, () -> checks.grantAdvisorConsent(company));
		assertThat(as(advisor, () -> needs.needsOf(company))).isNotEmpty();
		UUID byAdvisor = as(advisor, () -> needs.record(company, input(List.of(CNC), 2)));
		assertThat(as(admin, () -> needs.needsOf(company))).extracting(NeedDetails::id).contains(byAdvisor);
		as(admin, () -> checks.withdrawAdvisorConsent(company));
		assertThat(as(advisor, () -> needs.needsOf(company))).isEmpty();
	}

	@Test
	void theNeedsMapIsForAdvisorsCoordinationAndAdminsOnly() {
		assertThat(mvc.get().uri("/bedarfslandkarte").with(testAccounts.as(Role.COORDINATOR))).hasStatusOk()
			.bodyText().contains("Landkreis Zwickau").contains("Arbeiten an Hochvoltsystemen sicher durchführen")
			.contains("Transformationscheck: Medianwerte je Landkreis");
		assertThat(mvc.get().uri("/bedarfslandkarte?spalten=horizon").with(testAccounts.as(Role.ADVISOR))).hasStatusOk()
			.bodyText().contains("in 6 Monaten");
		assertThat(mvc.get().uri("/bedarfslandkarte?spalten=occupation&horizont=IMMEDIATE").header("HX-Request", "true")
			.with(testAccounts.as(Role.ADMIN))).hasStatusOk().bodyText()
			.satisfies(body -> assertThat(body.strip()).startsWith("<section id=\"needs-map\""));
		assertThat(mvc.get().uri("/bedarfslandkarte").with(user(admin))).hasStatus(403);
		assertThat(mvc.get().uri("/bedarfslandkarte").with(testAccounts.as(Role.EMPLOYEE))).hasStatus(403);
		assertThat(mvc.get().uri("/bedarfslandkarte/export.csv").with(user(admin))).hasStatus(403);
		assertThat(mvc.get().uri("/bedarfslandkarte")).hasStatus3xxRedirection();
	}

	@Test
	void exportsCarryTheSameSuppressedFigures() throws Exception {
		MvcTestResult csv = mvc.get().uri("/bedarfslandkarte/export.csv?spalten=skill").with(testAccounts.as(Role.COORDINATOR))
			.exchange();
		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		String text = csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).contains("Landkreis;Fähigkeit;Unternehmen;Bedarfe;Betroffene Beschäftigte")
			.contains("Gesamt;Gesamt;");
		for (String line : text.split("\r\n")) {
			String[] cells = line.split(";");
			if (cells.length == 5 && cells[2].chars().allMatch(Character::isDigit) && !cells[2].isEmpty()) {
				int companies = Integer.parseInt(cells[2]);
				assertThat(companies == 0 || companies >= SmallNumbers.MIN_COUNT).as(line).isTrue();
			}
		}
		MvcTestResult xlsx = mvc.get().uri("/bedarfslandkarte/export.xlsx?spalten=horizon")
			.with(testAccounts.as(Role.COORDINATOR)).exchange();
		assertThat(xlsx).hasStatusOk();
		byte[] bytes = xlsx.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith('P', 'K');
		java.nio.file.Path file = java.nio.file.Files.createTempFile("needs", ".xlsx");
		java.nio.file.Files.write(file, bytes);
		try (var zip = new java.util.zip.ZipFile(file.toFile())) {
			var sheet = zip.getEntry("xl/worksheets/sheet1.xml");
			assertThat(sheet).isNotNull();
			String xml = new String(zip.getInputStream(sheet).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(xml).contains("<c r=\"C2\"");
		}
		finally {
			java.nio.file.Files.delete(file);
		}
	}

	@Test
	void theAggregateApiNeverRevealsOneCompany() throws Exception {
		// a lone company with a rare skill in a district: its cell must not show up
		String token = AssessmentTestSupport.token();
		UUID lone = organisations.ensure("Einzelbetrieb " + token, OrganisationKind.COMPANY, "vogtlandkreis", null).id();
		PlatformUser loneAdmin = memberships.member("lone-" + token + "@test.itas.local", lone, Role.COMPANY_ADMIN);
		String rare = "https://demo.itas.local/taxonomy/skill/textile";
		as(loneAdmin, () -> needs.record(lone, input(List.of(rare), 77)));

		MvcTestResult result = mvc.get().uri("/api/v1/assessment/needs/aggregate?by=district,skill").exchange();
		assertThat(result).hasStatusOk();
		JsonNode body = JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
		assertThat(body.get("cells").size()).isGreaterThan(10);
		int shown = 0;
		for (JsonNode cell : body.get("cells")) {
			assertThat(cell.has("companies")).isTrue();
			if (cell.get("suppressed").asBoolean()) {
				assertThat(cell.get("companies").isNull()).isTrue();
				assertThat(cell.get("employees").isNull()).isTrue();
			}
			else {
				int companies = cell.get("companies").asInt();
				assertThat(companies == 0 || companies >= SmallNumbers.MIN_COUNT).as(cell.toString()).isTrue();
				shown++;
			}
			if (cell.get("row").asString().equals("vogtlandkreis") && cell.get("column").asString().equals(rare)) {
				assertThat(cell.get("suppressed").asBoolean()).isTrue();
			}
		}
		assertThat(shown).as("the demo needs give figures to show").isGreaterThan(0);
		assertNoLineWithOneHiddenEntry(body);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Einzelbetrieb").doesNotContain(lone.toString());

		JsonNode checksBody = JsonMapper.builder().build().readTree(
				mvc.get().uri("/api/v1/assessment/checks/aggregate?by=district").exchange().getResponse().getContentAsString());
		assertThat(checksBody.get("cells").size()).isEqualTo(5);
		for (JsonNode cell : checksBody.get("cells")) {
			assertThat(cell.has("companies")).isTrue();
			if (!cell.get("suppressed").asBoolean()) {
				assertThat(cell.get("companies").asInt()).isGreaterThanOrEqualTo(SmallNumbers.MIN_COUNT);
				assertThat(cell.get("overallMedian").isNull()).isFalse();
			}
		}
		assertThat(mvc.get().uri("/api/v1/assessment/needs/aggregate?by=district")).hasStatus(400);
		assertThat(mvc.get().uri("/api/v1/assessment/needs/aggregate?by=district,company")).hasStatus(400);
	}

	/** Every row and column of the published table, totals included, hides none or at least two entries. */
	private static void assertNoLineWithOneHiddenEntry(JsonNode body) {
		Map<String, Integer> hiddenPerRow = new java.util.HashMap<>();
		Map<String, Integer> hiddenPerColumn = new java.util.HashMap<>();
		for (JsonNode cell : body.get("cells")) {
			String row = cell.get("row").asString();
			String column = cell.get("column").asString();
			hiddenPerRow.merge(row, cell.get("suppressed").asBoolean() ? 1 : 0, Integer::sum);
			hiddenPerColumn.merge(column, cell.get("suppressed").asBoolean() ? 1 : 0, Integer::sum);
		}
		assertThat(hiddenPerRow.values()).doesNotContain(1);
		assertThat(hiddenPerColumn.values()).doesNotContain(1);
	}

}
