package de.itas.platform.funding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import de.itas.platform.funding.FundingCase;

/** Bad input of the page and the API: every impossible or missing value gets a message code at its field. */
class FundingCalculationFormUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	private BeanPropertyBindingResult errors;

	private static CalculationForm valid() {
		CalculationForm form = new CalculationForm();
		CalculationForm.example(TODAY).forEach(form::set);
		return form;
	}

	private Optional<FundingCase> validate(CalculationForm form) {
		errors = new BeanPropertyBindingResult(form, "calculation");
		return form.validate(errors, TODAY);
	}

	private String codeOf(String field) {
		FieldError error = errors.getFieldError(field);
		assertThat(error).as("error of %s", field).isNotNull();
		return error.getCode();
	}

	@Test
	void theExampleIsValidAndInTime() {
		FundingCase input = validate(valid()).orElseThrow();
		assertThat(errors.hasErrors()).isFalse();
		assertThat(input.companyEmployees()).isEqualTo(30);
		assertThat(input.qualificationYear()).isEqualTo(1993);
		assertThat(input.applicationDate()).isEqualTo(TODAY);
		assertThat(input.courseStart()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(input.hasChild()).isTrue();
	}

	@Test
	void anEmptyFormNamesEveryRequiredFieldInPageOrderAndNothingElse() {
		assertThat(validate(new CalculationForm())).isEmpty();
		assertThat(errors.getFieldErrors()).extracting(FieldError::getField)
			.containsExactly("companyEmployees", "collectiveAgreementOnTraining", "employeeAge", "severelyDisabled",
					"hasVocationalQualification", "monthlyGrossWage", "courseHours", "courseCost", "courseAzavApproved",
					"providerAzavApproved", "courseStart", "applicationDate");
		assertThat(codeOf("companyEmployees")).isEqualTo("funding.validation.required");
		assertThat(codeOf("severelyDisabled")).isEqualTo("funding.validation.yes-no");
		assertThat(codeOf("courseStart")).isEqualTo("funding.validation.required");
	}

	@ParameterizedTest(name = "age {0}: valid {1}")
	@CsvSource({ "14, false", "15, true", "75, true", "76, false", "-3, false" })
	void theAgeLiesBetween15And75(String age, boolean valid) {
		CalculationForm form = valid();
		form.set("employeeAge", age);
		form.set("hasVocationalQualification", "false");
		assertThat(validate(form).isPresent()).isEqualTo(valid);
		if (!valid) {
			assertThat(codeOf("employeeAge")).isEqualTo("funding.validation.employeeAge.range");
		}
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "courseHours, -10", "courseHours, 0", "courseHours, 10001", "courseCost, -0.01",
			"courseCost, 1000000.01", "monthlyGrossWage, -1", "monthlyGrossWage, 0", "companyEmployees, 0",
			"companyEmployees, -5" })
	void negativeZeroOrAbsurdAmountsAreRefusedWithTheFieldsRangeMessage(String field, String value) {
		CalculationForm form = valid();
		form.set(field, value);
		assertThat(validate(form)).isEmpty();
		assertThat(codeOf(field)).isEqualTo("funding.validation." + field + ".range");
		assertThat(errors.getFieldError(field).getRejectedValue()).isEqualTo(value);
	}

	@Test
	void aFreeCourseIsPossible() {
		CalculationForm form = valid();
		form.set("courseCost", "0");
		assertThat(validate(form)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2027-02-30", "31.02.2027", "morgen", "2027-13-01", "1900-01-01", "2027-1-1x" })
	void impossibleDatesAreRefused(String date) {
		CalculationForm form = valid();
		form.set("courseStart", date);
		assertThat(validate(form)).isEmpty();
		assertThat(codeOf("courseStart")).isEqualTo("funding.validation.date");
	}

	@Test
	void germanNumbersAndDatesAreUnderstood() {
		CalculationForm form = valid();
		form.set("courseCost", "4.800,50");
		form.set("monthlyGrossWage", "3400,5");
		form.set("courseHours", "160.5");
		form.set("courseStart", "01.03.2027");
		FundingCase input = validate(form).orElseThrow();
		assertThat(input.courseCost()).isEqualByComparingTo("4800.50");
		assertThat(input.monthlyGrossWage()).isEqualByComparingTo("3400.5");
		assertThat(input.courseHours()).isEqualByComparingTo("160.5");
		assertThat(input.courseStart()).isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@Test
	void numbersMustBeNumbersAndHeadCountsWhole() {
		CalculationForm form = valid();
		form.set("companyEmployees", "dreißig");
		form.set("employeeAge", "52.5");
		form.set("courseCost", "100.123");
		form.set("severelyDisabled", "vielleicht");
		assertThat(validate(form)).isEmpty();
		assertThat(codeOf("companyEmployees")).isEqualTo("funding.validation.number");
		assertThat(codeOf("employeeAge")).isEqualTo("funding.validation.whole-number");
		assertThat(codeOf("courseCost")).isEqualTo("funding.validation.decimals");
		assertThat(codeOf("severelyDisabled")).isEqualTo("funding.validation.yes-no");
	}

	@Test
	void theQualificationYearIsRequiredWithAQualificationAndMustNotLieInTheFuture() {
		CalculationForm form = valid();
		form.set("qualificationYear", "");
		validate(form);
		assertThat(codeOf("qualificationYear")).isEqualTo("funding.validation.qualificationYear.required");
		form.set("qualificationYear", "2027");
		validate(form);
		assertThat(codeOf("qualificationYear")).isEqualTo("funding.validation.qualificationYear.future");
		form.set("qualificationYear", "2026");
		assertThat(validate(form)).isPresent();
		form.set("qualificationYear", "1949");
		validate(form);
		assertThat(codeOf("qualificationYear")).isEqualTo("funding.validation.qualificationYear.range");
	}

	@Test
	void aQualificationBeforeTheAgeOf15IsImpossible() {
		CalculationForm form = valid();
		form.set("employeeAge", "20");
		form.set("qualificationYear", "2005");
		validate(form);
		assertThat(codeOf("qualificationYear")).isEqualTo("funding.validation.qualificationYear.age");
		form.set("qualificationYear", "2022");
		assertThat(validate(form)).isPresent();
	}

	@Test
	void withoutQualificationAYearIsIgnored() {
		CalculationForm form = valid();
		form.set("hasVocationalQualification", "false");
		form.set("qualificationYear", "2030");
		FundingCase input = validate(form).orElseThrow();
		assertThat(input.hasVocationalQualification()).isFalse();
		assertThat(input.qualificationYear()).isNull();
	}

	@Test
	void earlierFundingMustLieBeforeTodayAndBeforeTheApplication() {
		CalculationForm form = valid();
		form.set("fundedUnder82Since", TODAY.plusDays(1).toString());
		validate(form);
		assertThat(codeOf("fundedUnder82Since")).isEqualTo("funding.validation.fundedUnder82Since.future");
		form.set("applicationDate", "2026-01-10");
		form.set("fundedUnder82Since", "2026-02-01");
		validate(form);
		assertThat(codeOf("fundedUnder82Since")).isEqualTo("funding.validation.fundedUnder82Since.after-application");
		form.set("fundedUnder82Since", "2025-02-01");
		assertThat(validate(form)).hasValueSatisfying(
				input -> assertThat(input.fundedUnder82Since()).isEqualTo(LocalDate.of(2025, 2, 1)));
	}

	@Test
	void optionalQuestionsDefaultToNo() {
		CalculationForm form = valid();
		form.set("hasChild", "");
		form.set("marginalEmployment", null);
		FundingCase input = validate(form).orElseThrow();
		assertThat(input.hasChild()).isFalse();
		assertThat(input.marginalEmployment()).isFalse();
	}

	@Test
	void numberParsing() {
		assertThat(CalculationForm.parseNumber("4800")).isEqualByComparingTo("4800");
		assertThat(CalculationForm.parseNumber("4800.5")).isEqualByComparingTo("4800.5");
		assertThat(CalculationForm.parseNumber("4800,50")).isEqualByComparingTo("4800.50");
		assertThat(CalculationForm.parseNumber("4.800,50")).isEqualByComparingTo("4800.50");
		assertThat(CalculationForm.parseNumber("1.234.567,8")).isEqualByComparingTo("1234567.8");
		assertThat(CalculationForm.parseNumber("4 800")).isEqualByComparingTo("4800");
		assertThat(CalculationForm.parseNumber("-3")).isEqualByComparingTo("-3");
		assertThat(CalculationForm.parseNumber("1.2.3")).isNull();
		assertThat(CalculationForm.parseNumber("1e5")).isNull();
		assertThat(CalculationForm.parseNumber("")).isNull();
		assertThat(CalculationForm.parseNumber("12abc")).isNull();
	}

	@Test
	void theExampleIsFictionalAndStartsAfterTheApplication() {
		Map<String, String> example = CalculationForm.example(TODAY);
		assertThat(example.keySet()).containsExactlyElementsOf(CalculationForm.FIELDS);
		assertThat(LocalDate.parse(example.get("courseStart"))).isAfter(LocalDate.parse(example.get("applicationDate")));
		assertThat(new BigDecimal(example.get("courseHours"))).isGreaterThan(new BigDecimal("120"));
	}

}
