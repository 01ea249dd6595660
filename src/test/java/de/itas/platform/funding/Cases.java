package de.itas.platform.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A baseline case that is eligible for § 82 SGB III (30 employees, age 40, qualified in 2010, 200 hours,
 * AZAV, application a month before the start) with one-line variations for the rule tests.
 */
final class Cases {

	static final LocalDate COURSE_START = LocalDate.of(2026, 3, 2);

	private int companyEmployees = 30;
	private int employeeAge = 40;
	private boolean severelyDisabled;
	private boolean hasVocationalQualification = true;
	private @Nullable Integer qualificationYear = 2010;
	private boolean collectiveAgreementOnTraining;
	private @Nullable LocalDate fundedUnder82Since;
	private BigDecimal courseHours = new BigDecimal("200");
	private boolean courseAzavApproved = true;
	private boolean providerAzavApproved = true;
	private BigDecimal courseCost = new BigDecimal("4000");
	private BigDecimal monthlyGrossWage = new BigDecimal("3000");
	private LocalDate courseStart = COURSE_START;
	private LocalDate applicationDate = COURSE_START.minusMonths(1);
	private boolean hasChild;
	private boolean marginalEmployment;

	static Cases baseline() {
		return new Cases();
	}

	Cases employees(int count) {
		companyEmployees = count;
		return this;
	}

	Cases age(int years) {
		employeeAge = years;
		return this;
	}

	Cases severelyDisabled() {
		severelyDisabled = true;
		return this;
	}

	Cases withoutQualification() {
		hasVocationalQualification = false;
		qualificationYear = null;
		return this;
	}

	Cases qualifiedIn(int year) {
		hasVocationalQualification = true;
		qualificationYear = year;
		return this;
	}

	Cases withAgreement() {
		collectiveAgreementOnTraining = true;
		return this;
	}

	Cases fundedUnder82Since(LocalDate date) {
		fundedUnder82Since = date;
		return this;
	}

	Cases hours(String hours) {
		courseHours = new BigDecimal(hours);
		return this;
	}

	Cases courseNotAzav() {
		courseAzavApproved = false;
		return this;
	}

	Cases providerNotAzav() {
		providerAzavApproved = false;
		return this;
	}

	Cases cost(String euro) {
		courseCost = new BigDecimal(euro);
		return this;
	}

	Cases wage(String euro) {
		monthlyGrossWage = new BigDecimal(euro);
		return this;
	}

	Cases courseStart(LocalDate date) {
		courseStart = date;
		return this;
	}

	Cases appliedOn(LocalDate date) {
		applicationDate = date;
		return this;
	}

	Cases withChild() {
		hasChild = true;
		return this;
	}

	Cases marginallyEmployed() {
		marginalEmployment = true;
		return this;
	}

	FundingCase build() {
		return new FundingCase(companyEmployees, employeeAge, severelyDisabled, hasVocationalQualification,
				qualificationYear, collectiveAgreementOnTraining, fundedUnder82Since, courseHours, courseAzavApproved,
				providerAzavApproved, courseCost, monthlyGrossWage, courseStart, applicationDate, hasChild,
				marginalEmployment);
	}

}
