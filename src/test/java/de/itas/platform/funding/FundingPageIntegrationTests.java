package de.itas.platform.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.Role;

/** The calculator page for visitors: empty, pre-filled, with errors, with a result, and as htmx fragment. */
@PlatformTest
class FundingPageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	static Map<String, String> example() {
		LocalDate today = LocalDate.now();
		return Map.ofEntries(Map.entry("companyEmployees", "30"), Map.entry("collectiveAgreementOnTraining", "true"),
				Map.entry("employeeAge", "52"), Map.entry("severelyDisabled", "false"),
				Map.entry("hasVocationalQualification", "true"), Map.entry("qualificationYear", "1993"),
				Map.entry("fundedUnder82Since", ""), Map.entry("monthlyGrossWage", "3400"), Map.entry("hasChild", "true"),
				Map.entry("marginalEmployment", "false"), Map.entry("courseHours", "320"),
				Map.entry("courseCost", "4800"), Map.entry("courseAzavApproved", "true"),
				Map.entry("providerAzavApproved", "true"), Map.entry("courseStart", today.plusMonths(2).toString()),
				Map.entry("applicationDate", today.toString()));
	}

	private MvcTestResult post(Map<String, String> fields, String... headers) {
		MockMvcRequestBuilder request = mvc.post().uri("/foerderrechner").with(csrf()).accept(MediaType.TEXT_HTML);
		fields.forEach((name, value) -> request.param(name, value));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request.exchange();
	}

	@Test
	void visitorsSeeTheEmptyFormTheNonBindingNoteWhomToAskAndTheProgrammes() {
		MvcTestResult page = mvc.get().uri("/foerderrechner").accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("<h1>Förderrechner für Weiterbildung</h1>", "Das Ergebnis ist unverbindlich",
					"Arbeitgeber-Service der Agentur für Arbeit", "0800 4 5555 20", "href=\"tel:+498004555520\"",
					"Beispiel ausfüllen", "Qualifizierungsgeld (§ 82a SGB III)",
					"§ 82 SGB III in der Fassung seit 1. April 2024", "Derzeit geschlossen",
					"name=\"_csrf\"", "aria-current=\"page\"")
			.doesNotContain("id=\"ergebnis\"", "field--invalid");
	}

	@Test
	void theExampleLinkPreFillsTheFormButCalculatesNothing() {
		MvcTestResult page = mvc.get().uri("/foerderrechner").accept(MediaType.TEXT_HTML).exchange();
		assertThat(page).bodyText().containsPattern("href=\"/foerderrechner\\?companyEmployees=30&amp;[^\"]*#rechner\"");
		MvcTestResult filled = mvc.get()
			.uri("/foerderrechner?companyEmployees=30&employeeAge=52&severelyDisabled=false&courseCost=4800")
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(filled).hasStatusOk()
			.bodyText()
			.contains("id=\"companyEmployees\" name=\"companyEmployees\" value=\"30\"", "value=\"52\"", "value=\"4800\"")
			.containsPattern("id=\"severelyDisabled-no\"[^>]*checked")
			.doesNotContain("id=\"ergebnis\"", "Bitte prüfen Sie Ihre Eingaben.");
	}

	@Test
	void theResultShowsEveryProgrammeWithSharesConditionsLegalBasisAndSecondarySourceLabel() {
		MvcTestResult page = post(example());
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("id=\"ergebnis\"", "Weiterbildungsförderung Beschäftigter (§ 82 SGB III)", "Förderfähig",
					"4.800,00 €", "bis zu 80\u00a0%", "Erfüllt:", "Rechtsgrundlage:",
					"Enthält Angaben aus Sekundärquellen", "stammen aus den Angaben einer Industrie- und Handelskammer (IHK)",
					"Am Wortlaut geprüft am 04.12.2026:", "§ 82 Abs. 2 SGB III", "Nur aus Sekundärquelle, Stand 04.12.2026:",
					"Möglicherweise förderfähig – Punkte zu prüfen", "Zu prüfen:", "67\u00a0% des entfallenden Nettoentgelts",
					"Derzeit keine Antragstellung möglich", "Nicht erfüllt:", "Das Ergebnis ist unverbindlich")
			.contains("value=\"4800\"")
			.doesNotContain("Bitte prüfen Sie Ihre Eingaben.", "id=\"funding-status\" hx-swap-oob");
	}

	@Test
	void badInputIsMarkedAtEachFieldAndKeepsWhatWasTyped() {
		Map<String, String> fields = new java.util.HashMap<>(example());
		fields.put("courseHours", "-5");
		fields.put("employeeAge", "80");
		fields.put("courseStart", "30.02.2027");
		fields.remove("severelyDisabled");
		MvcTestResult page = post(fields);
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Bitte prüfen Sie Ihre Eingaben.", "href=\"#courseHours\"", "href=\"#severelyDisabled\"",
					"Bitte geben Sie eine Dauer über 0 und bis 10.000 Stunden ein.",
					"Bitte geben Sie ein Alter von 15 bis 75 Jahren ein.", "Bitte geben Sie ein gültiges Datum ein",
					"Bitte wählen Sie Ja oder Nein.")
			.contains("value=\"-5\"", "value=\"80\"", "value=\"30.02.2027\"", "value=\"3400\"",
					"aria-describedby=\"courseHours-error\"", "aria-invalid=\"true\"",
					"aria-describedby=\"severelyDisabled-hint severelyDisabled-error\"")
			.doesNotContain("id=\"ergebnis\"");
	}

	@Test
	void htmxGetsTheCalculatorFragmentWithAStatusForScreenReaders() {
		MvcTestResult fragment = post(example(), "HX-Request", "true");
		assertThat(fragment).hasStatusOk()
			.bodyText()
			.startsWith("<div id=\"rechner\"")
			.contains("id=\"funding-status\" hx-swap-oob=\"innerHTML\"",
					"Berechnet für 3 Programme: 1 förderfähig, 1 zu prüfen.", "id=\"ergebnis\"",
					"<form id=\"calculation-form\"")
			.doesNotContain("<html", "<nav", "Welche Programme der Rechner prüft");
		Map<String, String> invalid = new java.util.HashMap<>(example());
		invalid.put("companyEmployees", "");
		assertThat(post(invalid, "HX-Request", "true")).bodyText()
			.startsWith("<div id=\"rechner\"")
			.contains("Bitte prüfen Sie Ihre Eingaben.", "field--invalid")
			.doesNotContain("id=\"ergebnis\"");
	}

	@Test
	void thePageSpeaksEnglish() {
		Map<String, String> fields = new java.util.HashMap<>(example());
		fields.put("lang", "en");
		MvcTestResult page = post(fields);
		assertThat(page).bodyText()
			.contains("Funding calculator for further training", "Eligible", "€4,800.00", "up to 80%",
					"Legal basis:", "Contains figures from secondary sources", "The result is not binding",
					"Currently no applications possible");
	}

	@Test
	void theCalculatorIsInTheNavigationAndOnTheStartPages() {
		assertThat(mvc.get().uri("/").accept(MediaType.TEXT_HTML)).bodyText()
			.contains("href=\"/foerderrechner\"", "Was zahlt die Agentur für Arbeit oder das Land");
		assertThat(mvc.get().uri("/mein-bereich").with(testAccounts.as(Role.COMPANY_ADMIN)).accept(MediaType.TEXT_HTML))
			.bodyText()
			.contains("Weiterbildung fördern lassen");
		assertThat(mvc.get().uri("/mein-bereich").with(testAccounts.as(Role.EMPLOYEE)).accept(MediaType.TEXT_HTML))
			.bodyText()
			.contains("Wer bezahlt meine Weiterbildung?");
		assertThat(mvc.get().uri("/mein-bereich").with(testAccounts.as(Role.ADVISOR)).accept(MediaType.TEXT_HTML))
			.bodyText()
			.contains("Förderung für Ratsuchende berechnen");
		assertThat(mvc.get().uri("/mein-bereich").with(testAccounts.as(Role.PROVIDER)).accept(MediaType.TEXT_HTML))
			.bodyText()
			.doesNotContain("Förderung für Ratsuchende berechnen", "Weiterbildung fördern lassen");
	}

}
