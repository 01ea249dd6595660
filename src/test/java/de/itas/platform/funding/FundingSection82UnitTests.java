package de.itas.platform.funding;

import static de.itas.platform.funding.ProgrammesFromFile.programme;
import static de.itas.platform.funding.ProgrammesFromFile.share;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * § 82 SGB III as of 1 April 2024 from the real data file, every rule of PRODUCT.md at its boundaries.
 * Shares are fractions with two decimals (0.50 = 50 %).
 */
class FundingSection82UnitTests {

	static ProgrammeEvaluation evaluate(Cases input) {
		return RuleEngine.evaluate(programme("sgb3-82"), input.build());
	}

	@ParameterizedTest(name = "{0} employees: course costs {1}, wage subsidy up to {2}")
	@CsvSource({ "1, 1.00, 0.75", "49, 1.00, 0.75", "50, 0.50, 0.50", "499, 0.50, 0.50", "500, 0.25, 0.25",
			"20000, 0.25, 0.25" })
	void sharesFollowTheCompanySizeClasses(int employees, String courseCost, String wageSubsidy) {
		ProgrammeEvaluation result = evaluate(Cases.baseline().employees(employees));
		assertThat(result.eligible()).isTrue();
		assertThat(result.courseCostShare()).isEqualTo(share(courseCost));
		assertThat(result.wageSubsidyMaxShare()).isEqualTo(share(wageSubsidy));
	}

	@ParameterizedTest(name = "age {1} in a company of {0}: course costs {2}")
	@CsvSource({ "499, 44, 0.50", "499, 45, 1.00", "499, 75, 1.00", "500, 45, 0.25", "49, 45, 1.00",
			"50, 45, 1.00" })
	void employeesAged45OrOlderInCompaniesBelow500GetTheFullCourseCosts(int employees, int age, String courseCost) {
		ProgrammeEvaluation result = evaluate(Cases.baseline().employees(employees).age(age));
		assertThat(result.courseCostShare()).isEqualTo(share(courseCost));
	}

	@Test
	void theAgeRuleRaisesTheCourseCostsButNotTheWageSubsidy() {
		ProgrammeEvaluation result = evaluate(Cases.baseline().employees(499).age(45));
		assertThat(result.courseCostShare()).isEqualTo(share("1.00"));
		assertThat(result.wageSubsidyMaxShare()).isEqualTo(share("0.50"));
	}

	@ParameterizedTest(name = "severely disabled in a company of {0}: course costs {1}")
	@CsvSource({ "499, 1.00", "500, 0.25" })
	void severelyDisabledEmployeesInCompaniesBelow500GetTheFullCourseCosts(int employees, String courseCost) {
		ProgrammeEvaluation result = evaluate(Cases.baseline().employees(employees).severelyDisabled());
		assertThat(result.courseCostShare()).isEqualTo(share(courseCost));
	}

	@ParameterizedTest(name = "no qualification in a company of {0}")
	@CsvSource({ "10", "499", "500", "5000" })
	void employeesWithoutQualificationGetFullCourseCostsAndUpToFullWageSubsidyInEveryCompanySize(int employees) {
		ProgrammeEvaluation result = evaluate(Cases.baseline().employees(employees).withoutQualification());
		assertThat(result.eligible()).isTrue();
		assertThat(result.courseCostShare()).isEqualTo(share("1.00"));
		assertThat(result.wageSubsidyMaxShare()).isEqualTo(share("1.00"));
	}

	@Test
	void withoutQualificationTheTwoYearsSinceTheQualificationDoNotApply() {
		ConditionEvaluation condition = evaluate(Cases.baseline().withoutQualification())
			.condition("qualification-two-years");
		assertThat(condition.outcome()).isEqualTo(Outcome.MET);
		assertThat(condition.text().de()).startsWith("Zwei Jahre seit dem Berufsabschluss: entfällt");
	}

	@ParameterizedTest(name = "{0} employees with an agreement: course costs {1}, wage subsidy up to {2}")
	@CsvSource({ "49, 1.00, 0.80", "50, 0.55, 0.55", "499, 0.55, 0.55", "500, 0.30, 0.30" })
	void anAgreementOnTrainingAddsFivePercentagePointsUpTo100Percent(int employees, String courseCost,
			String wageSubsidy) {
		ProgrammeEvaluation result = evaluate(Cases.baseline().employees(employees).withAgreement());
		assertThat(result.courseCostShare()).isEqualTo(share(courseCost));
		assertThat(result.wageSubsidyMaxShare()).isEqualTo(share(wageSubsidy));
	}

	@Test
	void fivePointsOnTopOfTheRaisedRatesStayAt100Percent() {
		ProgrammeEvaluation result = evaluate(Cases.baseline().employees(800).withoutQualification().withAgreement());
		assertThat(result.courseCostShare()).isEqualTo(share("1.00"));
		assertThat(result.wageSubsidyMaxShare()).isEqualTo(share("1.00"));
	}

	@Test
	void everyRuleOfSection82IsRecordedAsCheckedAgainstTheStatuteAndNoneIsMarkedSecondary() {
		ProgrammeEvaluation result = evaluate(Cases.baseline());
		assertThat(result.secondarySource()).isFalse();
		assertThat(result.notes()).extracting(LocalizedText::de).noneMatch(note -> note.contains("Sekundärquellen"));
		assertThat(result.version().checks()).extracting(ProgrammeVersion.Check::paragraph)
			.containsExactly("§ 82 Abs. 1 Satz 1 Nr. 2 bis 5 SGB III", "§ 82 Abs. 2 SGB III",
					"§ 82 Abs. 3 Satz 2 bis 4 SGB III", "§ 82 Abs. 4 SGB III", "§ 324 Abs. 1 SGB III");
		assertThat(result.version().checks()).allSatisfy(check -> {
			assertThat(check.verified()).isTrue();
			assertThat(check.source()).startsWith("https://www.gesetze-im-internet.de/sgb_3/__");
		});
	}

	@ParameterizedTest(name = "{0} hours: eligible {1}")
	@CsvSource({ "1, false", "120, false", "120.5, true", "121, true", "4000, true" })
	void theCourseMustLastMoreThan120Hours(String hours, boolean eligible) {
		ProgrammeEvaluation result = evaluate(Cases.baseline().hours(hours));
		assertThat(result.condition("course-hours").outcome()).isEqualTo(Outcome.of(eligible));
		assertThat(result.eligible()).isEqualTo(eligible);
	}

	@Test
	void aCaseThatIsNotEligibleGetsNothing() {
		ProgrammeEvaluation result = evaluate(Cases.baseline().hours("120"));
		assertThat(result.courseCostShare()).isEqualTo(share("0.00"));
		assertThat(result.courseCostAmount()).isEqualTo(share("0.00"));
		assertThat(result.wageSubsidyMaxShare()).isEqualTo(share("0.00"));
	}

	@Test
	void courseAndProviderMustBothBeApprovedUnderAzav() {
		assertThat(evaluate(Cases.baseline().courseNotAzav()).condition("course-azav").outcome())
			.isEqualTo(Outcome.NOT_MET);
		assertThat(evaluate(Cases.baseline().courseNotAzav()).eligible()).isFalse();
		assertThat(evaluate(Cases.baseline().providerNotAzav()).condition("provider-azav").outcome())
			.isEqualTo(Outcome.NOT_MET);
		assertThat(evaluate(Cases.baseline().providerNotAzav()).eligible()).isFalse();
	}

	/**
	 * Only the year of the qualification is known: exactly two calendar years before the course start
	 * may be a little less than two years, so it is "to be checked"; three are surely enough.
	 */
	@ParameterizedTest(name = "qualified in {0}, course starts 2026: {1}")
	@CsvSource({ "2023, MET", "2024, UNKNOWN", "2025, NOT_MET", "2026, NOT_MET", "1980, MET" })
	void theQualificationMustLieAtLeastTwoYearsBack(int year, Outcome expected) {
		ProgrammeEvaluation result = evaluate(Cases.baseline().qualifiedIn(year));
		assertThat(result.condition("qualification-two-years").outcome()).isEqualTo(expected);
		assertThat(result.eligible()).isEqualTo(expected.asBoolean());
	}

	@Test
	void exactlyTwoCalendarYearsSayWhatToCheck() {
		ConditionEvaluation condition = evaluate(Cases.baseline().qualifiedIn(2024)).condition("qualification-two-years");
		assertThat(condition.text().de()).contains("genau zwei Kalenderjahre", "zu prüfen");
	}

	/**
	 * Application on 2026-02-02: a funded training that started exactly two years before (2024-02-02) lies
	 * within "the last two years before the application" (the day of the event is not counted, so the
	 * period ends at the end of 2026-02-02); one day earlier it does not.
	 */
	@ParameterizedTest(name = "funded since {0}, applied 2026-02-02: {1}")
	@CsvSource({ "2024-02-01, MET", "2024-02-02, NOT_MET", "2024-02-03, NOT_MET", "2026-01-01, NOT_MET",
			"2010-05-05, MET" })
	void noSection82FundingInTheTwoYearsBeforeTheApplication(LocalDate fundedSince, Outcome expected) {
		ProgrammeEvaluation result = evaluate(
				Cases.baseline().appliedOn(LocalDate.of(2026, 2, 2)).fundedUnder82Since(fundedSince));
		assertThat(result.condition("no-recent-funding").outcome()).isEqualTo(expected);
	}

	@Test
	void neverFundedBeforeMeetsTheTwoYearRule() {
		assertThat(evaluate(Cases.baseline()).condition("no-recent-funding").outcome()).isEqualTo(Outcome.MET);
	}

	/**
	 * § 324(1) SGB III: benefits only when applied for before the event that gives rise to them, here the
	 * start of the course. A date cannot tell whether an application on the start day came before the
	 * course began, so that day is "to be checked"; the day before is in time, the day after too late.
	 */
	@ParameterizedTest(name = "applied {0} days before the start: {1}")
	@CsvSource({ "30, MET", "1, MET", "0, UNKNOWN", "-1, NOT_MET", "-60, NOT_MET" })
	void theApplicationMustComeBeforeTheCourseStarts(int daysBefore, Outcome expected) {
		ProgrammeEvaluation result = evaluate(Cases.baseline().appliedOn(Cases.COURSE_START.minusDays(daysBefore)));
		assertThat(result.condition("application-before-start").outcome()).isEqualTo(expected);
		assertThat(result.eligible()).isEqualTo(expected.asBoolean());
	}

	@Test
	void anApplicationOnTheStartDayKeepsTheSharesButSaysWhatToCheck() {
		ProgrammeEvaluation result = evaluate(Cases.baseline().appliedOn(Cases.COURSE_START));
		assertThat(result.eligible()).isNull();
		assertThat(result.courseCostShare()).isEqualTo(share("1.00"));
		assertThat(result.condition("application-before-start").text().de()).contains("am Tag des Kursbeginns");
	}

	@Test
	void theAmountIsTheShareOfTheCourseCostRoundedToCents() {
		assertThat(evaluate(Cases.baseline().employees(50).cost("3333.33")).courseCostAmount())
			.isEqualTo(new BigDecimal("1666.67"));
		assertThat(evaluate(Cases.baseline().employees(10).cost("4800")).courseCostAmount())
			.isEqualTo(new BigDecimal("4800.00"));
		assertThat(evaluate(Cases.baseline().employees(600).cost("0")).courseCostAmount())
			.isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void theRulesSince1April2024ApplyToCoursesStartingFromThatDay() {
		ProgrammeEvaluation before = evaluate(
				Cases.baseline().courseStart(LocalDate.of(2024, 3, 31)).appliedOn(LocalDate.of(2024, 3, 1)));
		assertThat(before.eligible()).isFalse();
		assertThat(before.condition(RuleEngine.NO_RULES).outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(before.courseCostShare()).isEqualTo(share("0.00"));
		ProgrammeEvaluation from = evaluate(
				Cases.baseline().courseStart(LocalDate.of(2024, 4, 1)).appliedOn(LocalDate.of(2024, 3, 1)));
		assertThat(from.eligible()).isTrue();
		assertThat(from.conditions()).extracting(ConditionEvaluation::id).doesNotContain(RuleEngine.NO_RULES);
	}

}

