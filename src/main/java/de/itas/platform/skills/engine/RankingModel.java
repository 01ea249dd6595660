package de.itas.platform.skills.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The finder's learned ranking function: a linear model over the standardised features of an occupation
 * for a query ({@link OccupationRanker#FEATURES}) plus a few small boosted regression trees for what the
 * features do together, trained offline to put the right occupation first (listwise softmax loss), and a logistic calibration of its score to a value between 0 and 1 that is
 * comparable across queries. Below {@link #weakBelow()} the best suggestion is shown as a weak fit. Read
 * from and written to a small properties file, so every weight can be read and explained.
 */
public record RankingModel(List<String> features, double[] mean, double[] scale, double[] weights, List<Tree> trees,
		double calibrationSlope, double calibrationIntercept, double weakBelow, String trainedOn) {

	/**
	 * A regression tree that corrects the linear score where features interact (boosted on the same loss).
	 * Node arrays: the feature tested (-1 for a leaf), its threshold (go left when the raw feature value is
	 * at most the threshold), the children, and the leaf's value.
	 */
	public record Tree(int[] feature, float[] threshold, int[] left, int[] right, float[] value) {

		public double apply(float[] x) {
			int node = 0;
			while (feature[node] >= 0) {
				node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
			}
			return value[node];
		}

		String write() {
			StringBuilder out = new StringBuilder();
			for (int n = 0; n < feature.length; n++) {
				if (n > 0) {
					out.append("; ");
				}
				out.append(feature[n] < 0 ? String.format(Locale.ROOT, "leaf %.6f", value[n])
						: String.format(Locale.ROOT, "%d <= %.6g ? %d : %d", feature[n], threshold[n], left[n], right[n]));
			}
			return out.toString();
		}

		static Tree read(String text) {
			String[] nodes = text.split(";");
			int n = nodes.length;
			Tree tree = new Tree(new int[n], new float[n], new int[n], new int[n], new float[n]);
			for (int i = 0; i < n; i++) {
				String[] parts = nodes[i].strip().split("\\s+");
				if (parts[0].equals("leaf")) {
					tree.feature[i] = -1;
					tree.value[i] = Float.parseFloat(parts[1]);
				}
				else {
					tree.feature[i] = Integer.parseInt(parts[0]);
					tree.threshold[i] = Float.parseFloat(parts[2]);
					tree.left[i] = Integer.parseInt(parts[4]);
					tree.right[i] = Integer.parseInt(parts[6]);
				}
			}
			return tree;
		}

	}

	/** Where the platform reads its model from (the class path). */
	public static final String RESOURCE = "skills/finder-model.properties";

	public RankingModel {
		features = List.copyOf(features);
		trees = List.copyOf(trees);
		if (mean.length != features.size() || scale.length != features.size() || weights.length != features.size()) {
			throw new IllegalArgumentException("one mean, scale and weight per feature");
		}
	}

	/** A model that orders by the word-and-compound finder's score alone (for training and for tests). */
	public static RankingModel untrained(List<String> features) {
		double[] weights = new double[features.size()];
		double[] ones = new double[features.size()];
		Arrays.fill(ones, 1);
		weights[0] = 1;
		return new RankingModel(features, new double[features.size()], ones, weights, List.of(), 1, 0, 0, "untrained");
	}

	/** The learned score of one candidate (higher is better; only differences within a query matter). */
	public double raw(float[] x) {
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * (x[i] - mean[i]) / scale[i];
		}
		for (Tree tree : trees) {
			sum += tree.apply(x);
		}
		return sum;
	}

	/** The calibrated score, between 0 and 1. */
	public double calibrated(double raw) {
		return 1 / (1 + Math.exp(-(calibrationSlope * raw + calibrationIntercept)));
	}

	/** The model as the class path resource the platform ships. */
	public static RankingModel shipped() {
		try (InputStream in = RankingModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + RESOURCE);
			}
			return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static RankingModel read(String text) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> names = Arrays.stream(required(properties, "features").split(",")).map(String::strip).toList();
		double[] mean = new double[names.size()];
		double[] scale = new double[names.size()];
		double[] weights = new double[names.size()];
		for (int i = 0; i < names.size(); i++) {
			String[] values = required(properties, "feature." + names.get(i)).split(",");
			if (values.length != 3) {
				throw new IllegalArgumentException("feature." + names.get(i) + " needs weight, mean, scale");
			}
			weights[i] = Double.parseDouble(values[0].strip());
			mean[i] = Double.parseDouble(values[1].strip());
			scale[i] = Double.parseDouble(values[2].strip());
		}
		List<Tree> trees = new java.util.ArrayList<>();
		for (int t = 0; properties.containsKey("tree." + t); t++) {
			trees.add(Tree.read(properties.getProperty("tree." + t)));
		}
		return new RankingModel(names, mean, scale, weights, trees, Double.parseDouble(required(properties, "calibration.slope")),
				Double.parseDouble(required(properties, "calibration.intercept")),
				Double.parseDouble(required(properties, "weak-below")), properties.getProperty("trained-on", ""));
	}

	private static String required(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null) {
			throw new IllegalArgumentException("model file lacks " + key);
		}
		return value;
	}

	/** The model file: one line per feature with its weight, mean and scale. */
	public String write() {
		StringBuilder out = new StringBuilder();
		out.append("# Occupation finder ranking model (linear plus boosted trees, listwise softmax loss), written by TrainFinder.\n");
		out.append("# score = sum of weight * (feature - mean) / scale + sum of the trees' leaves; calibrated = 1 / (1 + exp(-(slope * score + intercept)))\n");
		out.append("trained-on=").append(trainedOn).append('\n');
		out.append("features=").append(String.join(",", features)).append('\n');
		for (int i = 0; i < features.size(); i++) {
			out.append("feature.").append(features.get(i)).append('=')
				.append(Arrays.stream(new double[] { weights[i], mean[i], scale[i] })
					.mapToObj(value -> String.format(Locale.ROOT, "%.6f", value))
					.collect(Collectors.joining(", ")))
				.append('\n');
		}
		for (int t = 0; t < trees.size(); t++) {
			out.append("tree.").append(t).append('=').append(trees.get(t).write()).append('\n');
		}
		out.append(String.format(Locale.ROOT, "calibration.slope=%.6f%ncalibration.intercept=%.6f%nweak-below=%.4f%n",
				calibrationSlope, calibrationIntercept, weakBelow));
		return out.toString();
	}

}
