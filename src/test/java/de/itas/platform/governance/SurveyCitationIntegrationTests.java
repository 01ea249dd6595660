package de.itas.platform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.itas.platform.PlatformTest;
import de.itas.platform.accounts.TestAccounts;
import de.itas.platform.shared.security.Role;
import de.itas.platform.surveys.QuestionKind;
import de.itas.platform.surveys.SurveyAudience;
import de.itas.platform.surveys.SurveyBuilder;
import de.itas.platform.surveys.SurveyWriter;

/**
 * The coordination names a published survey result as a reason of a charter section: it then shows in the
 * section's provenance with a link to the results; an unpublished survey, an unknown question or a missing
 * finding are refused at their field.
 */
@PlatformTest
class SurveyCitationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SurveyWriter writer;

	@Autowired
	Charter charter;

	@Autowired
	Provenance provenance;

	private UUID survey(boolean published) {
		String slug = "zitat-" + UUID.randomUUID().toString().substring(0, 8);
		return writer.insert(SurveyBuilder.survey(slug, "Zitierte Umfrage " + slug)
			.audience(SurveyAudience.PUBLIC, null)
			.period(Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)))
			.publishResults(published)
			.question("F1", QuestionKind.SINGLE, "Was ist wichtig?").options("a=Arbeit", "b=Bildung").and()
			.build());
	}

	private MvcTestResult cite(VersionSummary version, SectionView section, UUID survey, String question, String finding) {
		return mvc.post()
			.uri("/charta/verwaltung/" + version.number() + "/abschnitte/" + section.sectionId() + "/umfrage")
			.with(csrf())
			.with(accounts.as(Role.COORDINATOR))
			.param("survey", survey.toString())
			.param("question", question)
			.param("finding", finding)
			.exchange();
	}

	@Test
	void aCitedSurveyResultBecomesAReasonOfTheSectionWithALinkToTheResults() {
		VersionSummary version = charter.version("2.0").orElseThrow();
		SectionView section = charter.sections(version.id()).get(0);
		UUID published = survey(true);
		String finding = "Drei Viertel nennen Arbeit " + UUID.randomUUID();
		assertThat(cite(version, section, published, "f1", finding))
			.hasRedirectedUrl("/charta/verwaltung/2.0/abschnitte/" + section.sectionId());
		Provenance.Trace why = provenance.why(version.id(), section.sectionId());
		assertThat(why.contributions()).anySatisfy(contribution -> {
			assertThat(contribution.kind()).isEqualTo(ContributionKind.SURVEY);
			assertThat(contribution.text()).isEqualTo(finding);
			assertThat(contribution.code()).endsWith("F1");
			assertThat(contribution.link()).endsWith("/ergebnisse#frage-F1");
		});
		assertThat(mvc.get().uri("/charta/2.0").exchange()).bodyText().contains(finding);
	}

	@Test
	void anUnpublishedSurveyAnUnknownQuestionAndAMissingFindingAreRefusedAtTheirField() {
		VersionSummary version = charter.version("2.0").orElseThrow();
		SectionView section = charter.sections(version.id()).get(0);
		assertThat(cite(version, section, survey(false), "F1", "Befund")).hasStatusOk()
			.bodyText()
			.contains("Nur Umfragen mit veröffentlichten Ergebnissen");
		MvcTestResult refused = cite(version, section, survey(true), "F9", " ");
		assertThat(refused).hasStatusOk().bodyText().contains("keine Frage F9", "Bitte beschreiben Sie das Ergebnis");
		assertThat(provenance.why(version.id(), section.sectionId()).contributions())
			.noneMatch(contribution -> contribution.text().equals("Befund"));
	}

}
