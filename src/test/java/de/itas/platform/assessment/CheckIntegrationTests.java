package de.itas.platform.assessment;

import static de.itas.platform.assessment.AssessmentTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblems;

/**
 * The check end to end on the real database: saving step by step, refusing answers off the scale, no score
 * while incomplete, access by company membership and advisor consent, results that survive a new
 * questionnaire version, and a PDF for every stored result.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Checks checks;

	@Autowired
	CheckReports reports;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	QualificationNeeds needs;

	private UUID company;
	private UUID otherCompany;
	private PlatformUser admin;
	private PlatformUser member;
	private PlatformUser otherAdmin;
	private PlatformUser advisor;

	@BeforeAll
	void companies() {
		String token = AssessmentTestSupport.token();
		company = organisations.ensure("Prüfbetrieb " + token + " GmbH", OrganisationKind.COMPANY, "zwickau", null).id();
		otherCompany = organisations.ensure("Nachbarbetrieb " + token + " GmbH", OrganisationKind.COMPANY, "zwickau", null)
			.id();
		admin = memberships.member("check-admin-" + token + "@test.itas.local", company, Role.COMPANY_ADMIN);
		member = memberships.member("check-member-" + token + "@test.itas.local", company, Role.COMPANY_MEMBER);
		otherAdmin = memberships.member("check-other-" + token + "@test.itas.local", otherCompany, Role.COMPANY_ADMIN);
		advisor = testAccounts.user(Role.ADVISOR);
	}

	private UUID completedCheck(PlatformUser who, UUID organisation, int optionIndex) {
		return as(who, () -> {
			CheckSummary check = checks.start(organisation);
			Questionnaire questionnaire = checks.details(check.id()).orElseThrow().questionnaire();
			for (int step = 0; step < questionnaire.dimensions().size(); step++) {
				checks.saveStep(check.id(), step, AssessmentTestSupport.step(questionnaire, step, optionIndex), step + 1);
			}
			return checks.complete(check.id()).id();
		});
	}

	@Test
	void aMemberSavesStepByStepResumesAndCompletesOnlyWhenEverythingIsAnswered() {
		UUID id = as(member, () -> checks.start(company).id());
		Questionnaire questionnaire = as(member, () -> checks.details(id).orElseThrow().questionnaire());
		as(member, () -> checks.saveStep(id, 0, AssessmentTestSupport.step(questionnaire, 0, 3), 1));
		// a second start resumes the open check instead of opening another one
		CheckSummary resumed = as(admin, () -> checks.start(company));
		assertThat(resumed.id()).isEqualTo(id);
		assertThat(resumed.currentStep()).isEqualTo(1);
		assertThat(resumed.answered()).isEqualTo(5);

		assertThatThrownBy(() -> as(member, () -> checks.complete(id))).isInstanceOf(IncompleteCheckException.class);
		assertThat(as(member, () -> checks.details(id).orElseThrow().check().completed())).isFalse();

		// an answer off the scale is refused and nothing of the step is saved
		Map<String, String> bad = new java.util.HashMap<>(AssessmentTestSupport.step(questionnaire, 1, 1));
		bad.put("market-combustion", "SEHR_VIEL");
		assertThatThrownBy(() -> as(member, () -> checks.saveStep(id, 1, bad, 2)))
			.isInstanceOfSatisfying(FieldProblems.class,
					ex -> assertThat(ex.fields()).containsExactly("market-combustion"));
		// so is a question of another step
		assertThatThrownBy(() -> as(member, () -> checks.saveStep(id, 1, Map.of("strategy-written", "YES"), 2)))
			.isInstanceOf(FieldProblems.class);
		assertThat(as(member, () -> checks.details(id).orElseThrow().answers())).hasSize(5);

		for (int step = 1; step < questionnaire.dimensions().size(); step++) {
			int s = step;
			as(member, () -> checks.saveStep(id, s, AssessmentTestSupport.step(questionnaire, s, s == 5 ? -1 : 1), s + 1));
		}
		CheckSummary done = as(member, () -> checks.complete(id));
		assertThat(done.completed()).isTrue();
		CheckResult result = as(admin, () -> checks.result(id).orElseThrow());
		assertThat(result.scores().score("STRATEGY")).isEqualTo(100);
		assertThat(result.scores().score("FUNDING")).as("all 'weiß nicht'").isNull();
		assertThat(result.unknowns()).hasSize(5);
		assertThat(result.nextSteps()).isNotEmpty();
		// a completed check takes no more answers
		assertThatThrownBy(() -> as(member, () -> checks.saveStep(id, 0, Map.of(), 1)))
			.isInstanceOf(IllegalStateException.class);
		// the district is recorded with the result
		assertThat(jdbc.sql("SELECT district_code FROM assessment.company_check WHERE id = ?").param(id).query(String.class)
			.single()).isEqualTo("zwickau");
	}

	@Test
	void aCompanySeesOnlyItsOwnChecksAndAdvisorsOnlyWithConsent() {
		UUID id = completedCheck(admin, company, 2);
		assertThat(as(otherAdmin, () -> checks.result(id))).isEmpty();
		assertThat(as(otherAdmin, () -> checks.details(id))).isEmpty();
		assertThat(as(otherAdmin, () -> checks.companies())).extracting(CompanyOverview::id).doesNotContain(company);
		assertThatThrownBy(() -> as(otherAdmin, () -> checks.start(company))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(otherAdmin, () -> checks.history(company))).isInstanceOf(AccessDeniedException.class);

		assertThat(mvc.get().uri("/transformationscheck/" + id).with(user(otherAdmin))).hasStatus(404);
		assertThat(mvc.get().uri("/transformationscheck/" + id + "/bericht.pdf").with(user(otherAdmin))).hasStatus(404);
		assertThat(mvc.get().uri("/transformationscheck/" + id).with(user(member))).hasStatusOk();
		assertThat(mvc.get().uri("/transformationscheck/" + id)).hasStatus3xxRedirection();

		// advisors: nothing without the company's consent
		assertThat(as(advisor, () -> checks.result(id))).isEmpty();
		assertThat(mvc.get().uri("/transformationscheck/" + id).with(user(advisor))).hasStatus(404);
		// only a company admin gives consent; a member may not
		assertThatThrownBy(() -> as(member, () -> checks.grantAdvisorConsent(company)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(mvc.post().uri("/transformationscheck/einwilligung").with(user(admin)).with(csrf())
			.param("organisation", company.toString()).param("grant", "true")).hasStatus3xxRedirection();
		assertThat(as(advisor, () -> checks.result(id))).isPresent();
		assertThat(as(advisor, () -> checks.companies())).extracting(CompanyOverview::id).contains(company);
		assertThat(as(advisor, () -> checks.companies())).extracting(CompanyOverview::id).doesNotContain(otherCompany);
		as(admin, () -> checks.withdrawAdvisorConsent(company));
		assertThat(as(advisor, () -> checks.result(id))).isEmpty();
		// employees and coordination never see a company's check
		assertThat(mvc.get().uri("/transformationscheck/" + id).with(testAccounts.as(Role.EMPLOYEE))).hasStatus(404);
		assertThat(mvc.get().uri("/transformationscheck/" + id).with(testAccounts.as(Role.COORDINATOR))).hasStatus(404);
	}

	@Test
	void theStepPagesSaveAndRefuseAnswersOffTheScale() {
		UUID fresh = organisations.ensure("Formularbetrieb " + AssessmentTestSupport.token(), OrganisationKind.COMPANY,
				"chemnitz", null).id();
		PlatformUser owner = memberships.member("form-" + AssessmentTestSupport.token() + "@test.itas.local", fresh,
				Role.COMPANY_ADMIN);
		MvcTestResult started = mvc.post().uri("/transformationscheck/start").with(user(owner)).with(csrf())
			.param("organisation", fresh.toString()).exchange();
		assertThat(started).hasStatus3xxRedirection();
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).matches("/transformationscheck/[0-9a-f-]+/schritt/1");
		assertThat(mvc.get().uri(location).with(user(owner))).hasStatusOk()
			.bodyText()
			.contains("Schritt 1 von 6: Strategie &amp; Organisation")
			.contains("weiß nicht");
		assertThat(mvc.post().uri(location).with(user(owner)).with(csrf()).param("q.strategy-written", "VIELLEICHT"))
			.hasStatus(422)
			.bodyText()
			.contains("nicht auf der Skala");
		assertThat(mvc.post().uri(location).with(user(owner)).with(csrf()).param("q.strategy-written", "YES")
			.param("action", "next")).hasStatus3xxRedirection().hasRedirectedUrl(location.replace("/schritt/1", "/schritt/2"));
		UUID id = UUID.fromString(location.split("/")[2]);
		assertThat(as(owner, () -> checks.details(id).orElseThrow().answer("strategy-written"))).isEqualTo("YES");
		assertThat(mvc.post().uri("/transformationscheck/" + id + "/abschluss").with(user(owner)).with(csrf()))
			.hasStatus(422)
			.bodyText()
			.contains("noch nicht vollständig");
	}

	@Test
	void theResultSuggestsLearningOffersForTheCompanysOpenQualificationNeeds() {
		UUID company = organisations.ensure("Lernbetrieb " + AssessmentTestSupport.token(), OrganisationKind.COMPANY,
				"zwickau", null).id();
		PlatformUser owner = memberships.member("lernen-" + AssessmentTestSupport.token() + "@test.itas.local", company,
				Role.COMPANY_ADMIN);
		UUID check = completedCheck(owner, company, 1);
		assertThat(mvc.get().uri("/transformationscheck/" + check).with(user(owner))).hasStatusOk()
			.bodyText()
			.doesNotContain("Lernangebote zu Ihren offenen Qualifizierungsbedarfen");

		// a need for remanufacturing, a skill the demo course on the circular economy teaches
		as(owner, () -> needs.record(company, new NeedInput(NeedsIntegrationTests.MECHATRONIKER, 3,
				List.of("https://demo.itas.local/taxonomy/skill/remanufacture"), Horizon.SIX_MONTHS, Urgency.HIGH,
				java.util.EnumSet.of(TrainingFormat.IN_HOUSE), null)));
		assertThat(mvc.get().uri("/transformationscheck/" + check).with(user(owner))).hasStatusOk()
			.bodyText()
			.contains("Lernangebote zu Ihren offenen Qualifizierungsbedarfen", "Circular Cars", "/lernen/kurse/");
	}

	@Test
	void aNewQuestionnaireVersionKeepsStoredResultsAndOpenChecksOnTheirVersion() {
		UUID fresh = organisations.ensure("Versionsbetrieb " + AssessmentTestSupport.token(), OrganisationKind.COMPANY,
				"vogtlandkreis", null).id();
		PlatformUser owner = memberships.member("version-" + AssessmentTestSupport.token() + "@test.itas.local", fresh,
				Role.COMPANY_ADMIN);
		UUID old = completedCheck(owner, fresh, 2);
		Scores before = as(owner, () -> checks.result(old).orElseThrow().scores());
		// version 2 drops a question, renames a dimension, changes points; stored directly (not shipped)
		Questionnaire v1 = questionnaires.version(1);
		String json = CheckRepository.json(v1).replace("\"version\":1", "\"version\":90001")
			.replace("\"key\":\"NO\",\"points\":0", "\"key\":\"NO\",\"points\":10");
		int version = questionnaires.store(json).version();
		assertThat(version).isEqualTo(90001);
		UUID newer = as(owner, () -> {
			CheckSummary check = checks.start(fresh, version);
			Questionnaire v2 = checks.details(check.id()).orElseThrow().questionnaire();
			for (int step = 0; step < v2.dimensions().size(); step++) {
				checks.saveStep(check.id(), step, AssessmentTestSupport.step(v2, step, 0), step + 1);
			}
			return checks.complete(check.id()).id();
		});
		CheckResult oldResult = as(owner, () -> checks.result(old).orElseThrow());
		assertThat(oldResult.check().questionnaireVersion()).as("the version current when it was answered").isEqualTo(2);
		assertThat(oldResult.scores()).isEqualTo(before);
		assertThat(as(owner, () -> checks.result(newer).orElseThrow().questionnaire().version())).isEqualTo(90001);
		assertThat(mvc.get().uri("/transformationscheck/" + old).with(user(owner))).hasStatusOk();
		assertThat(mvc.get().uri("/transformationscheck/" + newer).with(user(owner))).hasStatusOk();
		assertThat(as(owner, () -> checks.history(fresh))).hasSize(2);
		// a changed definition under an existing version is refused
		assertThatThrownBy(() -> questionnaires.store(json.replace("\"points\":10", "\"points\":11")))
			.isInstanceOf(IllegalStateException.class);
		// new checks still use the highest shipped version
		assertThat(questionnaires.current().version()).isEqualTo(2);
	}

	@Test
	void comparisonGroupsShowFiguresOnlyFromFiveCompanies() {
		// the demo companies of Zwickau: 8 with checks, so the district group of a Zwickau company has at least 5
		UUID demo = organisations.ensure("Muldental Antriebstechnik GmbH (fiktiv)", OrganisationKind.COMPANY, "zwickau", null).id();
		PlatformUser demoAdmin = memberships.member("compare-" + AssessmentTestSupport.token() + "@test.itas.local", demo,
				Role.COMPANY_ADMIN);
		List<HistoryPoint> history = as(demoAdmin, () -> checks.history(demo));
		assertThat(history).as("demo checks repeated over time").hasSizeGreaterThanOrEqualTo(3);
		assertThat(as(testAccounts.user(Role.ADVISOR), () -> checks.companies())).as("the demo company consented")
			.extracting(CompanyOverview::id).contains(demo);
		Comparison comparison = as(demoAdmin, () -> checks.comparison(history.get(history.size() - 1).checkId()).orElseThrow());
		assertThat(comparison.groups()).extracting(Comparison.Group::criterion)
			.containsExactly(Comparison.Criterion.DISTRICT, Comparison.Criterion.SIZE_CLASS, Comparison.Criterion.POSITION);
		for (Comparison.Group group : comparison.groups()) {
			assertThat(group.companies()).isGreaterThanOrEqualTo(Comparison.MIN_COMPANIES);
			assertThat(group.overall()).isNotNull();
			assertThat(group.overall().lower()).isLessThanOrEqualTo(group.overall().median());
			assertThat(group.overall().median()).isLessThanOrEqualTo(group.overall().upper());
		}
		// a group below five companies carries no figures
		Comparison.Group small = Checks.group(Comparison.Criterion.DISTRICT, null, "X", questionnaires.current(),
				List.of());
		assertThat(small.shown()).isFalse();
		assertThat(small.dimensions()).isEmpty();
		assertThat(small.overall()).isNull();
		assertThat(mvc.get().uri("/transformationscheck/" + history.get(history.size() - 1).checkId()).with(user(demoAdmin)))
			.hasStatusOk()
			.bodyText()
			.contains("Gleicher Landkreis: Landkreis Zwickau")
			.contains("Median")
			.contains("data-assessment-history");
	}

	@Test
	void twoPeopleStartingAtTheSameMomentGetOneOpenCheck() throws Exception {
		UUID fresh = organisations.ensure("Gleichzeitig " + AssessmentTestSupport.token(), OrganisationKind.COMPANY,
				"chemnitz", null).id();
		PlatformUser first = memberships.member("same-1-" + AssessmentTestSupport.token() + "@test.itas.local", fresh,
				Role.COMPANY_ADMIN);
		PlatformUser second = memberships.member("same-2-" + AssessmentTestSupport.token() + "@test.itas.local", fresh,
				Role.COMPANY_MEMBER);
		java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var a = pool.submit(() -> {
				barrier.await();
				return as(first, () -> checks.start(fresh).id());
			});
			var b = pool.submit(() -> {
				barrier.await();
				return as(second, () -> checks.start(fresh).id());
			});
			assertThat(a.get()).isEqualTo(b.get());
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM assessment.company_check WHERE organisation_id = ?").param(fresh)
			.query(Long.class).single()).isEqualTo(1L);
	}

	@Test
	void theMethodPageIsPublicAndNamesEveryQuestionWithItsWeight() {
		assertThat(mvc.get().uri("/transformationscheck/methode")).hasStatusOk()
			.bodyText()
			.contains("So bewertet der Transformationscheck")
			.contains("Welchen Anteil Ihres Umsatzes machen Sie mit Ihrem größten Kunden?")
			.contains("mehr als 75 %: 0 Punkte")
			.contains("grün: 67 bis 100 Punkte");
		assertThat(mvc.get().uri("/transformationscheck")).hasStatus3xxRedirection();
	}

	@Test
	void everyStoredResultRendersAsAParsablePdf() throws Exception {
		List<UUID> ids = checks.completedCheckIds();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(40);
		int rendered = 0;
		for (UUID id : ids) {
			UUID organisation = jdbc.sql("SELECT organisation_id FROM assessment.company_check WHERE id = ?")
				.param(id)
				.query(UUID.class)
				.single();
			PlatformUser reader = memberships.member("pdf-" + organisation + "@test.itas.local", organisation,
					Role.COMPANY_MEMBER);
			byte[] pdf = as(reader, () -> reports.pdf(id, Locale.GERMAN).orElseThrow());
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).contains("Ergebnis des Transformationschecks").contains("Strategie & Organisation");
				assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
			}
			rendered++;
		}
		assertThat(rendered).isEqualTo(ids.size());
	}

}
