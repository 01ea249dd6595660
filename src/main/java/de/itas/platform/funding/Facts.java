package de.itas.platform.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The facts of a {@link FundingCase} by the names the rules in the data file use (the same names as the
 * API's JSON fields), so that a rule can only name a fact that exists and has the right type.
 */
final class Facts {

	enum Type {
		NUMBER, YES_NO, DATE
	}

	static final Map<String, Type> TYPES = Map.ofEntries(Map.entry("companyEmployees", Type.NUMBER),
			Map.entry("employeeAge", Type.NUMBER), Map.entry("severelyDisabled", Type.YES_NO),
			Map.entry("hasVocationalQualification", Type.YES_NO), Map.entry("qualificationYear", Type.NUMBER),
			Map.entry("collectiveAgreementOnTraining", Type.YES_NO), Map.entry("fundedUnder82Since", Type.DATE),
			Map.entry("courseHours", Type.NUMBER), Map.entry("courseAzavApproved", Type.YES_NO),
			Map.entry("providerAzavApproved", Type.YES_NO), Map.entry("courseCost", Type.NUMBER),
			Map.entry("monthlyGrossWage", Type.NUMBER), Map.entry("courseStart", Type.DATE),
			Map.entry("applicationDate", Type.DATE), Map.entry("hasChild", Type.YES_NO),
			Map.entry("marginalEmployment", Type.YES_NO), Map.entry("weeklyWorkingHours", Type.NUMBER));

	private final Map<String, @Nullable Object> values;

	private Facts(Map<String, @Nullable Object> values) {
		this.values = values;
	}

	static Facts of(FundingCase input) {
		Map<String, @Nullable Object> values = new HashMap<>();
		values.put("companyEmployees", BigDecimal.valueOf(input.companyEmployees()));
		values.put("employeeAge", BigDecimal.valueOf(input.employeeAge()));
		values.put("severelyDisabled", input.severelyDisabled());
		values.put("hasVocationalQualification", input.hasVocationalQualification());
		values.put("qualificationYear",
				input.qualificationYear() == null ? null : BigDecimal.valueOf(input.qualificationYear()));
		values.put("collectiveAgreementOnTraining", input.collectiveAgreementOnTraining());
		values.put("fundedUnder82Since", input.fundedUnder82Since());
		values.put("courseHours", input.courseHours());
		values.put("courseAzavApproved", input.courseAzavApproved());
		values.put("providerAzavApproved", input.providerAzavApproved());
		values.put("courseCost", input.courseCost());
		values.put("monthlyGrossWage", input.monthlyGrossWage());
		values.put("courseStart", input.courseStart());
		values.put("applicationDate", input.applicationDate());
		values.put("hasChild", input.hasChild());
		values.put("marginalEmployment", input.marginalEmployment());
		values.put("weeklyWorkingHours", input.weeklyWorkingHours());
		return new Facts(values);
	}

	@Nullable
	BigDecimal number(String name) {
		return (BigDecimal) values.get(name);
	}

	@Nullable
	Boolean yesNo(String name) {
		return (Boolean) values.get(name);
	}

	@Nullable
	LocalDate date(String name) {
		return (LocalDate) values.get(name);
	}

}
