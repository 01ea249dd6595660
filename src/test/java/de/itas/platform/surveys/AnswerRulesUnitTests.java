package de.itas.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.itas.platform.shared.web.FieldProblem;

/** Conditions, the checks per kind and the way answers are stored and read back, without a database. */
class AnswerRulesUnitTests {

	private final SurveyDefinition survey = SurveyBuilder.survey("regeln", "Regeln")
		.section("Eins", "")
		.question("F1", QuestionKind.SINGLE, "Weiterbildung?").options("ja=Ja", "nein=Nein").dontKnow().and()
		.question("F2", QuestionKind.MULTIPLE, "Warum nicht?").options("a=A", "b=B", "c=C", "d=D").choices(2, 3)
		.dontKnow().when("F1", "nein").and()
		.question("F3", QuestionKind.SCALE, "Zuversicht").scale(1, 5, "gar nicht", "sehr").and()
		.question("F4", QuestionKind.TEXT, "Idee").optional().text(false, 10).and()
		.question("F5", QuestionKind.NUMBER, "Jahre").optional().limits(BigDecimal.ZERO, BigDecimal.valueOf(50)).and()
		.question("F6", QuestionKind.MATRIX, "Wichtigkeit").rows("x=X", "y=Y").scale(1, 3, "klein", "groß").and()
		.question("F7", QuestionKind.RANKING, "Reihenfolge").options("p=P", "q=Q", "r=R").and()
		.question("F8", QuestionKind.DATE, "Wann").optional().and()
		.build();

	private Question q(String code) {
		return survey.question(code).orElseThrow();
	}

	private static AnswerForm form(String... pairs) {
		AnswerForm form = new AnswerForm();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	private static List<String> keys(List<FieldProblem> problems) {
		return problems.stream().map(FieldProblem::messageKey).toList();
	}

	@Test
	void aConditionalQuestionIsShownOnlyWhenTheEarlierAnswerMatches() {
		assertThat(AnswerRules.visible(q("F2"), form("q-F1", "nein"))).isTrue();
		assertThat(AnswerRules.visible(q("F2"), form("q-F1", "ja"))).isFalse();
		assertThat(AnswerRules.visible(q("F2"), form("q-F1", "_dk"))).isFalse();
		assertThat(AnswerRules.visible(q("F2"), form())).isFalse();
		assertThat(AnswerRules.visible(q("F3"), form())).isTrue();
	}

	@Test
	void aHiddenRequiredQuestionDoesNotBlockThePage() {
		Section page = survey.sections().get(0);
		AnswerForm answers = form("q-F1", "ja", "q-F3", "4", "q-F6-x", "1", "q-F6-y", "2", "q-F7-p", "1", "q-F7-q", "2",
				"q-F7-r", "3");
		assertThat(AnswerRules.pageProblems(page, answers)).isEmpty();
		answers.add("q-F1", "nein");
		AnswerForm no = form("q-F1", "nein", "q-F3", "4", "q-F6-x", "1", "q-F6-y", "2", "q-F7-p", "1", "q-F7-q", "2",
				"q-F7-r", "3");
		assertThat(AnswerRules.pageProblems(page, no)).extracting(FieldProblem::field).containsExactly("q-F2");
	}

	@Test
	void choicesAreCheckedAgainstTheOptionsAndTheLimits() {
		assertThat(keys(AnswerRules.problems(q("F1"), form()))).containsExactly("surveys.answer.required");
		assertThat(keys(AnswerRules.problems(q("F1"), form("q-F1", "vielleicht")))).containsExactly("surveys.answer.unknown-option");
		assertThat(keys(AnswerRules.problems(q("F1"), form("q-F1", "ja", "q-F1", "nein")))).containsExactly("surveys.answer.one-only");
		assertThat(AnswerRules.problems(q("F1"), form("q-F1", "_dk"))).isEmpty();
		assertThat(keys(AnswerRules.problems(q("F2"), form("q-F2", "a")))).containsExactly("surveys.answer.choices.min");
		assertThat(keys(AnswerRules.problems(q("F2"), form("q-F2", "a", "q-F2", "b", "q-F2", "c", "q-F2", "d"))))
			.containsExactly("surveys.answer.choices.max");
		assertThat(keys(AnswerRules.problems(q("F2"), form("q-F2", "a", "q-F2", "_dk")))).containsExactly("surveys.answer.dont-know-alone");
		assertThat(AnswerRules.problems(q("F2"), form("q-F2", "_dk"))).isEmpty();
		assertThat(AnswerRules.problems(q("F2"), form("q-F2", "a", "q-F2", "c"))).isEmpty();
	}

	@Test
	void scalesTextsNumbersAndDatesAreCheckedWithTheirLimitsInTheMessage() {
		List<FieldProblem> outside = AnswerRules.problems(q("F3"), form("q-F3", "6"));
		assertThat(keys(outside)).containsExactly("surveys.answer.scale.range");
		assertThat(outside.get(0).arguments()).containsExactly(1, 5);
		assertThat(keys(AnswerRules.problems(q("F3"), form("q-F3", "_dk")))).containsExactly("surveys.answer.unknown-option");
		List<FieldProblem> long_ = AnswerRules.problems(q("F4"), form("q-F4", "elf Zeichen"));
		assertThat(keys(long_)).containsExactly("surveys.answer.text.too-long");
		assertThat(long_.get(0).arguments()).containsExactly(11, 10);
		assertThat(AnswerRules.problems(q("F4"), form())).isEmpty();
		assertThat(keys(AnswerRules.problems(q("F5"), form("q-F5", "zwölf")))).containsExactly("surveys.answer.number.invalid");
		assertThat(keys(AnswerRules.problems(q("F5"), form("q-F5", "51")))).containsExactly("surveys.answer.number.max");
		assertThat(AnswerRules.problems(q("F5"), form("q-F5", "12,5"))).isEmpty();
		assertThat(keys(AnswerRules.problems(q("F8"), form("q-F8", "31.02.2026")))).containsExactly("surveys.answer.date.invalid");
		assertThat(AnswerRules.problems(q("F8"), form("q-F8", "28.02.2026"))).isEmpty();
	}

	@Test
	void aMatrixNeedsEveryRowAndARankingEveryRankOnce() {
		assertThat(keys(AnswerRules.problems(q("F6"), form("q-F6-x", "2")))).containsExactly("surveys.answer.matrix.row-missing");
		assertThat(keys(AnswerRules.problems(q("F6"), form("q-F6-x", "2", "q-F6-y", "4")))).containsExactly("surveys.answer.scale.range");
		assertThat(AnswerRules.problems(q("F6"), form("q-F6-x", "2", "q-F6-y", "3"))).isEmpty();
		assertThat(keys(AnswerRules.problems(q("F7"), form("q-F7-p", "1", "q-F7-q", "1", "q-F7-r", "3"))))
			.containsExactly("surveys.answer.ranking.incomplete");
		assertThat(keys(AnswerRules.problems(q("F7"), form("q-F7-p", "1", "q-F7-q", "2")))).containsExactly("surveys.answer.ranking.incomplete");
		assertThat(AnswerRules.problems(q("F7"), form("q-F7-p", "3", "q-F7-q", "1", "q-F7-r", "2"))).isEmpty();
	}

	@Test
	void storedAnswersReadBackAsTheyWereGiven() {
		AnswerForm given = form("q-F1", "nein", "q-F2", "a", "q-F2", "c", "q-F3", "4", "q-F4", "kurz", "q-F5", "12,5",
				"q-F6-x", "1", "q-F6-y", "3", "q-F7-p", "2", "q-F7-q", "1", "q-F7-r", "3", "q-F8", "28.02.2026");
		AnswerForm back = new AnswerForm();
		for (Question question : survey.questions()) {
			AnswerRules.decode(question, AnswerRules.encode(question, given), back);
		}
		assertThat(back.all("q-F2")).containsExactly("a", "c");
		assertThat(back.get("q-F5")).isEqualTo("12.5");
		assertThat(back.get("q-F8")).isEqualTo("2026-02-28");
		assertThat(back.get("q-F6-y")).isEqualTo("3");
		assertThat(back.get("q-F7-q")).isEqualTo("1");
		assertThat(AnswerRules.encode(q("F2"), form("q-F2", "_dk"))).containsExactly(AnswerValue.dontKnowIt());
		AnswerForm dontKnow = new AnswerForm();
		AnswerRules.decode(q("F5"), List.of(AnswerValue.dontKnowIt()), dontKnow);
		assertThat(dontKnow.get("q-F5-dk")).isEqualTo("1");
	}

}
