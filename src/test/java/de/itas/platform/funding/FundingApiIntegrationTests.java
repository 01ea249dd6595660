package de.itas.platform.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/funding/calculate}: public, callable without CSRF token and without a session, with
 * the documented answer and 400 with field errors for bad input.
 */
@PlatformTest
class FundingApiIntegrationTests {

	private static final String API = "/api/v1/funding/calculate";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	/** A 30-employee company, a 52-year-old with a qualification from 1993, 320 hours, applied in time. */
	static Map<String, Object> validRequest() {
		LocalDate today = LocalDate.now();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("companyEmployees", 30);
		request.put("employeeAge", 52);
		request.put("severelyDisabled", false);
		request.put("hasVocationalQualification", true);
		request.put("qualificationYear", 1993);
		request.put("collectiveAgreementOnTraining", true);
		request.put("fundedUnder82Since", null);
		request.put("courseHours", 320);
		request.put("courseAzavApproved", true);
		request.put("providerAzavApproved", true);
		request.put("courseCost", 4800.00);
		request.put("monthlyGrossWage", 3400);
		request.put("courseStart", today.plusMonths(2).toString());
		request.put("applicationDate", today.toString());
		return request;
	}

	private MvcTestResult post(Object body, String... headers) {
		var request = mvc.post().uri(API).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
		for (int i = 0; i < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		return request.exchange();
	}

	private static JsonNode json(MvcTestResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	@Test
	void answersEveryProgrammeInTheDocumentedShapeWithoutCsrfTokenOrSession() throws Exception {
		MvcTestResult result = post(validRequest());
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
		JsonNode programmes = json(result).get("programmes");
		assertThat(programmes).hasSize(3);
		for (JsonNode programme : programmes) {
			assertThat(programme.propertyNames()).containsExactly("id", "name", "active", "eligible", "courseCostShare",
					"courseCostAmount", "wageSubsidyMaxShare", "wageSubsidyMaxAmount", "netPayReplacementShare", "conditions",
					"legalBasis", "note", "secondarySource", "checks");
			assertThat(programme.get("conditions")).isNotEmpty()
				.allSatisfy(condition -> assertThat(condition.propertyNames()).containsExactly("id", "text", "met"));
		}

		JsonNode section82 = programmes.get(0);
		assertThat(section82.get("id").stringValue()).isEqualTo("sgb3-82");
		assertThat(section82.get("eligible").booleanValue()).isTrue();
		assertThat(section82.get("courseCostShare").decimalValue()).isEqualByComparingTo("1.00");
		assertThat(section82.get("courseCostAmount").decimalValue()).isEqualByComparingTo("4800.00");
		assertThat(section82.get("wageSubsidyMaxShare").decimalValue()).isEqualByComparingTo("0.80");
		assertThat(section82.get("netPayReplacementShare").isNull()).isTrue();
		assertThat(section82.get("legalBasis").stringValue()).contains("§ 82 SGB III", "1. April 2024");
		assertThat(section82.get("secondarySource").booleanValue()).isFalse();
		assertThat(section82.get("note").stringValue()).doesNotContain("Sekundärquellen");
		assertThat(section82.get("checks").get(1).get("paragraph").stringValue()).isEqualTo("§ 82 Abs. 2 SGB III");
		assertThat(section82.get("checks").get(1).get("verified").booleanValue()).isTrue();
		assertThat(section82.get("checks").get(1).get("checked").stringValue()).isEqualTo("2026-12-04");
		assertThat(section82.get("conditions").get(0).get("text").stringValue())
			.isEqualTo("Die Weiterbildung dauert mehr als 120 Stunden.");
		assertThat(section82.get("conditions")).allSatisfy(condition -> assertThat(condition.get("met").booleanValue()).isTrue());

		JsonNode qualifizierungsgeld = programmes.get(1);
		assertThat(qualifizierungsgeld.get("eligible").isNull()).isTrue();
		assertThat(qualifizierungsgeld.get("courseCostShare").decimalValue()).isEqualByComparingTo("0");
		assertThat(qualifizierungsgeld.get("netPayReplacementShare").decimalValue()).isEqualByComparingTo("0.60");
		assertThat(qualifizierungsgeld.get("conditions").get(0).get("met").isNull()).isTrue();

		JsonNode saxony = programmes.get(2);
		assertThat(saxony.get("active").booleanValue()).isFalse();
		assertThat(saxony.get("eligible").booleanValue()).isFalse();
		assertThat(saxony.get("note").stringValue()).contains("Derzeit keine Antragstellung möglich");
	}

	@Test
	void answersInEnglishWhenAskedFor() throws Exception {
		Map<String, Object> request = validRequest();
		request.put("hasChild", true);
		JsonNode programmes = json(post(request, HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9")).get("programmes");
		assertThat(programmes.get(0).get("note").stringValue()).contains("employment agency decides");
		assertThat(programmes.get(2).get("note").stringValue()).contains("from a chamber of commerce (IHK)");
		assertThat(programmes.get(0).get("checks").get(1).get("subject").stringValue()).startsWith("Share of course costs");
		assertThat(programmes.get(1).get("netPayReplacementShare").decimalValue()).isEqualByComparingTo("0.67");
		assertThat(programmes.get(2).get("conditions").get(0).get("text").stringValue())
			.isEqualTo("The programme currently accepts applications.");
	}

	@Test
	void missingAndImpossibleFieldsGet400WithAGermanMessagePerField() throws Exception {
		Map<String, Object> request = validRequest();
		request.remove("courseStart");
		request.put("courseHours", -5);
		request.put("courseCost", -100);
		request.put("employeeAge", 80);
		request.put("qualificationYear", LocalDate.now().getYear() + 1);
		request.put("applicationDate", "2026-02-30");
		request.put("severelyDisabled", "ja");
		MvcTestResult result = post(request);
		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		Map<String, String> errors = errors(json(result));
		assertThat(errors).containsOnlyKeys("courseStart", "courseHours", "courseCost", "employeeAge", "qualificationYear",
				"applicationDate", "severelyDisabled");
		assertThat(errors.get("courseStart")).isEqualTo("Bitte füllen Sie dieses Feld aus.");
		assertThat(errors.get("courseHours")).contains("Dauer über 0");
		assertThat(errors.get("courseCost")).contains("Lehrgangskosten von 0 bis");
		assertThat(errors.get("employeeAge")).isEqualTo("Bitte geben Sie ein Alter von 15 bis 75 Jahren ein.");
		assertThat(errors.get("qualificationYear")).contains("nicht in der Zukunft");
		assertThat(errors.get("applicationDate")).contains("gültiges Datum");
		assertThat(errors.get("severelyDisabled")).isEqualTo("Bitte wählen Sie Ja oder Nein.");
	}

	@Test
	void fieldErrorsInEnglishWithAcceptLanguageEn() throws Exception {
		Map<String, Object> request = validRequest();
		request.put("employeeAge", 14);
		request.put("courseHours", "viele");
		MvcTestResult result = post(request, HttpHeaders.ACCEPT_LANGUAGE, "en");
		assertThat(result).hasStatus(400);
		assertThat(errors(json(result))).containsEntry("employeeAge", "Please enter an age from 15 to 75 years.")
			.containsEntry("courseHours", "Please enter a number, for example 4800 or 4800.50.");
	}

	@Test
	void unknownFieldsMalformedJsonAndOtherMediaTypesAreRefused() throws Exception {
		Map<String, Object> request = validRequest();
		request.put("courseHour", 200);
		assertThat(errors(json(post(request)))).containsEntry("courseHour", "Dieses Feld ist unbekannt.");

		MvcTestResult malformed = mvc.post().uri(API).contentType(MediaType.APPLICATION_JSON).content("{\"companyEmployees\": ").exchange();
		assertThat(malformed).hasStatus(400);
		JsonNode error = json(malformed).get("errors").get(0);
		assertThat(error.get("field").isNull()).isTrue();
		assertThat(error.get("message").stringValue()).contains("JSON-Objekt");

		assertThat(post(List.of(1, 2))).hasStatus(400);
		assertThat(mvc.post().uri(API).contentType(MediaType.TEXT_PLAIN).content("30").exchange()).hasStatus(415);
	}

	@Test
	void aCourseThatHasBegunIsRefusedAtItsFieldBecauseFundingMustBeAppliedForBefore() throws Exception {
		Map<String, Object> request = validRequest();
		request.put("courseStart", LocalDate.now().minusDays(1).toString());
		request.put("applicationDate", LocalDate.now().minusDays(30).toString());
		assertThat(errors(json(post(request)))).containsOnlyKeys("courseStart")
			.extractingByKey("courseStart")
			.asString()
			.startsWith("Die Weiterbildung hat schon begonnen.")
			.contains("§ 324 Abs. 1 SGB III");
	}

	@Test
	void theWageSubsidyIsAnAmountInEuroWhenTheWeeklyHoursAreGiven() throws Exception {
		Map<String, Object> request = validRequest();
		request.put("companyEmployees", 30);
		request.put("monthlyGrossWage", 3250);
		request.put("courseHours", 200);
		request.remove("weeklyWorkingHours");
		JsonNode withoutHours = json(post(request)).get("programmes").get(0);
		assertThat(withoutHours.get("wageSubsidyMaxShare").decimalValue()).isPositive();
		assertThat(withoutHours.get("wageSubsidyMaxAmount").isNull()).isTrue();
		request.put("weeklyWorkingHours", 40);
		JsonNode section82 = json(post(request)).get("programmes").get(0);
		// 3,250 € a month over 40 hours × 13/3 weeks = 18.75 € an hour; 200 hours = 3,750 €; times the share
		BigDecimal share = section82.get("wageSubsidyMaxShare").decimalValue();
		assertThat(section82.get("wageSubsidyMaxAmount").decimalValue())
			.isEqualByComparingTo(share.multiply(new BigDecimal("3750")).setScale(2, java.math.RoundingMode.HALF_UP));
		request.put("weeklyWorkingHours", "61");
		assertThat(errors(json(post(request)))).containsOnlyKeys("weeklyWorkingHours");
	}

	@Test
	void onlyTheApiIsExemptFromCsrfNotTheCalculatorPage() {
		assertThat(mvc.post().uri("/foerderrechner").param("companyEmployees", "30").exchange()).hasStatus(403);
	}

	private static Map<String, String> errors(JsonNode body) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (JsonNode error : body.get("errors")) {
			errors.put(error.get("field").stringValue(), error.get("message").stringValue());
		}
		return errors;
	}

}
