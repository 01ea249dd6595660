package de.itas.platform.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What the calculator needs to know about the company, the employee and the course. Values are already
 * checked for plausibility by the caller (the web layer rejects impossible input with field errors).
 *
 * @param companyEmployees head count of the company (Betrieb) the employee belongs to
 * @param employeeAge age in years at the start of the course
 * @param severelyDisabled severely disabled within the meaning of § 2(2) SGB IX
 * @param hasVocationalQualification holds a vocational qualification (Berufsabschluss)
 * @param qualificationYear year the qualification was obtained; {@code null} without qualification
 * @param collectiveAgreementOnTraining a works or collective agreement on further training exists
 * @param fundedUnder82Since start of the last training funded under § 82 SGB III, {@code null} if none
 * @param courseHours duration of the course in hours
 * @param courseAzavApproved the course is approved under AZAV
 * @param providerAzavApproved the provider is approved under AZAV
 * @param courseCost course fees in euro
 * @param monthlyGrossWage the employee's gross monthly pay in euro
 * @param courseStart first day of the course
 * @param applicationDate day the application is (or was) made
 * @param hasChild the employee has at least one child (raises the Qualifizierungsgeld)
 * @param marginalEmployment the employee is marginally employed (Minijob)
 * @param weeklyWorkingHours the employee's contractual hours a week, for the wage subsidy in euro; {@code null}
 *        when not given (the subsidy is then a share only)
 */
@NamedInterface("api")
public record FundingCase(int companyEmployees, int employeeAge, boolean severelyDisabled,
		boolean hasVocationalQualification, @Nullable Integer qualificationYear, boolean collectiveAgreementOnTraining,
		@Nullable LocalDate fundedUnder82Since, BigDecimal courseHours, boolean courseAzavApproved,
		boolean providerAzavApproved, BigDecimal courseCost, BigDecimal monthlyGrossWage, LocalDate courseStart,
		LocalDate applicationDate, boolean hasChild, boolean marginalEmployment, @Nullable BigDecimal weeklyWorkingHours) {

	/** A case without the weekly hours: the wage subsidy is given as a share only. */
	public FundingCase(int companyEmployees, int employeeAge, boolean severelyDisabled,
			boolean hasVocationalQualification, @Nullable Integer qualificationYear,
			boolean collectiveAgreementOnTraining, @Nullable LocalDate fundedUnder82Since, BigDecimal courseHours,
			boolean courseAzavApproved, boolean providerAzavApproved, BigDecimal courseCost,
			BigDecimal monthlyGrossWage, LocalDate courseStart, LocalDate applicationDate, boolean hasChild,
			boolean marginalEmployment) {
		this(companyEmployees, employeeAge, severelyDisabled, hasVocationalQualification, qualificationYear,
				collectiveAgreementOnTraining, fundedUnder82Since, courseHours, courseAzavApproved, providerAzavApproved,
				courseCost, monthlyGrossWage, courseStart, applicationDate, hasChild, marginalEmployment, null);
	}

}
