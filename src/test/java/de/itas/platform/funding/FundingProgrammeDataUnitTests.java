package de.itas.platform.funding;

import static de.itas.platform.funding.ProgrammesFromFile.PROGRAMMES;
import static de.itas.platform.funding.ProgrammesFromFile.programme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The programme data file: what it holds, how versions make a law change a data change, and what is refused. */
class FundingProgrammeDataUnitTests {

	@Test
	void theDataFileHoldsTheThreeProgrammesInTheirOrder() {
		assertThat(PROGRAMMES).extracting(Programme::id)
			.containsExactly("sgb3-82", "sgb3-82a", "sachsen-berufliche-weiterbildung");
		assertThat(programme("sgb3-82").versions()).singleElement()
			.satisfies(version -> assertThat(version.validFrom()).isEqualTo(LocalDate.of(2024, 4, 1)));
		assertThat(programme("sgb3-82a").versions().get(0).validFrom()).isEqualTo(LocalDate.of(2024, 4, 1));
		assertThat(programme("sachsen-berufliche-weiterbildung").active()).isFalse();
		assertThat(programme("sachsen-berufliche-weiterbildung").versions().get(0).validFrom())
			.isEqualTo(LocalDate.of(2023, 10, 1));
	}

	@Test
	void aLawChangeIsANewVersionAndTheCourseStartPicksIt() {
		List<Programme> programmes = parse("""
				{"programmes": [{"id": "p", "name": {"de": "P"}, "active": true, "versions": [
				  %s,
				  %s
				]}]}""".formatted(version("2020-01-01", "\"2024-03-31\"", "0.4"), version("2024-04-01", "null", "0.5")));
		Programme programme = programmes.get(0);
		FundingCase lastDayOfOldLaw = Cases.baseline()
			.courseStart(LocalDate.of(2024, 3, 31))
			.appliedOn(LocalDate.of(2024, 3, 1))
			.build();
		FundingCase firstDayOfNewLaw = Cases.baseline()
			.courseStart(LocalDate.of(2024, 4, 1))
			.appliedOn(LocalDate.of(2024, 3, 1))
			.build();
		assertThat(RuleEngine.evaluate(programme, lastDayOfOldLaw).courseCostShare()).isEqualTo(new BigDecimal("0.40"));
		assertThat(RuleEngine.evaluate(programme, firstDayOfNewLaw).courseCostShare()).isEqualTo(new BigDecimal("0.50"));
		assertThat(RuleEngine.evaluate(programme, firstDayOfNewLaw).version().legalBasis().de()).isEqualTo("ab 2024-04-01");
	}

	@Test
	void overlappingVersionsAreRefused() {
		assertThatThrownBy(() -> parse("""
				{"programmes": [{"id": "p", "name": {"de": "P"}, "active": true, "versions": [%s, %s]}]}"""
			.formatted(version("2020-01-01", "\"2024-04-01\"", "0.4"), version("2024-04-01", "null", "0.5"))))
			.hasMessageContaining("programmes[0].versions: versions 0 and 1 overlap");
	}

	@Test
	void unknownFactsWrongTypesAndMissingFallbacksAreRefusedWithTheirPlace() {
		assertThatThrownBy(() -> parse(programmeWith("{\"fact\": \"courseHour\", \"above\": 120}")))
			.hasMessageContaining("conditions[0].test.fact: unknown fact 'courseHour'");
		assertThatThrownBy(() -> parse(programmeWith("{\"fact\": \"courseStart\", \"above\": 120}")))
			.hasMessageContaining("fact 'courseStart' is DATE, this test needs NUMBER");
		assertThatThrownBy(() -> parse(programmeWith("{\"fact\": \"applicationDate\", \"before\": \"courseStart\", \"whenSameDay\": \"maybe\"}")))
			.hasMessageContaining("whenSameDay: unknown outcome 'maybe'");
		assertThatThrownBy(() -> parse("""
				{"programmes": [{"id": "p", "name": {"de": "P"}, "active": true, "versions": [{
				  "validFrom": "2024-04-01", "legalBasis": {"de": "x"}, "conditions": [],
				  "rates": {"courseCost": {"base": [{"when": {"fact": "hasChild", "is": true}, "share": 0.5}]}}}]}]}"""))
			.hasMessageContaining("rates.courseCost.base: the last base step must be without 'when'");
		assertThatThrownBy(() -> parse("""
				{"programmes": [{"id": "p", "name": {"de": "P"}, "active": true, "versions": [{
				  "validFrom": "2024-04-01", "legalBasis": {"de": "x"}, "conditions": [],
				  "rates": {"courseCost": {"base": [{"share": 50}]}}}]}]}"""))
			.hasMessageContaining("a share must lie between 0 and 1");
	}

	@Test
	void anInactiveProgrammeMustSayWhy() {
		assertThatThrownBy(() -> parse("""
				{"programmes": [{"id": "p", "name": {"de": "P"}, "active": false, "versions": [%s]}]}"""
			.formatted(version("2024-04-01", "null", "0.5"))))
			.hasMessageContaining("programmes[0].inactiveNote: an inactive programme needs a note saying why");
	}

	@Test
	void brokenJsonIsRefused() {
		assertThatThrownBy(() -> parse("{\"programmes\": [")).hasMessageContaining("not valid JSON");
	}

	private static final String CHECK = """
			{"subject": {"de": "Anteil"}, "paragraph": "§ 1", "source": "https://example.org/gesetz", "checked": "2026-12-04",
			 "verified": true}""";

	@Test
	void everyVersionRecordsHowItsRulesWereCheckedWithAnHttpsSource() {
		String withoutChecks = version("2024-04-01", "null", "0.5").replace(", \"checks\": [" + CHECK + "]", "");
		assertThatThrownBy(() -> parse("""
				{"programmes": [{"id": "p", "name": {"de": "P"}, "active": true, "versions": [%s]}]}""".formatted(withoutChecks)))
			.hasMessageContaining("programmes[0].versions[0].checks: missing");
		String plainHttp = version("2024-04-01", "null", "0.5").replace("https://example.org", "http://example.org");
		assertThatThrownBy(() -> parse("""
				{"programmes": [{"id": "p", "name": {"de": "P"}, "active": true, "versions": [%s]}]}""".formatted(plainHttp)))
			.hasMessageContaining("checks[0].source: must be an https address");
	}

	private static String version(String from, String until, String share) {
		return """
				{"validFrom": "%s", "validUntil": %s, "legalBasis": {"de": "ab %s"}, "conditions": [],
				 "rates": {"courseCost": {"base": [{"share": %s}]}}, "checks": [%s]}""".formatted(from, until, from, share,
				CHECK);
	}

	private static String programmeWith(String test) {
		return """
				{"programmes": [{"id": "p", "name": {"de": "P"}, "active": true, "versions": [{
				  "validFrom": "2024-04-01", "legalBasis": {"de": "x"},
				  "rates": {"courseCost": {"base": [{"share": 0.5}]}},
				  "conditions": [{"id": "c", "text": {"de": "C"}, "test": %s}]}]}]}""".formatted(test);
	}

	private static List<Programme> parse(String json) {
		return ProgrammeCatalogue.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
	}

}
