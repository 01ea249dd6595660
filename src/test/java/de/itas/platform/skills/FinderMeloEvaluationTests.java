package de.itas.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import de.itas.platform.skills.engine.OccupationRanker;
import de.itas.platform.skills.engine.RankingModel;
import de.itas.platform.skills.engine.TaxonomyIndex;

/**
 * The finder on job titles it was not trained on: 5-fold cross-validation on the Austrian MELO titles
 * (ITAS_MELO_TEST_DIR) over the full ESCO data (ITAS_ESCO_TEST_DIR). Each fold's model is trained by the
 * same code as the shipped one on the other four folds and scored on its own fold; the floors sit a little
 * under the measured held-out means (docs/benchmarks.md), so a change that makes the finder generalise
 * worse fails the build.
 */
class FinderMeloEvaluationTests {

	@Test
	void heldOutFoldsStayAboveTheMeasuredFloor() {
		List<MeloTitles.Title> titles = MeloTitles.read(MeloTitles.directory());
		TaxonomyIndex index = TaxonomyIndex.build(EscoTestData.read().snapshot(), 1,
				new TaxonomyIndex.FutureThresholds(0.1, 0.15), RankingModel.untrained(OccupationRanker.FEATURES));
		List<FinderTraining.Example> examples = FinderTraining.examples(index, titles);
		List<FinderTraining.Fold> folds = FinderTraining.crossValidate(examples, FinderTraining.FOLDS, FinderTraining.SEED);
		FinderTraining.Metrics untrained = FinderTraining.evaluate(examples, RankingModel.untrained(OccupationRanker.FEATURES));
		FinderTraining.Metrics heldOut = FinderTraining.mean(folds);

		System.out.println("Finder on the MELO titles, 5-fold cross-validation (seed " + FinderTraining.SEED + ")");
		for (FinderTraining.Fold fold : folds) {
			System.out.printf(Locale.ROOT, "  fold %d: %s; weak below %.3f: %.1f%% of titles (right one in the first 5: %.3f), others %.3f%n",
					fold.fold(), fold.heldOut().summary(), fold.model().weakBelow(), 100 * fold.weakShare(),
					fold.fitWhenWeak(), fold.fitWhenConfident());
		}
		System.out.println("  mean held out: " + heldOut.summary());
		System.out.println("  word-and-compound score alone: " + untrained.summary());

		assertThat(titles).hasSizeGreaterThan(1000);
		assertThat(heldOut.mrr()).as("held-out MRR").isGreaterThan(MRR_FLOOR);
		assertThat(heldOut.recallAt10()).as("held-out recall@10").isGreaterThan(RECALL_FLOOR);
		assertThat(heldOut.mrr() - untrained.mrr()).as("what the learned ranking adds").isGreaterThan(0.03);
		// for titles marked weak, the right occupation is much less often among the first suggestions
		for (FinderTraining.Fold fold : folds) {
			assertThat(fold.fitWhenConfident() - fold.fitWhenWeak()).as("fold %d", fold.fold()).isGreaterThan(0.25);
		}
	}

	static final double MRR_FLOOR = 0.62;

	static final double RECALL_FLOOR = 0.755;

}
