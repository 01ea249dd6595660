package de.itas.platform.surveys.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.surveys.AnswerForm;
import de.itas.platform.surveys.AnswerRules;
import de.itas.platform.surveys.Question;
import de.itas.platform.surveys.SurveyDefinition;

/**
 * A question on its page: whether it is shown, and for a question whose condition is on the same page, the
 * condition for the page's script (which hides it while unmet) and for the hint read without script.
 *
 * @param conditionName the parameter name of the question the condition looks at, when it is on this page
 * @param conditionValues the values that show the question, joined by „|“
 * @param conditionText the condition in words: the earlier question and the answers that show this one
 * @param conditionMet whether the condition is met by the answers known now
 */
record QuestionView(Question question, @Nullable String conditionName, @Nullable String conditionValues,
		@Nullable String conditionText, boolean conditionMet) {

	/** The questions of the page that are shown: those without condition or whose condition is on this page or met. */
	static List<QuestionView> of(SurveyDefinition survey, int page, AnswerForm answers) {
		List<UUID> onPage = survey.sections().get(page).questions().stream().map(Question::id).toList();
		List<QuestionView> views = new ArrayList<>();
		for (Question question : survey.sections().get(page).questions()) {
			var condition = question.condition();
			boolean met = AnswerRules.visible(question, answers);
			if (condition == null) {
				views.add(new QuestionView(question, null, null, null, true));
			}
			else if (onPage.contains(condition.questionId())) {
				Question earlier = survey.question(condition.questionId()).orElseThrow();
				String labels = String.join(" / ",
						condition.values().stream().map(value -> "„" + earlier.label(value) + "“").toList());
				views.add(new QuestionView(question, AnswerForm.name(earlier), String.join("|", condition.values()),
						earlier.code() + " " + earlier.text() + ": " + labels, met));
			}
			else if (met) {
				views.add(new QuestionView(question, null, null, null, true));
			}
		}
		return views;
	}

	static Map<String, List<FieldProblem>> problemsByField(List<FieldProblem> problems) {
		Map<String, List<FieldProblem>> byField = new LinkedHashMap<>();
		for (FieldProblem problem : problems) {
			if (!problem.formWide()) {
				byField.computeIfAbsent(problem.field(), key -> new ArrayList<>()).add(problem);
			}
		}
		return byField;
	}

	public String name() {
		return AnswerForm.name(question);
	}

	public String name(String item) {
		return AnswerForm.name(question, item);
	}

	public String dontKnowName() {
		return AnswerForm.dontKnowName(question);
	}

	public boolean dontKnowAsChoice() {
		return AnswerRules.usesChoiceForDontKnow(question);
	}

}
