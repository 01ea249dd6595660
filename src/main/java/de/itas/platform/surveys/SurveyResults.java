package de.itas.platform.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

import de.itas.platform.shared.security.AccessAudit;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The aggregated results of one survey revision (only its submitted responses, never answers in progress),
 * optionally of the group that answered one categorical question with one value, every count protected by
 * the shared small-number rule. Free-text answers are given only to the survey's owners
 * ({@link #forOwner}); what this service hands to public pages and other modules never contains them.
 */
@Component
@NamedInterface("api")
public class SurveyResults {

	private final JdbcClient jdbc;
	private final SurveyStore store;
	private final SurveyAccess access;
	private final AccessAudit audit;
	private final Clock clock;

	SurveyResults(JdbcClient jdbc, SurveyStore store, SurveyAccess access, AccessAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The aggregated results of the revision with this id, without free texts (for other modules). */
	public Optional<ResultsView> results(UUID surveyId, @Nullable String filterQuestion, @Nullable String filterValue) {
		return store.find(surveyId).map(survey -> results(survey, filterQuestion, filterValue));
	}

	/** The aggregated results of the revision, without free texts. An unusable filter is ignored. */
	public ResultsView results(SurveyDefinition survey, @Nullable String filterQuestion, @Nullable String filterValue) {
		return calculate(survey, filter(survey, filterQuestion, filterValue), false);
	}

	/**
	 * The published results of a survey: the given revision (the newest without one), only when the survey
	 * publishes its results and its period has ended.
	 */
	public Optional<ResultsView> published(String slug, @Nullable Integer revision, @Nullable String filterQuestion,
			@Nullable String filterValue) {
		return (revision == null ? store.current(slug) : store.revision(slug, revision))
			.filter(survey -> publishes(survey, clock.instant()))
			.map(survey -> results(survey, filterQuestion, filterValue));
	}

	/** Whether the public may see the survey's results now. */
	public static boolean publishes(SurveyDefinition survey, Instant now) {
		return survey.publishResults() && !survey.template() && survey.phase(now) == SurveyPhase.CLOSED;
	}

	/**
	 * The results with the free-text answers, for an owner of the survey (anybody else gets a not-found). When
	 * the survey is not anonymous, the free texts shown are personal data of their authors: each author's view
	 * is recorded in the access audit.
	 */
	public ResultsView forOwner(SurveyDefinition survey, @Nullable String filterQuestion, @Nullable String filterValue) {
		PlatformUser viewer = requireOwner(survey);
		ResultsView view = calculate(survey, filter(survey, filterQuestion, filterValue), true);
		if (!survey.anonymous() && view.questions().stream().anyMatch(question -> !question.texts().isEmpty())) {
			auditAuthors(survey, viewer, "surveys.results.audit-texts", true);
		}
		return view;
	}

	/** The categorical questions a result can be filtered by, each with its values (codes and labels). */
	public List<FilterQuestion> filters(SurveyDefinition survey) {
		List<FilterQuestion> filters = new ArrayList<>();
		for (Question question : survey.questions()) {
			if (!question.kind().categorical()) {
				continue;
			}
			List<Choice> values = new ArrayList<>();
			if (question.kind() == QuestionKind.SCALE) {
				question.scaleValues().forEach(value -> values
					.add(new Choice(String.valueOf(value), ResultsCalculator.scaleLabel(question, String.valueOf(value)))));
			}
			else {
				values.addAll(question.options());
			}
			filters.add(new FilterQuestion(question.code(), question.text(), values, question.dontKnow()));
		}
		return filters;
	}

	/** A question to filter by with its values; „weiß nicht“ ({@code -9}) where offered. */
	@NamedInterface("api")
	public record FilterQuestion(String code, String text, List<Choice> values, boolean dontKnow) {

		public FilterQuestion {
			values = List.copyOf(values);
		}

	}

	PlatformUser requireOwner(SurveyDefinition survey) {
		PlatformUser viewer = CurrentUser.get().orElseThrow(NotFoundException::new);
		if (!access.owns(viewer, survey)) {
			throw new NotFoundException();
		}
		return viewer;
	}

	/** Records the viewer's access to the answers of every author (not anonymous surveys only). */
	void auditAuthors(SurveyDefinition survey, PlatformUser viewer, String whatKey, boolean withTextsOnly) {
		if (survey.anonymous()) {
			return;
		}
		String sql = withTextsOnly ? """
				SELECT DISTINCT r.account_id FROM surveys.response r JOIN surveys.answer a ON a.response_id = r.id
				JOIN surveys.question q ON q.id = a.question_id
				WHERE r.survey_id = ? AND r.account_id IS NOT NULL AND q.kind = 'TEXT' AND a.text IS NOT NULL
				""" : "SELECT DISTINCT account_id FROM surveys.response WHERE survey_id = ? AND account_id IS NOT NULL";
		Set<UUID> authors = new LinkedHashSet<>(jdbc.sql(sql).param(survey.id()).query(UUID.class).list());
		authors.remove(viewer.id());
		String detail = survey.title() + " (" + survey.slug() + ", " + survey.revision() + ")";
		authors.forEach(author -> audit.personalDataViewed(author, whatKey, detail));
	}

	/** The submitted responses of the revision in a stable order, with their account where not anonymous. */
	List<UUID> responses(UUID surveyId) {
		return jdbc.sql("SELECT id FROM surveys.response WHERE survey_id = ? ORDER BY submitted_at NULLS LAST, id")
			.param(surveyId)
			.query(UUID.class)
			.list();
	}

	/** Every submitted answer of the revision. */
	List<AnswerRow> answers(UUID surveyId) {
		return jdbc.sql("""
				SELECT a.response_id, a.question_id, a.item, a.choice, a.number, a.text, a.date, a.dont_know
				FROM surveys.answer a JOIN surveys.response r ON r.id = a.response_id
				WHERE r.survey_id = ?
				""").param(surveyId).query((rs, row) -> new AnswerRow(rs.getObject("response_id", UUID.class),
				rs.getObject("question_id", UUID.class), rs.getString("item"), rs.getString("choice"),
				rs.getBigDecimal("number"), rs.getString("text"), rs.getObject("date", java.time.LocalDate.class),
				rs.getBoolean("dont_know")))
			.list();
	}

	private ResultsView calculate(SurveyDefinition survey, ResultsCalculator.@Nullable Filter filter,
			boolean withTexts) {
		return ResultsCalculator.calculate(survey, responses(survey.id()), answers(survey.id()), filter, withTexts);
	}

	private ResultsCalculator.@Nullable Filter filter(SurveyDefinition survey, @Nullable String question,
			@Nullable String value) {
		if (question == null || question.isBlank() || value == null || value.isBlank()) {
			return null;
		}
		return filters(survey).stream()
			.filter(candidate -> candidate.code().equals(question))
			.filter(candidate -> candidate.values().stream().anyMatch(choice -> choice.code().equals(value))
					|| candidate.dontKnow() && OptionCount.DONT_KNOW_CODE.equals(value))
			.findFirst()
			.map(candidate -> new ResultsCalculator.Filter(question, value))
			.orElse(null);
	}

}
