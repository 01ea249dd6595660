package de.itas.platform.funding.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import de.itas.platform.funding.FundingCase;

/**
 * The calculator's input as typed: every field is kept as text, so that the page shows exactly what was
 * typed next to its error, and so that page and JSON API share one validation with the same messages.
 * Property names are the API's JSON field names.
 */
class CalculationForm {

	/** The fields of the form and the API, in the order of the page. */
	static final List<String> FIELDS = List.of("companyEmployees", "collectiveAgreementOnTraining", "employeeAge",
			"severelyDisabled", "hasVocationalQualification", "qualificationYear", "fundedUnder82Since",
			"monthlyGrossWage", "weeklyWorkingHours", "hasChild", "marginalEmployment", "courseHours", "courseCost", "courseAzavApproved",
			"providerAzavApproved", "courseStart", "applicationDate");

	static final int MIN_AGE = 15;
	static final int MAX_AGE = 75;

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

	private static final Pattern GROUPED_NUMBER = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d*)?");

	private static final BigDecimal MAX_EMPLOYEES = BigDecimal.valueOf(1_000_000);
	private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(10_000);
	private static final BigDecimal MAX_COURSE_COST = BigDecimal.valueOf(1_000_000);
	private static final BigDecimal MAX_MONTHLY_WAGE = BigDecimal.valueOf(100_000);
	private static final BigDecimal MAX_WEEKLY_HOURS = BigDecimal.valueOf(60);
	private static final int FIRST_QUALIFICATION_YEAR = 1950;

	private final Map<String, String> values = new LinkedHashMap<>();

	CalculationForm() {
		FIELDS.forEach(field -> values.put(field, ""));
		// optional questions that only raise a rate: unanswered means "no"
		values.put("hasChild", "false");
		values.put("marginalEmployment", "false");
	}

	String value(String field) {
		return values.getOrDefault(field, "");
	}

	void set(String field, @Nullable String value) {
		if (!values.containsKey(field)) {
			throw new IllegalArgumentException("unknown field " + field);
		}
		values.put(field, value == null ? "" : value.strip());
	}

	/**
	 * Checks the input and reports every problem as a field error with a message code of the funding
	 * bundle; returns the case only when there is none.
	 */
	Optional<FundingCase> validate(Errors errors, LocalDate today) {
		// checks across fields need the dates, which come last on the page; errors are reported in page order
		LocalDate courseStartIfValid = parseDate(value("courseStart"));
		LocalDate applicationDateIfValid = parseDate(value("applicationDate"));
		Integer employees = whole(errors, "companyEmployees", BigDecimal.ONE, MAX_EMPLOYEES);
		Boolean agreement = yesNo(errors, "collectiveAgreementOnTraining", true);
		Integer age = whole(errors, "employeeAge", BigDecimal.valueOf(MIN_AGE), BigDecimal.valueOf(MAX_AGE));
		Boolean disabled = yesNo(errors, "severelyDisabled", true);
		Boolean qualified = yesNo(errors, "hasVocationalQualification", true);
		Integer qualificationYear = qualificationYear(errors, qualified, age, courseStartIfValid, today);
		LocalDate fundedSince = fundedUnder82Since(errors, applicationDateIfValid, today);
		BigDecimal wage = amount(errors, "monthlyGrossWage", false, MAX_MONTHLY_WAGE);
		// optional: only needed for the wage subsidy in euro
		BigDecimal weeklyHours = value("weeklyWorkingHours").isEmpty() ? null
				: amount(errors, "weeklyWorkingHours", false, MAX_WEEKLY_HOURS);
		Boolean child = yesNo(errors, "hasChild", false);
		Boolean marginal = yesNo(errors, "marginalEmployment", false);
		BigDecimal hours = amount(errors, "courseHours", false, MAX_HOURS);
		BigDecimal cost = amount(errors, "courseCost", true, MAX_COURSE_COST);
		Boolean courseAzav = yesNo(errors, "courseAzavApproved", true);
		Boolean providerAzav = yesNo(errors, "providerAzavApproved", true);
		LocalDate courseStart = date(errors, "courseStart", true);
		if (courseStart != null && courseStart.isBefore(today)) {
			// funding must be applied for before the course begins (§ 324 Abs. 1 SGB III): a course that has
			// begun can no longer be funded, so the calculator does not pretend otherwise
			errors.rejectValue("courseStart", "funding.validation.courseStart.past");
			courseStart = null;
		}
		LocalDate applicationDate = date(errors, "applicationDate", true);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new FundingCase(employees, age, disabled, qualified, qualified ? qualificationYear : null,
				agreement, fundedSince, hours, courseAzav, providerAzav, cost, wage, courseStart, applicationDate,
				child, marginal, weeklyHours));
	}

	private @Nullable Integer qualificationYear(Errors errors, @Nullable Boolean qualified, @Nullable Integer age,
			@Nullable LocalDate courseStart, LocalDate today) {
		String field = "qualificationYear";
		if (!Boolean.TRUE.equals(qualified)) {
			// the year belongs to a qualification; without one it is ignored, not an error
			return null;
		}
		if (value(field).isEmpty()) {
			errors.rejectValue(field, "funding.validation.qualificationYear.required");
			return null;
		}
		BigDecimal year = number(errors, field);
		if (year == null) {
			return null;
		}
		if (!isWhole(year)) {
			errors.rejectValue(field, "funding.validation.whole-number");
			return null;
		}
		if (year.intValue() > today.getYear()) {
			errors.rejectValue(field, "funding.validation.qualificationYear.future");
			return null;
		}
		if (year.intValue() < FIRST_QUALIFICATION_YEAR) {
			errors.rejectValue(field, "funding.validation.qualificationYear.range");
			return null;
		}
		// nobody finishes a vocational training before the age of 15; one year of slack for birthdays
		if (age != null && courseStart != null && year.intValue() < courseStart.getYear() - age + MIN_AGE - 1) {
			errors.rejectValue(field, "funding.validation.qualificationYear.age");
			return null;
		}
		return year.intValue();
	}

	private @Nullable LocalDate fundedUnder82Since(Errors errors, @Nullable LocalDate applicationDate, LocalDate today) {
		String field = "fundedUnder82Since";
		LocalDate since = date(errors, field, false);
		if (since == null) {
			return null;
		}
		if (since.isAfter(today)) {
			errors.rejectValue(field, "funding.validation.fundedUnder82Since.future");
			return null;
		}
		if (applicationDate != null && since.isAfter(applicationDate)) {
			errors.rejectValue(field, "funding.validation.fundedUnder82Since.after-application");
			return null;
		}
		return since;
	}

	/** A whole number within the field's range; the range message is {@code funding.validation.<field>.range}. */
	private @Nullable Integer whole(Errors errors, String field, BigDecimal min, BigDecimal max) {
		if (required(errors, field)) {
			return null;
		}
		BigDecimal number = number(errors, field);
		if (number == null) {
			return null;
		}
		if (!isWhole(number)) {
			errors.rejectValue(field, "funding.validation.whole-number");
			return null;
		}
		if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
			errors.rejectValue(field, "funding.validation." + field + ".range");
			return null;
		}
		return number.intValueExact();
	}

	/** A positive (or, where allowed, zero) amount with at most two decimals, up to a maximum. */
	private @Nullable BigDecimal amount(Errors errors, String field, boolean zeroAllowed, BigDecimal max) {
		if (required(errors, field)) {
			return null;
		}
		BigDecimal number = number(errors, field);
		if (number == null) {
			return null;
		}
		if ((zeroAllowed ? number.signum() < 0 : number.signum() <= 0) || number.compareTo(max) > 0) {
			errors.rejectValue(field, "funding.validation." + field + ".range");
			return null;
		}
		if (number.stripTrailingZeros().scale() > 2) {
			errors.rejectValue(field, "funding.validation.decimals");
			return null;
		}
		return number;
	}

	private @Nullable BigDecimal number(Errors errors, String field) {
		BigDecimal number = parseNumber(value(field));
		if (number == null) {
			errors.rejectValue(field, "funding.validation.number");
		}
		return number;
	}

	private @Nullable Boolean yesNo(Errors errors, String field, boolean required) {
		String value = value(field);
		if (value.isEmpty() && !required) {
			return Boolean.FALSE;
		}
		return switch (value) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> {
				errors.rejectValue(field, "funding.validation.yes-no");
				yield null;
			}
		};
	}

	private @Nullable LocalDate date(Errors errors, String field, boolean required) {
		String value = value(field);
		if (value.isEmpty()) {
			if (required) {
				errors.rejectValue(field, "funding.validation.required");
			}
			return null;
		}
		LocalDate date = parseDate(value);
		if (date == null) {
			errors.rejectValue(field, "funding.validation.date");
		}
		return date;
	}

	/** Reports a missing value; true when it was missing. */
	private boolean required(Errors errors, String field) {
		if (value(field).isEmpty()) {
			errors.rejectValue(field, "funding.validation.required");
			return true;
		}
		return false;
	}

	private static boolean isWhole(BigDecimal number) {
		return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
	}

	/**
	 * A number as a person or an API client writes it: {@code 4800}, {@code 4800.50}, {@code 4800,50} or
	 * {@code 4.800,50}. A dot alone is a decimal point (as browsers send number fields); German grouping dots
	 * are only recognised together with a decimal comma.
	 */
	static @Nullable BigDecimal parseNumber(String text) {
		String value = text.replace(" ", "").replace("\u00a0", "");
		if (GROUPED_NUMBER.matcher(value).matches() && value.contains(",")) {
			value = value.replace(".", "");
		}
		else if (!NUMBER.matcher(value).matches()) {
			return null;
		}
		if (value.endsWith(",") || value.endsWith(".")) {
			value = value.substring(0, value.length() - 1);
		}
		try {
			return new BigDecimal(value.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A date as ISO ({@code 2027-03-01}, what browsers send) or German ({@code 01.03.2027}), years 1950–2099. */
	static @Nullable LocalDate parseDate(String text) {
		for (DateTimeFormatter format : List.of(ISO, GERMAN)) {
			try {
				LocalDate date = LocalDate.parse(text, format);
				return date.getYear() >= 1950 && date.getYear() <= 2099 ? date : null;
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

	/** The example of the page's "Beispiel ausfüllen" link: fictional, and always in time. */
	static Map<String, String> example(LocalDate today) {
		LocalDate courseStart = today.plusMonths(2).withDayOfMonth(1);
		Map<String, String> example = new LinkedHashMap<>();
		example.put("companyEmployees", "30");
		example.put("collectiveAgreementOnTraining", "true");
		example.put("employeeAge", "52");
		example.put("severelyDisabled", "false");
		example.put("hasVocationalQualification", "true");
		example.put("qualificationYear", "1993");
		example.put("fundedUnder82Since", "");
		example.put("monthlyGrossWage", "3400");
		example.put("weeklyWorkingHours", "38");
		example.put("hasChild", "true");
		example.put("marginalEmployment", "false");
		example.put("courseHours", "320");
		example.put("courseCost", "4800");
		example.put("courseAzavApproved", "true");
		example.put("providerAzavApproved", "true");
		example.put("courseStart", courseStart.toString());
		example.put("applicationDate", today.toString());
		return example;
	}

	// Bean properties for Spring's data binding and for Thymeleaf's th:field

	public String getCompanyEmployees() { return value("companyEmployees"); }
	public void setCompanyEmployees(@Nullable String value) { set("companyEmployees", value); }
	public String getCollectiveAgreementOnTraining() { return value("collectiveAgreementOnTraining"); }
	public void setCollectiveAgreementOnTraining(@Nullable String value) { set("collectiveAgreementOnTraining", value); }
	public String getEmployeeAge() { return value("employeeAge"); }
	public void setEmployeeAge(@Nullable String value) { set("employeeAge", value); }
	public String getSeverelyDisabled() { return value("severelyDisabled"); }
	public void setSeverelyDisabled(@Nullable String value) { set("severelyDisabled", value); }
	public String getHasVocationalQualification() { return value("hasVocationalQualification"); }
	public void setHasVocationalQualification(@Nullable String value) { set("hasVocationalQualification", value); }
	public String getQualificationYear() { return value("qualificationYear"); }
	public void setQualificationYear(@Nullable String value) { set("qualificationYear", value); }
	public String getFundedUnder82Since() { return value("fundedUnder82Since"); }
	public void setFundedUnder82Since(@Nullable String value) { set("fundedUnder82Since", value); }
	public String getMonthlyGrossWage() { return value("monthlyGrossWage"); }
	public void setMonthlyGrossWage(@Nullable String value) { set("monthlyGrossWage", value); }
	public String getWeeklyWorkingHours() { return value("weeklyWorkingHours"); }
	public void setWeeklyWorkingHours(@Nullable String value) { set("weeklyWorkingHours", value); }
	public String getHasChild() { return value("hasChild"); }
	public void setHasChild(@Nullable String value) { set("hasChild", value); }
	public String getMarginalEmployment() { return value("marginalEmployment"); }
	public void setMarginalEmployment(@Nullable String value) { set("marginalEmployment", value); }
	public String getCourseHours() { return value("courseHours"); }
	public void setCourseHours(@Nullable String value) { set("courseHours", value); }
	public String getCourseCost() { return value("courseCost"); }
	public void setCourseCost(@Nullable String value) { set("courseCost", value); }
	public String getCourseAzavApproved() { return value("courseAzavApproved"); }
	public void setCourseAzavApproved(@Nullable String value) { set("courseAzavApproved", value); }
	public String getProviderAzavApproved() { return value("providerAzavApproved"); }
	public void setProviderAzavApproved(@Nullable String value) { set("providerAzavApproved", value); }
	public String getCourseStart() { return value("courseStart"); }
	public void setCourseStart(@Nullable String value) { set("courseStart", value); }
	public String getApplicationDate() { return value("applicationDate"); }
	public void setApplicationDate(@Nullable String value) { set("applicationDate", value); }

}
