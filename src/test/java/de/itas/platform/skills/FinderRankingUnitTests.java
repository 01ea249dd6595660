package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.GermanText;
import de.itas.platform.skills.engine.OccupationRanker;
import de.itas.platform.skills.engine.RankingModel;
import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomySnapshot;
import de.itas.platform.skills.engine.TaxonomySource;

/**
 * The learned ranking without Spring: the model file, the training on synthetic candidates, the folds,
 * the reading of Austrian job-title forms, and the explanation and weak-fit flag on the demo taxonomy.
 */
class FinderRankingUnitTests {

	private static final int D = OccupationRanker.FEATURES.size();

	private static final TaxonomyIndex DEMO = TaxonomyIndex.build(
			EscoCsvReader.read(TaxonomySource.classpath("skills/demo")).snapshot(), 1,
			new TaxonomyIndex.FutureThresholds(0.1, 0.15));

	@Test
	void theModelFileRoundTripsWeightsTreesAndCalibration() {
		double[] weights = new double[D];
		weights[3] = 1.5;
		double[] mean = new double[D];
		mean[3] = 0.25;
		double[] scale = new double[D];
		java.util.Arrays.fill(scale, 1);
		scale[3] = 0.5;
		// one tree: feature 13 (head-word) <= 0.5 ? -0.2 : +0.3
		RankingModel.Tree tree = new RankingModel.Tree(new int[] { 13, -1, -1 }, new float[] { 0.5f, 0, 0 },
				new int[] { 1, 0, 0 }, new int[] { 2, 0, 0 }, new float[] { 0, -0.2f, 0.3f });
		RankingModel model = new RankingModel(OccupationRanker.FEATURES, mean, scale, weights, List.of(tree), 2, -1,
				0.4, "test");
		RankingModel read = RankingModel.read(model.write());

		float[] x = new float[D];
		x[3] = 0.75f;
		x[13] = 1;
		assertThat(model.raw(x)).isCloseTo(1.5 * (0.75 - 0.25) / 0.5 + 0.3, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(read.raw(x)).isCloseTo(model.raw(x), org.assertj.core.data.Offset.offset(1e-5));
		x[13] = 0;
		assertThat(read.raw(x)).isCloseTo(1.5 - 0.2, org.assertj.core.data.Offset.offset(1e-5));
		assertThat(read.calibrated(0.5)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(read.weakBelow()).isEqualTo(0.4);
		assertThat(read.features()).isEqualTo(OccupationRanker.FEATURES);
	}

	@Test
	void aModelForOtherFeaturesIsRefused() {
		assertThat(RankingModel.read("features=a,b\nfeature.a=1,0,1\nfeature.b=1,0,1\n"
				+ "calibration.slope=1\ncalibration.intercept=0\nweak-below=0\n").features()).containsExactly("a", "b");
		RankingModel other = RankingModel.read("features=a\nfeature.a=1,0,1\ncalibration.slope=1\ncalibration.intercept=0\nweak-below=0\n");
		assertThatThrownBy(() -> TaxonomyIndex.build(EscoCsvReader.read(TaxonomySource.classpath("skills/demo")).snapshot(), 1,
				new TaxonomyIndex.FutureThresholds(0.1, 0.15), other)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("other features");
		assertThatThrownBy(() -> RankingModel.read("features=a\n")).hasMessageContaining("feature.a");
	}

	@Test
	void theShippedModelReadsAndUsesTheFinderFeatures() {
		RankingModel shipped = RankingModel.shipped();
		assertThat(shipped.features()).isEqualTo(OccupationRanker.FEATURES);
		assertThat(shipped.trainedOn()).contains("titles");
		assertThat(shipped.weakBelow()).isBetween(0.0, 1.0);
	}

	/**
	 * Synthetic titles: the right candidate is the one with feature 14 set, every other feature is the same
	 * for all candidates; a quarter of the titles have no marked candidate, so nothing can tell the right one.
	 */
	@Test
	void trainingLearnsWhichFeatureMarksTheRightCandidateAndTheWeakThresholdSeparates() {
		List<FinderTraining.Example> examples = synthetic(7, (t, right, random) -> {
			float[] x = new float[D];
			java.util.Arrays.fill(x, 0.5f);
			x[14] = t % 4 != 0 && right ? 1 : 0;
			return x;
		});
		RankingModel model = FinderTraining.train(examples, "synthetic");
		assertThat(model.weights()[14]).isPositive();
		FinderTraining.Metrics metrics = FinderTraining.evaluate(examples, model);
		assertThat(metrics.accuracyAt1()).isGreaterThan(0.75);
		// every unmarked title falls below the weak-fit threshold, every marked one above it
		for (int t = 0; t < examples.size(); t++) {
			FinderTraining.Example example = examples.get(t);
			int top = FinderTraining.order(example, model).get(0);
			boolean weak = model.calibrated(model.raw(example.candidates().get(top).features())) < model.weakBelow();
			assertThat(weak).as("title %d", t).isEqualTo(t % 4 == 0);
		}
	}

	@Test
	void theCalibrationStaysIncreasingWhenTheTrainingScoresAreFarApart() {
		// every title's right candidate is marked, with a feature of a wide range besides: the scores of right
		// and wrong candidates separate completely, where plain Newton steps of the calibration could diverge
		List<FinderTraining.Example> examples = synthetic(11, (t, right, random) -> {
			float[] x = new float[D];
			x[14] = right ? 1 : 0;
			x[3] = (right ? 1000 : 0) + random.nextFloat() * 100;
			return x;
		});
		RankingModel model = FinderTraining.train(examples, "separable");
		for (FinderTraining.Example example : examples) {
			for (int k = 0; k < example.candidates().size(); k++) {
				double calibrated = model.calibrated(model.raw(example.candidates().get(k).features()));
				assertThat(calibrated).as("%s candidate %d", example.title().id(), k).isBetween(0.0, 1.0);
				if (k == example.gold()) {
					assertThat(calibrated).isGreaterThan(0.9);
				}
				else {
					assertThat(calibrated).isLessThan(0.1);
				}
			}
		}
		assertThat(model.calibrated(1)).isGreaterThan(model.calibrated(0));
	}

	/** The features of a synthetic candidate of title {@code t}: whether it is the right one, a random source. */
	private interface SyntheticFeatures {
		float[] of(int t, boolean right, Random random);
	}

	/** 200 synthetic titles of 20 candidates each, the right one drawn at random. */
	private static List<FinderTraining.Example> synthetic(long seed, SyntheticFeatures features) {
		Random random = new Random(seed);
		List<FinderTraining.Example> examples = new ArrayList<>();
		for (int t = 0; t < 200; t++) {
			List<OccupationRanker.Candidate> candidates = new ArrayList<>();
			int gold = random.nextInt(20);
			for (int k = 0; k < 20; k++) {
				candidates.add(new OccupationRanker.Candidate(k, features.of(t, k == gold, random), "label " + k));
			}
			examples.add(new FinderTraining.Example(new MeloTitles.Title("Q" + t, "title " + t, "uri"), candidates, gold));
		}
		return examples;
	}

	@Test
	void foldsAreFixedBySeedDisjointAndEven() {
		List<MeloTitles.Title> titles = new ArrayList<>();
		for (int i = 0; i < 103; i++) {
			titles.add(new MeloTitles.Title(String.format("Q%06d", i), "t", "u"));
		}
		Map<String, Integer> folds = FinderTraining.folds(titles, 5, 42);
		List<MeloTitles.Title> reversed = new ArrayList<>(titles);
		java.util.Collections.reverse(reversed);
		assertThat(FinderTraining.folds(reversed, 5, 42)).isEqualTo(folds);
		assertThat(FinderTraining.folds(titles, 5, 43)).isNotEqualTo(folds);
		for (int fold = 0; fold < 5; fold++) {
			int f = fold;
			assertThat(folds.values().stream().filter(value -> value == f).count()).isBetween(20L, 21L);
		}
	}

	@Test
	void austrianGenderFormsAndSpellingsAreReadLikeTheGermanOnes() {
		assertThat(GermanText.words("Geolog(e)in")).containsExactly("geologe");
		assertThat(GermanText.words("Kriminalbeamt(er)in")).containsExactly("kriminalbeamter");
		assertThat(GermanText.words("Technisch(er)e Zeichner/in")).containsExactly("technisch", "zeichner");
		assertThat(GermanText.words("Chemiekaufmann/-frau")).containsExactly("chemiekaufmann");
		assertThat(GermanText.words("Gesundheits- und Krankenpfleger/-schwester")).containsExactly("gesundheits",
				"krankenpfleger");
		assertThat(GermanText.words("Koch/Köchin")).containsExactly("koch");
		assertThat(GermanText.words("Technik-Consultant (m./w.)")).containsExactly("technik", "consultant");
		assertThat(GermanText.words("Naturwissenschafter/in")).containsExactly("naturwissenschaftler");
		assertThat(GermanText.words("Kunststofftechniker/in (DI)")).containsExactly("kunststofftechniker", "ingenieur");
	}

	@Test
	void theDerivationRootJoinsThePersonTheActivityAndTheWork() {
		assertThat(new HashSet<>(List.of(root("zerspaner"), root("zerspanung"), root("zerspanen")))).hasSize(1);
		assertThat(root("schweisser")).isEqualTo(root("schweissen"));
		assertThat(root("bau")).isEqualTo("bau");
	}

	@Test
	void theExplanationDoesNotRepeatTheOccupationsName() {
		OccupationMatch byName = new OccupationMatch("u", "Industriemechaniker/Industriemechanikerin", 0.9,
				"Industriemechaniker", List.of("Maschinen warten"), false);
		assertThat(byName.explanation()).containsExactly("Maschinen warten");
		OccupationMatch byOtherName = new OccupationMatch("u", "Industriemechaniker/Industriemechanikerin", 0.9,
				"Betriebsschlosser", List.of("Maschinen warten"), false);
		assertThat(byOtherName.explanation()).containsExactly("Betriebsschlosser", "Maschinen warten");
	}

	private static String root(String term) {
		return OccupationRanker.root(term);
	}

	@Test
	void matchesExplainThemselvesWithTheLabelAndTheSkillsThatShareWords() {
		List<OccupationMatch> matches = DEMO.search("Zerspaner CNC", 5);
		assertThat(matches).isNotEmpty();
		// the reasons are the skills that share words with the title, not the occupation's own name again
		assertThat(matches).allSatisfy(match -> assertThat(match.explanation()).isNotEmpty().doesNotContain(match.label()));
		assertThat(matches.stream().flatMap(match -> match.matchedSkills().stream()))
			.anySatisfy(skill -> assertThat(skill).containsIgnoringCase("CNC"));
		// the person's title is explained by a skill named after the activity ("Schweißer" ↔ "schweißen")
		assertThat(DEMO.search("Schweißer", 3).get(0).matchedSkills()).contains("Metall schweißen (MAG/WIG)");
		Set<String> seen = new HashSet<>();
		matches.forEach(match -> assertThat(seen.add(match.uri())).isTrue());
	}

	@Test
	void anExactTitleIsAGoodFitAndAnUnknownOneIsWeak() {
		assertThat(DEMO.search("Mechatroniker/in", 5).get(0).weak()).isFalse();
		List<OccupationMatch> unknown = DEMO.search("Opernsängerin Koloratursopran", 5);
		assertThat(unknown).allSatisfy(match -> assertThat(match.weak()).isTrue());
	}

	@Test
	void theGroupBrowserListsGroupsAndTheOccupationsOfAUnitGroup() {
		assertThat(DEMO.topGroups()).isNotEmpty().extracting(OccupationGroup.GroupLink::code).contains("7223");
		OccupationGroup group = DEMO.group("7223").orElseThrow();
		assertThat(group.occupations()).extracting(OccupationSummary::label)
			.contains("Zerspanungsmechaniker/Zerspanungsmechanikerin", "CNC-Fräser/CNC-Fräserin");
		assertThat(group.children()).isEmpty();
		assertThat(DEMO.group("9999")).isEmpty();
	}

	@Test
	void groupsNestByCodePrefixFromMajorGroupToUnitGroup() {
		TaxonomySnapshot snapshot = new TaxonomySnapshot(
				List.of(new TaxonomySnapshot.Occupation("o:1", "7223.1", "7223", "Dreher/Dreherin", List.of(), List.of(), null,
						null)),
				List.of(), List.of(),
				List.of(new TaxonomySnapshot.IscoGroup("7", "i:7", "Handwerksberufe"),
						new TaxonomySnapshot.IscoGroup("72", "i:72", "Metallarbeiter"),
						new TaxonomySnapshot.IscoGroup("722", "i:722", "Schmiede und Werkzeugmacher"),
						new TaxonomySnapshot.IscoGroup("7223", "i:7223", "Werkzeugmaschineneinrichter"),
						new TaxonomySnapshot.IscoGroup("8", "i:8", "Bediener von Anlagen")),
				List.of(), List.of(), List.of());
		TaxonomyIndex index = TaxonomyIndex.build(snapshot, 1, new TaxonomyIndex.FutureThresholds(0.1, 0.1));
		assertThat(index.topGroups()).extracting(OccupationGroup.GroupLink::code).containsExactly("7", "8");
		assertThat(index.group("72").orElseThrow().children()).extracting(OccupationGroup.GroupLink::code)
			.containsExactly("722");
		OccupationGroup unit = index.group("7223").orElseThrow();
		assertThat(unit.parents()).extracting(OccupationGroup.GroupLink::code).containsExactly("7", "72", "722");
		assertThat(unit.occupations()).extracting(OccupationSummary::uri).containsExactly("o:1");
	}

}
