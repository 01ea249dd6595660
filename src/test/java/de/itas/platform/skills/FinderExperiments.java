package de.itas.platform.skills;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import de.itas.platform.skills.engine.EscoCsvReader;
import de.itas.platform.skills.engine.OccupationRanker;
import de.itas.platform.skills.engine.RankingModel;
import de.itas.platform.skills.engine.TaxonomyIndex;
import de.itas.platform.skills.engine.TaxonomySource;

/**
 * Experiments with the finder's ranking model (not part of the build's checks): computes the candidates and
 * all features of {@link OccupationRanker#FEATURES} for the labelled titles once, keeps them in a cache file,
 * and runs the same cross-validation as {@link TrainFinder} for several feature subsets and training settings,
 * so that the figures of different settings come from one and the same candidate stage. Every figure is
 * held out (folds as in {@link FinderTraining}); {@code nested:spec,spec,…} chooses among settings inside each
 * outer fold's training titles by an inner cross-validation.
 *
 * <pre>
 * java -cp … de.itas.platform.skills.FinderExperiments ../shared/data/esco ../shared/data/melo_aut target/finder-examples.bin \
 *   base all all:40:3:0.1:lambda nested:all:40:3:0.1,all:100:3:0.1
 * </pre>
 *
 * A spec is {@code features[:trees:depth:rate[:lambda|softmax[:least leaf hessian]]]}; features are groups
 * joined by {@code +}: {@code base} (the first 45, the model of 2026-12-04), {@code feedback} (skill similarity with the best matches), {@code all},
 * a feature's name, or {@code -name} to drop one. {@code errors:spec} prints every title's held-out rank
 * with its right occupation and the first three suggestions.
 */
public final class FinderExperiments {

	private FinderExperiments() {
	}

	public static void main(String[] args) throws IOException {
		long started = System.nanoTime();
		List<MeloTitles.Title> titles = MeloTitles.read(Path.of(args[1]));
		Path cache = Path.of(args[2]);
		List<FinderTraining.Example> examples = read(cache, titles);
		if (examples == null) {
			TaxonomyIndex index = TaxonomyIndex.build(
					EscoCsvReader.read(TaxonomySource.directory(Path.of(args[0]))).snapshot(), 1,
					new TaxonomyIndex.FutureThresholds(0.1, 0.15), RankingModel.untrained(OccupationRanker.FEATURES));
			System.out.printf(Locale.ROOT, "index in %.1f s%n", (System.nanoTime() - started) / 1e9);
			long features = System.nanoTime();
			examples = FinderTraining.examples(index, titles);
			System.out.printf(Locale.ROOT, "candidates and features in %.1f s%n", (System.nanoTime() - features) / 1e9);
			write(cache, examples);
		}
		System.out.printf(Locale.ROOT, "%d titles ready after %.1f s%n", examples.size(), (System.nanoTime() - started) / 1e9);
		for (int a = 3; a < args.length; a++) {
			long run = System.nanoTime();
			String spec = args[a];
			if (spec.startsWith("errors:")) {
				errors(examples, spec.substring(7), Path.of(args[0]));
				continue;
			}
			boolean nested = spec.startsWith("nested:");
			List<String> names = features((nested ? spec.substring(7) : spec).split("[:,]")[0]);
			List<FinderTraining.Metrics> folds = nested ? nested(examples, List.of(spec.substring(7).split(",")))
					: FinderTraining.crossValidate(project(examples, names), FinderTraining.FOLDS, FinderTraining.SEED, settings(spec))
						.stream().map(FinderTraining.Fold::heldOut).toList();
			FinderTraining.Metrics mean = mean(folds);
			System.out.printf(Locale.ROOT, "%-40s %d features: MRR %.4f acc@1 %.4f recall@10 %.4f candidates %.4f | folds %s | %.0f s%n",
					spec, names.size(), mean.mrr(), mean.accuracyAt1(), mean.recallAt10(), mean.candidateRecall(),
					folds.stream().map(f -> String.format(Locale.ROOT, "%.3f", f.mrr())).collect(Collectors.joining(" ")),
					(System.nanoTime() - run) / 1e9);
		}
	}

	/**
	 * Prints each title's held-out result under the cross-validation (rank of the right occupation, the title,
	 * the right occupation and the first three suggestions), for reading the errors.
	 */
	private static void errors(List<FinderTraining.Example> examples, String spec, Path esco) throws IOException {
		var occupations = EscoCsvReader.read(TaxonomySource.directory(esco)).snapshot().occupations();
		List<String> labels = occupations.stream().map(o -> o.preferredLabel()).toList();
		Map<String, String> byUri = new HashMap<>();
		occupations.forEach(o -> byUri.put(o.uri(), o.preferredLabel()));
		FinderTraining.Settings settings = settings(spec);
		List<FinderTraining.Example> projected = project(examples, settings.features());
		List<FinderTraining.Fold> folds = FinderTraining.crossValidate(projected, FinderTraining.FOLDS, FinderTraining.SEED,
				settings);
		Map<String, Integer> foldOf = FinderTraining.folds(projected.stream().map(FinderTraining.Example::title).toList(),
				FinderTraining.FOLDS, FinderTraining.SEED);
		for (FinderTraining.Example example : projected) {
			List<Integer> order = FinderTraining.order(example, folds.get(foldOf.get(example.title().id())).model());
			int rank = example.gold() < 0 ? -1 : order.indexOf(example.gold()) + 1;
			StringBuilder top = new StringBuilder();
			for (int k = 0; k < Math.min(3, order.size()); k++) {
				top.append(" | ").append(labels.get(example.candidates().get(order.get(k)).occupation()));
			}
			String gold = byUri.getOrDefault(example.title().occupationUri(), "?");
			// the tool's output: one tab-separated line per title
			System.out.printf(Locale.ROOT, "ERR\t%d\t%s\t%s\t%s%n", rank, example.title().text(), gold, top);
		}
	}

	/**
	 * For each outer fold: on its training titles, a 4-fold inner cross-validation of each candidate setting
	 * (features and trees); the best by inner MRR is trained on all training titles and scored on the
	 * held-out fold. So every choice, the features included, is made without the held-out titles.
	 */
	private static List<FinderTraining.Metrics> nested(List<FinderTraining.Example> examples, List<String> specs) {
		Map<String, Integer> foldOf = FinderTraining.folds(examples.stream().map(FinderTraining.Example::title).toList(),
				FinderTraining.FOLDS, FinderTraining.SEED);
		List<FinderTraining.Metrics> results = new ArrayList<>();
		for (int fold = 0; fold < FinderTraining.FOLDS; fold++) {
			int heldOut = fold;
			String best = null;
			double bestMrr = -1;
			for (String spec : specs) {
				List<FinderTraining.Example> training = project(examples, features(spec.split(":")[0])).stream()
					.filter(e -> foldOf.get(e.title().id()) != heldOut).toList();
				double mrr = FinderTraining.mean(FinderTraining.crossValidate(training, 4, FinderTraining.SEED + 1, settings(spec))).mrr();
				System.out.printf(Locale.ROOT, "  outer fold %d, inner %s: MRR %.4f%n", fold, spec, mrr);
				if (mrr > bestMrr) {
					bestMrr = mrr;
					best = spec;
				}
			}
			List<FinderTraining.Example> projected = project(examples, features(best.split(":")[0]));
			RankingModel model = FinderTraining.train(projected.stream().filter(e -> foldOf.get(e.title().id()) != heldOut).toList(),
					"nested fold " + fold, settings(best));
			FinderTraining.Metrics metrics = FinderTraining.evaluate(projected.stream().filter(e -> foldOf.get(e.title().id()) == heldOut).toList(), model);
			System.out.printf(Locale.ROOT, "  outer fold %d chose %s: held-out MRR %.4f%n", fold, best, metrics.mrr());
			results.add(metrics);
		}
		return results;
	}

	/** The training settings of a spec (see the class comment). */
	static FinderTraining.Settings settings(String spec) {
		String[] parts = spec.split(":");
		FinderTraining.Settings settings = FinderTraining.Settings.DEFAULT.withFeatures(features(parts[0]));
		if (parts.length >= 4) {
			settings = settings.withTrees(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Double.parseDouble(parts[3]));
		}
		if (parts.length >= 5) {
			settings = settings.withLambdas(parts[4].equals("lambda"));
		}
		if (parts.length >= 6) {
			settings = settings.withMinLeafHessian(Double.parseDouble(parts[5]));
		}
		return settings;
	}

	private static FinderTraining.Metrics mean(List<FinderTraining.Metrics> folds) {
		return new FinderTraining.Metrics(folds.stream().mapToInt(FinderTraining.Metrics::titles).sum(),
				folds.stream().mapToDouble(FinderTraining.Metrics::mrr).average().orElse(0),
				folds.stream().mapToDouble(FinderTraining.Metrics::accuracyAt1).average().orElse(0),
				folds.stream().mapToDouble(FinderTraining.Metrics::recallAt10).average().orElse(0),
				folds.stream().mapToDouble(FinderTraining.Metrics::candidateRecall).average().orElse(0));
	}

	static List<String> features(String spec) {
		List<String> all = OccupationRanker.FEATURES;
		List<String> chosen = new ArrayList<>();
		for (String group : spec.split("\\+")) {
			if (group.startsWith("-")) {
				chosen.remove(group.substring(1));
				continue;
			}
			List<String> names = switch (group) {
				case "base" -> all.subList(0, 45);
				case "feedback" -> all.stream().filter(n -> n.startsWith("feedback-")).toList();
				case "all" -> all;
				default -> List.of(group);
			};
			for (String name : names) {
				if (!all.contains(name)) {
					throw new IllegalArgumentException("no feature " + name);
				}
				if (!chosen.contains(name)) {
					chosen.add(name);
				}
			}
		}
		return chosen;
	}

	static List<FinderTraining.Example> project(List<FinderTraining.Example> examples, List<String> names) {
		int[] at = names.stream().mapToInt(OccupationRanker.FEATURES::indexOf).toArray();
		List<FinderTraining.Example> projected = new ArrayList<>(examples.size());
		for (FinderTraining.Example example : examples) {
			List<OccupationRanker.Candidate> candidates = new ArrayList<>(example.candidates().size());
			for (OccupationRanker.Candidate candidate : example.candidates()) {
				float[] x = new float[at.length];
				for (int i = 0; i < at.length; i++) {
					x[i] = candidate.features()[at[i]];
				}
				candidates.add(new OccupationRanker.Candidate(candidate.occupation(), x, ""));
			}
			projected.add(new FinderTraining.Example(example.title(), candidates, example.gold()));
		}
		return projected;
	}

	private static void write(Path cache, List<FinderTraining.Example> examples) throws IOException {
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
			out.writeUTF(String.join(",", OccupationRanker.FEATURES));
			out.writeInt(examples.size());
			for (FinderTraining.Example example : examples) {
				out.writeUTF(example.title().id());
				out.writeInt(example.gold());
				out.writeInt(example.candidates().size());
				for (OccupationRanker.Candidate candidate : example.candidates()) {
					out.writeInt(candidate.occupation());
					for (float value : candidate.features()) {
						out.writeFloat(value);
					}
				}
			}
		}
	}

	/** The cached examples, or null when there are none for these features. */
	private static List<FinderTraining.Example> read(Path cache, List<MeloTitles.Title> titles) throws IOException {
		if (!Files.isRegularFile(cache)) {
			return null;
		}
		Map<String, MeloTitles.Title> byId = new HashMap<>();
		titles.forEach(title -> byId.put(title.id(), title));
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
			if (!in.readUTF().equals(String.join(",", OccupationRanker.FEATURES))) {
				return null;
			}
			int d = OccupationRanker.FEATURES.size();
			int n = in.readInt();
			List<FinderTraining.Example> examples = new ArrayList<>(n);
			for (int e = 0; e < n; e++) {
				MeloTitles.Title title = byId.get(in.readUTF());
				int gold = in.readInt();
				int size = in.readInt();
				List<OccupationRanker.Candidate> candidates = new ArrayList<>(size);
				for (int k = 0; k < size; k++) {
					int occupation = in.readInt();
					float[] x = new float[d];
					for (int i = 0; i < d; i++) {
						x[i] = in.readFloat();
					}
					candidates.add(new OccupationRanker.Candidate(occupation, x, ""));
				}
				examples.add(new FinderTraining.Example(title, candidates, gold));
			}
			return examples;
		}
	}

}
