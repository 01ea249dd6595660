package de.itas.platform.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.surveys.SurveyLink;
import de.itas.platform.surveys.Surveys;

/**
 * Survey results named as reasons for charter sections: the coordination cites a question of a survey whose
 * results are public, with the finding in words, and the citation joins the section's provenance ("why does
 * this section read so?") next to proposals and forum inputs.
 */
@Service
public class SurveyCitations {

	/** Longest finding. */
	public static final int MAX_FINDING = 500;

	private final JdbcClient jdbc;
	private final Surveys surveys;
	private final Links links;
	private final Charter charter;
	private final Clock clock;

	SurveyCitations(JdbcClient jdbc, Surveys surveys, Links links, Charter charter, Clock clock) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.links = links;
		this.charter = charter;
		this.clock = clock;
	}

	/** The surveys that can be cited: those with public results. */
	public List<SurveyLink> citable() {
		return surveys.withPublishedResults();
	}

	/**
	 * Cites a survey result as a reason for a section of a version.
	 *
	 * @throws FieldProblems for an unknown or unpublished survey, an unknown question or a missing finding
	 */
	@Transactional
	public UUID cite(UUID versionId, UUID sectionId, UUID surveyId, String questionCode, String finding, UUID by) {
		charter.section(versionId, sectionId).orElseThrow(() -> new IllegalArgumentException("No such section"));
		List<FieldProblem> problems = new ArrayList<>();
		Optional<SurveyLink> survey = surveys.find(surveyId);
		if (survey.isEmpty() || survey.get().resultsPath() == null) {
			problems.add(FieldProblem.of("survey", "governance.citation.survey.unpublished"));
		}
		String code = questionCode.strip().toUpperCase(java.util.Locale.ROOT);
		if (survey.isPresent() && surveys.questionText(surveyId, code).isEmpty()) {
			problems.add(FieldProblem.of("question", "governance.citation.question.unknown", code));
		}
		String text = finding.strip();
		if (text.isEmpty()) {
			problems.add(FieldProblem.of("finding", "governance.citation.finding.required"));
		}
		else if (text.length() > MAX_FINDING) {
			problems.add(FieldProblem.of("finding", "governance.citation.finding.too-long", MAX_FINDING));
		}
		FieldProblems.throwIfAny(problems);
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO governance.survey_citation (id, survey_id, question_code, finding, cited_by, cited_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(id, surveyId, code, text, by, Timestamp.from(clock.instant()))
			.update();
		links.link(ContributionKind.SURVEY, id, ContributionKind.SECTION, sectionId, versionId, by);
		return id;
	}

	/** The citations as provenance shows them: the survey, the question and the finding, linked to the results. */
	Map<UUID, Provenance.Contribution> contributions(List<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Provenance.Contribution> found = new HashMap<>();
		jdbc.sql("SELECT id, survey_id, question_code, finding FROM governance.survey_citation WHERE id = ANY(?)")
			.param(ids.toArray(UUID[]::new))
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				String code = rs.getString("question_code");
				String finding = rs.getString("finding");
				surveys.find(rs.getObject("survey_id", UUID.class))
					.filter(survey -> survey.resultsPath() != null)
					.ifPresent(survey -> found.put(id, new Provenance.Contribution(ContributionKind.SURVEY, id,
							"„" + survey.title() + "“ " + code, finding,
							survey.resultsPath() + "#frage-" + code, null)));
				return id;
			})
			.list();
		return found;
	}

}
