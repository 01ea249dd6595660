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

/** Saxony's "Berufliche Weiterbildung" from the real data file: closed now, and its rules when reopened. */
class FundingSaxonyUnitTests {

	static final Programme REAL = programme("sachsen-berufliche-weiterbildung");

	/** The same rules as if the programme had a budget again: a data change, not a code change. */
	static final Programme REOPENED = new Programme(REAL.id(), REAL.name(), true, null, REAL.versions());

	@Test
	void isClosedSoEveryCaseIsNotEligibleButStillAnswered() {
		ProgrammeEvaluation result = RuleEngine.evaluate(REAL, Cases.baseline().build());
		assertThat(result.eligible()).isFalse();
		assertThat(result.condition(RuleEngine.CLOSED).outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.courseCostShare()).isEqualTo(share("0.00"));
		assertThat(result.courseCostAmount()).isEqualTo(share("0.00"));
		assertThat(result.notes()).extracting(LocalizedText::de)
			.anySatisfy(note -> assertThat(note).containsIgnoringCase("derzeit keine Antragstellung möglich"));
	}

	@Test
	void pays50PercentOr80PercentForMarginalEmploymentCappedAt4500Euro() {
		assertThat(RuleEngine.evaluate(REOPENED, Cases.baseline().cost("4000").build()))
			.satisfies(result -> assertThat(result.eligible()).isTrue())
			.satisfies(result -> assertThat(result.courseCostShare()).isEqualTo(share("0.50")))
			.satisfies(result -> assertThat(result.courseCostAmount()).isEqualTo(new BigDecimal("2000.00")));
		assertThat(RuleEngine.evaluate(REOPENED, Cases.baseline().cost("4000").marginallyEmployed().build())
			.courseCostAmount()).isEqualTo(new BigDecimal("3200.00"));
		assertThat(RuleEngine.evaluate(REOPENED, Cases.baseline().cost("9000").build()).courseCostAmount())
			.isEqualTo(new BigDecimal("4500.00"));
		assertThat(RuleEngine.evaluate(REOPENED, Cases.baseline().cost("9001").build()).courseCostAmount())
			.isEqualTo(new BigDecimal("4500.00"));
		assertThat(RuleEngine.evaluate(REOPENED, Cases.baseline().cost("8999.98").build()).courseCostAmount())
			.isEqualTo(new BigDecimal("4499.99"));
	}

	@ParameterizedTest(name = "{0} employees, course {1} €, pay {2} €: eligible {3}")
	@CsvSource({ "500, 4000, 3000, true", "501, 4000, 3000, false", "30, 700, 3000, true",
			"30, 699.99, 3000, false", "30, 4000, 3700, true", "30, 4000, 3700.01, false" })
	void companiesUpTo500CoursesFrom700EuroAndPayUpTo3700Euro(int employees, String cost, String wage,
			boolean eligible) {
		ProgrammeEvaluation result = RuleEngine.evaluate(REOPENED,
				Cases.baseline().employees(employees).cost(cost).wage(wage).build());
		assertThat(result.eligible()).isEqualTo(eligible);
	}

	@Test
	void hasRulesForCoursesFromOctober2023() {
		assertThat(RuleEngine.evaluate(REOPENED,
				Cases.baseline().courseStart(LocalDate.of(2023, 9, 30)).appliedOn(LocalDate.of(2023, 9, 1)).build())
			.eligible()).isFalse();
		assertThat(RuleEngine.evaluate(REOPENED,
				Cases.baseline().courseStart(LocalDate.of(2023, 10, 1)).appliedOn(LocalDate.of(2023, 9, 1)).build())
			.eligible()).isTrue();
	}

	@Test
	void figuresNotYetFoundInTheGuidelineAreNamedAsSecondaryAndTheClosureIsChecked() {
		ProgrammeEvaluation result = RuleEngine.evaluate(REAL, Cases.baseline().build());
		assertThat(result.secondarySource()).isTrue();
		assertThat(result.notes()).extracting(LocalizedText::de)
			.anySatisfy(note -> assertThat(note).contains("700 €", "3.700 €", "50 %", "80 %", "4.500 €", "Industrie- und Handelskammer (IHK)",
					"noch nicht geprüft"));
		assertThat(result.version().checks()).filteredOn(ProgrammeVersion.Check::verified)
			.singleElement()
			.satisfies(check -> assertThat(check.source()).startsWith("https://www.sab.sachsen.de/"));
	}

}
