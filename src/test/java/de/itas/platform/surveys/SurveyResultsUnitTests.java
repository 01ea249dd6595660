package de.itas.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Counting and protecting the results of one survey revision, without a database. */
class SurveyResultsUnitTests {

	private final SurveyDefinition survey = SurveyBuilder.survey("unit", "Unit")
		.question("D", QuestionKind.DISTRICT, "Wo?").options("A=Aue", "B=Borna", "C=Crimmitschau").and()
		.question("M", QuestionKind.MULTIPLE, "Was?").options("x=Iks", "y=Ypsilon", "z=Zett").dontKnow().and()
		.question("S", QuestionKind.SCALE, "Wie?").scale(1, 5, "schlecht", "gut").and()
		.question("T", QuestionKind.MATRIX, "Matrix").rows("r1=Zeile 1", "r2=Zeile 2").scale(1, 3, "nie", "oft").and()
		.question("R", QuestionKind.RANKING, "Rang").options("p=P", "q=Q").and()
		.question("N", QuestionKind.NUMBER, "Zahl").optional().and()
		.question("F", QuestionKind.TEXT, "Text").optional().and()
		.build();

	private final List<UUID> responses = new ArrayList<>();
	private final List<AnswerRow> answers = new ArrayList<>();

	@Test
	void aMultipleChoiceRespondentCountsOnceInEveryOptionChosenAndPercentagesAreOfRespondents() {
		for (int i = 0; i < 6; i++) {
			respond(multiple("x", "y"));
		}
		for (int i = 0; i < 4; i++) {
			respond(multiple("x"));
		}

		QuestionResult result = calculate(null).question("M").orElseThrow();

		assertThat(result.answered()).isEqualTo(10);
		assertThat(result.options()).extracting(OptionCount::code).containsExactly("x", "y", "z", "-9");
		assertThat(result.options()).extracting(OptionCount::count).containsExactly(10, 6, 0, 0);
		assertThat(result.options().get(0).percent()).isEqualTo(100.0);
		assertThat(result.options().get(1).percent()).isEqualTo(60.0);
		assertThat(result.options().get(3).dontKnow()).isTrue();
	}

	@Test
	void aScaleHasItsDistributionMedianAndMean() {
		int[] values = { 1, 2, 2, 4, 5, 5, 5 };
		for (int value : values) {
			respond(scale(value));
		}

		QuestionResult result = calculate(null).question("S").orElseThrow();

		assertThat(result.options()).extracting(OptionCount::label)
			.containsExactly("1 – schlecht", "2", "3", "4", "5 – gut");
		// 1, 2 and 4 stand for fewer than five people: hidden, and with them nothing else is needed
		assertThat(result.options()).extracting(OptionCount::count).containsExactly(null, null, 0, null, null);
		assertThat(result.median()).isEqualByComparingTo("4");
		// with counts hidden, the mean could give them away (here: 1 × 1 + 2 × 2 + 1 × 4 = 24 - 15)
		assertThat(result.mean()).isNull();
	}

	@Test
	void aScaleWithoutHiddenCountsHasItsMean() {
		int[] values = { 2, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4 };
		for (int value : values) {
			respond(scale(value));
		}

		QuestionResult result = calculate(null).question("S").orElseThrow();

		assertThat(result.options()).extracting(OptionCount::count).containsExactly(0, 5, 0, 6, 0);
		assertThat(result.median()).isEqualByComparingTo("4");
		assertThat(result.mean()).isEqualByComparingTo("3.09");
	}

	@Test
	void aMedianOfAnEvenNumberOfValuesIsTheMiddleOfTheTwoAndFewerThanFiveValuesGiveNone() {
		assertThat(ResultsCalculator.median(decimals(1, 2, 3, 4, 5, 6))).isEqualByComparingTo("3.5");
		assertThat(ResultsCalculator.median(decimals(1, 2, 3, 4))).isNull();
		assertThat(ResultsCalculator.mean(decimals(1, 2, 3, 4))).isNull();
	}

	@Test
	void aMatrixIsATableOfRowsAndValuesWithMarginsAndItsSmallCellsAreHiddenWithTheirPartners() {
		// row r1: 6 × 1, 6 × 3; row r2: 10 × 2, 2 × 3 (12 respondents)
		for (int i = 0; i < 12; i++) {
			String r1 = i < 6 ? "1" : "3";
			String r2 = i < 10 ? "2" : "3";
			respond(matrix("r1", r1, "r2", r2));
		}

		MatrixResult matrix = calculate(null).question("T").orElseThrow().matrix();

		assertThat(matrix.columns()).containsExactly("1 – nie", "2", "3 – oft");
		// the 2 in r2/3 is hidden (primary); then the 10 beside it (else 12 - 10 - 0 = 2), the 6 above it in
		// the column of 3, the 6 in r1/1 so that row r1 does not give that away, and the column totals of 1
		// and 2 that would give away a hidden cell of their column
		assertThat(matrix.rows().get(0).counts()).containsExactly(null, 0, null);
		assertThat(matrix.rows().get(1).counts()).containsExactly(0, null, null);
		assertThat(matrix.rows()).extracting(MatrixResult.MatrixRow::total).containsExactly(12, 12);
		assertThat(matrix.columnTotals()).containsExactly(null, null, 6);
		assertThat(matrix.total()).isEqualTo(12);
	}

	@Test
	void aMatrixWithoutSmallCellsShowsEveryCellAndItsMargins() {
		for (int i = 0; i < 12; i++) {
			respond(matrix("r1", i < 6 ? "1" : "3", "r2", i < 5 ? "2" : "3"));
		}

		MatrixResult matrix = calculate(null).question("T").orElseThrow().matrix();

		assertThat(matrix.rows().get(0).counts()).containsExactly(6, 0, 6);
		assertThat(matrix.rows().get(1).counts()).containsExactly(0, 5, 7);
		// the column total of 3 counts people, not answers: 6 chose it in r1 and 7 in r2, 6 of them in both rows
		assertThat(matrix.columnTotals()).containsExactly(6, 5, 7);
		assertThat(matrix.total()).isEqualTo(12);
	}

	@Test
	void aCountBelowFiveIsHiddenAndSoIsTheSmallestOtherSoThatSubtractionRevealsNothing() {
		for (int i = 0; i < 8; i++) {
			respond(district("A"));
		}
		for (int i = 0; i < 6; i++) {
			respond(district("B"));
		}
		for (int i = 0; i < 2; i++) {
			respond(district("C"));
		}

		QuestionResult result = calculate(null).question("D").orElseThrow();

		// C (2) is below five; without hiding B, 16 - 8 - 6 would give it away
		assertThat(result.options()).extracting(OptionCount::count).containsExactly(8, null, null);
		assertThat(result.options().get(1).percent()).isNull();
		assertThat(result.answered()).isEqualTo(16);
	}

	@Test
	void aFilterLeavingFewerThanFiveRespondentsWithholdsEverythingOfTheGroup() {
		for (int i = 0; i < 8; i++) {
			respond(district("A"), scale(4), text("Antwort " + i));
		}
		for (int i = 0; i < 3; i++) {
			respond(district("C"), scale(1), text("Nur drei " + i));
		}

		ResultsView small = ResultsCalculator.calculate(survey, responses, answers,
				new ResultsCalculator.Filter("D", "C"), true);
		ResultsView large = ResultsCalculator.calculate(survey, responses, answers,
				new ResultsCalculator.Filter("D", "A"), true);

		assertThat(small.withheld()).isTrue();
		assertThat(small.groupSize()).isNull();
		assertThat(small.questions()).isEmpty();
		assertThat(small.filter().valueLabel()).isEqualTo("Crimmitschau");
		assertThat(large.withheld()).isFalse();
		assertThat(large.groupSize()).isEqualTo(8);
		assertThat(large.question("S").orElseThrow().options()).extracting(OptionCount::count)
			.containsExactly(0, 0, 0, 8, 0);
		assertThat(large.question("F").orElseThrow().texts()).hasSize(8).noneMatch(text -> text.startsWith("Nur drei"));
	}

	@Test
	void freeTextsAreGivenOnlyWhenAskedForAndRankingsGiveAMeanRankFromFiveOn() {
		for (int i = 0; i < 5; i++) {
			respond(text("Text " + i), rank("p", i < 4 ? 1 : 2), rank("q", i < 4 ? 2 : 1));
		}

		ResultsView withTexts = ResultsCalculator.calculate(survey, responses, answers, null, true);
		ResultsView withoutTexts = calculate(null);

		assertThat(withTexts.question("F").orElseThrow().texts()).hasSize(5);
		assertThat(withoutTexts.question("F").orElseThrow().texts()).isEmpty();
		assertThat(withoutTexts.question("F").orElseThrow().answered()).isEqualTo(5);
		List<RankResult> ranking = withoutTexts.question("R").orElseThrow().ranking();
		assertThat(ranking.get(0).meanRank()).isEqualByComparingTo("1.20");
		assertThat(ranking.get(1).meanRank()).isEqualByComparingTo("1.80");
		assertThat(ranking).extracting(RankResult::ranked).containsExactly(5, 5);
	}

	@Test
	void aNumberQuestionAnsweredByFewerThanFiveShowsNeitherCountNorMedian() {
		for (int i = 0; i < 3; i++) {
			respond(number(10 + i));
		}
		for (int i = 0; i < 3; i++) {
			respond(district("A"));
		}

		QuestionResult result = calculate(null).question("N").orElseThrow();

		assertThat(result.answered()).isNull();
		assertThat(result.median()).isNull();
		assertThat(result.mean()).isNull();
	}

	private ResultsView calculate(ResultsCalculator.@Nullable Filter filter) {
		return ResultsCalculator.calculate(survey, responses, answers, filter, false);
	}

	private interface Answer {
		AnswerRow on(UUID response);
	}

	private void respond(Answer... parts) {
		UUID response = UUID.randomUUID();
		responses.add(response);
		for (Answer part : parts) {
			answers.add(part.on(response));
		}
	}

	private void respond(Answer[] many, Answer... more) {
		List<Answer> all = new ArrayList<>(Arrays.asList(many));
		all.addAll(Arrays.asList(more));
		respond(all.toArray(Answer[]::new));
	}

	private UUID id(String code) {
		return survey.question(code).orElseThrow().id();
	}

	private Answer[] multiple(String... codes) {
		return Arrays.stream(codes)
			.map(code -> (Answer) response -> new AnswerRow(response, id("M"), null, code, null, null, null, false))
			.toArray(Answer[]::new);
	}

	private Answer[] matrix(String row1, String value1, String row2, String value2) {
		return new Answer[] {
				response -> new AnswerRow(response, id("T"), row1, null, new BigDecimal(value1), null, null, false),
				response -> new AnswerRow(response, id("T"), row2, null, new BigDecimal(value2), null, null, false) };
	}

	private Answer district(String code) {
		return response -> new AnswerRow(response, id("D"), null, code, null, null, null, false);
	}

	private Answer scale(int value) {
		return response -> new AnswerRow(response, id("S"), null, null, BigDecimal.valueOf(value), null, null, false);
	}

	private Answer number(int value) {
		return response -> new AnswerRow(response, id("N"), null, null, BigDecimal.valueOf(value), null, null, false);
	}

	private Answer text(String text) {
		return response -> new AnswerRow(response, id("F"), null, null, null, text, null, false);
	}

	private Answer rank(String option, int rank) {
		return response -> new AnswerRow(response, id("R"), option, null, BigDecimal.valueOf(rank), null, null, false);
	}

	private static List<BigDecimal> decimals(int... values) {
		return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
	}


}
