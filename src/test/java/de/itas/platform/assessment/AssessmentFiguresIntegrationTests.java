package de.itas.platform.assessment;

import static de.itas.platform.assessment.AssessmentTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.accounts.TestMemberships;
import de.itas.platform.shared.figures.Counted;
import de.itas.platform.shared.figures.FigureCells;
import de.itas.platform.shared.figures.FigureCells.Cell;
import de.itas.platform.shared.figures.FigureDefinition;
import de.itas.platform.shared.figures.Figures;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.security.Role;

/**
 * Each of the Transformationscheck's figures equals a count made directly in the database, per month (Berlin
 * time) and district, over the demo checks and checks completed here through the service: two by one company,
 * one by a company without a district, one left unfinished; one completion is then moved with SQL to the first
 * minutes of a month in Berlin (a test cannot wait for a month to pass).
 */
@PlatformTest
class AssessmentFiguresIntegrationTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	Figures figures;

	@Autowired
	Checks checks;

	@Autowired
	Organisations organisations;

	@Autowired
	TestMemberships memberships;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theModulePublishesItsFigures() {
		assertThat(figures.definitions()).filteredOn(definition -> definition.module().equals("assessment"))
			.extracting(FigureDefinition::key, FigureDefinition::counted)
			.containsExactlyInAnyOrder(tuple("assessment.checks-completed", Counted.ITEMS),
					tuple("assessment.companies-checked", Counted.COMPANIES));
	}

	@Test
	void everyFigureEqualsADirectCountPerMonthAndDistrict() {
		YearMonth now = YearMonth.now(clock.withZone(BERLIN));
		YearMonth from = now.minusMonths(24);
		YearMonth to = now.plusMonths(1);
		Map<Cell, Long> checksBefore = cells(AssessmentFigureSource.CHECKS, from, to);
		Map<Cell, Long> companiesBefore = cells(AssessmentFigureSource.COMPANIES, from, to);

		String token = AssessmentTestSupport.token();
		UUID zwickau = organisations.ensure("Kennzahlbetrieb " + token + " GmbH", OrganisationKind.COMPANY, "zwickau", null).id();
		UUID nowhere = organisations.ensure("Ortlosbetrieb " + token + " GmbH", OrganisationKind.COMPANY, null, null).id();
		UUID unfinished = organisations.ensure("Halbbetrieb " + token + " GmbH", OrganisationKind.COMPANY, "chemnitz", null).id();
		PlatformUser zwickauAdmin = memberships.member("fig-z-" + token + "@test.itas.local", zwickau, Role.COMPANY_ADMIN);
		PlatformUser nowhereAdmin = memberships.member("fig-n-" + token + "@test.itas.local", nowhere, Role.COMPANY_ADMIN);
		PlatformUser unfinishedAdmin = memberships.member("fig-u-" + token + "@test.itas.local", unfinished,
				Role.COMPANY_ADMIN);
		UUID first = completedCheck(zwickauAdmin, zwickau);
		completedCheck(zwickauAdmin, zwickau);
		completedCheck(nowhereAdmin, nowhere);
		as(unfinishedAdmin, () -> {
			CheckSummary check = checks.start(unfinished);
			Questionnaire questionnaire = checks.details(check.id()).orElseThrow().questionnaire();
			checks.saveStep(check.id(), 0, AssessmentTestSupport.step(questionnaire, 0, 2), 1);
		});
		// Zwickau's first check was completed at 00:30 on the first of the month before last, Berlin time (still
		// the last day of the month before in UTC)
		YearMonth earlier = now.minusMonths(2);
		jdbc.sql("UPDATE assessment.company_check SET completed_at = :at WHERE id = :id")
			.param("at", Timestamp.from(earlier.atDay(1).atTime(0, 30).atZone(BERLIN).toInstant()))
			.param("id", first)
			.update();

		String sql = """
				SELECT district_code, %s FROM assessment.company_check
				WHERE status = 'COMPLETED' AND completed_at >= :start AND completed_at < :end GROUP BY district_code""";
		Map<Cell, Long> checksAfter = compare(AssessmentFigureSource.CHECKS, from, to, sql.formatted("count(*)"));
		Map<Cell, Long> companiesAfter = compare(AssessmentFigureSource.COMPANIES, from, to,
				sql.formatted("count(DISTINCT organisation_id)"));

		assertThat(FigureCells.change(checksBefore, checksAfter)).containsOnly(Map.entry(cell(now, "zwickau"), 1L),
				Map.entry(cell(earlier, "zwickau"), 1L), Map.entry(cell(now, null), 1L));
		assertThat(FigureCells.change(companiesBefore, companiesAfter)).containsOnly(Map.entry(cell(now, "zwickau"), 1L),
				Map.entry(cell(earlier, "zwickau"), 1L), Map.entry(cell(now, null), 1L));
		// the demo checks spread over several months and districts
		assertThat(checksAfter.keySet().stream().map(Cell::month).distinct()).hasSizeGreaterThan(3);
		assertThat(checksAfter.keySet().stream().map(Cell::district).distinct()).hasSizeGreaterThan(3);
	}

	@Test
	void aCompanyCompletingTwoChecksInAMonthIsOneCompany() {
		YearMonth now = YearMonth.now(clock.withZone(BERLIN));
		String token = AssessmentTestSupport.token();
		UUID company = organisations.ensure("Doppelbetrieb " + token + " GmbH", OrganisationKind.COMPANY, "vogtlandkreis",
				null).id();
		PlatformUser admin = memberships.member("fig-d-" + token + "@test.itas.local", company, Role.COMPANY_ADMIN);
		Map<Cell, Long> checksBefore = cells(AssessmentFigureSource.CHECKS, now, now);
		Map<Cell, Long> companiesBefore = cells(AssessmentFigureSource.COMPANIES, now, now);
		completedCheck(admin, company);
		completedCheck(admin, company);
		assertThat(FigureCells.change(checksBefore, cells(AssessmentFigureSource.CHECKS, now, now)))
			.containsOnly(Map.entry(cell(now, "vogtlandkreis"), 2L));
		assertThat(FigureCells.change(companiesBefore, cells(AssessmentFigureSource.COMPANIES, now, now)))
			.containsOnly(Map.entry(cell(now, "vogtlandkreis"), 1L));
	}

	private UUID completedCheck(PlatformUser who, UUID organisation) {
		return as(who, () -> {
			CheckSummary check = checks.start(organisation);
			Questionnaire questionnaire = checks.details(check.id()).orElseThrow().questionnaire();
			for (int step = 0; step < questionnaire.dimensions().size(); step++) {
				checks.saveStep(check.id(), step, AssessmentTestSupport.step(questionnaire, step, 2), step + 1);
			}
			return checks.complete(check.id()).id();
		});
	}

	private Map<Cell, Long> cells(String key, YearMonth from, YearMonth to) {
		return FigureCells.published(figures, key, from, to);
	}

	/** The figure's values, after checking them against the direct count. */
	private Map<Cell, Long> compare(String key, YearMonth from, YearMonth to, String sql) {
		return FigureCells.checked(figures, jdbc, key, from, to, sql, clock.instant());
	}

	private static Cell cell(YearMonth month, @Nullable String district) {
		return new Cell(month, district);
	}

}
