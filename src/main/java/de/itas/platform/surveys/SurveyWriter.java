package de.itas.platform.surveys;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes whole survey revisions: a new survey, a new revision of an existing one, or a copy of a template for
 * a thing of another module. Every row gets a new id; conditions are carried over by question code.
 */
@Component
public class SurveyWriter {

	private final JdbcClient jdbc;
	private final Clock clock;

	SurveyWriter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Inserts the definition as a new revision. Its id, family and revision are taken as given when
	 * {@code familyId} equals {@code id} of a first revision; the ids of sections and questions are replaced.
	 *
	 * @return the id of the stored revision
	 */
	@Transactional
	public UUID insert(SurveyDefinition survey) {
		UUID id = survey.id();
		jdbc.sql("""
				INSERT INTO surveys.survey (id, family_id, revision, slug, title, intro, audience, audience_value, anonymous,
				    opens_at, closes_at, publish_results, template_key, subject_module, subject_type, subject_id, owner_id,
				    owner_organisation, created_at)
				VALUES (:id, :family, :revision, :slug, :title, :intro, :audience, :audienceValue, :anonymous, :opens,
				    :closes, :publish, :template, :subjectModule, :subjectType, :subjectId, :owner, :organisation, :created)
				""")
			.param("id", id)
			.param("family", survey.familyId())
			.param("revision", survey.revision())
			.param("slug", survey.slug())
			.param("title", survey.title())
			.param("intro", survey.intro())
			.param("audience", survey.audience().name())
			.param("audienceValue", survey.audienceValue())
			.param("anonymous", survey.anonymous())
			.param("opens", timestamp(survey.opensAt()))
			.param("closes", timestamp(survey.closesAt()))
			.param("publish", survey.publishResults())
			.param("template", survey.templateKey())
			.param("subjectModule", survey.subject() == null ? null : survey.subject().module())
			.param("subjectType", survey.subject() == null ? null : survey.subject().type())
			.param("subjectId", survey.subject() == null ? null : survey.subject().id())
			.param("owner", survey.ownerId())
			.param("organisation", survey.ownerOrganisation())
			.param("created", Timestamp.from(clock.instant()))
			.update();
		Map<String, UUID> questionIds = new HashMap<>();
		int sectionPosition = 0;
		for (Section section : survey.sections()) {
			UUID sectionId = UUID.randomUUID();
			jdbc.sql("INSERT INTO surveys.section (id, survey_id, position, title, intro) VALUES (?, ?, ?, ?, ?)")
				.params(sectionId, id, sectionPosition++, section.title(), section.intro())
				.update();
			int questionPosition = 0;
			for (Question question : section.questions()) {
				UUID questionId = UUID.randomUUID();
				insertQuestion(id, sectionId, questionId, questionPosition++, question, questionIds);
				questionIds.put(question.code(), questionId);
			}
		}
		return id;
	}

	/** Inserts one question with its options and rows; its condition must name an earlier question. */
	void insertQuestion(UUID surveyId, UUID sectionId, UUID questionId, int position, Question question,
			Map<String, UUID> earlierQuestionIds) {
		Condition condition = question.condition();
		UUID conditionQuestion = condition == null ? null : earlierQuestionIds.get(condition.questionCode());
		if (condition != null && conditionQuestion == null) {
			throw new IllegalArgumentException("Condition of " + question.code() + " names " + condition.questionCode()
					+ ", which is not an earlier question");
		}
		settings(jdbc.sql("""
				INSERT INTO surveys.question (id, survey_id, section_id, position, code, kind, text, help, required, dont_know,
				    min_choices, max_choices, scale_min, scale_max, scale_min_label, scale_max_label, long_text, max_length,
				    number_min, number_max, condition_question_id, condition_values)
				VALUES (:id, :survey, :section, :position, :code, :kind, :text, :help, :required, :dontKnow, :minChoices,
				    :maxChoices, :scaleMin, :scaleMax, :scaleMinLabel, :scaleMaxLabel, :longText, :maxLength, :numberMin,
				    :numberMax, :conditionQuestion, :conditionValues)
				"""), question, conditionQuestion)
			.param("id", questionId)
			.param("survey", surveyId)
			.param("section", sectionId)
			.param("position", position)
			.param("code", question.code())
			.param("kind", question.kind().name())
			.update();
		if (question.kind() != QuestionKind.DISTRICT) {
			insertChoices(questionId, "OPTION", question.options());
		}
		insertChoices(questionId, "ROW", question.rows());
	}

	/**
	 * Binds a question's text and settings (every column but id, survey, section, position, code and kind) to the
	 * named parameters of an insert or update.
	 */
	static JdbcClient.StatementSpec settings(JdbcClient.StatementSpec statement, Question question,
			@Nullable UUID conditionQuestion) {
		Condition condition = question.condition();
		return statement.param("text", question.text())
			.param("help", question.help())
			.param("required", question.required())
			.param("dontKnow", question.dontKnow())
			.param("minChoices", question.minChoices())
			.param("maxChoices", question.maxChoices())
			.param("scaleMin", question.scaleMin())
			.param("scaleMax", question.scaleMax())
			.param("scaleMinLabel", question.scaleMinLabel())
			.param("scaleMaxLabel", question.scaleMaxLabel())
			.param("longText", question.longText())
			.param("maxLength", question.maxLength())
			.param("numberMin", question.numberMin())
			.param("numberMax", question.numberMax())
			.param("conditionQuestion", conditionQuestion)
			.param("conditionValues", condition == null ? null : condition.values().toArray(String[]::new));
	}

	private void insertChoices(UUID questionId, String kind, List<Choice> choices) {
		int position = 0;
		for (Choice choice : choices) {
			jdbc.sql("INSERT INTO surveys.choice (question_id, kind, position, code, label) VALUES (?, ?, ?, ?, ?)")
				.params(questionId, kind, position++, choice.code(), choice.label())
				.update();
		}
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
