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

/** Qualifizierungsgeld (§ 82a SGB III) from the real data file. */
class FundingQualifizierungsgeldUnitTests {

	static ProgrammeEvaluation evaluate(Cases input) {
		return RuleEngine.evaluate(programme("sgb3-82a"), input.build());
	}

	@Test
	void replaces60PercentOfLostNetPayAndTheEmployerPaysTheCourse() {
		ProgrammeEvaluation result = evaluate(Cases.baseline().withAgreement());
		assertThat(result.netPayReplacementShare()).isEqualTo(share("0.60"));
		assertThat(result.courseCostShare()).isEqualTo(share("0.00"));
		assertThat(result.courseCostAmount()).isEqualTo(share("0.00"));
		assertThat(result.wageSubsidyMaxShare()).isEqualTo(share("0.00"));
	}

	@Test
	void replaces67PercentWithAChild() {
		assertThat(evaluate(Cases.baseline().withAgreement().withChild()).netPayReplacementShare())
			.isEqualTo(share("0.67"));
	}

	@Test
	void conditionsTheCalculatorCannotKnowAreToBeCheckedSoTheAnswerIsNeitherYesNorNo() {
		ProgrammeEvaluation result = evaluate(Cases.baseline().withAgreement());
		assertThat(result.eligible()).isNull();
		assertThat(result.condition("structural-need").outcome()).isEqualTo(Outcome.UNKNOWN);
		assertThat(result.condition("employer-pays-course").outcome()).isEqualTo(Outcome.UNKNOWN);
		assertThat(result.condition("agreement").outcome()).isEqualTo(Outcome.MET);
		assertThat(result.condition("provider-azav").outcome()).isEqualTo(Outcome.MET);
		assertThat(result.condition("course-hours").outcome()).isEqualTo(Outcome.MET);
	}

	@Test
	void needsAnAgreementAnAzavProviderAndMoreThan120Hours() {
		assertThat(evaluate(Cases.baseline()).eligible()).isFalse();
		assertThat(evaluate(Cases.baseline().withAgreement().providerNotAzav()).eligible()).isFalse();
		assertThat(evaluate(Cases.baseline().withAgreement().hours("120")).eligible()).isFalse();
		assertThat(evaluate(Cases.baseline().withAgreement().hours("121")).eligible()).isNull();
		assertThat(evaluate(Cases.baseline().hours("120")).netPayReplacementShare()).isEqualTo(share("0.00"));
	}

	@Test
	void hasNoSecondarySourceNote() {
		assertThat(evaluate(Cases.baseline()).secondarySource()).isFalse();
	}

}

