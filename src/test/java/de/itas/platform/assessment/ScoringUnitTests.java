package de.itas.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import de.itas.platform.assessment.Questionnaire.Dimension;
import de.itas.platform.assessment.Questionnaire.NextStep;
import de.itas.platform.assessment.Questionnaire.Question;
import de.itas.platform.assessment.Questionnaire.ScaleOption;
import de.itas.platform.shared.web.FieldProblems;

/** The scoring method as documented in docs/assessment-scoring.md, on a small questionnaire and the shipped one. */
class ScoringUnitTests {

	private static Text text(String value) {
		return new Text(value, value);
	}

	private static Question question(String key, int weight) {
		return new Question(key, "four", weight, text(key), text("good " + key), text("bad " + key));
	}

	/** Two dimensions: A with weights 2 and 1, B with weights 1 and 1; the scale counts 0, 33, 67, 100. */
	static Questionnaire small() {
		List<ScaleOption> four = List.of(new ScaleOption("D", 0, text("d")), new ScaleOption("C", 33, text("c")),
				new ScaleOption("B", 67, text("b")), new ScaleOption("A", 100, text("a")));
		return new Questionnaire(7, text("small"), Map.of("four", four),
				List.of(new Dimension("A", text("A"), text("A"), List.of(new NextStep(text("a"), "/a")),
						List.of(question("a1", 2), question("a2", 1))),
						new Dimension("B", text("B"), text("B"), List.of(new NextStep(text("b"), "/b")),
								List.of(question("b1", 1), question("b2", 1)))));
	}

	@Test
	void dimensionScoreIsTheWeightedMeanOfThePoints() {
		Scores scores = Scoring.score(small(), Map.of("a1", "A", "a2", "D", "b1", "B", "b2", "C"));
		// A: (2 * 100 + 1 * 0) / 3 = 66.7 -> 67; B: (67 + 33) / 2 = 50
		assertThat(scores.score("A")).isEqualTo(67);
		assertThat(scores.score("B")).isEqualTo(50);
		// overall: the plain mean of the dimensions (67 + 50) / 2 = 58.5 -> 59
		assertThat(scores.overall()).isEqualTo(59);
		assertThat(scores.of("A").orElseThrow().light()).isEqualTo(Light.GREEN);
		assertThat(scores.of("B").orElseThrow().light()).isEqualTo(Light.YELLOW);
	}

	@Test
	void unknownAnswersAreLeftOutNotGuessed() {
		Scores scores = Scoring.score(small(), Map.of("a1", "A", "a2", Questionnaire.UNKNOWN, "b1", "D", "b2", "D"));
		// a2 left out: A = 100 (weight 2 of 3 answered, above half)
		assertThat(scores.score("A")).isEqualTo(100);
		assertThat(scores.of("A").orElseThrow().unknown()).isEqualTo(1);
		assertThat(scores.of("A").orElseThrow().answered()).isEqualTo(1);
		assertThat(scores.score("B")).isZero();
		assertThat(scores.of("B").orElseThrow().light()).isEqualTo(Light.RED);
	}

	@Test
	void aDimensionWithLessThanHalfItsWeightAnsweredHasNoScore() {
		// A: only a2 (weight 1 of 3) answered -> no score; B: one of two (exactly half) -> scored
		Scores scores = Scoring.score(small(),
				Map.of("a1", Questionnaire.UNKNOWN, "a2", "A", "b1", Questionnaire.UNKNOWN, "b2", "B"));
		assertThat(scores.score("A")).isNull();
		assertThat(scores.of("A").orElseThrow().light()).isEqualTo(Light.GREY);
		assertThat(scores.score("B")).isEqualTo(67);
		// overall needs two thirds of the dimensions scored: 1 of 2 is not enough
		assertThat(scores.overall()).isNull();
	}

	@Test
	void incompleteAnswersAreNotScored() {
		assertThatThrownBy(() -> Scoring.score(small(), Map.of("a1", "A", "b1", "B", "b2", "C")))
			.isInstanceOfSatisfying(IncompleteCheckException.class,
					ex -> assertThat(ex.missing()).containsExactly("a2"));
	}

	@Test
	void answersOffTheScaleAreRefused() {
		Map<String, String> answers = new HashMap<>(Map.of("a1", "A", "a2", "E", "b1", "B", "b2", "C"));
		assertThatThrownBy(() -> Scoring.score(small(), answers)).isInstanceOfSatisfying(FieldProblems.class,
				ex -> assertThat(ex.fields()).containsExactly("a2"));
	}

	@Test
	void lightsChangeAtTheDocumentedThresholds() {
		assertThat(Light.of(100)).isEqualTo(Light.GREEN);
		assertThat(Light.of(67)).isEqualTo(Light.GREEN);
		assertThat(Light.of(66)).isEqualTo(Light.YELLOW);
		assertThat(Light.of(40)).isEqualTo(Light.YELLOW);
		assertThat(Light.of(39)).isEqualTo(Light.RED);
		assertThat(Light.of(0)).isEqualTo(Light.RED);
		assertThat(Light.of(null)).isEqualTo(Light.GREY);
	}

	@Test
	void nextStepsComeFromTheDimensionsThatAreNotGreenWeakestFirst() {
		Scores scores = Scoring.score(small(), Map.of("a1", "D", "a2", "D", "b1", "B", "b2", "C"));
		assertThat(Checks.nextSteps(small(), scores)).extracting(NextStep::link).containsExactly("/a", "/b");
		Scores allGreen = Scoring.score(small(), Map.of("a1", "A", "a2", "A", "b1", "B", "b2", "A"));
		assertThat(Checks.nextSteps(small(), allGreen)).extracting(NextStep::link).containsExactly("/b");
	}

	@Test
	void theShippedQuestionnaireHasThirtyQuestionsInSixDimensionsAndLinksIntoThePlatform() throws IOException {
		Questionnaire shipped = Questionnaires.parse(new ClassPathResource("assessment/questionnaire-v1.json")
			.getContentAsString(StandardCharsets.UTF_8));
		shipped.validate();
		assertThat(shipped.dimensions()).extracting(Dimension::key)
			.containsExactly("STRATEGY", "MARKET", "TECHNOLOGY", "WORKFORCE", "COOPERATION", "FUNDING");
		assertThat(shipped.questions()).hasSize(30);
		assertThat(shipped.question("market-combustion")).isPresent();
		assertThat(shipped.question("market-concentration")).isPresent();
		assertThat(shipped.question("work-age")).isPresent();
		assertThat(shipped.question("work-succession")).isPresent();
		assertThat(shipped.dimensions().stream().flatMap(d -> d.nextSteps().stream()).map(NextStep::link))
			.allMatch(link -> link.startsWith("/weiterbildung?q=") || link.equals("/foerderrechner")
					|| link.equals("/unternehmen") || link.equals("/qualifizierungsbedarfe")
					|| link.matches("/anliegen/neu\\?thema=(QUALIFICATION_FUNDING|TECHNOLOGY_INNOVATION|STRATEGY_BUSINESS|"
							+ "WORK_EMPLOYMENT|LOCATION_POLICY|REORIENTATION|OTHER)"));
		// all best answers score 100 everywhere, all worst 0
		Map<String, String> best = new HashMap<>();
		Map<String, String> worst = new HashMap<>();
		shipped.questions().forEach(q -> {
			List<ScaleOption> scale = shipped.scale(q);
			best.put(q.key(), scale.stream().filter(o -> o.points() == 100).findFirst().orElseThrow().key());
			worst.put(q.key(), scale.stream().filter(o -> o.points() == 0).findFirst().orElseThrow().key());
		});
		assertThat(Scoring.score(shipped, best).overall()).isEqualTo(100);
		assertThat(Scoring.score(shipped, worst).overall()).isZero();
	}

	@Test
	void quartilesInterpolateLinearly() {
		Comparison.Quartiles q = Statistics.quartiles(List.of(10, 20, 30, 40, 50), 5).orElseThrow();
		assertThat(q.lower()).isEqualTo(20);
		assertThat(q.median()).isEqualTo(30);
		assertThat(q.upper()).isEqualTo(40);
		Comparison.Quartiles even = Statistics.quartiles(List.of(0, 10, 20, 30, 40, 100), 5).orElseThrow();
		// positions 1.25, 2.5, 3.75 of 0..5
		assertThat(even.lower()).isEqualTo(13);
		assertThat(even.median()).isEqualTo(25);
		assertThat(even.upper()).isEqualTo(38);
		assertThat(Statistics.quartiles(List.of(1, 2, 3, 4), 5)).isEmpty();
	}

}
