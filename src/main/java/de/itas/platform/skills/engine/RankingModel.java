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
 * for a query ({@link OccupationRanker#FEATURES}), trained offline to put the right occupation first
 * (listwise softmax loss), and a logistic calibration of its score to a value between 0 and 1 that is
 * comparable across queries. Below {@link #weakBelow()} the best suggestion is shown as a weak fit. Read
 * from and written to a small properties file, so every weight can be read and explained.
 */
public record RankingModel(List<String> features, double[] mean, double[] scale, double[] weights, double calibrationSlope,
		double calibrationIntercept, double weakBelow, String trainedOn) {

	/** Where the platform reads its model from (the class path). */
	public static final String RESOURCE = "skills/finder-model.properties";

	public RankingModel {
		features = List.copyOf(features);
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
		return new RankingModel(features, new double[features.size()], ones, weights, 1, 0, 0, "untrained");
	}

	/** The learned score of one candidate (higher is better; only differences within a query matter). */
	public double raw(float[] x) {
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i] * (x[i] - mean[i]) / scale[i];
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
		return new RankingModel(names, mean, scale, weights, Double.parseDouble(required(properties, "calibration.slope")),
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
		out.append("# Occupation finder ranking model (linear, listwise softmax), written by TrainFinder.\n");
		out.append("# score = sum of weight * (feature - mean) / scale; calibrated = 1 / (1 + exp(-(slope * score + intercept)))\n");
		out.append("trained-on=").append(trainedOn).append('\n');
		out.append("features=").append(String.join(",", features)).append('\n');
		for (int i = 0; i < features.size(); i++) {
			out.append("feature.").append(features.get(i)).append('=')
				.append(Arrays.stream(new double[] { weights[i], mean[i], scale[i] })
					.mapToObj(value -> String.format(Locale.ROOT, "%.6f", value))
					.collect(Collectors.joining(", ")))
				.append('\n');
		}
		out.append(String.format(Locale.ROOT, "calibration.slope=%.6f%ncalibration.intercept=%.6f%nweak-below=%.4f%n",
				calibrationSlope, calibrationIntercept, weakBelow));
		return out.toString();
	}

}
