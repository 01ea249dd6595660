package de.itas.platform.skills;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.OccupationRanker;
import de.itas.platform.skills.engine.RankingModel;
import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomySource;

/**
 * Trains the finder's ranking model and writes it to {@code src/main/resources/skills/finder-model.properties};
 * prints the 5-fold cross-validation figures first (the honest ones: every title scored by a model that
 * did not see it). Run from the project root:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=de.itas.platform.skills.TrainFinder \
 *   -Dexec.args="../shared/data/esco ../shared/data/melo_aut src/main/resources/skills/finder-model.properties"
 * </pre>
 *
 * Without the third argument it only prints the cross-validation. A fourth argument trains with other
 * settings than {@link FinderTraining.Settings#DEFAULT} (a spec as {@link FinderExperiments} reads it); a model
 * written for fewer features than {@code OccupationRanker.FEATURES} is for comparison only, the ranker refuses it.
 */
public final class TrainFinder {

	private TrainFinder() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("Usage: TrainFinder <ESCO export directory> <MELO title set directory> [model file to write]");
			System.exit(2);
		}
		long started = System.nanoTime();
		TaxonomyIndex index = TaxonomyIndex.build(EscoCsvReader.read(TaxonomySource.directory(Path.of(args[0]))).snapshot(),
				1, new TaxonomyIndex.FutureThresholds(0.1, 0.15), RankingModel.untrained(OccupationRanker.FEATURES));
		List<MeloTitles.Title> titles = MeloTitles.read(Path.of(args[1]));
		List<FinderTraining.Example> examples = FinderTraining.examples(index, titles);
		System.out.printf(Locale.ROOT, "%d titles, %d occupations; features in %.1f s%n", titles.size(),
				index.occupationCount(), (System.nanoTime() - started) / 1e9);
		System.out.println("untrained (finder score alone): " + FinderTraining.evaluate(examples,
				RankingModel.untrained(OccupationRanker.FEATURES)).summary());
		FinderTraining.Settings settings = args.length > 3 ? FinderExperiments.settings(args[3]) : FinderTraining.Settings.DEFAULT;
		examples = FinderExperiments.project(examples, settings.features());
		List<FinderTraining.Fold> folds = FinderTraining.crossValidate(examples, FinderTraining.FOLDS, FinderTraining.SEED, settings);
		for (FinderTraining.Fold fold : folds) {
			System.out.printf(Locale.ROOT, "fold %d held out: %s; weak below %.3f: %.1f%% of titles, right one in the first 5: %.3f when weak, %.3f otherwise%n",
					fold.fold(), fold.heldOut().summary(), fold.model().weakBelow(), 100 * fold.weakShare(),
					fold.fitWhenWeak(), fold.fitWhenConfident());
		}
		System.out.println("mean held out: " + FinderTraining.mean(folds).summary());
		if (args.length > 2) {
			RankingModel model = FinderTraining.train(examples,
					titles.size() + " titles of " + Path.of(args[1]).getFileName() + ", seed " + FinderTraining.SEED, settings);
			Files.writeString(Path.of(args[2]), model.write(), StandardCharsets.UTF_8);
			System.out.println("weights: " + FinderTraining.weights(model));
			System.out.println("written " + args[2]);
		}
		System.out.printf(Locale.ROOT, "took %.1f s%n", (System.nanoTime() - started) / 1e9);
	}

}
