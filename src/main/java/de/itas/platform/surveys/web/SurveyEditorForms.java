package de.itas.platform.surveys.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import de.itas.platform.surveys.Choice;
import de.itas.platform.surveys.Question;
import de.itas.platform.surveys.QuestionKind;
import de.itas.platform.surveys.SurveyAudience;
import de.itas.platform.surveys.SurveyDefinition;
import de.itas.platform.surveys.SurveyEditor;

/** The editor's forms, bound as typed (numbers as text, so that a wrong one is kept and named at its field). */
final class SurveyEditorForms {

	private SurveyEditorForms() {
	}

	/** Title, intro, audience, anonymity, period and publishing of a survey. */
	static class HeaderForm {

		private String title = "";
		private String intro = "";
		private @Nullable SurveyAudience audience = SurveyAudience.SIGNED_IN;
		private String role = "";
		private String organisationKind = "";
		private boolean anonymous = true;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private @Nullable LocalDateTime opens;
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
		private @Nullable LocalDateTime closes;
		private boolean publishResults;

		static HeaderForm of(SurveyDefinition survey) {
			HeaderForm form = new HeaderForm();
			form.title = survey.title();
			form.intro = survey.intro();
			form.audience = survey.audience();
			String value = survey.audienceValue() == null ? "" : survey.audienceValue();
			if (survey.audience() == SurveyAudience.ROLE) {
				form.role = value;
			}
			if (survey.audience() == SurveyAudience.ORGANISATION_KIND) {
				form.organisationKind = value;
			}
			form.anonymous = survey.anonymous();
			form.opens = survey.opensAt() == null ? null
					: LocalDateTime.ofInstant(survey.opensAt(), SurveyEditor.BERLIN);
			form.closes = survey.closesAt() == null ? null
					: LocalDateTime.ofInstant(survey.closesAt(), SurveyEditor.BERLIN);
			form.publishResults = survey.publishResults();
			return form;
		}

		SurveyEditor.Header header() {
			String value = audience == SurveyAudience.ROLE ? role
					: audience == SurveyAudience.ORGANISATION_KIND ? organisationKind : null;
			return new SurveyEditor.Header(title, intro, audience, value, anonymous, opens, closes, publishResults);
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title == null ? "" : title;
		}

		public String getIntro() {
			return intro;
		}

		public void setIntro(@Nullable String intro) {
			this.intro = intro == null ? "" : intro;
		}

		public @Nullable SurveyAudience getAudience() {
			return audience;
		}

		public void setAudience(@Nullable SurveyAudience audience) {
			this.audience = audience;
		}

		public String getRole() {
			return role;
		}

		public void setRole(@Nullable String role) {
			this.role = role == null ? "" : role;
		}

		public String getOrganisationKind() {
			return organisationKind;
		}

		public void setOrganisationKind(@Nullable String organisationKind) {
			this.organisationKind = organisationKind == null ? "" : organisationKind;
		}

		public boolean isAnonymous() {
			return anonymous;
		}

		public void setAnonymous(boolean anonymous) {
			this.anonymous = anonymous;
		}

		public @Nullable LocalDateTime getOpens() {
			return opens;
		}

		public void setOpens(@Nullable LocalDateTime opens) {
			this.opens = opens;
		}

		public @Nullable LocalDateTime getCloses() {
			return closes;
		}

		public void setCloses(@Nullable LocalDateTime closes) {
			this.closes = closes;
		}

		public boolean isPublishResults() {
			return publishResults;
		}

		public void setPublishResults(boolean publishResults) {
			this.publishResults = publishResults;
		}

	}

	/** A page's title and introduction. */
	static class SectionForm {

		private String title = "";
		private String intro = "";

		public String getTitle() {
			return title;
		}

		public void setTitle(@Nullable String title) {
			this.title = title == null ? "" : title;
		}

		public String getIntro() {
			return intro;
		}

		public void setIntro(@Nullable String intro) {
			this.intro = intro == null ? "" : intro;
		}

	}

	/** The kind chosen before the question's own form. */
	static class KindForm {

		private @Nullable QuestionKind kind;

		public @Nullable QuestionKind getKind() {
			return kind;
		}

		public void setKind(@Nullable QuestionKind kind) {
			this.kind = kind;
		}

	}

	/**
	 * A question with the settings of every kind; the page shows those of its kind. Condition values come as
	 * {@code <question id>:<value>}, so that the checkboxes of all earlier questions can share one form.
	 */
	static class QuestionForm {

		private @Nullable QuestionKind kind;
		private String text = "";
		private String help = "";
		private boolean required = true;
		private boolean dontKnow;
		private String options = "";
		private String rows = "";
		private String minChoices = "";
		private String maxChoices = "";
		private String scaleMin = "1";
		private String scaleMax = "5";
		private String scaleMinLabel = "";
		private String scaleMaxLabel = "";
		private boolean longText;
		private String maxLength = "";
		private String numberMin = "";
		private String numberMax = "";
		private String conditionQuestion = "";
		private List<String> conditionValues = new ArrayList<>();

		static QuestionForm of(Question question) {
			QuestionForm form = new QuestionForm();
			form.kind = question.kind();
			form.text = question.text();
			form.help = question.help();
			form.required = question.required();
			form.dontKnow = question.dontKnow();
			form.options = question.kind() == QuestionKind.DISTRICT ? ""
					: String.join("\n", question.options().stream().map(Choice::label).toList());
			form.rows = String.join("\n", question.rows().stream().map(Choice::label).toList());
			form.minChoices = text(question.minChoices());
			form.maxChoices = text(question.maxChoices());
			form.scaleMin = text(question.scaleMin());
			form.scaleMax = text(question.scaleMax());
			form.scaleMinLabel = text(question.scaleMinLabel());
			form.scaleMaxLabel = text(question.scaleMaxLabel());
			form.longText = question.longText();
			form.maxLength = text(question.maxLength());
			form.numberMin = question.numberMin() == null ? "" : question.numberMin().toPlainString();
			form.numberMax = question.numberMax() == null ? "" : question.numberMax().toPlainString();
			if (question.condition() != null) {
				UUID on = question.condition().questionId();
				form.conditionQuestion = on.toString();
				form.conditionValues = new ArrayList<>(question.condition().values().stream().map(value -> on + ":" + value).toList());
			}
			return form;
		}

		private static String text(@Nullable Object value) {
			return value == null ? "" : value.toString();
		}

		SurveyEditor.QuestionInput input() {
			UUID condition = null;
			if (!conditionQuestion.isBlank()) {
				try {
					condition = UUID.fromString(conditionQuestion.strip());
				}
				catch (IllegalArgumentException ex) {
					condition = new UUID(0, 0);
				}
			}
			String prefix = condition + ":";
			List<String> values = conditionValues.stream()
				.filter(value -> value.startsWith(prefix))
				.map(value -> value.substring(prefix.length()))
				.toList();
			return new SurveyEditor.QuestionInput(kind, text, help, required, dontKnow, options, rows, minChoices,
					maxChoices, scaleMin, scaleMax, scaleMinLabel, scaleMaxLabel, longText, maxLength, numberMin,
					numberMax, condition, values);
		}

		public @Nullable QuestionKind getKind() {
			return kind;
		}

		public void setKind(@Nullable QuestionKind kind) {
			this.kind = kind;
		}

		public String getText() {
			return text;
		}

		public void setText(@Nullable String text) {
			this.text = nonNull(text);
		}

		public String getHelp() {
			return help;
		}

		public void setHelp(@Nullable String help) {
			this.help = nonNull(help);
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public boolean isDontKnow() {
			return dontKnow;
		}

		public void setDontKnow(boolean dontKnow) {
			this.dontKnow = dontKnow;
		}

		public String getOptions() {
			return options;
		}

		public void setOptions(@Nullable String options) {
			this.options = nonNull(options);
		}

		public String getRows() {
			return rows;
		}

		public void setRows(@Nullable String rows) {
			this.rows = nonNull(rows);
		}

		public String getMinChoices() {
			return minChoices;
		}

		public void setMinChoices(@Nullable String minChoices) {
			this.minChoices = nonNull(minChoices);
		}

		public String getMaxChoices() {
			return maxChoices;
		}

		public void setMaxChoices(@Nullable String maxChoices) {
			this.maxChoices = nonNull(maxChoices);
		}

		public String getScaleMin() {
			return scaleMin;
		}

		public void setScaleMin(@Nullable String scaleMin) {
			this.scaleMin = nonNull(scaleMin);
		}

		public String getScaleMax() {
			return scaleMax;
		}

		public void setScaleMax(@Nullable String scaleMax) {
			this.scaleMax = nonNull(scaleMax);
		}

		public String getScaleMinLabel() {
			return scaleMinLabel;
		}

		public void setScaleMinLabel(@Nullable String scaleMinLabel) {
			this.scaleMinLabel = nonNull(scaleMinLabel);
		}

		public String getScaleMaxLabel() {
			return scaleMaxLabel;
		}

		public void setScaleMaxLabel(@Nullable String scaleMaxLabel) {
			this.scaleMaxLabel = nonNull(scaleMaxLabel);
		}

		public boolean isLongText() {
			return longText;
		}

		public void setLongText(boolean longText) {
			this.longText = longText;
		}

		public String getMaxLength() {
			return maxLength;
		}

		public void setMaxLength(@Nullable String maxLength) {
			this.maxLength = nonNull(maxLength);
		}

		public String getNumberMin() {
			return numberMin;
		}

		public void setNumberMin(@Nullable String numberMin) {
			this.numberMin = nonNull(numberMin);
		}

		public String getNumberMax() {
			return numberMax;
		}

		public void setNumberMax(@Nullable String numberMax) {
			this.numberMax = nonNull(numberMax);
		}

		public String getConditionQuestion() {
			return conditionQuestion;
		}

		public void setConditionQuestion(@Nullable String conditionQuestion) {
			this.conditionQuestion = nonNull(conditionQuestion);
		}

		public List<String> getConditionValues() {
			return conditionValues;
		}

		public void setConditionValues(@Nullable List<String> conditionValues) {
			this.conditionValues = conditionValues == null ? new ArrayList<>() : new ArrayList<>(conditionValues);
		}

	}

	/** Addresses to invite, one per line. */
	static class InvitationForm {

		private String addresses = "";

		public String getAddresses() {
			return addresses;
		}

		public void setAddresses(@Nullable String addresses) {
			this.addresses = nonNull(addresses);
		}

	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value;
	}

}
