package de.itas.platform.skills;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import de.itas.platform.skills.engine.OccupationRanker;
import de.itas.platform.skills.engine.RankingModel;
import de.itas.platform.skills.engine.TaxonomyIndex;

/**
 * Trains the finder's ranking model on labelled job titles and measures it honestly: k-fold
 * cross-validation with folds fixed by title id and seed, every figure from titles the model did not see
 * (their fold), the weak-fit threshold chosen on the training folds only. Used by {@link TrainFinder}
 * (the shipped model, trained on all titles) and by the CI evaluation test (the cross-validation).
 */
public final class FinderTraining {

	public static final long SEED = 20261204L;

	public static final int FOLDS = 5;

	/** L2 penalty of the linear model (on standardised features). */
	static final double L2 = 1e-3;

	static final int ITERATIONS = 400;

	/**
	 * How a model is trained: the features (names, in the order of the vectors), the boosted trees on top of
	 * the linear model (how many, how deep, how much each counts), whether the trees follow the listwise
	 * softmax loss or LambdaRank gradients weighted by the change of the reciprocal rank, and the least sum of
	 * hessians a leaf must hold (larger: fewer, broader leaves).
	 */
	public record Settings(List<String> features, int trees, int depth, double shrinkage, boolean lambdas,
			double minLeafHessian) {

		public static final Settings DEFAULT = new Settings(OccupationRanker.FEATURES, 100, 4, 0.1, false, 10.0);

		public Settings withFeatures(List<String> names) {
			return new Settings(names, trees, depth, shrinkage, lambdas, minLeafHessian);
		}

		public Settings withTrees(int count, int treeDepth, double rate) {
			return new Settings(features, count, treeDepth, rate, lambdas, minLeafHessian);
		}

		public Settings withLambdas(boolean on) {
			return new Settings(features, trees, depth, shrinkage, on, minLeafHessian);
		}

		public Settings withMinLeafHessian(double least) {
			return new Settings(features, trees, depth, shrinkage, lambdas, least);
		}

	}

	/** Newton step regularisation of a leaf value. */
	static final double LAMBDA = 1.0;

	/** A suggestion list is a good fit when the right occupation is among this many first suggestions. */
	public static final int FIT_DEPTH = 5;

	static final int BINS = 32;

	/** One title: its candidates' features and which candidate is right (-1 when none is). */
	public record Example(MeloTitles.Title title, List<OccupationRanker.Candidate> candidates, int gold) {
	}

	public record Metrics(int titles, double mrr, double accuracyAt1, double recallAt10, double candidateRecall) {

		public String summary() {
			return String.format(Locale.ROOT, "%d titles: MRR %.3f, acc@1 %.3f, recall@10 %.3f (right one among candidates %.3f)",
					titles, mrr, accuracyAt1, recallAt10, candidateRecall);
		}

	}

	/**
	 * The held-out figures of one fold, and the weak-fit threshold chosen on its training folds: the share
	 * of titles marked weak, and how often the right occupation is among the first {@link #FIT_DEPTH}
	 * suggestions for weak and for confident titles.
	 */
	public record Fold(int fold, Metrics heldOut, RankingModel model, double weakShare, double fitWhenWeak,
			double fitWhenConfident) {
	}

	private FinderTraining() {
	}

	public static List<Example> examples(TaxonomyIndex index, List<MeloTitles.Title> titles) {
		Map<String, Integer> positions = new java.util.HashMap<>();
		List<String> uris = index.occupationUris();
		for (int i = 0; i < uris.size(); i++) {
			positions.put(uris.get(i), i);
		}
		List<Example> examples = new ArrayList<>(titles.size());
		for (MeloTitles.Title title : titles) {
			List<OccupationRanker.Candidate> candidates = index.ranker().candidates(title.text());
			Integer right = positions.get(title.occupationUri());
			int gold = -1;
			for (int k = 0; right != null && k < candidates.size(); k++) {
				if (candidates.get(k).occupation() == right) {
					gold = k;
				}
			}
			examples.add(new Example(title, candidates, gold));
		}
		return examples;
	}

	/** The fold of each title: ids sorted, shuffled with the fixed seed, dealt out in turn. */
	public static Map<String, Integer> folds(List<MeloTitles.Title> titles, int folds, long seed) {
		List<String> ids = titles.stream().map(MeloTitles.Title::id).sorted().collect(Collectors.toCollection(ArrayList::new));
		Collections.shuffle(ids, new Random(seed));
		Map<String, Integer> fold = new java.util.HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			fold.put(ids.get(i), i % folds);
		}
		return fold;
	}

	public static List<Fold> crossValidate(List<Example> examples, int folds, long seed) {
		return crossValidate(examples, folds, seed, Settings.DEFAULT);
	}

	/**
	 * Trains and scores the folds side by side (one core each where there are several; each fold's model
	 * and figures are the same as when they are made one after the other), in the order of the folds.
	 */
	public static List<Fold> crossValidate(List<Example> examples, int folds, long seed, Settings settings) {
		Map<String, Integer> foldOf = folds(examples.stream().map(Example::title).toList(), folds, seed);
		return java.util.stream.IntStream.range(0, folds).parallel()
			.mapToObj(fold -> fold(examples, foldOf, fold, settings))
			.toList();
	}

	private static Fold fold(List<Example> examples, Map<String, Integer> foldOf, int heldOut, Settings settings) {
		List<Example> training = examples.stream().filter(e -> foldOf.get(e.title().id()) != heldOut).toList();
		List<Example> test = examples.stream().filter(e -> foldOf.get(e.title().id()) == heldOut).toList();
		RankingModel model = train(training, "cross-validation fold " + heldOut, settings);
		int weak = 0;
		int weakRight = 0;
		int confidentRight = 0;
		for (Example example : test) {
			List<Integer> order = order(example, model);
			boolean right = example.gold() >= 0 && order.indexOf(example.gold()) >= 0
					&& order.indexOf(example.gold()) < FIT_DEPTH;
			double top = order.isEmpty() ? 0 : model.calibrated(model.raw(example.candidates().get(order.get(0)).features()));
			if (top < model.weakBelow()) {
				weak++;
				weakRight += right ? 1 : 0;
			}
			else {
				confidentRight += right ? 1 : 0;
			}
		}
		int confident = test.size() - weak;
		return new Fold(heldOut, evaluate(test, model), model, (double) weak / test.size(),
				weak == 0 ? Double.NaN : (double) weakRight / weak,
				confident == 0 ? Double.NaN : (double) confidentRight / confident);
	}

	/** Mean of the folds' held-out figures. */
	public static Metrics mean(List<Fold> folds) {
		return new Metrics(folds.stream().mapToInt(f -> f.heldOut().titles()).sum(),
				folds.stream().mapToDouble(f -> f.heldOut().mrr()).average().orElse(0),
				folds.stream().mapToDouble(f -> f.heldOut().accuracyAt1()).average().orElse(0),
				folds.stream().mapToDouble(f -> f.heldOut().recallAt10()).average().orElse(0),
				folds.stream().mapToDouble(f -> f.heldOut().candidateRecall()).average().orElse(0));
	}

	/** Candidate positions of an example, best first by the model. */
	static List<Integer> order(Example example, RankingModel model) {
		int n = example.candidates().size();
		double[] scores = new double[n];
		List<Integer> order = new ArrayList<>(n);
		for (int k = 0; k < n; k++) {
			scores[k] = model.raw(example.candidates().get(k).features());
			order.add(k);
		}
		order.sort(Comparator.comparingDouble((Integer k) -> -scores[k])
			.thenComparingInt(k -> example.candidates().get(k).occupation()));
		return order;
	}

	public static Metrics evaluate(List<Example> examples, RankingModel model) {
		double reciprocal = 0;
		int first = 0;
		int top10 = 0;
		int found = 0;
		for (Example example : examples) {
			if (example.gold() < 0) {
				continue;
			}
			found++;
			int rank = order(example, model).indexOf(example.gold()) + 1;
			if (rank <= 10) {
				reciprocal += 1.0 / rank;
				top10++;
				first += rank == 1 ? 1 : 0;
			}
		}
		int n = examples.size();
		return new Metrics(n, reciprocal / n, (double) first / n, (double) top10 / n, (double) found / n);
	}

	/**
	 * Fits the linear model (listwise softmax over each title's candidates, L2, Adam on the full batch),
	 * then the calibration (logistic regression of "is the right one" on the score over all candidates), then
	 * the weak-fit threshold on the calibrated score of the top suggestion.
	 */
	public static RankingModel train(List<Example> examples, String trainedOn) {
		return train(examples, trainedOn, Settings.DEFAULT);
	}

	public static RankingModel train(List<Example> examples, String trainedOn, Settings settings) {
		List<String> names = settings.features();
		int d = names.size();
		List<Example> usable = examples.stream().filter(e -> e.gold() >= 0).toList();
		double[] mean = new double[d];
		double[] scale = new double[d];
		long count = 0;
		for (Example example : usable) {
			for (OccupationRanker.Candidate candidate : example.candidates()) {
				for (int i = 0; i < d; i++) {
					mean[i] += candidate.features()[i];
				}
				count++;
			}
		}
		for (int i = 0; i < d; i++) {
			mean[i] /= Math.max(1, count);
		}
		for (Example example : usable) {
			for (OccupationRanker.Candidate candidate : example.candidates()) {
				for (int i = 0; i < d; i++) {
					double delta = candidate.features()[i] - mean[i];
					scale[i] += delta * delta;
				}
			}
		}
		for (int i = 0; i < d; i++) {
			scale[i] = Math.sqrt(scale[i] / Math.max(1, count));
			if (scale[i] < 1e-9) {
				scale[i] = 1;
			}
		}
		// standardised feature matrices, one per title
		List<double[][]> matrices = new ArrayList<>(usable.size());
		for (Example example : usable) {
			double[][] z = new double[example.candidates().size()][d];
			for (int k = 0; k < z.length; k++) {
				float[] x = example.candidates().get(k).features();
				for (int i = 0; i < d; i++) {
					z[k][i] = (x[i] - mean[i]) / scale[i];
				}
			}
			matrices.add(z);
		}
		double[] w = new double[d];
		double[] m = new double[d];
		double[] v = new double[d];
		double rate = 0.05;
		for (int step = 1; step <= ITERATIONS; step++) {
			double[] gradient = new double[d];
			for (int e = 0; e < usable.size(); e++) {
				double[][] z = matrices.get(e);
				double[] s = new double[z.length];
				double max = Double.NEGATIVE_INFINITY;
				for (int k = 0; k < z.length; k++) {
					s[k] = dot(w, z[k]);
					max = Math.max(max, s[k]);
				}
				double sum = 0;
				for (int k = 0; k < z.length; k++) {
					s[k] = Math.exp(s[k] - max);
					sum += s[k];
				}
				int gold = usable.get(e).gold();
				for (int k = 0; k < z.length; k++) {
					double p = s[k] / sum - (k == gold ? 1 : 0);
					for (int i = 0; i < d; i++) {
						gradient[i] += p * z[k][i];
					}
				}
			}
			for (int i = 0; i < d; i++) {
				double g = gradient[i] / usable.size() + 2 * L2 * w[i];
				m[i] = 0.9 * m[i] + 0.1 * g;
				v[i] = 0.999 * v[i] + 0.001 * g * g;
				double mHat = m[i] / (1 - Math.pow(0.9, step));
				double vHat = v[i] / (1 - Math.pow(0.999, step));
				w[i] -= rate * mHat / (Math.sqrt(vHat) + 1e-8);
			}
		}
		RankingModel linear = new RankingModel(names, mean, scale, w, List.of(), 1, 0, 0, trainedOn);
		List<RankingModel.Tree> boosted = boost(usable, linear, settings);
		RankingModel unscaled = new RankingModel(names, mean, scale, w, boosted, 1, 0, 0, trainedOn);
		double[] calibration = calibrate(usable, unscaled);
		RankingModel calibrated = new RankingModel(names, mean, scale, w, boosted, calibration[0],
				calibration[1], 0, trainedOn);
		return new RankingModel(names, mean, scale, w, boosted, calibration[0], calibration[1],
				weakThreshold(examples, calibrated), trainedOn);
	}

	/**
	 * Gradient boosting of small regression trees on the listwise softmax loss, starting from the linear
	 * model's scores (Newton steps: leaf value -G / (H + lambda), split gain on G and H as in XGBoost), with
	 * thresholds from feature quantiles.
	 */
	static List<RankingModel.Tree> boost(List<Example> usable, RankingModel linear, Settings settings) {
		int d = settings.features().size();
		int rows = usable.stream().mapToInt(e -> e.candidates().size()).sum();
		float[][] x = new float[rows][];
		int[] start = new int[usable.size() + 1];
		boolean[] right = new boolean[rows];
		double[] f = new double[rows];
		int r = 0;
		for (int e = 0; e < usable.size(); e++) {
			start[e] = r;
			List<OccupationRanker.Candidate> candidates = usable.get(e).candidates();
			for (int k = 0; k < candidates.size(); k++) {
				x[r] = candidates.get(k).features();
				right[r] = k == usable.get(e).gold();
				f[r] = linear.raw(x[r]);
				r++;
			}
		}
		start[usable.size()] = rows;
		// quantile edges per feature and each row's bin
		float[][] edges = new float[d][];
		byte[][] bin = new byte[d][rows];
		for (int i = 0; i < d; i++) {
			float[] values = new float[rows];
			for (int row = 0; row < rows; row++) {
				values[row] = x[row][i];
			}
			float[] sorted = values.clone();
			Arrays.sort(sorted);
			java.util.TreeSet<Float> cut = new java.util.TreeSet<>();
			for (int q = 1; q < BINS; q++) {
				cut.add(sorted[(int) ((long) q * (rows - 1) / BINS)]);
			}
			cut.remove(sorted[rows - 1]);
			edges[i] = new float[cut.size()];
			int c = 0;
			for (float edge : cut) {
				edges[i][c++] = edge;
			}
			for (int row = 0; row < rows; row++) {
				int b = Arrays.binarySearch(edges[i], values[row]);
				bin[i][row] = (byte) (b >= 0 ? b : -b - 1);
			}
		}
		List<RankingModel.Tree> result = new ArrayList<>();
		double[] g = new double[rows];
		double[] h = new double[rows];
		for (int t = 0; t < settings.trees(); t++) {
			for (int e = 0; e < usable.size(); e++) {
				double max = Double.NEGATIVE_INFINITY;
				for (int row = start[e]; row < start[e + 1]; row++) {
					max = Math.max(max, f[row]);
				}
				double sum = 0;
				for (int row = start[e]; row < start[e + 1]; row++) {
					sum += Math.exp(f[row] - max);
				}
				for (int row = start[e]; row < start[e + 1]; row++) {
					double p = Math.exp(f[row] - max) / sum;
					g[row] = p - (right[row] ? 1 : 0);
					h[row] = Math.max(p * (1 - p), 1e-6);
				}
			}
			int[] all = new int[rows];
			for (int row = 0; row < rows; row++) {
				all[row] = row;
			}
			if (settings.lambdas()) {
				lambdas(usable, start, right, f, g, h);
			}
			TreeBuilder builder = new TreeBuilder(edges, bin, g, h, settings);
			builder.grow(all, 0);
			RankingModel.Tree tree = builder.tree();
			for (int row = 0; row < rows; row++) {
				f[row] += tree.apply(x[row]);
			}
			result.add(tree);
		}
		return result;
	}

	/**
	 * LambdaRank gradients: for the right candidate of each title and every other candidate, the pairwise
	 * logistic gradient weighted by how much the reciprocal rank would change if the two swapped places.
	 */
	private static void lambdas(List<Example> usable, int[] start, boolean[] right, double[] f, double[] g, double[] h) {
		for (int e = 0; e < usable.size(); e++) {
			int from = start[e];
			int to = start[e + 1];
			int gold = -1;
			for (int row = from; row < to; row++) {
				g[row] = 0;
				h[row] = 1e-6;
				if (right[row]) {
					gold = row;
				}
			}
			if (gold < 0) {
				continue;
			}
			int n = to - from;
			Integer[] order = new Integer[n];
			for (int k = 0; k < n; k++) {
				order[k] = from + k;
			}
			Arrays.sort(order, Comparator.comparingDouble((Integer row) -> -f[row]));
			int[] rank = new int[n];
			for (int k = 0; k < n; k++) {
				rank[order[k] - from] = k + 1;
			}
			double goldReciprocal = 1.0 / rank[gold - from];
			for (int row = from; row < to; row++) {
				if (row == gold) {
					continue;
				}
				double delta = Math.abs(goldReciprocal - 1.0 / rank[row - from]);
				double rho = 1 / (1 + Math.exp(f[gold] - f[row]));
				g[gold] -= rho * delta;
				g[row] += rho * delta;
				double curvature = Math.max(rho * (1 - rho) * delta, 1e-9);
				h[gold] += curvature;
				h[row] += curvature;
			}
		}
	}

	/** Grows one tree depth-first; node 0 is the root. */
	private static final class TreeBuilder {

		private final float[][] edges;
		private final byte[][] bin;
		private final double[] g;
		private final double[] h;
		private final List<int[]> splits = new ArrayList<>();
		private final List<Float> thresholds = new ArrayList<>();
		private final List<Float> values = new ArrayList<>();

		private final Settings settings;

		TreeBuilder(float[][] edges, byte[][] bin, double[] g, double[] h, Settings settings) {
			this.settings = settings;
			this.edges = edges;
			this.bin = bin;
			this.g = g;
			this.h = h;
		}

		int grow(int[] rows, int depth) {
			int node = splits.size();
			splits.add(new int[] { -1, -1, -1 });
			thresholds.add(0f);
			values.add(0f);
			double gSum = 0;
			double hSum = 0;
			for (int row : rows) {
				gSum += g[row];
				hSum += h[row];
			}
			values.set(node, (float) (-settings.shrinkage() * gSum / (hSum + LAMBDA)));
			if (depth >= settings.depth()) {
				return node;
			}
			double parent = gSum * gSum / (hSum + LAMBDA);
			double bestGain = 1e-9;
			int bestFeature = -1;
			int bestBin = -1;
			for (int i = 0; i < edges.length; i++) {
				int bins = edges[i].length + 1;
				double[] gh = new double[bins];
				double[] hh = new double[bins];
				for (int row : rows) {
					gh[bin[i][row]] += g[row];
					hh[bin[i][row]] += h[row];
				}
				double gl = 0;
				double hl = 0;
				for (int b = 0; b < bins - 1; b++) {
					gl += gh[b];
					hl += hh[b];
					double gr = gSum - gl;
					double hr = hSum - hl;
					if (hl < settings.minLeafHessian() || hr < settings.minLeafHessian()) {
						continue;
					}
					double gain = gl * gl / (hl + LAMBDA) + gr * gr / (hr + LAMBDA) - parent;
					if (gain > bestGain) {
						bestGain = gain;
						bestFeature = i;
						bestBin = b;
					}
				}
			}
			if (bestFeature < 0) {
				return node;
			}
			int feature = bestFeature;
			int cut = bestBin;
			int[] leftRows = Arrays.stream(rows).filter(row -> bin[feature][row] <= cut).toArray();
			int[] rightRows = Arrays.stream(rows).filter(row -> bin[feature][row] > cut).toArray();
			thresholds.set(node, edges[feature][cut]);
			int left = grow(leftRows, depth + 1);
			int right = grow(rightRows, depth + 1);
			splits.set(node, new int[] { feature, left, right });
			return node;
		}

		RankingModel.Tree tree() {
			int n = splits.size();
			RankingModel.Tree tree = new RankingModel.Tree(new int[n], new float[n], new int[n], new int[n], new float[n]);
			for (int node = 0; node < n; node++) {
				tree.feature()[node] = splits.get(node)[0];
				tree.left()[node] = splits.get(node)[1];
				tree.right()[node] = splits.get(node)[2];
				tree.threshold()[node] = thresholds.get(node);
				tree.value()[node] = splits.get(node)[0] < 0 ? values.get(node) : 0;
			}
			return tree;
		}

	}

	private static double dot(double[] w, double[] z) {
		double sum = 0;
		for (int i = 0; i < w.length; i++) {
			sum += w[i] * z[i];
		}
		return sum;
	}

	/**
	 * Slope and intercept of a logistic regression of "right occupation" on the raw score: Newton's method
	 * on the standardised score with a step halved until the log-loss falls (plain Newton steps diverged once
	 * the trees separated the training titles' scores widely), converted back to the raw score.
	 */
	private static double[] calibrate(List<Example> usable, RankingModel model) {
		List<double[]> points = new ArrayList<>();
		for (Example example : usable) {
			for (int k = 0; k < example.candidates().size(); k++) {
				points.add(new double[] { model.raw(example.candidates().get(k).features()), k == example.gold() ? 1 : 0 });
			}
		}
		double mean = points.stream().mapToDouble(point -> point[0]).average().orElse(0);
		double spread = Math.sqrt(points.stream().mapToDouble(point -> (point[0] - mean) * (point[0] - mean)).average().orElse(1));
		double scale = spread > 1e-12 ? spread : 1;
		for (double[] point : points) {
			point[0] = (point[0] - mean) / scale;
		}
		double a = 1;
		double b = 0;
		double loss = logLoss(points, a, b);
		for (int iteration = 0; iteration < 100; iteration++) {
			double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
			for (double[] point : points) {
				double p = 1 / (1 + Math.exp(-(a * point[0] + b)));
				double r = p - point[1];
				ga += r * point[0];
				gb += r;
				double h = Math.max(p * (1 - p), 1e-12);
				haa += h * point[0] * point[0];
				hab += h * point[0];
				hbb += h;
			}
			double det = haa * hbb - hab * hab;
			if (Math.abs(det) < 1e-12) {
				break;
			}
			double da = (hbb * ga - hab * gb) / det;
			double db = (haa * gb - hab * ga) / det;
			double step = 1;
			double next = logLoss(points, a - da, b - db);
			while (!(next <= loss) && step > 1e-6) {
				step /= 2;
				next = logLoss(points, a - step * da, b - step * db);
			}
			if (!(next <= loss)) {
				break;
			}
			a -= step * da;
			b -= step * db;
			boolean settled = loss - next < 1e-12 * Math.max(1, loss);
			loss = next;
			if (settled) {
				break;
			}
		}
		return new double[] { a / scale, b - a * mean / scale };
	}

	private static double logLoss(List<double[]> points, double a, double b) {
		double loss = 0;
		for (double[] point : points) {
			double z = a * point[0] + b;
			// log(1 + e^z) - y z, computed without overflow
			loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - point[1] * z;
		}
		return loss;
	}

	/**
	 * The calibrated top score below which the suggestions count as a weak fit: the threshold that best
	 * separates titles whose right occupation is among the first {@link #FIT_DEPTH} suggestions from those
	 * where it is not (highest balanced accuracy) on the given titles.
	 */
	static double weakThreshold(List<Example> examples, RankingModel model) {
		List<double[]> tops = new ArrayList<>();
		for (Example example : examples) {
			List<Integer> order = order(example, model);
			if (order.isEmpty()) {
				tops.add(new double[] { 0, 0 });
				continue;
			}
			double score = model.calibrated(model.raw(example.candidates().get(order.get(0)).features()));
			int rank = example.gold() < 0 ? -1 : order.indexOf(example.gold());
			tops.add(new double[] { score, rank >= 0 && rank < FIT_DEPTH ? 1 : 0 });
		}
		tops.sort(Comparator.comparingDouble(point -> point[0]));
		long right = tops.stream().filter(point -> point[1] == 1).count();
		long wrong = tops.size() - right;
		if (right == 0 || wrong == 0) {
			return 0;
		}
		double best = -1;
		double threshold = 0;
		int rightBelow = 0;
		int wrongBelow = 0;
		for (int i = 0; i < tops.size(); i++) {
			// threshold just above tops[i]: everything up to i is weak
			if (tops.get(i)[1] == 1) {
				rightBelow++;
			}
			else {
				wrongBelow++;
			}
			if (i + 1 < tops.size() && tops.get(i + 1)[0] == tops.get(i)[0]) {
				continue;
			}
			double balanced = ((double) wrongBelow / wrong + (double) (right - rightBelow) / right) / 2;
			if (balanced > best) {
				best = balanced;
				threshold = i + 1 < tops.size() ? (tops.get(i)[0] + tops.get(i + 1)[0]) / 2 : tops.get(i)[0] + 1e-6;
			}
		}
		return threshold;
	}

	/** The model's weights by feature, largest influence first (for the report). */
	public static String weights(RankingModel model) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < model.features().size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(model.weights()[i])));
		return order.stream()
			.map(i -> String.format(Locale.ROOT, "%s %+.3f", model.features().get(i), model.weights()[i]))
			.collect(Collectors.joining(", "));
	}

	static double[] copy(double[] values) {
		return Arrays.copyOf(values, values.length);
	}

}
