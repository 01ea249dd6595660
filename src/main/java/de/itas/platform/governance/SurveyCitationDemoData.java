package de.itas.platform.governance;

import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.surveys.OptionCount;
import de.itas.platform.surveys.QuestionResult;
import de.itas.platform.surveys.SurveyLink;
import de.itas.platform.surveys.SurveyResults;
import de.itas.platform.surveys.Surveys;

/**
 * Names the demo survey's result on what the region should stand for in 2035 as a reason of the charter 2.0
 * section on skilled workers, with the share counted from the survey's published results. Runs once, after
 * the charter and survey demos, when both exist.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class SurveyCitationDemoData {

	private static final Logger log = LoggerFactory.getLogger(SurveyCitationDemoData.class);

	private static final String SURVEY = "region-2035";

	private static final String QUESTION = "F5";

	private static final String OPTION = "fachkraefte";

	private final JdbcClient jdbc;
	private final Charter charter;
	private final Surveys surveys;
	private final SurveyResults results;
	private final SurveyCitations citations;
	private final UserDetailsService users;

	SurveyCitationDemoData(JdbcClient jdbc, Charter charter, Surveys surveys, SurveyResults results,
			SurveyCitations citations, UserDetailsService users) {
		this.jdbc = jdbc;
		this.charter = charter;
		this.surveys = surveys;
		this.results = results;
		this.citations = citations;
		this.users = users;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(50)
	void load() {
		if (jdbc.sql("SELECT count(*) FROM governance.survey_citation").query(Long.class).single() > 0) {
			return;
		}
		SurveyLink survey = surveys.bySlug(SURVEY).filter(link -> link.resultsPath() != null).orElse(null);
		VersionSummary version = charter.version("2.0").orElse(null);
		if (survey == null || version == null) {
			return;
		}
		SectionView section = charter.sections(version.id())
			.stream()
			.filter(s -> s.heading().toLowerCase(Locale.GERMAN).contains("fachkr"))
			.findFirst()
			.orElse(null);
		QuestionResult question = results.results(survey.id(), null, null)
			.flatMap(view -> view.questions().stream().filter(q -> q.code().equals(QUESTION)).findFirst())
			.orElse(null);
		if (section == null || question == null || question.answered() == null) {
			return;
		}
		Integer chose = question.options().stream().filter(option -> option.code().equals(OPTION))
			.map(OptionCount::count).findFirst().orElse(null);
		if (chose == null) {
			return;
		}
		UUID coordinator = ((PlatformUser) users.loadUserByUsername("koordination@demo.itas.local")).id();
		citations.cite(version.id(), section.sectionId(), survey.id(), QUESTION,
				chose + " von " + question.answered() + " Befragten nennen gut qualifizierte Fachkräfte als eines der drei "
						+ "Merkmale, die die Region 2035 auszeichnen sollen.",
				coordinator);
		log.info("Demo survey result cited for charter 2.0 section {}", section.number());
	}

}
